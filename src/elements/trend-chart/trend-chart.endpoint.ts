/**
 * A trend chart whose KPI a server computes (`endpoint`): the chart asks for
 * the KPI per bucket, and for its comparison line, in the same frame as every
 * other widget on the page (one request, data/endpoint.ts), and draws the
 * answers as the same chart on `src` draws the same KPI computed from records:
 * the same buckets (up to today), the same gaps before the data's first day,
 * the same bucket states and last year's line by position.
 *
 * What only records can do is left out, never made up: the forecast of a KPI
 * that adds up (revenue, counts) reads the records' daily history, so a chart
 * on endpoint draws no projection for it (`kpi-load`'s `detail.projection` is
 * null); a rate's projection is drawn from the values, as on `src`. The answer
 * carries the data's first day but not its last, so a comparison bucket after
 * the data's last record shows what the server counts there (0 deals is 0),
 * where a chart on `src` leaves a gap. The data note (rows read, rows left
 * out) is the browser's reading of a file and has no counterpart here.
 * Only a chart with `endpoint` and `kpi` loads this module.
 */
import { MAX_CHART_BUCKETS, progressThrough, withinData } from '../../core/series.js';
import { bucketStates } from '../../core/running.js';
import { todayDay, toIsoDate, isoDay } from '../../core/dates.js';
import type { CompareMode, DateRange, DayNumber, Granularity } from '../../core/types.js';
import { readTimeout } from '../shared/attributes.js';
import { AttributeError } from '../shared/problems.js';
import { wordEndpointError } from '../shared/endpoint-words.js';
import type { TrendSource } from './trend-chart.load.js';
import type { Asked, EndpointQuestion } from '../../data/endpoint.js';

export interface EndpointChartQuery {
  endpoint: string;
  kpi: string;
  period?: string;
  filter?: string;
  fields?: string;
  today?: DayNumber;
  granularity: Granularity;
  compare: CompareMode;
  credentials?: RequestCredentials;
  timeout?: unknown;
  maxSize?: unknown;
  /** A goals document the budget per bucket comes from (read in the browser, as on `src`). */
  goals?: string;
  signal: AbortSignal;
}

const iso = (range: DateRange) => `${toIsoDate(range.start)}/${toIsoDate(range.end)}`;

export async function fromEndpoint(query: EndpointChartQuery, granularities: readonly Granularity[]): Promise<TrendSource> {
  const [{ askAndKeep }, { getKpi }, { buckets, bucketShares, comparisonRange, parsePeriod, wholeBuckets }] = await Promise.all([
    import('../../data/endpoint.js'),
    import('../../core/catalogue.js'),
    import('../../core/periods.js'),
  ]);
  const kpi = getKpi(query.kpi);
  if (!kpi) throw new AttributeError('kpi', 'kpi', query.kpi);
  const today = query.today ?? todayDay();
  // The period a chart on `src` draws (its default included), counted before anything is asked.
  const period = parsePeriod(query.period || 'rolling-12m', { today });
  const spans = buckets(period, query.granularity);
  if (spans.length > MAX_CHART_BUCKETS) {
    const fit = granularities.filter((g) => buckets(period, g).length <= MAX_CHART_BUCKETS);
    throw new AttributeError('option', 'granularity', query.granularity, fit);
  }
  const timeout = readTimeout('timeout', query.timeout);
  const options = { credentials: query.credentials, timeout, signal: query.signal };
  const asked: Asked[] = [];
  // Each line is asked over exactly the days a chart on `src` counts, as a range of dates, with the chart's
  // today: the actual values up to today, last year's (or the previous period's) in full.
  const ask = (range: DateRange) => {
    const question: EndpointQuestion = {
      kpi: kpi.id, period: iso(range), compare: 'none', granularity: query.granularity, today: toIsoDate(today),
      ...(query.filter ? { filter: query.filter } : {}),
      ...(query.fields ? { fields: query.fields } : {}),
    };
    return askAndKeep(query.endpoint, question, options, asked);
  };
  const counted = period.toDate >= period.start ? { start: period.start, end: period.toDate } : null;
  const range = comparisonRange({ ...period, toDate: period.end }, query.compare);
  const [plans, link] = query.goals
    ? await Promise.all([import('../shared/goals-source.js'), import('../shared/source-link.js')])
    : [undefined, undefined];
  let answers;
  try {
    // Asked together: both go out in this frame's one request.
    answers = await Promise.all([
      counted ? ask(counted) : null,
      range ? ask(range) : null,
      plans ? plans.bucketTargets(query.goals!, { ...options, maxSize: link!.readMaxSize('max-size', query.maxSize) }, { kpi: kpi.id, filter: query.filter }, spans) : null,
    ]);
  } catch (error) {
    throw wordEndpointError(error);
  }
  const [current, previousAnswer, budget] = answers;
  // The answer's dataStart is the first day of the KPI's records under the server's scope, before the filter:
  // what a chart on `src` reads off the whole export. Its last day the answer does not carry.
  const start = [current, previousAnswer].map((a) => (a?.dataStart ? isoDay(a.dataStart) : null)).find((d) => d !== null) ?? null;
  const data = start === null ? null : { start, end: Number.POSITIVE_INFINITY };
  const values = current?.series ?? [];
  const actual = withinData(spans.map((_, i) => values[i]?.value ?? null), spans, data, { after: false });
  const previous = range && previousAnswer
    ? withinData((previousAnswer.series ?? []).map((point) => point.value), buckets(range, query.granularity), data, { after: true })
    : null;
  const progress = { ...progressThrough(spans, period.toDate), weights: bucketShares(period, query.granularity) };
  return {
    series: spans.map((span, i) => ({ date: span.key, value: actual[i] })),
    previous,
    compare: query.compare,
    progress,
    kpi,
    states: bucketStates(spans, wholeBuckets(period, query.granularity), period.toDate, start),
    // No records, so no forecast of what is still to come: no projection for a KPI that adds up.
    added: null,
    budget,
    asked,
  };
}
