import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import { dayToLocalDate } from '../../core/dates.js';
import { formatValue } from '../../core/format.js';
import { gaugeShare, goalState, ringGauge, type GoalState } from '../../core/goal-gauge.js';
import type { GoalEvaluation } from '../../core/goals.js';
import { formattingLocale } from '../../core/locale.js';
import type { DayNumber } from '../../core/types.js';
import { KpiElement } from '../shared/kpi-element.js';
import { cssProps } from '../shared/css-props.js';
import { DataController } from '../shared/data-controller.js';
import { InlineJsonController } from '../shared/inline-json.js';
import { RefreshController } from '../shared/refresh-controller.js';
import { t } from '../shared/i18n.js';
import { keepTogether } from '../shared/keep-together.js';
import { loadGoal, type GoalData } from './goal-progress.load.js';
import { goalText } from './goal-progress.strings.js';
import { goalStyles } from './goal-progress.styles.js';

const icons: Record<GoalState, string> = {
  ahead: '▲', 'on-track': '●', 'at-risk': '◆', behind: '▼', reached: '✓', 'not-started': '○', missed: '✕',
};
const tones: Record<GoalState, string> = {
  ahead: 'good', 'on-track': 'good', 'at-risk': 'warn', behind: 'bad', reached: 'good', 'not-started': 'neutral', missed: 'bad',
};
/** viewBox units; the SVG scales with --kpi-goal-ring-size. */
const RING_RADIUS = 42;

/**
 * @tag goal-progress
 * @summary Progress towards a SMART goal: value against target, a marker where
 * the straight line from baseline to target expects the value today, the
 * status in words, what is still needed per day, week or working day, and the
 * projection to the end date.
 *
 * @slot - Nothing is shown from the light DOM; a `<script type="application/json">` child may hold a GoalDoc.
 *
 * @csspart base - The frame.
 * @csspart label - The title.
 * @csspart value - The formatted value.
 * @csspart target - "of 1 500 000 kr"; for a goal to reduce "target 3 % or lower".
 * @csspart track - The bar's track, or the ring's background circle.
 * @csspart fill - The filled part; capped at the full gauge over target.
 * @csspart marker - Where the value should be today (while the goal runs).
 * @csspart ring - The SVG of the ring variant.
 * @csspart status - Icon and word (Ahead, On track, At risk, Behind, Target reached…) and the share of the target.
 * @csspart remaining - What is left to reach the target and the days left; after the end, the end date.
 * @csspart needed - "Needed: 12 500 kr per working day".
 * @csspart projection - The value expected today and the forecast for the end date, with its likely range when history gives one, or "No forecast yet" early on.
 * @csspart details - While the goal runs: the disclosure (a `<details>`) holding `remaining` and `projection`.
 * @csspart details-toggle - Its `<summary>`, "Details"; opens and closes by mouse, Enter or Space.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - The readable error message.
 * @csspart note - With records whose rows were left out or read doubtfully: the data note ("3 of 500 rows left out"), a <details> listing row, column, value and why.
 * @csspart empty - "No data for this period."
 * @csspart stale - With `refresh`, while the source fails: "Showing data from 3 minutes ago: the data source is not answering."
 *
 * @cssproperty --kpi-goal-fill - Colour of the fill (default the accent; good when reached, bad when behind).
 * @cssproperty --kpi-goal-track - Colour of the track.
 * @cssproperty --kpi-goal-marker - Colour of the pace marker.
 * @cssproperty --kpi-goal-height - Height of the bar (default 10px).
 * @cssproperty --kpi-goal-ring-size - Diameter of the ring (default 120px).
 * @cssproperty --kpi-warn - Colour of "At risk". Also --kpi-good, --kpi-bad, --kpi-value-size and the theme's tokens.
 *
 * @event {CustomEvent<{ value: number | null; projection: number | null; quality?: DataQuality }>} kpi-load - After each resolve. `detail`: `{ value, projection }`, the unformatted value (null when empty) and the value forecast for the end date (null while it is too early to tell). With records, `detail.quality`: rows read, rows used, the issues (row, field, value, code) and a count per code.
 * @event {CustomEvent<KpiErrorDetail>} kpi-error - A bad attribute, document or source. `detail` (KpiErrorDetail): `{ code, message }` and, where they apply, `attribute`, `value`, `status`, `url`.
 * @event {CustomEvent<{ value: number; target: number }>} kpi-goal-reached - The value reached the target: once when it crosses it, again only after it fell below
 *   and crossed again. A goal that is already reached when it first loads fires it once. `detail`: `{ value, target }`, both unformatted numbers.
 */
export class GoalProgress extends KpiElement {
  static override styles = [...KpiElement.styles, goalStyles];

  static override properties: PropertyDeclarations = {
    value: {},
    target: {},
    baseline: {},
    start: {},
    end: {},
    pace: {},
    holidays: {},
    variant: {},
    per: {},
    data: {},
  };

  /** The current value ("1240000", "1 240 000"), or a number as a property. */
  value?: number | string;
  /** The value to reach by `end`. Below `baseline` for a goal to reduce (churn from 5 % to 3 %). */
  target?: number | string;
  /** Where the goal starts from at `start` (default 0). */
  baseline?: number | string;
  /** First day of the goal, `2026-01-01`. With `kpi`, defaults to the period's first day. */
  start?: string;
  /** Last day of the goal, `2026-03-31`. With `kpi`, defaults to the period's last day. */
  end?: string;
  /** `calendar` (default) or `working`: the expected line runs over working days (weekends and holidays are flat). Inherited from a `<kpi-dashboard>`. */
  pace?: string;
  /**
   * Days off for working days: country codes for national holidays (`NO`, `SE`, `DK`, `FI`, `NL`) and dates,
   * mixed: `NO,2026-12-24`, or an array as a property. Inherited from a `<kpi-dashboard>`.
   */
  holidays?: string | string[];
  /** `bar` (default) or `ring`. */
  variant?: string;
  /**
   * What "Needed" is per: `day`, `week` or `working-day` (default `working-day` with `pace="working"`, else `day`).
   * A rate goal (`format="percent"` or a rate KPI) shows no "Needed": a rate does not add up day by day.
   */
  per?: string;
  /** Inline GoalDoc `{ value, target, baseline?, start, end, … }`, JSON or object. */
  data?: string | object;

  private wasReached = false;

  private readonly goal = new DataController(this, {
    args: () =>
      [this.value, this.target, this.baseline, this.start, this.end, this.today, this.setting('pace'), this.setting('holidays'), this.per,
        this.variant, this.format, this.data, this.script(), this.src, this.recordsSrc(), this.serverEndpoint(), this.select,
        this.kpi, this.setting('fields'), this.setting('period'), this.setting('filter'), this.credentials, this.timeout, this.maxSize,
        this.setting('goals'), this.setting('teams'), ...Object.values(this.recordSettings())] as const,
    task: (_args, { signal }) =>
      loadGoal(
        {
          value: this.value, target: this.target, baseline: this.baseline, start: this.start, end: this.end,
          today: this.today, pace: this.setting('pace'), holidays: this.setting('holidays'), per: this.per, variant: this.variant,
          format: this.format, data: this.data, script: this.script(),
          src: this.recordsSrc(), endpoint: this.serverEndpoint(),
          select: this.select, kpi: this.kpi, fields: this.setting('fields'), period: this.setting('period'),
          filter: this.setting('filter'), credentials: this.credentials, timeout: this.timeout, maxSize: this.maxSize, ...this.recordSettings(),
          goals: this.setting('goals'), teams: this.setting('teams'),
        },
        signal,
      ),
    onComplete: (data) => this.announce(data),
    onError: (error) => this.reportError(error),
  });

  private readonly inline = new InlineJsonController(this);
  private readonly refresher = new RefreshController(this, {
    src: () => this.recordsSrc(),
    asked: () => this.goal.value?.asked,
    seconds: () => this.refresh,
    credentials: () => this.credentials,
    onChange: () => void this.goal.rerun(),
    onError: (error) => this.reportError(error),
  });

  private script(): string | undefined {
    return this.inline.text;
  }

  /**
   * A dashboard's src holds records: only a goal that computes a KPI reads it. A KPI server (own or the
   * dashboard's) is asked instead for a goal's `kpi` when it has no `src` or document of its own (loadGoal).
   */
  private recordsSrc(): string | undefined {
    return this.src || (this.kpi && !this.setting('endpoint') ? this.setting('src') : undefined);
  }

  private serverEndpoint(): string | undefined {
    return this.kpi ? this.setting('endpoint') : undefined;
  }

  private announce(data: GoalData): void {
    // The value forecast for the end date, as the chart of the same period ends; null while too early.
    this.emitLoad(data.value, { projection: data.evaluation?.projected ?? null, report: data.report });
    const reached = data.evaluation?.reached;
    if (reached === undefined) return;
    if (reached && !this.wasReached) this.emit('kpi-goal-reached', { value: data.value, target: data.target });
    this.wasReached = reached;
  }

  protected override render() {
    const { status, error, value: data } = this.goal;
    // With `kpi` and no label, the KPI's name is the title and the gauge's name, as on a kpi-card.
    const label = this.label || data?.label || data?.names?.[this.uiLang] || '';
    return this.renderFrame(status, error, () => this.renderGoal(data!, data!.evaluation!, label), {
      empty: !data?.evaluation,
      label,
      report: data?.report,
    });
  }

  private renderGoal(data: GoalData, ev: GoalEvaluation, label: string) {
    const lang = this.uiLang;
    const locale = this.resolvedLocale;
    const options = { format: data.format, locale, currency: this.currency || data.currency || this.setting('currency') };
    const num = (n: number | null) => formatValue(n, options);
    // A rate's distance to its target is told in percentage points ("1 pp"), a total's in its own format.
    const left = ev.remainingPoints === null ? num(ev.remaining) : formatValue(ev.remainingPoints, { format: 'points', locale });
    const date = (day: DayNumber) =>
      new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: 'medium' }).format(dayToLocalDate(day));
    const phase = data.today < data.start ? 'before' : data.today > data.end ? 'after' : 'running';
    const shown = goalState(ev, data, data.today);
    const running = phase === 'running' && !ev.reached;
    const percent = formatValue(ev.progress, { format: 'percent', locale });
    const word = shown === 'not-started' || shown === 'missed' ? goalText(lang, `status.${shown}`) : t(lang, `status.${shown}`);
    // A goal to reduce is read "3 %, target 2 % or lower", never "3 % of 2 %", which sounds like a share.
    const valuetext = goalText(lang, `${running ? 'valuetext.pace' : 'valuetext'}${ev.direction === 'down' ? '.down' : ''}`, {
      value: num(data.value), target: num(data.target), status: goalText(lang, `pace.${shown}`), expected: num(ev.expected),
    });
    const [low, high] = data.baseline <= data.target ? [data.baseline, data.target] : [data.target, data.baseline];
    const needed = data.per === 'week' ? ev.neededPerWeek : data.per === 'working-day' ? ev.neededPerWorkingDay : ev.neededPerDay;
    const days = goalText(lang, new Intl.PluralRules(formattingLocale(locale)).select(ev.daysLeft) === 'one' ? 'days.one' : 'days.other', {
      days: formatValue(ev.daysLeft, { format: 'number', locale }),
    });
    let remaining = '';
    if (phase === 'after') {
      const ended = goalText(lang, 'ended', { date: date(data.end) });
      remaining = ev.reached ? ended : `${goalText(lang, 'short', { value: left })} · ${ended}`;
    } else if (!ev.reached) {
      remaining = goalText(lang, ev.direction === 'down' ? 'remaining.down' : 'remaining', { value: left }) + (phase === 'running' ? ` · ${days}` : '');
    }
    const dates = [date(data.start), date(data.end)];
    const line = (name: string, text: string) => html`<p part=${name}>${keepTogether(text, dates)}</p>`;
    const neededLine = !ev.reached && phase !== 'after' && needed !== null
      ? line('needed', goalText(lang, `needed.${data.per}`, { value: num(needed) }))
      : nothing;
    const projection = phase === 'running'
      ? line('projection', `${goalText(lang, 'expected', { value: num(ev.expected) })} · ${this.projectionWords(ev, num, date(data.end))}`)
      : nothing;
    // While the goal runs, what is left and where the pace leads wait behind a disclosure; after the end, what it came to is the news.
    const more = phase === 'after' ? [] : [remaining ? line('remaining', remaining) : nothing, projection].filter((x) => x !== nothing);
    const status = shown === 'not-started' ? goalText(lang, 'starts', { date: date(data.start) }) : goalText(lang, 'share', { percent });
    // Value and status first, then the gauge, then the one line of what is needed; the rest on request.
    return html`<div class="figures">
        ${ev.direction === 'down'
          // The comma stays with the value: the figures are flex items with a gap between them.
          ? html`<span><span part="value">${num(data.value)}</span>,</span>`
          : html`<span part="value">${num(data.value)}</span>`} <span part="target">${
          goalText(lang, ev.direction === 'down' ? 'of.down' : 'of', { target: num(data.target) })}</span>
      </div>
      <p part="status" class=${tones[shown]}><span class="icon" aria-hidden="true">${icons[shown]}</span> ${word} · ${
        keepTogether(status, dates)}</p>
      <div class="gauge ${data.variant === 'ring' ? 'ring' : 'bar'}" data-state=${shown} role="progressbar"
        aria-label=${label || goalText(lang, 'gauge')} aria-valuemin=${low} aria-valuemax=${high}
        aria-valuenow=${Math.min(high, Math.max(low, data.value!))} aria-valuetext=${valuetext}>
        ${data.variant === 'ring' ? this.renderRing(ev, percent, phase === 'running') : this.renderBar(ev, phase === 'running')}
      </div>
      ${neededLine}${phase === 'after' && remaining ? line('remaining', remaining) : nothing}
      ${more.length ? html`<details part="details"><summary part="details-toggle">${goalText(lang, 'details')}</summary>${more}</details>` : nothing}`;
  }

  /** The forecast in words: with its likely range when history gives one, or that it is too early to tell. */
  private projectionWords(ev: GoalEvaluation, num: (n: number | null) => string, end: string): string {
    const lang = this.uiLang;
    if (ev.projected === null) return goalText(lang, 'projection.none');
    const { projectedLow: low, projectedHigh: high } = ev;
    if (low === null || high === null || num(low) === num(high)) return goalText(lang, 'projection', { date: end, value: num(ev.projected) });
    return goalText(lang, 'projection.range', { date: end, value: num(ev.projected), low: num(low), high: num(high) });
  }

  private renderBar(ev: GoalEvaluation, marker: boolean) {
    return html`<div part="track">
      <div part="fill" ${cssProps({ 'inline-size': `${gaugeShare(ev.progress) * 100}%` })}></div>
      ${marker
        ? html`<div part="marker" ${cssProps({ 'inset-inline-start': `${gaugeShare(ev.expectedShare) * 100}%` })}></div>`
        : nothing}
    </div>`;
  }

  private renderRing(ev: GoalEvaluation, percent: string, marker: boolean) {
    const ring = ringGauge(ev.progress, ev.expectedShare, RING_RADIUS);
    return html`<svg part="ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle part="track" cx="50" cy="50" r=${RING_RADIUS}></circle>
        <circle part="fill" cx="50" cy="50" r=${RING_RADIUS} transform="rotate(-90 50 50)"
          stroke-dasharray="${ring.fillLength} ${ring.circumference}"></circle>
        ${marker
          ? svg`<line part="marker" x1="50" y1="1" x2="50" y2="17" transform="rotate(${ring.markerAngle} 50 50)"></line>`
          : nothing}
      </svg>
      <span class="center" aria-hidden="true">${percent}</span>`;
  }
}
