import { LitElement, html, nothing, render, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { resolveLang } from '../../core/locale.js';
import type { Lang } from '../../core/types.js';
import { dashboardContext, ensureContextRoot, type DashboardSettings } from '../shared/context.js';
import { readCurrency, readLocale, readTheme } from '../shared/attributes.js';
import { describeProblem, type KpiErrorDetail } from '../shared/problems.js';
import { loadStrings, stringsReady, t } from '../shared/i18n.js';
import { closestLang } from '../shared/kpi-element.js';
import { LangFollower } from '../shared/lang-watch.js';
import { dashboardStyles } from './kpi-dashboard.styles.js';
import { SparklineReserve } from './sparkline-reserve.js';

ensureContextRoot();

const shared = ['locale', 'currency', 'src', 'endpoint', 'period', 'compare', 'filter', 'theme', 'holidays', 'pace', 'goals', 'teams',
  'fields', 'dateOrder', 'won', 'lost', 'probabilities'] as const;
/** Settings the dashboard checks itself: a bad one is said once, here, and not handed down. */
const readers = { locale: readLocale, currency: readCurrency, theme: readTheme } as const;

/**
 * @tag kpi-dashboard
 * @summary Shares locale, currency, src, endpoint, period, compare, filter, theme, holidays, pace, goals and teams, and how
 * the shared export is read (fields, date-order, won, lost, probabilities), with the widgets inside it, and lays them out in a grid.
 *
 * @slot - The widgets. A widget's own attribute wins over the dashboard's.
 *
 * @csspart heading - The optional `label` heading.
 * @csspart error - Under the heading: a `locale`, `currency` or `theme` of the dashboard that cannot be used, in words.
 *   The widgets inside go on without it (the page's language, no currency, the light theme).
 * @csspart empty - "This dashboard has no widgets yet…", while it holds no elements.
 * @csspart grid - The responsive grid around the widgets.
 *
 * @cssproperty --kpi-dashboard-gap - Space between widgets (default 16px).
 * @cssproperty --kpi-dashboard-min-column - Narrowest column before the grid wraps (default 220px).
 *
 * @event {CustomEvent<KpiErrorDetail>} kpi-error - A `locale`, `currency` or `theme` on the dashboard that cannot be used. `detail` as a widget's: `{ code, message, attribute, value }`.
 */
export class KpiDashboard extends LitElement {
  static override styles = dashboardStyles;

  static override properties: PropertyDeclarations = {
    label: {},
    locale: {},
    currency: {},
    src: {},
    endpoint: {},
    period: {},
    compare: {},
    filter: {},
    theme: {},
    holidays: {},
    pace: {},
    goals: {},
    teams: {},
    fields: {},
    dateOrder: { attribute: 'date-order' },
    won: {},
    lost: {},
    probabilities: {},
    layout: { reflect: true },
  };

  /** Heading shown above the widgets. */
  label = '';
  /** BCP 47 locale for every widget inside. One that cannot be used is shown as an error on the dashboard. */
  locale?: string;
  /** ISO 4217 currency for every widget inside (NOK, SEK, DKK, EUR); anything else is shown as an error on the dashboard. */
  currency?: string;
  /** Data URL every widget inside reads unless it has its own `src`. */
  src?: string;
  /** KPI server every widget inside asks unless it has its own `endpoint` or `src`; all their questions go in one request. */
  endpoint?: string;
  /** Period expression, e.g. `this-month`. */
  period?: string;
  /** `previous-period`, `previous-year` or `none`. */
  compare?: string;
  /** Record filter, e.g. `owner=Anna Berg`. */
  filter?: string;
  /** `light`, `dark` or `auto`; another word is shown as an error on the dashboard. */
  theme?: string;
  /** National holidays by country code (`NO`, `SE`, `DK`, `FI`, `NL`) and dates, mixed: `NO,2026-12-24`. Goals and charts inside count working days without them. */
  holidays?: string;
  /** `calendar` or `working`: goals, charts and cards inside count elapsed time and forecast over these days. */
  pace?: string;
  /** URL of a goals document (owner/team/customer, kpi, period, target) every widget inside takes its target from. */
  goals?: string;
  /** Owners' teams for every widget inside: `Anna Berg:Vest,Ola Nordmann:Øst`, or the URL of a teams document. */
  teams?: string;
  /** Column mapping of the shared export for every widget inside, e.g. `value=Amount;closed=Close Date`. */
  fields?: string;
  /** `dmy`, `mdy` or `ymd`: how every widget inside reads ambiguous dates such as 03/04/2026. */
  dateOrder?: string;
  /** The export's own words for a won deal (`Closed Won,Vunnet`), for every widget inside. */
  won?: string;
  /** The export's own words for a lost deal, for every widget inside. */
  lost?: string;
  /** Win probability per stage (`Prospecting:10,Proposal:50`), for every widget inside. */
  probabilities?: string;
  /** `grid` (default): a responsive grid; `none`: the widgets flow as the page lays them out. */
  layout: 'grid' | 'none' = 'grid';

  private readonly provider = new ContextProvider(this, { context: dashboardContext, initialValue: {} });
  private readonly sparklineReserve = new SparklineReserve(this);

  /** Settings that cannot be used, in the order of `shared`. */
  private problems: unknown[] = [];
  /** The problems reported with kpi-error, so each fires once until it changes. */
  private reported = new Set<string>();

  /** The language of the dashboard's own words: its locale when usable, else the page's. */
  private get uiLang(): Lang {
    return resolveLang(usable(readLocale, this.locale) ?? (closestLang(this) || 'en'));
  }

  /** Its own words follow a later change of the page's language, as a widget's do. */
  private readonly langFollower = new LangFollower(this, () => this.uiLang);

  /** Its words in nb, sv, da or nl are loaded before it renders, as a widget's are. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // The widgets inside get the settings at once; only the dashboard's own words wait for their language.
    this.shareSettings();
    const lang = this.uiLang;
    return stringsReady(lang) ? super.scheduleUpdate() : loadStrings(lang).then(() => this.scheduleUpdate());
  }

  private sharedSettings: DashboardSettings = {};

  /** Hands the usable settings down, when they changed; keeps the unusable ones to show. */
  private shareSettings(): void {
    const settings: DashboardSettings = {};
    const problems: unknown[] = [];
    for (const name of shared) {
      const value = this[name];
      if (!value) continue;
      const read = readers[name as keyof typeof readers];
      if (!read) {
        settings[name] = value;
        continue;
      }
      // Only a usable value is handed down: a widget then falls back as if the dashboard had none.
      try {
        const checked = read(name, value);
        if (checked) settings[name] = checked;
      } catch (problem) {
        problems.push(problem);
      }
    }
    this.problems = problems;
    const before = this.sharedSettings;
    const same = shared.every((name) => Object.is(settings[name], before[name]));
    if (same) return;
    this.sharedSettings = settings;
    // A new object each time: consumers compare by identity to know they must re-render.
    this.provider.setValue(settings);
  }

  /** Each problem shown fires one kpi-error (bubbling, composed), as a widget's does. */
  protected override updated(): void {
    const lang = this.uiLang;
    const keys = new Set<string>();
    for (const problem of this.problems) {
      const detail = describeProblem(problem, lang);
      const key = `${detail.code}|${detail.message}`;
      keys.add(key);
      if (!this.reported.has(key)) {
        this.dispatchEvent(new CustomEvent<KpiErrorDetail>('kpi-error', { detail, bubbles: true, composed: true }));
      }
    }
    this.reported = keys;
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
    const lang = this.uiLang;
    // Pasted as DESIGN.md shows it, with only a comment inside, a dashboard would be an empty box.
    const empty = ![...this.children].some((child) => !child.hasAttribute('slot'));
    return html`${this.label ? html`<h2 part="heading">${this.label}</h2>` : nothing}
      ${this.problems.map((problem) => html`<p part="error" role="alert" lang=${lang}>${describeProblem(problem, lang).message}</p>`)}
      ${empty ? html`<p part="empty" lang=${lang}>${t(lang, 'dashboard.empty')}</p>` : nothing}
      <div part="grid"><slot @slotchange=${() => this.requestUpdate()}></slot></div>`;
  }
}

/** A setting read by `read`, or undefined when it is absent or cannot be used. */
function usable(read: (attribute: string, raw: unknown) => string | undefined, raw: unknown): string | undefined {
  try {
    return read('locale', raw);
  } catch {
    return undefined;
  }
}
