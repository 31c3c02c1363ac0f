/**
 * A KPI over the periods up to and including the one a card shows: the data
 * of a card's sparkline from records, so the line ends at the card's value.
 */
import { evaluateKpi, type EvaluateOptions } from './evaluate.js';
import { getKpi } from './catalogue.js';
import { comparisonRange, type ResolvedPeriod } from './periods.js';
import { recordSpan } from './records.js';
import type { CompareMode, Dataset, DateRange } from './types.js';

/**
 * The `count` periods that end with `period`, oldest first: each one the whole
 * period before the next, as `previous-period` compares it (the month before a
 * month, the 30 days before `rolling-30d`, the same number of whole months
 * before a custom range of whole months, else the same number of days). The
 * last one is `period` itself, running or not; the earlier ones are whole
 * (`toDate` = `end`) unless they too reach past today, as in a period wholly in
 * the future. `count` below 1 gives just `period`.
 *
 * `this-month` on 2026-11-23 with count 3: 2026-09, 2026-10, and 2026-11 (its
 * toDate the 23rd). `mtd` on the same day (Nov 1..23, 23 days long): Sep 1..23,
 * Oct 1..23, Nov 1..23.
 */
export function trailingPeriods(period: ResolvedPeriod, count: number): ResolvedPeriod[] {
  // toDate = min(end, today): it is today while the period runs or lies ahead, and when it
  // is the end every earlier period is over anyway.
  const today = period.toDate;
  const out: ResolvedPeriod[] = [period];
  let current = period;
  for (let i = 1; i < Math.floor(count); i++) {
    // As if `current` were over, so the one before it is whole.
    const before = comparisonRange({ ...current, toDate: current.end }, 'previous-period') as DateRange;
    current = { ...current, start: before.start, end: before.end, toDate: Math.min(before.end, today) };
    out.unshift(current);
  }
  return out;
}

export interface TrailPoint {
  /** The days the value covers, as evaluateKpi's `range`. */
  range: DateRange;
  value: number | null;
}

/**
 * A KPI over the `count` periods that end with `period` (see trailingPeriods):
 * `this-month` gives the last `count` months, each month's value, the last
 * one this month so far. Each point is evaluateKpi's value for its period, so
 * the last point IS the value a card shows for `period`; a self-comparing KPI
 * (sales-growth) compares each period as `compare` says, as the headline does.
 *
 * Periods before the first one with a value are left out, and so are periods
 * that end before the data's first day (their 0 would be "no data", not "sold
 * nothing": revenue is a sum, so it is 0 rather than null there). A source
 * with a shorter history still fills a sparkline; a gap after it stays a gap
 * (null). When no period is left, only the last one is.
 *
 * @throws as evaluateKpi.
 */
export function kpiTrail(ds: Dataset, kpiId: string, options: EvaluateOptions & { count: number }): TrailPoint[] {
  const { count, period, compare, ...context } = options;
  // Only a self-comparing KPI reads the comparison for its value; the others need not compute it.
  const mode: CompareMode = getKpi(kpiId)?.selfComparing ? compare : 'none';
  const points = trailingPeriods(period, count).map((p) => {
    const { value, range } = evaluateKpi(ds, kpiId, { ...context, period: p, compare: mode });
    return { range, value };
  });
  const span = recordSpan(ds);
  const first = points.findIndex((p) => p.value !== null && (span === null || p.range.end >= span.start));
  return first < 0 ? points.slice(-1) : points.slice(first);
}
