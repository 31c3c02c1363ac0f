/**
 * The maths behind a trend chart: where "today" falls in the buckets of a
 * period, running totals, a run-rate projection to the end of the period, a
 * comparison series aligned by position and a budget line. Everything works
 * on one value per bucket; a null is a bucket without a value (a gap, or a
 * bucket that lies in the future).
 */
import type { SeriesPoint } from './evaluate.js';
import { projectBuckets, type BucketState } from './running.js';
import type { FormatKind } from './types.js';
import type { Progress } from './series-span.js';

export type { Progress } from './series-span.js';
// Only a chart from records uses these: a module of their own, so that a chart
// given its series inline does not carry them (trend-chart.records.ts imports them).
export { MAX_CHART_BUCKETS, progressThrough, withinData } from './series-span.js';

export type Values = Array<number | null>;

/**
 * Progress read off the values alone, for a series that came ready-made: its
 * trailing nulls are the buckets still to come, and the last value counts as
 * a whole bucket because nothing says how much of it has passed.
 */
export function progressOfValues(values: readonly (number | null)[]): Progress {
  let last = values.length - 1;
  while (last >= 0 && values[last] === null) last--;
  return { last, share: last < 0 ? 0 : 1 };
}

/** Running totals. A null stays a gap in the line, and the total carries on after it. */
export function runningTotal(values: readonly (number | null)[]): Values {
  let total = 0;
  return values.map((value) => (value === null ? null : (total += value)));
}

/**
 * A comparison series (last year's) laid over `length` buckets by position:
 * the first bucket of last year beside the first bucket of this year. Position,
 * not date, because a year of ISO weeks can have 52 or 53 of them and the
 * chart compares "week 12" with "week 12" whatever the dates.
 */
export function alignByPosition(values: readonly (number | null)[], length: number): Values {
  return Array.from({ length }, (_, i) => values[i] ?? null);
}

/**
 * The budget per bucket from what an editor wrote: one number for every
 * bucket (`100000`), a list of numbers by position (`[90, 100, 110]`) or a
 * series matched by bucket key (`[{"date":"2026-03","value":100}]`; a bucket
 * the budget does not name has none). Null when the document is none of these.
 */
export function budgetLine(doc: unknown, keys: readonly string[]): Values | null {
  const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (isNumber(doc)) return keys.map(() => doc);
  if (!Array.isArray(doc)) return null;
  if (doc.every((v) => v === null || isNumber(v))) return alignByPosition(doc as Values, keys.length);
  const byKey = new Map<string, number | null>();
  for (const item of doc) {
    const point = item as Partial<SeriesPoint> | null;
    if (typeof point !== 'object' || point === null || typeof point.date !== 'string') return null;
    if (point.value !== null && !isNumber(point.value)) return null;
    byKey.set(point.date, point.value);
  }
  return keys.map((key) => byKey.get(key) ?? null);
}

export interface ProjectionOptions {
  /** Project the running total instead of the value per bucket. */
  cumulative: boolean;
  /**
   * The KPI adds up over time (revenue, counts), so a half-run bucket holds
   * half a bucket's worth and the run rate is the total per elapsed bucket.
   * Otherwise (rates, averages, MRR) each value is a level and the projection
   * carries the mean level forward.
   */
  additive: boolean;
}

/**
 * The run-rate projection from the last bucket with data to the end of the
 * period, or null when the period has nothing left to project.
 *
 * Additive: rate = the total so far / elapsed buckets (whole buckets plus the
 * share of the running one, each weighed by `progress.weights`, so a week cut
 * to one day by the period's edge counts as 1/7 of a week, and is expected to
 * add 1/7 of a week's rate), counted from the first bucket with a value:
 * leading nulls are buckets before the data began, not buckets with nothing
 * sold (a gap after the first value is nothing sold). Every later bucket gets the rate. Cumulative: the
 * running total goes on growing by the rate, and the first step also carries
 * what is still to come in the running bucket (rate × the share not yet
 * passed), so the total at the end of the period is the whole run rate's.
 * Not additive: every later bucket gets the mean of the values so far.
 *
 * The projection starts at the last actual point as the chart draws it (the
 * value, or the running total, of the last bucket with data), so the dashed
 * line continues from the solid one. A value per bucket cannot show how the
 * running bucket will end at the same place, so that is left to the later
 * buckets; when the running bucket is the last one there is nothing to draw.
 */
export function projectToEnd(values: readonly (number | null)[], progress: Progress, options: ProjectionOptions): Values | null {
  const { last, share } = progress;
  if (last < 0 || last >= values.length || (last === values.length - 1 && share >= 1)) return null;
  // The bucket the actual line ends in: the last one with a value.
  let from = last;
  while (from >= 0 && values[from] === null) from--;
  if (from < 0 || from === values.length - 1) return null;
  const first = values.findIndex((v) => v !== null);
  const known = values.slice(0, last + 1).filter((v): v is number => v !== null);
  const total = known.reduce((sum, v) => sum + v, 0);
  const weight = (i: number) => progress.weights?.[i] ?? 1;
  let elapsed = share * weight(last);
  for (let i = first; i < last; i++) elapsed += weight(i);
  // Per whole bucket.
  const rate = options.additive ? total / elapsed : total / known.length;
  // What the running bucket still holds: the rest of its run rate.
  const rest = options.additive ? rate * (1 - share) * weight(last) : 0;
  // What each bucket after `from` is expected to add: nothing for an elapsed bucket without data
  // (a gap, counted as nothing sold), the rest for the running bucket, its share of the rate for one still to come.
  const expected = (i: number) => (!options.additive ? rate : i > last ? rate * weight(i) : i === last ? rest : 0);

  const projection: Values = values.map(() => null);
  if (options.cumulative) {
    projection[from] = total;
    // From the running bucket on, the total so far plus its rest and the rate of each bucket after it.
    let running = total + rest;
    for (let i = from + 1; i < values.length; i++) {
      if (i > last) running += rate * weight(i);
      projection[i] = i < last ? total : running;
    }
  } else {
    projection[from] = values[from];
    for (let i = from + 1; i < values.length; i++) projection[i] = expected(i);
  }
  return projection;
}

/** The period's total under the run rate: the values so far, then the projection of each bucket after them. */
function sumProjected(values: readonly (number | null)[], projection: readonly (number | null)[]): number {
  const from = projection.findIndex((v) => v !== null);
  let total = 0;
  values.forEach((v, i) => {
    if (i <= from) total += v ?? 0;
    else total += projection[i] ?? 0;
  });
  return total;
}

/** Below this share of the mean level, a fitted change over the whole range reads as flat. */
export const FLAT_SHARE = 0.01;

/**
 * Which way a series goes: the sign of the least-squares line through its
 * values (gaps skipped), over the whole range, so one odd last bucket does
 * not turn the story around. Flat when the fitted change from the first to
 * the last value is under FLAT_SHARE of the mean absolute value; null with
 * fewer than two values.
 */
export function trendDirection(values: readonly (number | null)[]): 'up' | 'down' | 'flat' | null {
  const points = values.flatMap((y, x) => (y === null ? [] : [{ x, y }]));
  if (points.length < 2) return null;
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const { x, y } of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  const change = (sxy / sxx) * (points[n - 1].x - points[0].x);
  const level = points.reduce((s, p) => s + Math.abs(p.y), 0) / n;
  if (Math.abs(change) <= FLAT_SHARE * level) return 'flat';
  return change > 0 ? 'up' : 'down';
}

/**
 * Fraction digits for the labels of an axis whose ticks are `step` apart:
 * just enough that neighbouring ticks never read the same ("0.25" and "0.5",
 * not "0.3" and "0.5"; "0 kr" rather than "0,00 kr" on a money axis). A
 * percent axis counts in percent. Undefined for compact numbers, whose
 * digits follow the magnitude ("2.5K", "10K"), which Intl gets right itself.
 */
export function axisDigits(step: number, format: FormatKind): number | undefined {
  if (format === 'compact') return undefined;
  const unit = Math.abs(format === 'percent' ? step * 100 : step);
  if (!Number.isFinite(unit) || unit === 0) return 0;
  let digits = 0;
  while (digits < 20 && Math.abs(Math.round(unit * 10 ** digits) - unit * 10 ** digits) > 1e-6) digits++;
  return digits;
}

export interface TrendInput {
  /** The actual values, one per bucket, keyed as periods.ts keys buckets. */
  series: readonly SeriesPoint[];
  /** Where the period stands; default: read off the series' trailing nulls. */
  progress?: Progress;
  /** A comparison series (last year), laid over the buckets by position. */
  previous?: readonly (number | null)[] | null;
  /** The budget per bucket (see budgetLine). */
  budget?: readonly (number | null)[] | null;
  /** A target level drawn across every bucket. */
  target?: number | null;
  /** Show actual, previous, budget and projection as running totals. */
  cumulative?: boolean;
  /** See ProjectionOptions; default true. */
  additive?: boolean;
  /** Running, partial and future buckets (running.ts); without it, read off `progress`. */
  states?: readonly BucketState[];
  /**
   * What the one forecast (forecast.ts) adds to each bucket (forecastByBucket).
   * With it the projection is the forecast's (none when null: too early);
   * without it (a ready-made series, a KPI that does not add up) the run rate
   * of projectToEnd.
   */
  added?: readonly number[] | null;
}

/** Everything a trend chart draws, one value per bucket in every line. */
export interface TrendModel {
  keys: string[];
  /** Buckets after the last one that can have data are null. Running totals when cumulative. */
  actual: Values;
  previous: Values | null;
  budget: Values | null;
  target: Values | null;
  /** Null when the period has nothing left to project. */
  projection: Values | null;
  /** The value projected for the period's end (its total for a KPI that adds up); null when nothing is projected. */
  projected: number | null;
  /** Each bucket's state; trend words judge the complete ones. */
  states: BucketState[];
  /**
   * The lines are running totals, so the last actual value is the total so far
   * (a summary says "Total so far", not "Last value").
   */
  cumulative: boolean;
  /** The last actual value as drawn, and its bucket. */
  last: { index: number; value: number } | null;
  /** The last bucket that is over (complete or partial) with a value: what "Last value" names. */
  lastComplete: { index: number; value: number } | null;
  /**
   * Which way the actual line goes as drawn: of the running total in cumulative
   * mode, so that a summary in words tells what the chart shows. Per bucket, of
   * the complete buckets only: a running or cut bucket holds part of its sum
   * (a one-day week is not a fall). A level (a rate) keeps every bucket.
   */
  trend: 'up' | 'down' | 'flat' | null;
}

/**
 * The largest magnitude a chart draws. chart.js rounds its axis out to "nice"
 * numbers; near Number.MAX_VALUE (1.8E308) that rounding overflows to Infinity
 * and its tick loop never ends, which took the browser tab down in the fuzz
 * run. 1E300 leaves room for the rounding and for an axis from -1E300 to 1E300.
 */
export const MAX_CHART_MAGNITUDE = 1e300;

/** A line holds a value a chart cannot draw (see MAX_CHART_MAGNITUDE). */
export class ChartRangeError extends Error {
  readonly code = 'too-large' as const;
  /** The value, as "1.80e+308", for the message. */
  readonly value: string;
  constructor(value: number) {
    const text = value.toExponential(2);
    super(`The value ${text} is too large to draw in a chart (the limit is ±${MAX_CHART_MAGNITUDE}).`);
    this.name = 'ChartRangeError';
    this.value = text;
  }
}

/** @throws ChartRangeError for the first value of any line beyond ±MAX_CHART_MAGNITUDE (a running total that overflowed included). */
function assertDrawable(lines: ReadonlyArray<readonly (number | null)[] | null>): void {
  for (const line of lines) {
    for (const value of line ?? []) {
      if (value !== null && !(Math.abs(value) <= MAX_CHART_MAGNITUDE)) throw new ChartRangeError(value);
    }
  }
}

/** @throws ChartRangeError when a line holds a value a chart cannot draw. */
export function buildTrend(input: TrendInput): TrendModel {
  const keys = input.series.map((point) => point.date);
  const raw = input.series.map((point) => (typeof point.value === 'number' && Number.isFinite(point.value) ? point.value : null));
  const progress = input.progress ?? progressOfValues(raw);
  const additive = input.additive ?? true;
  const values = raw.map((value, i) => (i > progress.last ? null : value));
  const cumulative = input.cumulative === true;
  const shape = (line: readonly (number | null)[]) => (cumulative ? runningTotal(line) : [...line]);
  const states: BucketState[] = input.states
    ? [...input.states]
    : keys.map((_, i) => (i > progress.last ? 'future' : i === progress.last && progress.share < 1 ? 'running' : 'complete'));

  const actual = shape(values);
  const lastOf = (keep: (i: number) => boolean): TrendModel['last'] => {
    for (let i = actual.length - 1; i >= 0; i--) {
      const value = actual[i];
      if (value !== null && keep(i)) return { index: i, value };
    }
    return null;
  };
  const target = input.target;
  let projection: Values | null;
  let projected: number | null;
  if (input.added !== undefined && additive) {
    // The one forecast's; none while it is too early to tell.
    const made = input.added && projectBuckets(values, input.added, states, cumulative);
    projection = made ? made.line : null;
    projected = made && made.line ? made.total : null;
  } else {
    projection = projectToEnd(values, progress, { cumulative, additive });
    projected = projection ? (cumulative || !additive ? projection.at(-1) ?? null : sumProjected(values, projection)) : null;
  }
  const complete = values.map((value, i) => (states[i] === 'complete' ? value : null));
  const model: TrendModel = {
    keys,
    actual,
    previous: input.previous ? shape(alignByPosition(input.previous, keys.length)) : null,
    budget: input.budget ? shape(alignByPosition(input.budget, keys.length)) : null,
    target: typeof target === 'number' && Number.isFinite(target) ? keys.map(() => target) : null,
    projection,
    projected,
    states,
    cumulative,
    last: lastOf(() => true),
    lastComplete: lastOf((i) => states[i] === 'complete' || states[i] === 'partial'),
    trend: trendDirection(cumulative || !additive ? actual : complete),
  };
  assertDrawable([model.actual, model.previous, model.budget, model.target, model.projection]);
  return model;
}
