/**
 * A trend chart's series computed from records at `src`: the KPI per bucket,
 * where the data has records, last year's line beside it, and the forecast.
 * Only a chart with `src` and `kpi` loads this module (trend-chart.load.ts decides).
 */
import { MAX_CHART_BUCKETS, progressThrough, withinData } from '../../core/series-span.js';
import type { CompareMode, DayNumber, Granularity } from '../../core/types.js';
// Static: every page's main file holds dates.ts already. A dynamic import of it
// would make the bundler split it into a chunk of its own, one request more.
import { todayDay } from '../../core/dates.js';
import type { Pace } from '../../core/forecast.js';
import { readTimeout } from '../shared/attributes.js';
import { AttributeError } from '../shared/problems.js';
import type { RecordSettings, SourceInputs } from '../shared/kpi-element.js';
import { loadDataNote } from '../shared/lazy.js';
import type { TrendSource } from './trend-chart.load.js';

export interface RecordsQuery extends SourceInputs {
  src: string;
  kpi: string;
  today?: DayNumber;
  granularity: Granularity;
  compare: CompareMode;
  signal: AbortSignal;
  pace: Pace;
  /** As given; read with the records, the only path that counts working days. */
  holidays?: unknown;
  settings: Partial<RecordSettings>;
}

/** `granularities`: the chart's, in order, to suggest one that fits a long period. */
export async function fromRecords(query: RecordsQuery, granularities: readonly Granularity[]): Promise<TrendSource> {
  const [{ querySeries, queryDataset }, { buckets, bucketShares, comparisonRange, parsePeriod }, { kpiSeries }, { recordSpan },
    { chartForecast }, { readRecordSettings }, { dataReport }, { readMaxSize }] = await Promise.all([
    import('../../data/query.js'),
    import('../../core/periods.js'),
    import('../../core/evaluate.js'),
    import('../../core/records.js'),
    import('../../core/kpi-forecast.js'),
    import('../shared/record-settings.js'),
    loadDataNote(),
    import('../shared/source-link.js'),
  ]);
  const read = readRecordSettings(query.settings);
  // The same period querySeries resolves (its default included), counted before any work.
  const span = parsePeriod(query.period || 'rolling-12m', { today: query.today ?? todayDay() });
  if (buckets(span, query.granularity).length > MAX_CHART_BUCKETS) {
    const fit = granularities.filter((g) => buckets(span, g).length <= MAX_CHART_BUCKETS);
    throw new AttributeError('option', 'granularity', query.granularity, fit);
  }
  const timeout = readTimeout('timeout', query.timeout);
  const maxSize = readMaxSize('max-size', query.maxSize);
  const plans = query.goals || query.teams ? await import('../shared/goals-source.js') : undefined;
  const fetching = { credentials: query.credentials, timeout, maxSize, signal: query.signal };
  const teams = query.teams ? await plans!.loadTeams(query.teams, fetching) : undefined;
  const { kpi, period, series, dataset, quality, why } = await querySeries({ ...query, ...read, timeout, maxSize, teams });
  const spans = buckets(period, query.granularity);
  const budget = query.goals ? await plans!.bucketTargets(query.goals, fetching, { kpi: kpi.id, filter: query.filter }, spans) : null;
  // Weighed by how much of a whole bucket each is, so a week cut to a day by the period's edge is projected as a day.
  const progress = { ...progressThrough(spans, period.toDate), weights: bucketShares(period, query.granularity) };
  // Where the export has data: of all its records, not only those the filter keeps
  // (a rep with no deals in a month the export covers sold nothing that month).
  const all = query.filter
    ? await queryDataset({ src: query.src, select: query.select, fields: query.fields, kind: kpi.source,
      credentials: query.credentials, timeout, maxSize, signal: query.signal, ...read, teams })
    : dataset;
  const data = recordSpan(all);
  // Before the first record the chart has no data, not a run of zeros; after the
  // last one, up to today, a quiet spell is a real 0 (the export is taken as current).
  // Records count up to today, as a goal's and a card's do: a deal dated later in the export is not in yet.
  const counted = period.toDate >= period.start ? kpiSeries(dataset, kpi.id, { start: period.start, end: period.toDate }, query.granularity) : [];
  const actual = withinData(spans.map((_, i) => counted[i]?.value ?? null), spans, data, { after: false });
  // Last year in full, also while this period is still running: the chart shows
  // where last year went next, which the same-elapsed-share rule would cut off.
  const range = comparisonRange({ ...period, toDate: period.end }, query.compare);
  const previous = range
    ? withinData(kpiSeries(dataset, kpi.id, range, query.granularity).map((point) => point.value),
      buckets(range, query.granularity), data, { after: true })
    : null;
  const { states, added } = chartForecast(dataset, kpi.id, period, query.granularity,
    { dataStart: data?.start ?? null, pace: query.pace, holidays: await readHolidaysLazily(query.holidays) });
  return {
    series: series.map((point, i) => ({ date: point.date, value: actual[i] })), previous, compare: query.compare, progress, kpi, states, added,
    report: dataReport(quality, why), budget,
  };
}

/** The `holidays` setting, its reader loaded only when one is given. */
async function readHolidaysLazily(raw: unknown) {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const { readHolidays } = await import('../shared/holidays-attribute.js');
  return readHolidays('holidays', raw);
}
