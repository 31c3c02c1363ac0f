/**
 * Puts a catalogue KPI to work: one value for a period with its comparison,
 * or a series of values over the buckets of a range.
 */
import { getKpi, tallyHasRecords, type KpiContext, type KpiDefinition, type KpiRecord } from './catalogue.js';
import { compareValues, type Delta } from './compare.js';
import { buckets, comparisonRange, type ResolvedPeriod } from './periods.js';
import { requireColumns } from './records.js';
import type { CompareMode, Dataset, DateRange, Granularity } from './types.js';

/** Thrown for a KPI id the catalogue does not know. */
export class KpiError extends Error {
  readonly code = 'kpi';
  /** `value` is the id as written, the name the widgets' error messages read. */
  constructor(readonly value: string) {
    super(`There is no KPI called "${value}".`);
    this.name = 'KpiError';
  }
}

/** The period and comparison, plus what some KPIs need (stage, stage probabilities). */
export interface EvaluateOptions extends Omit<KpiContext, 'previousRange'> {
  period: ResolvedPeriod;
  compare: CompareMode;
}

export interface KpiEvaluation {
  value: number | null;
  previous: number | null;
  delta: Delta | null;
  /** The days the value covers: the period up to its last day that can have data. */
  range: DateRange;
  /** The days `previous` covers (for sales-growth: the baseline of the growth). */
  previousRange: DateRange | null;
}

export interface SeriesPoint {
  /** The bucket key: '2026-03-05' | '2026-W12' | '2026-03' | '2026-Q1' | '2026'. */
  date: string;
  value: number | null;
}

function kpiOrThrow(id: string): KpiDefinition {
  const kpi = getKpi(id);
  if (!kpi) throw new KpiError(id);
  return kpi;
}

/**
 * The value of a KPI for a period, and its comparison.
 *
 * A running period is computed up to `toDate` (a "state on the last day" KPI
 * such as MRR must not look at a day that has not happened), matching the
 * elapsed share comparisonRange() takes from the baseline period. A period
 * wholly in the future is computed over all its days, which hold nothing yet.
 * A self-comparing KPI (sales-growth) uses the compare range as its baseline
 * (previous-period when compare is 'none') and has no delta.
 * @throws KpiError for an unknown id; FieldsError `missing` when the dataset's
 *   export lacks a column the KPI reads (requireColumns).
 */
export function evaluateKpi(ds: Dataset, kpiId: string, options: EvaluateOptions): KpiEvaluation {
  const kpi = kpiOrThrow(kpiId);
  requireColumns(ds, kpi.needs);
  const { period, compare, ...context } = options;
  const range: DateRange = { start: period.start, end: period.toDate >= period.start ? period.toDate : period.end };

  if (kpi.selfComparing) {
    const baseline = comparisonRange(period, compare === 'none' ? 'previous-period' : compare);
    const value = kpi.compute(ds, range, { ...context, previousRange: baseline ?? undefined });
    return { value, previous: null, delta: null, range, previousRange: baseline };
  }

  const value = kpi.compute(ds, range, context);
  const previousRange = comparisonRange(period, compare);
  const previous = previousRange ? kpi.compute(ds, previousRange, context) : null;
  const delta = compareValues(value, previous, { direction: kpi.direction, rate: kpi.rate });
  return { value, previous, delta, range, previousRange };
}

export interface SeriesOptions extends Omit<KpiContext, 'previousRange'> {
  /** Month 1..12 the fiscal year starts in, for quarter and year buckets. */
  fiscalYearStart?: number;
}

/**
 * A KPI per bucket (day, ISO week, month, quarter, year) of a range.
 *
 * Event KPIs make one pass over the records: a table from day to bucket index
 * places each record, and every bucket keeps its running numbers in one flat
 * array. State KPIs are computed per bucket; a self-comparing KPI compares
 * each bucket with the one before it.
 * @throws as evaluateKpi.
 */
export function kpiSeries(
  ds: Dataset,
  kpiId: string,
  range: DateRange,
  granularity: Granularity,
  options: SeriesOptions = {},
): SeriesPoint[] {
  const kpi = kpiOrThrow(kpiId);
  requireColumns(ds, kpi.needs);
  const { fiscalYearStart, ...context } = options;
  const fiscal = { fiscalYearStart };
  // Clipped to the range by buckets(), so they tile it with no gap.
  const bs = buckets(range, granularity, fiscal);
  if (bs.length === 0) return [];

  const tally = kpi.tally?.(ds, context);
  if (tally === null) return bs.map((b) => ({ date: b.key, value: null }));
  if (tally) {
    if (!tallyHasRecords(tally, ds)) return bs.map((b) => ({ date: b.key, value: null }));
    const span = range.end - range.start + 1;
    const bucketOf = new Int32Array(span);
    bs.forEach((b, i) => bucketOf.fill(i, b.start - range.start, b.end - range.start + 1));
    const acc = new Float64Array(bs.length * tally.slots);
    const views = bs.map((_, i) => acc.subarray(i * tally.slots, (i + 1) * tally.slots));
    for (const p of tally.parts) {
      const list: readonly KpiRecord[] = ds[p.kind];
      for (let i = 0; i < list.length; i++) {
        const record = list[i];
        const day = p.date(record);
        if (day === null) continue;
        const offset = day - range.start;
        if (offset < 0 || offset >= span) continue;
        p.add(views[bucketOf[offset]], record);
      }
    }
    return bs.map((b, i) => ({ date: b.key, value: tally.result(views[i]) }));
  }

  if (kpi.selfComparing) {
    // The full bucket before the first one: the last of the buckets in the
    // 400 days before it (more than a year, the longest bucket).
    const start = bs[0].start;
    const before = buckets({ start: start - 400, end: start - 1 }, granularity, fiscal).at(-1);
    return bs.map((b, i) => {
      const previous = i > 0 ? bs[i - 1] : before;
      const previousRange = previous && { start: previous.start, end: previous.end };
      return { date: b.key, value: kpi.compute(ds, b, { ...context, previousRange }) };
    });
  }

  return bs.map((b) => ({ date: b.key, value: kpi.compute(ds, b, context) }));
}
