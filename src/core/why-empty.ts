/**
 * Why a KPI has no value, when the cause is known, so that a widget never says
 * only "No data for this period." while its filter matched nobody or rows were
 * dropped. The first cause that holds is the answer:
 *
 * 1. `filter`: a clause of the filter keeps none of the records the KPI reads;
 *    `values` lists up to 5 values that field does have (most frequent first).
 * 2. `probability`: `weighted-pipeline` over open deals of which none has a
 *    probability, neither its own nor its stage's from `probabilities`.
 * 3. `order`: `avg-sales-cycle` where every won deal closed in the period
 *    closed before it was created (each is an issue in the data note).
 * 4. `before`: the period ends before the first day any record carries
 *    (recordSpan): the data does not reach back that far.
 * 5. `future`: the period begins after today: nothing can have happened yet.
 * 6. `none`: nothing happened in the period by the date the KPI counts by
 *    (`closed` for deals closed, `created` for leads and new deals); `leftOut`
 *    says how many rows of the file were left out, for the note to list.
 */
import type { KpiContext, KpiDefinition } from './catalogue.js';
import { applyFilter, type Filter } from './filter.js';
import { recordSpan } from './records.js';
import type { Dataset, DateRange, DayNumber } from './types.js';

export type EmptyReason =
  | { reason: 'filter'; field: string; values: string[] }
  | { reason: 'probability' }
  | { reason: 'order' }
  | { reason: 'before'; start: DayNumber }
  | { reason: 'future' }
  | { reason: 'none'; by: 'closed' | 'created' | 'date'; leftOut: number };

export interface WhyEmptyInput {
  /** The dataset before the filter. */
  all: Dataset;
  filter?: Filter;
  kpi: KpiDefinition;
  range: DateRange;
  context?: KpiContext;
  /** Rows of the file left out (quality.ts rowsLeftOut). */
  leftOut?: number;
  /** The widget's today: a period after it is `future`. */
  today?: DayNumber;
}

const MAX_VALUES = 5;
const cut = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The values a field has in a kind's records, most frequent first, at most 5. */
export function fieldValues(records: readonly object[], field: string): string[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    const value = (record as Record<string, unknown>)[field];
    if (value === undefined || value === null || value === '') continue;
    const text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value).trim();
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_VALUES).map(([text]) => cut(text));
}

/**
 * The data's first day when `range` ends before it, else null: a figure over
 * such a range would be 0 only because nothing was recorded yet, so a widget
 * shows no value there (with the `before` reason), as a chart shows a gap.
 */
export function startsAfter(all: Dataset, range: DateRange): DayNumber | null {
  const span = recordSpan(all);
  return span && range.end < span.start ? span.start : null;
}

export function whyEmpty({ all, filter, kpi, range, context = {}, leftOut = 0, today }: WhyEmptyInput): EmptyReason {
  const kind = kpi.source;
  for (const clause of filter?.clauses ?? []) {
    const kept = applyFilter(all, { clauses: [clause] });
    if (all[kind].length > 0 && kept[kind].length === 0) {
      return { reason: 'filter', field: clause.field, values: fieldValues(all[kind], clause.field) };
    }
  }
  const ds = filter ? applyFilter(all, filter) : all;
  if (kpi.id === 'weighted-pipeline') {
    const stages = new Set(Object.keys(context.probabilities ?? {}).map((s) => s.trim().toLowerCase()));
    const open = ds.deals.filter((d) => d.status === 'open');
    if (open.length > 0 && !open.some((d) => d.probability !== undefined || stages.has(d.stage.trim().toLowerCase()))) {
      return { reason: 'probability' };
    }
  }
  const inRange = (day: number | null) => day !== null && day >= range.start && day <= range.end;
  if (kpi.id === 'avg-sales-cycle') {
    const won = ds.deals.filter((d) => d.status === 'won' && inRange(d.closed));
    if (won.length > 0 && won.every((d) => d.created !== null && d.closed !== null && d.closed < d.created)) return { reason: 'order' };
  }
  const start = startsAfter(all, range);
  if (start !== null) return { reason: 'before', start };
  if (today !== undefined && range.start > today) return { reason: 'future' };
  const by = kind === 'deals' && kpi.id !== 'hit-rate' && kpi.id !== 'stage-share' && kpi.id !== 'opportunities-created'
    ? 'closed'
    : kind === 'deals' || kind === 'leads' ? 'created' : 'date';
  return { reason: 'none', by, leftOut };
}
