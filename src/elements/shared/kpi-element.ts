import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { resolveLang, normalizeLocale } from '../../core/locale.js';
import type { Lang } from '../../core/types.js';
import { dashboardContext, ensureContextRoot, type DashboardSettings } from './context.js';
import type { DataStatus } from './data-controller.js';
import { describeProblem, type KpiErrorDetail } from './problems.js';
import { loadStrings, stringsReady, t } from './i18n.js';
import { themeStyles } from './theme.styles.js';

ensureContextRoot();

/** Settings a <kpi-dashboard> may hand down; the element's own attribute wins. */
type Inherited = keyof DashboardSettings;

/**
 * What every widget shares: the common attributes of DESIGN.md, the dashboard
 * context, locale and theme resolution, the loading / empty / error states and
 * the `kpi-load` / `kpi-error` events.
 */
export class KpiElement extends LitElement {
  static override styles = [themeStyles];

  /** Title shown on the widget. */
  @property() label = '';
  /** URL of JSON or CSV data. Widgets with the same `src` share one request. */
  @property() src?: string;
  /** Dot path into a fetched JSON document, e.g. `kpis.mrr`. */
  @property() select?: string;
  /** A KPI id from the catalogue, computed from records. */
  @property() kpi?: string;
  /** Maps record columns onto canonical ones: `value:close_value,closed:close_date`. */
  @property() fields?: string;
  /** `this-month`, `2026-Q1`, `2026-W12`, `2026-01-01/2026-03-31`, `rolling-30d`… */
  @property() period?: string;
  /** `previous-period`, `previous-year` or `none`. */
  @property() compare?: string;
  /** `owner=Anna Berg;source=web`. */
  @property() filter?: string;
  /** BCP 47 tag; default: the dashboard's, then the nearest `lang` ancestor, then the document. */
  @property() locale?: string;
  /** ISO 4217 code such as NOK, SEK, DKK, EUR. */
  @property() currency?: string;
  /** `number`, `currency`, `percent`, `compact`, `days` or `hours`. */
  @property() format?: string;
  /** Seconds between re-fetches of `src`; paused while the tab is hidden. */
  @property({ type: Number }) refresh?: number;
  /** `light`, `dark` or `auto` (follows prefers-color-scheme). */
  @property({ reflect: true }) theme?: string;
  /** Fetch credentials for `src`: `same-origin` (default), `include` or `omit`. */
  @property() credentials?: RequestCredentials;
  /** The date the widget treats as today (`2026-03-15`); default: the real local date. For demos and tests. */
  @property() today?: string;

  @consume({ context: dashboardContext, subscribe: true })
  @state()
  protected dashboard?: DashboardSettings;

  private lastProblem = '';

  /** The element's own setting, else the dashboard's. */
  protected setting<K extends Inherited>(name: K): string | undefined {
    const own = (this as unknown as Record<K, string | undefined>)[name];
    return own !== undefined && own !== null && own !== '' ? own : this.dashboard?.[name];
  }

  /** The BCP 47 locale numbers are formatted in. */
  get resolvedLocale(): string {
    const explicit = this.setting('locale');
    if (explicit) return normalizeLocale(explicit);
    return normalizeLocale(closestLang(this) || 'en');
  }

  /** The language of the widget's own words. */
  get uiLang(): Lang {
    return resolveLang(this.resolvedLocale);
  }

  /**
   * A widget in nb, sv, da or nl renders once its language's words are loaded
   * (one small chunk per page and language), never first in English;
   * `updateComplete` waits for them too.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const lang = this.uiLang;
    return stringsReady(lang) ? super.scheduleUpdate() : loadStrings(lang).then(() => this.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const theme = this.setting('theme');
    const mode = theme === 'dark' || theme === 'auto' ? theme : 'light';
    if (this.dataset.kpiTheme !== mode) this.dataset.kpiTheme = mode;
  }

  /** Fires a bubbling, composed `kpi-*` event. */
  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Fires `kpi-load` with the unformatted number the widget shows. */
  protected emitLoad(value: number | null, extra: Record<string, unknown> = {}): void {
    this.lastProblem = '';
    this.emit('kpi-load', { value, ...extra });
  }

  /** Turns an error into the readable detail, fires `kpi-error` once per distinct problem. */
  protected reportError(error: unknown): KpiErrorDetail {
    const detail = describeProblem(error, this.uiLang);
    const key = `${detail.code}|${detail.message}`;
    if (key !== this.lastProblem) {
      this.lastProblem = key;
      this.emit('kpi-error', detail);
    }
    return detail;
  }

  /**
   * The frame every widget draws in: label, then the loading skeleton, the
   * error message, the empty state or the content. Never a blank box.
   */
  protected renderFrame(
    status: DataStatus,
    error: unknown,
    content: () => TemplateResult | typeof nothing,
    options: { empty?: boolean; label?: string } = {},
  ): TemplateResult {
    const label = options.label ?? this.label;
    let body: TemplateResult | typeof nothing;
    if (status === 'error') {
      const detail = describeProblem(error, this.uiLang);
      body = html`<p part="error" role="alert">${detail.message}</p>`;
    } else if (status === 'initial' || status === 'pending') {
      body = html`<span part="skeleton" role="status" aria-label=${t(this.uiLang, 'loading')}></span>`;
    } else if (options.empty) {
      body = html`<p part="empty">${t(this.uiLang, 'empty')}</p>`;
    } else {
      body = content();
    }
    return html`<div part="base" aria-busy=${status === 'pending' ? 'true' : 'false'}>
      ${label ? html`<span part="label">${label}</span>` : nothing}${body}
    </div>`;
  }
}

/** The nearest `lang` attribute, looking through shadow roots up to the document. */
function closestLang(start: Element): string {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang;
}
