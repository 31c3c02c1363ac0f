/**
 * Where a period stands among its buckets, and which buckets records say
 * nothing about: the parts of series.ts only a chart computed from records
 * needs (series.ts re-exports them).
 */
import type { DateRange, DayNumber } from './types.js';

/** How far a period has got, in buckets. */
export interface Progress {
  /** Index of the last bucket that can hold data; -1 when the period has not begun. */
  last: number;
  /** The share of that bucket that has passed: 1 for a finished bucket. */
  share: number;
  /**
   * How much of a whole bucket each one is (see bucketShares in periods.ts):
   * the week of 1 November in a chart of November holds 1/7 of a week. Without
   * it every bucket counts as whole.
   */
  weights?: readonly number[];
}

/**
 * Where `toDate` (the last day that can have data) falls among the buckets of
 * a period. A half-run bucket counts by its days: the 10th of a 30-day month
 * is a share of 10/30.
 */
export function progressThrough(spans: readonly DateRange[], toDate: DayNumber): Progress {
  let last = -1;
  while (last + 1 < spans.length && spans[last + 1].start <= toDate) last++;
  if (last < 0) return { last, share: 0 };
  const { start, end } = spans[last];
  return { last, share: toDate >= end ? 1 : (toDate - start + 1) / (end - start + 1) };
}

/**
 * Values of buckets computed from records, with the buckets the records say
 * nothing about made null: a bucket that lies wholly before the data's first
 * day (and, with `after`, wholly after its last) has no data, a gap in the
 * line and "—" in the table, while a bucket inside the data's span without
 * events is a real 0. A bucket the span only touches keeps its value. Without
 * a span (no record has a date) nothing is known about where the data lies
 * and the values stay as computed.
 */
export function withinData(
  values: readonly (number | null)[],
  spans: readonly DateRange[],
  data: DateRange | null,
  options: { after: boolean },
): Array<number | null> {
  if (!data) return [...values];
  return values.map((value, i) => {
    const span = spans[i];
    if (!span) return value;
    return span.end < data.start || (options.after && span.start > data.end) ? null : value;
  });
}

/**
 * The most buckets a chart draws. A daily chart of 100 years is 36 525 points
 * and table rows, seconds of a frozen page for a line no one can read; more than
 * this asks for a coarser granularity instead.
 */
export const MAX_CHART_BUCKETS = 1500;
