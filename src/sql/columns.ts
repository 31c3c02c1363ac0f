/**
 * A table's real columns read as the canonical fields of records.ts, in SQL.
 * The same rules as toDataset: a column found by name, alias or the `fields`
 * mapping; won/lost from a status or stage word; yes/no and choice words; the
 * rows records.ts leaves out (a won deal without a close date) left out here.
 * Every identifier that reaches the SQL is one of the table's own column names.
 */
import {
  DEFAULT_LOST_STAGES, DEFAULT_WON_STAGES, FALSE_WORDS, FIELD_ALIASES, FieldsError, MARKETING_WORDS,
  NEGATIVE_WORDS, POSITIVE_WORDS, RECORD_FIELDS, SALES_WORDS, TRUE_WORDS, type FieldMap,
} from '../core/records.js';
import type { RecordKind } from '../core/types.js';
import type { Dialect, TableColumn } from './dialect.js';
import type { Params } from './params.js';

/** Fields read as dates, numbers and yes/no; the rest are text or derived words. */
const DATES = new Set(['created', 'closed', 'contacted', 'date', 'start', 'end']);
const NUMBERS = new Set(['value', 'probability', 'forecast', 'mrr', 'responseHours', 'margin', 'amount', 'leads']);
const FLAGS = new Set(['newCustomer', 'assigned', 'qualified', 'opportunity']);

/** Lower case without spaces and punctuation, as records.ts matches column names: `Close Date` → `closedate`. */
const columnKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Canonical field → the table column it is read from, found as records.ts finds it. */
export function findColumns(kind: RecordKind, columns: readonly TableColumn[], fields: FieldMap = {}): Map<string, TableColumn> {
  const byKey = new Map(columns.map((c) => [columnKey(c.name), c]));
  const found = new Map<string, TableColumn>();
  for (const field of RECORD_FIELDS[kind]) {
    const mapped = fields[field];
    if (mapped !== undefined) {
      const column = columns.find((c) => c.name === mapped) ?? byKey.get(columnKey(mapped));
      if (!column) throw new FieldsError('column', mapped, columns.map((c) => c.name));
      found.set(field, column);
      continue;
    }
    for (const name of [field, ...(FIELD_ALIASES[field] ?? [])]) {
      const column = byKey.get(columnKey(name));
      if (column) {
        found.set(field, column);
        break;
      }
    }
  }
  return found;
}

export interface WordOptions {
  won?: readonly string[];
  lost?: readonly string[];
}

/** The SQL of one kind's canonical fields, and the condition a row must meet to be a record. */
export interface KindSql {
  /** Canonical field → SQL expression over the table's columns. */
  fields: Map<string, string>;
  /** Which canonical fields have a column of their own. */
  present: ReadonlySet<string>;
  /** The condition toDataset's converter keeps a row on. */
  valid: string;
}

const normalize = (word: string) => word.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

export function kindSql(
  kind: RecordKind,
  found: Map<string, TableColumn>,
  d: Dialect,
  p: Params,
  words: WordOptions = {},
): KindSql {
  const col = (field: string) => d.ident(found.get(field)!.name);
  const text = (field: string) => (found.has(field) ? d.text(col(field)) : `''`);
  const word = (field: string) => d.word(text(field));
  const date = (field: string) => {
    const column = found.get(field);
    if (!column) return 'CAST(NULL AS DATE)';
    return column.type === 'date' ? col(field) : d.toDate(col(field));
  };
  const number = (field: string) => (found.has(field) ? d.toNumber(col(field)) : d.toNumber('NULL'));
  const choice = (field: string, a: string, aWords: ReadonlySet<string>, b: string, bWords: ReadonlySet<string>, fallback: string) => {
    if (!found.has(field)) return fallback;
    const w = word(field);
    return `CASE WHEN ${w} IN ${p.list([a, ...aWords])} THEN '${a}' WHEN ${w} IN ${p.list([b, ...bWords])} THEN '${b}' ELSE ${fallback} END`;
  };
  const flag = (field: string) => {
    const column = found.get(field);
    if (!column) return 'NULL';
    if (column.type === 'boolean') return col(field);
    const w = word(field);
    return `CASE WHEN ${w} IN ${p.list(TRUE_WORDS)} THEN TRUE WHEN ${w} IN ${p.list(FALSE_WORDS)} THEN FALSE ELSE NULL END`;
  };

  const fields = new Map<string, string>();
  for (const field of RECORD_FIELDS[kind]) {
    if (DATES.has(field)) fields.set(field, date(field));
    else if (NUMBERS.has(field)) fields.set(field, number(field));
    else if (FLAGS.has(field)) fields.set(field, flag(field));
    else fields.set(field, text(field));
  }
  const conditions: string[] = [];
  if (kind === 'deals') {
    const won = (words.won ?? DEFAULT_WON_STAGES).map(normalize);
    const lost = (words.lost ?? DEFAULT_LOST_STAGES).map(normalize);
    // A status column says won/lost in plain words even when the stage lists are custom.
    const [statusField, wonWords, lostWords] = found.has('status')
      ? ['status', [...won, 'won'], [...lost, 'lost']]
      : ['stage', won, lost];
    const status = `CASE WHEN ${word(statusField)} IN ${p.list(wonWords)} THEN 'won' WHEN ${word(statusField)} IN ${p.list(lostWords)} THEN 'lost' ELSE 'open' END`;
    fields.set('status', status);
    const valueCol = fields.get('value')!;
    if (found.has('closed')) conditions.push(`NOT ((${status}) <> 'open' AND ${fields.get('closed')} IS NULL)`);
    if (found.has('value')) conditions.push(`NOT ((${status}) = 'won' AND ${valueCol} IS NULL)`);
    fields.set('value', `COALESCE(${valueCol}, 0)`);
  } else if (kind === 'leads') {
    conditions.push(`${fields.get('created')} IS NOT NULL`);
    fields.set('assigned', `COALESCE(${fields.get('assigned')}, ${text('owner')} <> '')`);
    fields.set('qualified', `COALESCE(${fields.get('qualified')}, FALSE)`);
    fields.set('opportunity', `COALESCE(${fields.get('opportunity')}, FALSE)`);
    fields.set('response', choice('response', 'positive', POSITIVE_WORDS, 'negative', NEGATIVE_WORDS, 'NULL'));
    fields.set('origin', choice('origin', 'marketing', MARKETING_WORDS, 'sales', SALES_WORDS, `'marketing'`));
  } else if (kind === 'activities') {
    conditions.push(`${fields.get('date')} IS NOT NULL`);
  } else if (kind === 'customers') {
    fields.set('mrr', `COALESCE(${fields.get('mrr')}, 0)`);
  } else if (kind === 'costs') {
    conditions.push(`${fields.get('date')} IS NOT NULL`, `${fields.get('amount')} IS NOT NULL`);
    fields.set('kind', choice('kind', 'marketing', MARKETING_WORDS, 'sales', SALES_WORDS, `'marketing'`));
  }
  return { fields, present: new Set(found.keys()), valid: conditions.length ? conditions.join(' AND ') : 'TRUE' };
}
