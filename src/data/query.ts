/**
 * The path from a `src` URL to the numbers a widget shows: fetch once per page,
 * parse once per URL and record kind, filter, then let the core compute.
 * Elements import this module lazily, so a page of attribute-only widgets never
 * loads the data layer, the catalogue or the schemas.
 */
import type { CompareMode, Dataset, DayNumber, Granularity, RecordKind } from '../core/types.js';
import { todayDay } from '../core/dates.js';
import { parsePeriod } from '../core/periods.js';
import { toDataset, parseFields } from '../core/records.js';
import { parseFilter, applyFilter } from '../core/filter.js';
import { getKpi, type KpiDefinition } from '../core/catalogue.js';
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

export interface KpiQuery extends SourceQuery {
  kpi: string;
  fields?: string;
  period?: string;
  compare?: string;
  filter?: string;
  today?: DayNumber;
  fiscalYearStart?: number;
}

/** The fetched document (JSON value or CSV rows), narrowed by `select`. */
export async function queryDocument(query: SourceQuery): Promise<unknown> {
  const doc = await fetchShared(query.src, query);
  const data = doc.kind === 'csv' ? doc.rows : doc.kind === 'csv-table' ? await doc.table.rows() : doc.data;
  return query.select ? selectPath(data, query.select) : data;
}

// One parsed dataset per fetched document, record kind and field mapping:
// twenty cards on one CSV parse it once (a CSV read in a worker: built there
// once, the cards waiting for it together). Weak keys let a refreshed document go.
const parsed = new WeakMap<object, Map<string, Dataset | Promise<Dataset>>>();

/** Canonical, filtered records of the kind the KPI reads. */
export async function queryDataset(query: SourceQuery & { kind: RecordKind; fields?: string; filter?: string }): Promise<Dataset> {
  const fields = query.fields ? parseFields(query.fields) : undefined;
  const filter = query.filter ? parseFilter(query.filter) : undefined;
  const doc: LoadedDocument = await fetchShared(query.src, query);
  const key = `${query.kind}|${query.fields ?? ''}|${query.select ?? ''}`;
  let byKey = parsed.get(doc);
  if (!byKey) parsed.set(doc, (byKey = new Map()));
  let made = byKey.get(key);
  if (!made) {
    if (doc.kind === 'csv-table') {
      const building = doc.table.dataset(query.kind, query.fields);
      // A failure is not kept: the next widget asks again.
      building.catch(() => byKey.get(key) === building && byKey.delete(key));
      made = building;
    } else {
      const source = doc.kind === 'csv' ? doc.rows : query.select ? selectPath(doc.data, query.select) : doc.data;
      made = toDataset(source, query.kind, { fields });
    }
    byKey.set(key, made);
  }
  const dataset = await made;
  // Many widgets on one large document wait for the same dataset and would all
  // compute in the task that delivers it: each takes a task of its own instead.
  if (recordCount(dataset) >= YIELD_RECORDS) await nextTask();
  return filter ? applyFilter(dataset, filter) : dataset;
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
  const dataset = await queryDataset({ ...query, kind: kpi.source });
  return { kpi, period, dataset, ...evaluateKpi(dataset, kpi.id, { period, compare }) };
}

/** A KPI bucketed over a period, for sparklines and trend charts. */
export async function querySeries(query: KpiQuery & { granularity?: Granularity }) {
  const kpi = kpiFor(query.kpi);
  const today = query.today ?? todayDay();
  const period = parsePeriod(query.period || 'rolling-12m', { today, fiscalYearStart: query.fiscalYearStart });
  const dataset = await queryDataset({ ...query, kind: kpi.source });
  const granularity = query.granularity ?? 'month';
  return { kpi, period, series: kpiSeries(dataset, kpi.id, period, granularity), dataset };
}
