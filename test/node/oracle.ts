/**
 * What the browser computes for a question: the core's own functions on the
 * records a page reads (toDataset), filtered with the core's filter, one group
 * at a time as a filter clause. The engines' answers are held to this.
 */
import { applyFilter, normalizeFilterValue, parseFilter } from '../../src/core/filter.js';
import { evaluateKpi, kpiSeries } from '../../src/core/evaluate.js';
import { parsePeriod } from '../../src/core/periods.js';
import { isoDay } from '../../src/core/dates.js';
import type { CompareMode, Dataset, Granularity } from '../../src/core/types.js';

export interface Question {
  kpi: string;
  period: string;
  compare: CompareMode;
  today: string;
  filter?: string;
  groupBy?: string;
  granularity?: Granularity;
  fiscalYearStart?: number;
  stage?: string;
  probabilities?: Record<string, number>;
}

export interface Figures {
  value: number | null;
  previous: number | null;
  series?: Array<{ date: string; value: number | null }>;
}

// The same filters come back in many questions: each filtered dataset is made once per dataset.
const filtered = new WeakMap<Dataset, Map<string, Dataset>>();
function filterOnce(ds: Dataset, text: string): Dataset {
  let byText = filtered.get(ds);
  if (!byText) filtered.set(ds, (byText = new Map()));
  let data = byText.get(text);
  if (!data) byText.set(text, (data = applyFilter(ds, parseFilter(text))));
  return data;
}

export function coreFigures(ds: Dataset, q: Question, group?: string): Figures {
  const period = parsePeriod(q.period, { today: isoDay(q.today)!, fiscalYearStart: q.fiscalYearStart });
  const clauses = [q.filter, group === undefined ? undefined : `${q.groupBy}="${group.replace(/"/g, '""')}"`].filter(Boolean);
  const data = clauses.length ? filterOnce(ds, clauses.join(';')) : ds;
  const context = { stage: q.stage, probabilities: q.probabilities };
  const { value, previous } = evaluateKpi(data, q.kpi, { period, compare: q.compare, ...context });
  const series = q.granularity && group === undefined
    ? kpiSeries(data, q.kpi, period, q.granularity, { fiscalYearStart: q.fiscalYearStart, ...context })
    : undefined;
  return { value, previous, ...(series ? { series } : {}) };
}

/** The distinct values of a field among the filtered records of some kinds, as filter.ts compares them. */
export function coreGroups(ds: Dataset, q: Question, kinds: readonly string[]): Set<string> {
  const data = q.filter ? filterOnce(ds, q.filter) : ds;
  const groups = new Set<string>();
  for (const kind of kinds) {
    for (const record of data[kind as keyof Dataset] as unknown as Record<string, unknown>[]) {
      const v = record[q.groupBy!];
      groups.add(typeof v === 'string' ? normalizeFilterValue(v) : '');
    }
  }
  return groups;
}

/** Equal to 1e-9 relative (1e-18 absolute next to zero), or both null. */
export function same(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}
