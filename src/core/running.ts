/**
 * Buckets that do not hold a whole period's worth, and the one forecast
 * (forecast.ts) laid over a chart's buckets. A bucket is
 * - `running` when today falls inside it and the whole bucket is not over (the
 *   month to date; also the last bucket of `rolling-12m`, cut at today);
 * - `partial` when it is over but cut short: by the range's start or end
 *   (a 12-month chart that starts on 5 December), or by the data's first day;
 * - `future` when it starts after today; else `complete`.
 * Trend words judge complete buckets only; a chart draws the others lighter.
 */
import type { DateRange, DayNumber } from './types.js';
import type { Values } from './series.js';

export type BucketState = 'complete' | 'running' | 'partial' | 'future';

/**
 * The state of each bucket. `whole` is each bucket uncut (wholeBuckets in
 * periods.ts); `toDate` the last day that can have data; `dataStart` the
 * first day the data covers (null: unknown, nothing is cut by it).
 */
export function bucketStates(
  spans: readonly DateRange[],
  whole: readonly DateRange[],
  toDate: DayNumber,
  dataStart: DayNumber | null,
): BucketState[] {
  return spans.map((span, i) => {
    if (span.start > toDate) return 'future';
    if (toDate < whole[i].end) return 'running';
    const cut = span.start > whole[i].start || span.end < whole[i].end;
    const late = dataStart !== null && dataStart > span.start && dataStart <= span.end;
    return cut || late ? 'partial' : 'complete';
  });
}

/**
 * What the forecast adds to each bucket: the sum of its days ahead. `ahead[k]`
 * is the day `aheadStart + k`; days after the last bucket's end (the rest of a
 * running bucket that the range cuts at today) belong to the last bucket.
 */
export function forecastByBucket(spans: readonly DateRange[], ahead: readonly number[], aheadStart: DayNumber): number[] {
  return spans.map((span, i) => {
    const end = i === spans.length - 1 ? Math.max(span.end, aheadStart + ahead.length - 1) : span.end;
    let sum = 0;
    for (let day = Math.max(span.start, aheadStart); day <= end; day++) sum += ahead[day - aheadStart] ?? 0;
    return sum;
  });
}

export interface BucketProjection {
  /**
   * The dashed line: from the last bucket that is over (so it continues the
   * solid one) through the running bucket's forecast completion to the end.
   * Null when no bucket is running or to come.
   */
  line: Values | null;
  /** The period's projected total: what is in plus all the forecast adds. */
  total: number;
}

/**
 * The forecast as a chart draws it: each open bucket (running or future) is
 * what it holds so far plus what the forecast adds to it; cumulative, a
 * running total of that. So a day, week and month chart of the same period,
 * and its cumulative daily chart, all end at the same projected total.
 */
export function projectBuckets(
  actual: readonly (number | null)[],
  added: readonly number[],
  states: readonly BucketState[],
  cumulative: boolean,
): BucketProjection {
  const value = (i: number) => actual[i] ?? 0;
  const total = actual.reduce<number>((sum, _, i) => sum + value(i) + (added[i] ?? 0), 0);
  const open = states.findIndex((state) => state === 'running' || state === 'future');
  if (open < 0) return { line: null, total };
  const line: Values = actual.map(() => null);
  let running = 0;
  for (let i = 0; i < open; i++) running += value(i);
  const from = open - 1;
  if (from >= 0 && actual[from] !== null) line[from] = cumulative ? running : value(from);
  for (let i = open; i < actual.length; i++) {
    const bucket = value(i) + (added[i] ?? 0);
    running += bucket;
    line[i] = cumulative ? running : bucket;
  }
  return { line, total };
}
