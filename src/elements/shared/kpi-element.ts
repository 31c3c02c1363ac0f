import { LitElement, html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { formatAge } from '../../core/age.js';
import { resolveLang, normalizeLocale } from '../../core/locale.js';
import type { Lang } from '../../core/types.js';
import { dashboardContext, ensureContextRoot, type DashboardSettings } from './context.js';
import type { DataStatus } from './data-controller.js';
import { describeProblem, type AttributeError, type KpiErrorDetail } from './problems.js';
import { absent, readCurrency, readLocale, readTheme, readTimeout } from './attributes.js';
import { loadStrings, stringsReady, t } from './i18n.js';
import { themeStyles } from './theme.styles.js';
import { LangFollower } from './lang-watch.js';
import { ParsersLoading } from './parsers.js';
import { pendingLoads, track } from './lazy.js';
import type { DataReport } from './data-note.js';

/** Where a widget reads from and how it fetches, as its attributes (or its dashboard's) give them. */
export interface SourceInputs {
  src?: string;
  select?: string;
  fields?: string;
  period?: string;
  filter?: string;
  credentials?: RequestCredentials;
  /** The `timeout` attribute as given. */
  timeout?: unknown;
  /** The `max-size` attribute as given. */
  maxSize?: unknown;
  /** With `kpi`: a goals document the target (and baseline, or budget) come from. */
  goals?: string;
  teams?: string;
}

/** How a widget's records are read beyond `fields`, as its attributes say; the records path checks them. */
export interface RecordSettings {
  dateOrder?: string;
  won?: string;
  lost?: string;
  probabilities?: string;
  locale: string;
}

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

  /**
   * The reactive properties, declared here rather than with decorators: no
   * decorator helpers ship, and each element's table is one small object.
   * Their documentation is on the fields below.
   */
  static override properties: PropertyDeclarations = {
    label: {},
    src: {},
    endpoint: {},
    select: {},
    kpi: {},
    fields: {},
    period: {},
    compare: {},
    filter: {},
    locale: {},
    currency: {},
    format: {},
    refresh: {},
    theme: { reflect: true },
    credentials: {},
    timeout: {},
    maxSize: { attribute: 'max-size' },
    today: {},
    dateOrder: { attribute: 'date-order' },
    won: {},
    lost: {},
    probabilities: {},
    hideDataNote: { type: Boolean, attribute: 'hide-data-note' },
    goals: {},
    teams: {},
  };

  /** Title shown on the widget. */
  label = '';
  /** URL of JSON or CSV data. Widgets with the same `src` share one request. */
  src?: string;
  /**
   * URL of a KPI server (kpi-widgets/server) that computes `kpi` instead of the browser, on `<kpi-card>`,
   * `<trend-chart>` and `<goal-progress>`: the widget sends its question (kpi, period, compare, filter, fields,
   * today; a chart also granularity) and shows the answer. Widgets with the same endpoint send their questions
   * in one request for the page (a batch gathers what the widgets ask at about the same time); `refresh` asks
   * again with the batch's ETag. What only records can do (a forecast from history) is left out; see docs/server.md.
   */
  endpoint?: string;
  /** Dot path into a fetched JSON document, e.g. `kpis.mrr`. */
  select?: string;
  /** A KPI id from the catalogue, computed from records. */
  kpi?: string;
  /** Maps record columns onto canonical ones: `value:close_value,closed:close_date`. */
  fields?: string;
  /** `this-month`, `2026-Q1`, `2026-W12`, `2026-01-01/2026-03-31`, `rolling-30d`… */
  period?: string;
  /** `previous-period`, `previous-year` or `none`. */
  compare?: string;
  /** `owner=Anna Berg;source=web`. */
  filter?: string;
  /**
   * BCP 47 tag; default: the dashboard's, then the nearest `lang` ancestor, then the document.
   * A tag that is not well-formed, or that the browser has no number formats for (`norsk`), is an error.
   */
  locale?: string;
  /** ISO 4217 code such as NOK, SEK, DKK, EUR; anything else (`kroner`) is an error. */
  currency?: string;
  /** `number`, `currency`, `percent`, `compact`, `days` or `hours`. */
  format?: string;
  /**
   * Seconds between re-fetches of `src` (`60`, `7,5`), at least 5; `0` or absent: none. Paused while the tab is hidden.
   * Below 5, negative or not a number is an error.
   */
  refresh?: string | number;
  /** `light` (default), `dark` or `auto` (follows prefers-color-scheme); another word is an error. */
  theme?: string;
  /** Fetch credentials for `src`: `same-origin` (default), `include` or `omit`. */
  credentials?: RequestCredentials;
  /**
   * Time limit for fetching `src`, in seconds (`15`, `2.5`) or with a unit (`500ms`, `2s`);
   * `0` waits as long as the browser does. Default 15 seconds. Checked also without `src`.
   */
  timeout?: string | number;
  /**
   * The largest body read from `src`: `50MB` (default), `500kB`, `1GB`; a bare number is megabytes.
   * A larger body stops being read and the widget says so.
   */
  maxSize?: string | number;
  /** The date the widget treats as today (`2026-03-15`); default: the real local date. For demos and tests. */
  today?: string;
  /**
   * How the data's dates that could be read either way (`3/4/2024`) are read: `dmy`, `mdy` or `ymd`.
   * Default: what a date of the file proves (all date columns together), else the widget's locale (en-US month-first).
   */
  dateOrder?: string;
  /** Extra stage or status words meaning won, comma-separated: `Ganada,Closed - Won by partner`. */
  won?: string;
  /** Extra stage or status words meaning lost, comma-separated: `Perdida por licitación,Descartada`. */
  lost?: string;
  /** Win probability per stage for `weighted-pipeline`, for deals without their own: `Prospecting:10,Proposal:50`. */
  probabilities?: string;
  /** Hides the data note ("3 of 500 rows left out"); `kpi-load` still carries `detail.quality`. */
  hideDataNote = false;
  /**
   * URL of a goals document (CSV or JSON: owner/team/customer, kpi, period, target): the target for the widget's KPI,
   * period and `filter`'s owner, customer or team, spread pro rata from a longer period. Read by the card (its target),
   * the goal, the chart (its budget) and the table.
   */
  goals?: string;
  /** Owners' teams, for `filter="team=Vest"` and `group-by="team"`: `Anna Berg:Vest,Ola Nordmann:Øst` or the URL of a teams document. */
  teams?: string;

  /** The settings of the <kpi-dashboard> around the widget, if any; a change re-renders the widget. */
  private readonly dashboardSettings = new ContextConsumer(this, { context: dashboardContext, subscribe: true });

  protected get dashboard(): DashboardSettings | undefined {
    return this.dashboardSettings.value;
  }

  private lastProblem = '';
  /** Date.now() of the last answer that gave (or confirmed) the data shown. */
  private loadedAt = 0;
  /** A refresh failed since then: the data shown may be out of date. */
  private stale = false;
  /** A locale, currency, theme or timeout typed on this element that it cannot use (see willUpdate). */
  private settingsError?: AttributeError;
  /** That problem was drawn by the last render, and the key it was reported under. */
  private settingsShown = false;
  private settingsReported = '';
  /** Follows a later change of the page's language (<html lang>, an ancestor's lang); a widget's own `locale` wins. */
  private readonly langFollower = new LangFollower(this, () => this.resolvedLocale);

  /** What the records path needs to read records as this widget's attributes say. */
  protected recordSettings(): RecordSettings {
    return {
      dateOrder: this.setting('dateOrder'), won: this.setting('won'), lost: this.setting('lost'),
      probabilities: this.setting('probabilities'), locale: this.resolvedLocale,
    };
  }

  /** The element's own setting, else the dashboard's. */
  protected setting<K extends Inherited>(name: K): string | undefined {
    const own = (this as unknown as Record<K, string | undefined>)[name];
    return own !== undefined && own !== null && own !== '' ? own : this.dashboard?.[name];
  }

  /**
   * The BCP 47 locale numbers are formatted in. A locale that cannot be used
   * is skipped: the widget says so in the language it falls back to (the
   * page's), rather than in English.
   */
  get resolvedLocale(): string {
    return this.localeOfUpdate ?? this.findLocale();
  }

  /**
   * The locale, decided once per update: a render asks for it (and for the
   * language) a dozen times, and each answer walks up the DOM to the nearest
   * `lang`. Nothing it depends on changes during an update.
   */
  private localeOfUpdate?: string;

  private findLocale(): string {
    for (const tag of [this.locale, this.dashboard?.locale]) {
      const usable = usableLocale(tag);
      if (usable) return usable;
    }
    return normalizeLocale(closestLang(this) || 'en');
  }

  /** The language of the widget's own words. */
  get uiLang(): Lang {
    return resolveLang(this.resolvedLocale);
  }

  /**
   * The `lang` of the widget's frame, so a screen reader reads the words in
   * their own language on a page in another (WCAG 3.1.2): the locale when
   * the kit speaks it, else the language the words fall back to (nn → nb, de → en).
   */
  protected get contentLang(): string {
    const locale = this.resolvedLocale;
    return locale.split('-')[0].toLowerCase() === this.uiLang ? locale : this.uiLang;
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

  /**
   * `updateComplete` also waits for a lazy part of the kit a widget is
   * waiting for (lazy.ts: the full number readers, the words of a data
   * problem) and for the update that follows: once it resolves, `1 234,50`
   * shows as a number and a failed fetch as its message.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = pendingLoads();
    if (!pending) return done;
    await pending;
    return this.getUpdateComplete();
  }

  /**
   * An update that throws (a script set a property to something no template can
   * show, such as an object without a string form) must not leave the widget
   * blank or reach the page as an unhandled rejection: the widget shows the
   * problem in words and fires kpi-error. Lit has already reset its update
   * state, so the next good value renders normally.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      const { message } = this.reportError(error);
      render(html`<div part="base"><p part="error" role="alert">${message}</p></div>`, this.renderRoot, this.renderOptions);
    } finally {
      this.localeOfUpdate = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.localeOfUpdate = this.findLocale();
    this.settingsError = this.checkSettings();
    this.settingsShown = false;
    const mode = usableTheme(this.theme) ?? usableTheme(this.dashboard?.theme) ?? 'light';
    if (this.dataset.kpiTheme !== mode) this.dataset.kpiTheme = mode;
  }

  /**
   * The settings an editor typed on this element that apply to every widget,
   * checked whatever else it has: a misspelt theme, currency, locale,
   * timeout, refresh, credentials or max-size is an error in words, never a silent fallback. A dashboard checks
   * the ones it hands down itself and passes on only usable values.
   */
  private checkSettings(): AttributeError | undefined {
    try {
      readLocale('locale', this.locale);
      readCurrency('currency', this.currency);
      readTheme('theme', this.theme);
      readTimeout('timeout', this.timeout);
      if (!absent(this.refresh) || !absent(this.credentials) || !absent(this.maxSize)) {
        // Only a widget with one of them loads their readers; it checks them once they are here.
        if (!sourceSettings) return void loadSourceSettings().then(() => this.requestUpdate(), () => undefined);
        sourceSettings.checkSourceSettings(this);
      }
      return undefined;
    } catch (error) {
      // A timeout such as "2,5" is checked again once the full number reader is here.
      if (error instanceof ParsersLoading) return void error.ready.then(() => this.requestUpdate(), () => undefined);
      return error as AttributeError;
    }
  }

  /** A settings problem the last render showed fires kpi-error once, until it changes. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const shown = this.settingsShown ? this.settingsError : undefined;
    if (!shown) {
      this.settingsReported = '';
      return;
    }
    const detail = describeProblem(shown, this.uiLang);
    const key = `${detail.code}|${detail.message}`;
    if (key === this.settingsReported) return;
    this.settingsReported = key;
    // The load may have reported the same problem already (a bad timeout with src).
    if (key !== this.lastProblem) this.emit('kpi-error', detail);
    this.lastProblem = key;
  }

  /** Fires a bubbling, composed `kpi-*` event. */
  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /**
   * Fires `kpi-load` with the unformatted number the widget shows, and with
   * records `quality` from the report; not while a bad setting is shown instead.
   */
  protected emitLoad(value: number | null, extra: Record<string, unknown> & { report?: DataReport } = {}): void {
    this.loadedAt = Date.now();
    this.stale = false;
    if (this.settingsError) return;
    this.lastProblem = '';
    const { report, ...rest } = extra;
    this.emit('kpi-load', report ? { value, ...rest, quality: report.quality } : { value, ...rest });
  }

  /** Turns an error into the readable detail, fires `kpi-error` once per distinct problem. */
  protected reportError(error: unknown): KpiErrorDetail {
    const detail = describeProblem(error, this.uiLang);
    const key = `${detail.code}|${detail.message}`;
    if (key !== this.lastProblem && key !== this.settingsReported) {
      this.lastProblem = key;
      this.emit('kpi-error', detail);
    }
    return detail;
  }

  /**
   * @internal Called by RefreshController when a refresh fails: the data on
   * screen stays, marked stale with its age, until the source answers again.
   */
  markStale(): void {
    this.stale = true;
    this.requestUpdate();
  }

  /** @internal Called by RefreshController when the source answers again, changed or not. */
  markFresh(): void {
    this.loadedAt = Date.now();
    this.lastProblem = '';
    if (!this.stale) return;
    this.stale = false;
    this.requestUpdate();
  }

  /**
   * The frame every widget draws in: label, then the loading skeleton, the
   * error message, the empty state or the content. Never a blank box.
   */
  protected renderFrame(
    status: DataStatus,
    error: unknown,
    content: () => TemplateResult | typeof nothing,
    options: { empty?: boolean; label?: string; emptyText?: string; report?: DataReport } = {},
  ): TemplateResult {
    let label = options.label ?? this.label;
    let body: TemplateResult | typeof nothing;
    if (this.settingsError) {
      // A setting the widget cannot use wins over whatever the data says: the editor must see it.
      this.settingsShown = true;
      label ||= this.label;
      body = html`<p part="error" role="alert">${describeProblem(this.settingsError, this.uiLang).message}</p>`;
    } else if (status === 'error') {
      const detail = describeProblem(error, this.uiLang);
      body = html`<p part="error" role="alert">${detail.message}</p>`;
    } else if (status === 'initial' || status === 'pending') {
      body = html`<span part="skeleton" role="status" aria-label=${t(this.uiLang, 'loading')}></span>`;
    } else if (options.empty) {
      body = html`<p part="empty">${options.emptyText ?? options.report?.empty(this.uiLang) ?? t(this.uiLang, 'empty')}</p>`;
    } else {
      body = content();
    }
    // Last good data while refreshes fail: shown, and said to be old, with its age.
    const stale = status === 'complete' && this.stale && this.loadedAt && !this.settingsError
      ? html`<p part="stale" role="status">${t(this.uiLang, 'stale', { age: formatAge(Date.now() - this.loadedAt, this.resolvedLocale) })}</p>`
      : nothing;
    return html`<div part="base" lang=${this.contentLang} aria-busy=${status === 'pending' && !this.settingsError ? 'true' : 'false'}>
      ${label ? html`<span part="label">${label}</span>` : nothing}${body}${stale}${status === 'complete' && !this.settingsError && !this.hideDataNote
        ? options.report?.note(this.uiLang, this.renderRoot)
        : nothing}
    </div>`;
  }

}

let sourceSettings: typeof import('./source-link.js') | undefined;
let sourceSettingsLoad: Promise<void> | undefined;

function loadSourceSettings(): Promise<void> {
  return (sourceSettingsLoad ??= track(import('./source-link.js').then((module) => void (sourceSettings = module))));
}

/** A locale setting as a canonical tag, or undefined when it is absent or cannot be used. */
function usableLocale(raw: unknown): string | undefined {
  try {
    return readLocale('locale', raw);
  } catch {
    return undefined;
  }
}

function usableTheme(raw: unknown): 'light' | 'dark' | 'auto' | undefined {
  try {
    return readTheme('theme', raw);
  } catch {
    return undefined;
  }
}

/** The nearest `lang` attribute, looking through shadow roots up to the document. */
export function closestLang(start: Element): string {
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
