/**
 * The `filter` attribute: `owner=Anna Berg;source=web`.
 *
 * - Clauses are separated by `;` and must all hold. `field=value` keeps the
 *   records whose field is the value, `field!=value` the others.
 * - `owner=Anna Berg,Per Lie` lists alternatives: any of them matches (with
 *   `!=`: none of them). A value with `,`, `;` or edge spaces goes in double
 *   quotes (`owner="Berg, Anna"`, a quote inside doubled: `""`); `""` is the
 *   empty value, which matches records without that field filled in.
 * - Field names are the canonical ones (records.ts), case-insensitive. Values
 *   compare case-insensitively, ignoring edge spaces and runs of spaces.
 *   Yes/no fields take yes/no words (`qualified=yes`, `newCustomer=nei`).
 * - A clause applies to every kind whose records have the field and leaves the
 *   other kinds alone: `owner=Anna` filters deals, leads, activities, customers
 *   and costs; `stage=Demo` filters deals only.
 * - Dates and amounts are not filters (the period picks dates): naming them, an
 *   unknown field, a clause without `=`, or an empty value throws a FilterError.
 */
import { parseYesNo, RECORD_FIELDS, RECORD_KINDS } from './records.js';
import type { Dataset, RecordKind } from './types.js';

export interface FilterClause {
  /** Canonical field name. */
  field: string;
  /** `!=`: keep the records that match none of the values. */
  negate: boolean;
  /** Normalised values (see {@link normalizeFilterValue}); yes/no fields hold 'true' / 'false'. */
  values: string[];
}

export interface Filter {
  clauses: FilterClause[];
}

/** The fields a filter can name: texts, words and yes/no. */
export const FILTER_FIELDS: readonly string[] = [
  'id', 'status', 'stage', 'owner', 'source', 'type', 'origin', 'kind', 'response',
  'newCustomer', 'assigned', 'qualified', 'opportunity', 'team', 'customer', 'product',
];

const YES_NO_FIELDS = new Set(['newCustomer', 'assigned', 'qualified', 'opportunity']);

const FIELD_BY_LOWER = new Map(FILTER_FIELDS.map((f) => [f.toLowerCase(), f]));

/** A filter text that cannot be read; `reason` and `part` say why and where. */
export class FilterError extends Error {
  readonly code = 'filter';
  constructor(
    /** `syntax`: not `field=value`; `field`: not a field a filter can name; `value`: empty or, for yes/no fields, not yes/no. */
    readonly reason: 'syntax' | 'field' | 'value',
    /** The clause (for `syntax`), field name (`field`) or value (`value`) that is wrong. */
    readonly part: string,
  ) {
    super(filterMessage(reason, part));
    this.name = 'FilterError';
  }
}

function filterMessage(reason: FilterError['reason'], part: string): string {
  switch (reason) {
    case 'syntax':
      return `Cannot read "${part}" in filter: write field=value pairs separated by semicolons, like owner=Anna Berg;source=web.`;
    case 'field':
      return `"${part}" cannot be used in a filter. Use one of: ${FILTER_FIELDS.join(', ')}.`;
    case 'value':
      return `The value "${part}" in filter is not usable: give a value after = (use "" for empty, yes or no for yes/no fields).`;
  }
}

/** Case, edge spaces and runs of spaces do not matter. */
export function normalizeFilterValue(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Reads a filter text. An empty text gives a filter with no clauses (keeps all).
 * @throws FilterError
 */
export function parseFilter(text: string): Filter {
  const clauses: FilterClause[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const clauseStart = i;
    while (i < n && text[i] !== '=' && text[i] !== ';' && !(text[i] === '!' && text[i + 1] === '=')) i++;
    const name = text.slice(clauseStart, i).trim();
    if (i >= n || text[i] === ';') {
      if (name !== '') throw new FilterError('syntax', name);
      i++;
      continue;
    }
    const negate = text[i] === '!';
    i += negate ? 2 : 1;
    if (name === '') throw new FilterError('syntax', text.slice(clauseStart, clauseEnd(text, i)).trim());
    const field = FIELD_BY_LOWER.get(name.toLowerCase());
    if (field === undefined) throw new FilterError('field', name);

    const values: string[] = [];
    for (;;) {
      while (i < n && text[i] === ' ') i++;
      let value: string;
      if (text[i] === '"') {
        let closed = false;
        value = '';
        for (i++; i < n; i++) {
          if (text[i] !== '"') {
            value += text[i];
          } else if (text[i + 1] === '"') {
            value += '"';
            i++;
          } else {
            closed = true;
            i++;
            break;
          }
        }
        while (i < n && text[i] === ' ') i++;
        if (!closed || (i < n && text[i] !== ',' && text[i] !== ';')) {
          throw new FilterError('syntax', text.slice(clauseStart, clauseEnd(text, i)).trim());
        }
      } else {
        const start = i;
        while (i < n && text[i] !== ',' && text[i] !== ';') i++;
        value = text.slice(start, i).trim();
        if (value === '') throw new FilterError('value', text.slice(clauseStart, i).trim());
      }
      values.push(readValue(field, value));
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      i++;
      break;
    }
    clauses.push({ field, negate, values });
  }
  return { clauses };
}

/** Where the clause that holds position `from` ends: its `;`, or the end of the text. */
function clauseEnd(text: string, from: number): number {
  const semicolon = text.indexOf(';', from);
  return semicolon < 0 ? text.length : semicolon;
}

function readValue(field: string, value: string): string {
  if (!YES_NO_FIELDS.has(field)) return normalizeFilterValue(value);
  const yes = parseYesNo(value);
  if (yes === null) throw new FilterError('value', value);
  return String(yes);
}

/** How a record's field compares with the normalised filter values. */
function recordValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? normalizeFilterValue(value) : String(value);
}

type Matcher = (record: Record<string, unknown>) => boolean;

function matcher(clauses: readonly FilterClause[]): Matcher {
  const tests = clauses.map(({ field, negate, values }) => {
    const wanted = new Set(values);
    // Owners and sources repeat across a million rows: normalise each distinct value once.
    const seen = new Map<unknown, boolean>();
    return (record: Record<string, unknown>): boolean => {
      const value = record[field];
      let hit = seen.get(value);
      if (hit === undefined) {
        hit = wanted.has(recordValue(value)) !== negate;
        seen.set(value, hit);
      }
      return hit;
    };
  });
  return (record) => tests.every((test) => test(record));
}

/**
 * The dataset with only the records the filter keeps; each kind is filtered by
 * the clauses whose field it has. `issues` are kept as they are. A filter
 * without clauses returns the dataset itself.
 */
export function applyFilter(dataset: Dataset, filter: Filter): Dataset {
  if (filter.clauses.length === 0) return dataset;
  const result: Dataset = { ...dataset };
  for (const kind of RECORD_KINDS) {
    const fields: readonly string[] = RECORD_FIELDS[kind];
    const clauses = filter.clauses.filter((c) => fields.includes(c.field));
    if (clauses.length === 0) continue;
    const keep = matcher(clauses);
    const records = dataset[kind] as unknown as Record<string, unknown>[];
    (result as unknown as Record<RecordKind, unknown[]>)[kind] = records.filter(keep);
  }
  return result;
}
