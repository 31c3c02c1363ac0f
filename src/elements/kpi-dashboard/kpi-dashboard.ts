import { LitElement, html, nothing, render, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { dashboardContext, ensureContextRoot, type DashboardSettings } from '../shared/context.js';
import { dashboardStyles } from './kpi-dashboard.styles.js';

ensureContextRoot();

const shared = ['locale', 'currency', 'src', 'period', 'compare', 'filter', 'theme'] as const;

/**
 * @tag kpi-dashboard
 * @summary Shares locale, currency, src, period, compare, filter and theme with the widgets inside it, and lays them out in a grid.
 *
 * @slot - The widgets. A widget's own attribute wins over the dashboard's.
 *
 * @csspart heading - The optional `label` heading.
 * @csspart grid - The responsive grid around the widgets.
 *
 * @cssproperty --kpi-dashboard-gap - Space between widgets (default 16px).
 * @cssproperty --kpi-dashboard-min-column - Narrowest column before the grid wraps (default 220px).
 */
export class KpiDashboard extends LitElement {
  static override styles = dashboardStyles;

  /** Heading shown above the widgets. */
  @property() label = '';
  /** BCP 47 locale for every widget inside. */
  @property() locale?: string;
  /** ISO 4217 currency for every widget inside. */
  @property() currency?: string;
  /** Data URL every widget inside reads unless it has its own `src`. */
  @property() src?: string;
  /** Period expression, e.g. `this-month`. */
  @property() period?: string;
  /** `previous-period`, `previous-year` or `none`. */
  @property() compare?: string;
  /** Record filter, e.g. `owner=Anna Berg`. */
  @property() filter?: string;
  /** `light`, `dark` or `auto`. */
  @property() theme?: string;
  /** `grid` (default): a responsive grid; `none`: the widgets flow as the page lays them out. */
  @property({ reflect: true }) layout: 'grid' | 'none' = 'grid';

  private readonly provider = new ContextProvider(this, { context: dashboardContext, initialValue: {} });

  protected override willUpdate(changed: PropertyValues): void {
    if (shared.some((name) => changed.has(name))) {
      const settings: DashboardSettings = {};
      for (const name of shared) if (this[name]) settings[name] = this[name];
      // A new object each time: consumers compare by identity to know they must re-render.
      this.provider.setValue(settings);
    }
  }

  /**
   * A setting no template can show (a label object without a string form, set
   * by a script) costs the heading, never the widgets: the grid and its slot
   * still render, and nothing reaches the page as an unhandled rejection.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch {
      render(html`<div part="grid"><slot></slot></div>`, this.renderRoot, this.renderOptions);
    }
  }

  protected override render() {
    return html`${this.label ? html`<h2 part="heading">${this.label}</h2>` : nothing}
      <div part="grid"><slot></slot></div>`;
  }
}
