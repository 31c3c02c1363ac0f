import { LitElement, html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { formatAge } from '../../core/age.js';
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
  /**
   * Time limit for fetching `src`, in seconds (`15`, `2.5`) or with a unit (`500ms`, `2s`);
   * `0` waits as long as the browser does. Default 15 seconds.
   */
  @property() timeout?: string | number;
  /** The date the widget treats as today (`2026-03-15`); default: the real local date. For demos and tests. */
  @property() today?: string;

  @consume({ context: dashboardContext, subscribe: true })
  @state()
  protected dashboard?: DashboardSettings;

  private lastProblem = '';
  /** Date.now() of the last answer that gave (or confirmed) the data shown. */
  private loadedAt = 0;
  /** A refresh failed since then: the data shown may be out of date. */
  private stale = false;

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
    }
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
    this.loadedAt = Date.now();
    this.stale = false;
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
    // Last good data while refreshes fail: shown, and said to be old, with its age.
    const stale = status === 'complete' && this.stale && this.loadedAt
      ? html`<p part="stale" role="status">${t(this.uiLang, 'stale', { age: formatAge(Date.now() - this.loadedAt, this.resolvedLocale) })}</p>`
      : nothing;
    return html`<div part="base" lang=${this.contentLang} aria-busy=${status === 'pending' ? 'true' : 'false'}>
      ${label ? html`<span part="label">${label}</span>` : nothing}${body}${stale}
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
