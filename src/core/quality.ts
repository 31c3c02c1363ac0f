/**
 * What a widget tells about the rows it read (its data note, and `kpi-load`'s
 * `detail.quality`): how many rows the file had, how many were used, which
 * were left out or read doubtfully and why, which column each field was read
 * from, and how ambiguous dates were read.
 */
import type { ColumnMatch, Dataset, DatesRead, IssueCode, RecordIssue, RecordKind } from './types.js';
import { RECORD_KINDS } from './records.js';

export interface DataQuality {
  /** Data rows in the document, good and bad. */
  rowsRead: number;
  /** Rows that became records (a filter does not change it). */
  rowsUsed: number;
  /** The issues in row order, at most {@link MAX_ISSUES}; `counts` counts them all. */
  issues: RecordIssue[];
  /** How many issues there are of each reason. */
  counts: Partial<Record<IssueCode, number>>;
  /** Field → the column it was read from, for the kind the widget reads. */
  columns: Record<string, string>;
  /** How each of those columns was found; `meaning` is a guess from the header's words. */
  found: Partial<Record<string, ColumnMatch>>;
  dates?: DatesRead;
}

/** Issues listed in full; a file with more lists the first ones and counts the rest. */
export const MAX_ISSUES = 200;

/** The quality of a dataset as toDataset built it, for the record kind a widget reads. */
export function dataQuality(ds: Dataset, kind: RecordKind): DataQuality {
  let rowsUsed = 0;
  for (const k of RECORD_KINDS) rowsUsed += ds[k].length;
  const counts: Partial<Record<IssueCode, number>> = {};
  for (const issue of ds.issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  const issues = [...ds.issues].sort((a, b) => a.row - b.row).slice(0, MAX_ISSUES);
  const columns = ds.columns?.[kind];
  const quality: DataQuality = {
    rowsRead: ds.rowsRead ?? rowsUsed,
    rowsUsed,
    issues,
    counts,
    columns: Object.fromEntries(Object.entries(columns?.fields ?? {}).filter((e): e is [string, string] => e[1] !== undefined)),
    found: { ...columns?.how },
  };
  if (ds.dates) quality.dates = ds.dates;
  return quality;
}

/** Rows of the file that no KPI counts. */
export function rowsLeftOut(q: DataQuality): number {
  return Math.max(0, q.rowsRead - q.rowsUsed);
}

/**
 * Whether a widget shows its data note: rows were left out or read
 * doubtfully, a column was found only by the words of its header, or dates
 * that could be read either way were read by the page's language.
 */
export function worthNoting(q: DataQuality): boolean {
  return rowsLeftOut(q) > 0 || q.issues.length > 0 ||
    Object.values(q.found).includes('meaning') || q.dates?.by === 'locale';
}
