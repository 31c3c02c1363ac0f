import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { formatDelta, formatValue, type FormatOptions } from '../../core/format.js';
import { chooseDelta, targetStanding } from '../../core/headline.js';
import { safeHref } from '../../core/safe-url.js';
import { dayToLocalDate } from '../../core/dates.js';
import { formattingLocale } from '../../core/locale.js';
import { sparkline } from '../../core/sparkline.js';
import type { Lang } from '../../core/types.js';
import { KpiElement } from '../shared/kpi-element.js';
import { DataController } from '../shared/data-controller.js';
import { InlineJsonController } from '../shared/inline-json.js';
import { RefreshController } from '../shared/refresh-controller.js';
import { t } from '../shared/i18n.js';
import { loadCard, type CardData, type CardInputs } from './kpi-card.load.js';
import { cardText } from './kpi-card.strings.js';
import { cardStyles } from './kpi-card.styles.js';

const arrows = { up: '▲', down: '▼', flat: '▶' } as const;
/** Period kinds whose comparison has a name of its own: "vs last quarter" rather than "vs previous period". */
const NAMED = ['day', 'week', 'month', 'quarter', 'year'] as const;

/**
 * What the change is measured against, in words that name the period when
 * the card knows it: a KPI over `this-quarter` reads "vs last quarter", over
 * a year with `compare="previous-year"` "vs last year". Custom and rolling
 * periods, and a plain `previous` attribute, keep the general words.
 */
function compareWords(lang: Lang, data: CardData): string {
  const kind = NAMED.find((k) => k === data.periodKind);
  if (data.compared === 'previous-period' && kind) return cardText(lang, `vs.${kind}`);
  if (data.compared === 'previous-year' && kind === 'year') return cardText(lang, 'vs.year');
  return t(lang, `compare.${data.compared ?? 'previous'}`);
}

/**
 * @summary One KPI as a headline number: label, value, the change against a
 * baseline judged good or bad, an optional target and sparkline, and a link
 * into the CRM. A screen reader hears it as one sentence.
 *
 * @tag kpi-card
 *
 * @slot - Nothing is shown from the light DOM; a `<script type="application/json">` child may hold the data.
 *
 * @csspart base - The card frame.
 * @csspart label - The title.
 * @csspart value - The formatted value.
 * @csspart delta - Arrow, signed change and words ("▲ +6.7% vs previous, good"); "—" without a baseline.
 * @csspart sparkline - The inline SVG trend. While the period runs, its last stretch is dashed and the dot lighter: that point is only so far.
 * @csspart pace - Under a sparkline while the period runs: "So far, on pace for 2 400 000 kr".
 * @csspart target - "Target 200 000 kr · 91 %" and whether it is reached.
 * @csspart link - The drill-down link (only for an http, https or relative `href`).
 * @csspart notice - Says that a refused `href` was left out.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - The readable error message.
 * @csspart note - With records whose rows were left out or read doubtfully: the data note ("3 of 500 rows left out"), a <details> listing row, column, value and why.
 * @csspart empty - "No data for this period."
 * @csspart stale - With `refresh`, while the source fails: "Showing data from 3 minutes ago: the data source is not answering."
 *
 * @cssproperty --kpi-value-size - Font size of the value (default 28px; 22px at size s, 40px at size l).
 * @cssproperty --kpi-value-weight - Font weight of the value (default 700).
 * @cssproperty --kpi-delta-size - Font size of the delta and target lines (default 13px).
 * @cssproperty --kpi-sparkline-color - Stroke of the sparkline (default the accent colour).
 * @cssproperty --kpi-sparkline-height - Height of the sparkline (default 32px; 24px at size s, 44px at size l).
 * @cssproperty --kpi-sparkline-reserve - Height kept free for a sparkline in a card without one, so deltas line up
 *   in a row of cards (a <kpi-dashboard> sets it when any of its cards has a sparkline; default 0).
 * @cssproperty --kpi-link-color - Colour of the drill-down link.
 * @cssproperty --kpi-good - Colour of a good change. Also --kpi-bad, --kpi-neutral, --kpi-muted, --kpi-text,
 *   --kpi-surface, --kpi-border-color, --kpi-radius, --kpi-padding, --kpi-font-family (see the theme).
 *
 * @event {CustomEvent<{ value: number | null; coverage?: { current: number; baseline: number | null }; quality?: DataQuality }>} kpi-load - After each resolve. `detail`: `{ value }`, the unformatted value (null when empty); from records also `coverage`: the share (0 to 1) of the period and of its baseline that the data covers (baseline null without a comparison), and `quality`: rows read, rows used, the issues (row, field, value, code) and a count per code.
 * @event {CustomEvent<KpiErrorDetail>} kpi-error - A bad attribute, document or source. `detail` (KpiErrorDetail): `{ code, message }` and, where they apply, `attribute`, `value`, `status`, `url`.
 */
export class KpiCard extends KpiElement {
  static override styles = [...KpiElement.styles, cardStyles];

  static override properties: PropertyDeclarations = {
    value: {},
    previous: {},
    target: {},
    series: {},
    data: {},
    direction: {},
    delta: {},
    sparkline: { type: Boolean },
    pace: {},
    holidays: {},
    href: {},
    size: { reflect: true },
  };

  /** The current value ("182400", "1 234,50"), or a number as a property. */
  value?: number | string;
  /** The baseline the delta compares with. */
  previous?: number | string;
  /** A target: shows the share of it reached. */
  target?: number | string;
  /** Sparkline data: `[{"date":"2026-01","value":120}, …]` as JSON or an array. */
  series?: string | unknown[];
  /** Inline document `{ value, previous?, target?, series?, label?, format?, currency? }`, JSON or object. */
  data?: string | object;
  /** Which way is good when there is no `kpi`: `up` (default), `down` or `neutral`. */
  direction?: string;
  /** How the change is shown: `auto` (points for rates, else relative), `absolute` or `relative`. */
  delta?: string;
  /**
   * With `src` and `kpi`: a sparkline of the KPI over the periods up to this one, each as long as `period` (a day: 14,
   * week 12, month 12, quarter 8, year 5, rolling or custom 8), so it ends at the value shown: `this-month` draws the
   * last 12 months, this one so far. A `series` is drawn as given.
   */
  sparkline = false;
  /** Drill-down link; only http, https and relative addresses are used. */
  href?: string;
  /** `calendar` (default) or `working`: the days the sparkline's "on pace for" forecast counts. Inherited from a `<kpi-dashboard>`. */
  pace?: string;
  /** Days off for `pace="working"`: country codes (`NO`, `SE`, `DK`, `FI`, `NL`) and dates, mixed. Inherited from a `<kpi-dashboard>`. */
  holidays?: string | string[];
  /** Density: `s` (small type, tight padding), `m` (default) or `l` (a headline number for a wall screen). */
  size?: string;

  private readonly card = new DataController(this, {
    // Every input by value, so a changed attribute, property or dashboard setting re-runs the load.
    args: () => Object.values(this.inputs()),
    task: (_args, { signal }) => loadCard(this.inputs(), signal),
    onComplete: (data) => this.emitLoad(data.value, data.coverage ? { coverage: data.coverage, report: data.report } : { report: data.report }),
    onError: (error) => this.reportError(error),
  });

  private inputs(): CardInputs {
    return {
      value: this.value, previous: this.previous, target: this.target, series: this.series, data: this.data,
      script: this.inline.text,
      src: this.setting('src'), endpoint: this.src ? undefined : this.setting('endpoint'), ownSrc: Boolean(this.src), select: this.select, kpi: this.kpi, fields: this.setting('fields'),
      period: this.setting('period'), compare: this.setting('compare'), filter: this.setting('filter'),
      today: this.today, credentials: this.credentials, timeout: this.timeout, maxSize: this.maxSize, format: this.format, direction: this.direction,
      delta: this.delta, sparkline: this.sparkline, pace: this.setting('pace'), holidays: this.setting('holidays'), size: this.size,
      goals: this.setting('goals'), teams: this.setting('teams'),
      ...this.recordSettings(),
    };
  }

  private readonly inline = new InlineJsonController(this);
  private readonly refresher = new RefreshController(this, {
    src: () => this.setting('src'),
    asked: () => this.card.value?.asked,
    seconds: () => this.refresh,
    credentials: () => this.credentials,
    onChange: () => void this.card.rerun(),
    onError: (error) => this.reportError(error),
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A refused link is reported once per address, not on every reload.
    if (changed.has('href') && this.href && safeHref(this.href) === null) {
      this.emit('kpi-error', { code: 'href', message: cardText(this.uiLang, 'hrefRefused'), attribute: 'href', value: this.href });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A dashboard reserves the sparkline's room in every card once one card shows one (kpi-dashboard.ts).
    this.toggleAttribute('data-kpi-sparkline', Boolean(this.renderRoot.querySelector('[part~="sparkline"]')));
  }

  protected override render() {
    const { status, error, value: data } = this.card;
    const label = this.label || data?.label || data?.names?.[this.uiLang] || '';
    if (status !== 'complete' || !data || data.value === null) {
      return this.renderFrame(status, error, () => nothing, { empty: true, label, report: data?.report });
    }
    // The face is hidden from screen readers, which hear the one sentence instead; so the label goes in the face.
    return this.renderFrame(status, error, () => this.renderCard(data, data.value!, label), { label: '', report: data.report });
  }

  private renderCard(data: CardData, value: number, label: string) {
    const options: FormatOptions = {
      format: data.format,
      locale: this.resolvedLocale,
      currency: this.currency || data.currency || this.setting('currency'),
    };
    const shown = formatValue(value, options);
    const [delta, change] = this.renderDelta(data, options);
    const [target, standing] = this.renderTarget(data, value, options);
    const [spark, trend] = this.renderSparkline(data, options);
    const sentence = (label ? `${label} ${shown}` : shown) + (change ? `, ${change}` : '') +
      (standing ? `. ${standing}` : '') + (trend ? `. ${trend}` : '');
    const href = safeHref(this.href);
    // The value at the top, the change and the trend at the bottom, so cards stretched to one row's height line up.
    return html`<span class="visually-hidden">${sentence}</span>
      <div class="face" aria-hidden="true">
        ${label ? html`<span part="label">${label}</span>` : nothing}
        <span part="value">${shown}</span>
        <div class="foot">${delta}${target}<div class="spark">${spark}</div></div>
      </div>
      ${href
        ? html`<a part="link" href=${href} aria-label=${cardText(this.uiLang, 'detailsOf', { label: label || shown })}
            >${cardText(this.uiLang, 'details')}</a>`
        : this.href
          ? html`<p part="notice">${cardText(this.uiLang, 'hrefRefused')}</p>`
          : nothing}`;
  }

  /** The delta line and its words for the sentence; "—" without a baseline, nothing without a comparison. */
  private renderDelta(data: CardData, options: FormatOptions): [unknown, string] {
    const lang = this.uiLang;
    const d = data.delta;
    if (!data.compared) return [nothing, ''];
    if (!d) return [html`<span part="delta" class="neutral">${formatDelta(null, options)}</span>`, cardText(lang, 'noBaseline')];
    const compare = compareWords(lang, data);
    const short = this.baselineShort(data);
    const shown = chooseDelta(d, data.mode, data.rate);
    const { part, magnitude } = shown;
    const sentiment = t(lang, `sentiment.${shown.sentiment}`);
    const trend = t(lang, `trend.${shown.trend}`);
    const amount = part === 'points'
      ? cardText(lang, 'points', { n: formatValue(magnitude, { format: 'number', locale: options.locale }) })
      : formatValue(magnitude, part === 'relative' ? { ...options, format: 'percent' } : options);
    return [
      html`<span part="delta" class=${shown.sentiment}><span class="arrow">${arrows[shown.trend]}</span>
        ${formatDelta(d, { ...options, part })} <span class="words">${compare}, ${sentiment}${short ? ` · ${short}` : ''}</span></span>`,
      (shown.trend === 'flat'
        ? cardText(lang, 'flat', { trend, compare })
        : cardText(lang, 'change', { trend, amount, compare, sentiment })) + (short ? `, ${short}` : ''),
    ];
  }

  /** "Target 200 000 kr · 91 %" and whether it is reached, in words (a check mark is not enough). */
  private renderTarget(data: CardData, value: number, options: FormatOptions): [unknown, string] {
    if (data.target === null) return [nothing, ''];
    const lang = this.uiLang;
    const { share, reached } = targetStanding(value, data.target, data.direction);
    const target = formatValue(data.target, options);
    const line = share === null
      ? cardText(lang, 'target', { target })
      : cardText(lang, 'targetShare', { target, share: formatValue(share, { format: 'percent', locale: options.locale, digits: 0 }) });
    const state = cardText(lang, reached ? 'reached' : 'notReached');
    return [
      html`<span part="target">${line} · <span class=${reached ? 'status good' : 'status'}>${reached ? '✓ ' : ''}${state}</span></span>`,
      `${line}, ${state}`,
    ];
  }

  /** "last year's data starts 1 April 2025" when the data covers only part of the baseline; '' otherwise. */
  private baselineShort(data: CardData): string {
    const baseline = data.coverage?.baseline;
    if (baseline === null || baseline === undefined || baseline >= 1 || data.dataStart == null || !data.compared || data.compared === 'previous') return '';
    const date = new Intl.DateTimeFormat(formattingLocale(this.resolvedLocale), { dateStyle: 'long' }).format(dayToLocalDate(data.dataStart));
    return cardText(this.uiLang, `coverage.${data.compared}`, { date });
  }

  /**
   * An inline SVG trend: a line that breaks at gaps, and a dot on the latest
   * value. While the period runs its last point is only so far: that stretch
   * is dashed, the dot lighter, and the words say where it is heading.
   */
  private renderSparkline(data: CardData, options: FormatOptions): [unknown, string] {
    const line = data.series ? sparkline(data.series) : null;
    if (!line?.first || !line.last) return [nothing, ''];
    const { first, last } = line;
    const lang = this.uiLang;
    const ends = { first: formatValue(first.value, options), last: formatValue(last.value, options) };
    if (!data.running) {
      return [
        html`<svg part="sparkline" viewBox="0 0 100 28" preserveAspectRatio="none" focusable="false">
          ${svg`<path class="line" d=${line.d}></path><path class="dot" d=${`M${last.x} ${last.y}h0`}></path>`}
        </svg>`,
        cardText(lang, 'trend', ends),
      ];
    }
    const { projected } = data.running;
    const note = projected === null ? cardText(lang, 'sofar') : cardText(lang, 'onpace', { projected: formatValue(projected, options) });
    return [
      html`<svg part="sparkline" viewBox="0 0 100 28" preserveAspectRatio="none" focusable="false">
          ${svg`<path class="line" d=${line.head}></path><path class="line running" d=${line.tail}></path>
            <path class="dot running" d=${`M${last.x} ${last.y}h0`}></path>`}
        </svg><span part="pace">${note}</span>`,
      `${cardText(lang, 'trend', ends)}, ${note}`,
    ];
  }
}
