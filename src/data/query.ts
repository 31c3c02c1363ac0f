/**
 * The path from a `src` URL to the numbers a widget shows: fetch once per page,
 * parse once per URL and record kind, filter, then let the core compute.
 * Elements import this module lazily, so a page of attribute-only widgets never
 * loads the data layer, the catalogue or the schemas.
 */
import type { CompareMode, Dataset, DayNumber, Granularity, RecordIssue, RecordKind } from '../core/types.js';
import { todayDay } from '../core/dates.js';
import { parsePeriod } from '../core/periods.js';
import { toDataset, parseFields } from '../core/records.js';
import { parseFilter, applyFilter, type Filter } from '../core/filter.js';
import { dataQuality, rowsLeftOut, type DataQuality } from '../core/quality.js';
import { startsAfter, whyEmpty, type EmptyReason } from '../core/why-empty.js';
import { localeDateOrder, type DateOrder } from '../core/date-parse.js';
import { getKpi, type KpiDefinition } from '../core/catalogue.js';
import { assignTeams, type Teams } from '../core/teams.js';
import { evaluateKpi, kpiSeries, KpiError } from '../core/evaluate.js';
import { fetchShared } from './cache.js';
import { selectPath } from './select.js';
import type { LoadedDocument } from './load.js';

export interface SourceQuery {
  src: string;
  select?: string;
  credentials?: RequestCredentials;
  timeout?: number;
  maxSize?: number;
  signal?: AbortSignal;
}

/** How records are read beyond `fields`: the widget's `date-order`, `won`, `lost` and locale. */
export interface ReadSettings {
  dateOrder?: DateOrder;
  /** Comma-separated extra words for won, as typed in `won`. */
  won?: string;
  lost?: string;
  /** The widget's locale: it decides dates the file does not prove. */
  locale?: string;
}

export interface KpiQuery extends SourceQuery, ReadSettings {
  kpi: string;
  fields?: string;
  period?: string;
  compare?: string;
  filter?: string;
  today?: DayNumber;
  fiscalYearStart?: number;
  /** Stage → probability 0..1, for weighted-pipeline (the `probabilities` attribute, read). */
  probabilities?: Record<string, number>;
  /** Owners' teams (the `teams` attribute, read), and the text they were read from, which keys the cache. */
  teams?: TeamsGiven;
}

export interface TeamsGiven {
  key: string;
  map: Teams;
}

/** Records read from a source: all of them, the filtered ones, and how the reading went. */
export interface SourceRecords {
  all: Dataset;
  dataset: Dataset;
  filter?: Filter;
  quality: DataQuality;
}

/** The fetched document (JSON value or CSV rows), narrowed by `select`. */
export async function queryDocument(query: SourceQuery): Promise<unknown> {
  const doc = await fetchShared(query.src, query);
  let data: unknown;
  try {
    data = doc.kind === 'csv' ? doc.rows : doc.kind === 'csv-worker' ? await doc.table.rows() : doc.data;
  } catch (error) {
    // As in queryRecords: a large CSV let go meanwhile is fetched again.
    if ((error as { released?: boolean }).released) return queryDocument(query);
    throw error;
  }
  return query.select ? selectPath(data, query.select) : data;
}

// One parsed dataset, and its quality, per fetched document, record kind, field mapping and reading settings:
// twenty cards on one CSV parse it once (a CSV read in a worker: built there
// once, the cards waiting for it together). Weak keys let a refreshed document go.
const parsed = new WeakMap<object, Map<string, ReadRecords | Promise<ReadRecords>>>();
interface ReadRecords {
  all: Dataset;
  quality: DataQuality;
}

const words = (text: string | undefined) => (text ?? '').split(',').map((w) => w.trim()).filter((w) => w !== '');

type RecordsQuery = SourceQuery & ReadSettings & {
  kind: RecordKind;
  fields?: string;
  filter?: string;
  teams?: TeamsGiven;
  /** Columns no field reads, kept on each record to group by (a table's `group-by`). */
  keep?: readonly string[];
};

/** Canonical records of the kind the KPI reads, before and after the filter, with their quality. */
export async function queryRecords(query: RecordsQuery): Promise<SourceRecords> {
  try {
    return await recordsOf(query);
  } catch (error) {
    // A large CSV the cache let go (nobody held it) while a script still used it: fetched again.
    if ((error as { released?: boolean }).released) return recordsOf(query);
    throw error;
  }
}

async function recordsOf(query: RecordsQuery): Promise<SourceRecords> {
  const fields = query.fields ? parseFields(query.fields) : undefined;
  const filter = query.filter ? parseFilter(query.filter) : undefined;
  const doc: LoadedDocument = await fetchShared(query.src, query);
  const keep = query.keep?.length ? query.keep : undefined;
  // Widgets in two languages that read dates alike share one parse.
  const order = query.locale ? localeDateOrder(query.locale) : '';
  const key = [query.kind, query.fields, query.select, query.dateOrder, query.won, query.lost, order, keep?.join(',')].join('|');
  let byKey = parsed.get(doc);
  if (!byKey) parsed.set(doc, (byKey = new Map()));
  let made = byKey.get(key);
  if (!made) {
    const read = { dateOrder: query.dateOrder, locale: query.locale, wonWords: words(query.won), lostWords: words(query.lost), keep };
    if (doc.kind === 'csv-worker') {
      // Built in the worker, which holds the rows and what its reader left out.
      const building = doc.table.dataset(query.kind, query.fields, read)
        .then((all): ReadRecords => ({ all, quality: dataQuality(all, query.kind) }));
      // A failure is not kept: the next widget asks again.
      building.catch(() => byKey.get(key) === building && byKey.delete(key));
      made = building;
    } else {
      const source = doc.kind === 'csv' ? doc.rows : query.select ? selectPath(doc.data, query.select) : doc.data;
      const readIssues: RecordIssue[] = doc.kind === 'csv'
        ? (doc.issues ?? []).map((issue) => ({ row: issue.row, field: '*', value: issue.value, code: issue.code }))
        : [];
      const all = toDataset(source, query.kind, {
        fields,
        ...read,
        readIssues,
        ...(doc.kind === 'csv' && doc.rowNumbers ? { rowNumbers: doc.rowNumbers } : {}),
      });
      made = { all, quality: dataQuality(all, query.kind) };
    }
    byKey.set(key, made);
  }
  const read = await made;
  let { all } = read;
  const { quality } = read;
  if (query.teams) {
    const teamKey = `${key}|teams:${query.teams.key}`;
    // Set at once below, never a promise: the records it maps are in hand.
    let mapped = byKey.get(teamKey) as ReadRecords | undefined;
    if (!mapped) byKey.set(teamKey, (mapped = { all: assignTeams(all, query.teams.map), quality }));
    all = mapped.all;
  }
  // Many widgets on one large document wait for the same records and would all
  // compute in the task that delivers them: each takes a task of its own instead.
  if (recordCount(all) >= YIELD_RECORDS) await nextTask();
  return { all, dataset: filter ? applyFilter(all, filter) : all, filter, quality };
}

/** Canonical, filtered records of the kind the KPI reads. */
export async function queryDataset(query: RecordsQuery): Promise<Dataset> {
  return (await queryRecords(query)).dataset;
}

/** From this many records a widget's computation waits for a task of its own. */
const YIELD_RECORDS = 20_000;

function recordCount(ds: Dataset): number {
  return ds.deals.length + ds.leads.length + ds.activities.length + ds.customers.length + ds.costs.length;
}

/** Resolves in a later task, letting the page draw and handle input in between. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

function kpiFor(id: string): KpiDefinition {
  const kpi = getKpi(id);
  if (!kpi) throw new KpiError(id);
  return kpi;
}

/** One KPI for one period, with its comparison. */
export async function queryKpi(query: KpiQuery) {
  const kpi = kpiFor(query.kpi);
  const today = query.today ?? todayDay();
  const period = parsePeriod(query.period || 'this-month', { today, fiscalYearStart: query.fiscalYearStart });
  const compare = (query.compare || 'previous-period') as CompareMode;
  const records = await queryRecords({ ...query, kind: kpi.source });
  const { dataset, quality } = records;
  const context = query.probabilities ? { probabilities: query.probabilities } : {};
  const evaluated = evaluateKpi(dataset, kpi.id, { period, compare, ...context });
  // Before the data's first day, or in a period not begun, a sum would read 0: no value, and the reason says why.
  const unknown = startsAfter(records.all, evaluated.range) !== null || evaluated.range.start > today;
  const evaluation = unknown ? { ...evaluated, value: null, previous: null } : evaluated;
  const why = evaluation.value === null ? explainEmpty(records, kpi, evaluation.range, context, today) : undefined;
  return { kpi, period, dataset, quality, why, ...evaluation };
}

/** Why a KPI over these records has no value (why-empty.ts). */
export function explainEmpty(
  records: SourceRecords,
  kpi: KpiDefinition,
  range: { start: DayNumber; end: DayNumber },
  context: { probabilities?: Record<string, number> } = {},
  today?: DayNumber,
): EmptyReason {
  return whyEmpty({ all: records.all, filter: records.filter, kpi, range, context, leftOut: rowsLeftOut(records.quality), today });
}

/** A KPI bucketed over a period, for sparklines and trend charts. */
export async function querySeries(query: KpiQuery & { granularity?: Granularity }) {
  const kpi = kpiFor(query.kpi);
  const today = query.today ?? todayDay();
  const period = parsePeriod(query.period || 'rolling-12m', { today, fiscalYearStart: query.fiscalYearStart });
  const records = await queryRecords({ ...query, kind: kpi.source });
  const { dataset, quality } = records;
  const granularity = query.granularity ?? 'month';
  const context = query.probabilities ? { probabilities: query.probabilities } : {};
  const series = kpiSeries(dataset, kpi.id, period, granularity, context);
  // A period after today, or wholly before the data, is drawn as nothing even where a sum reads 0,
  // so it is explained as empty too.
  const why = series.every((point) => point.value === null) || period.start > today || startsAfter(records.all, period) !== null
    ? explainEmpty(records, kpi, period, context, today) : undefined;
  return { kpi, period, series, dataset, quality, why };
}
