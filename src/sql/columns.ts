/**
 * A table's real columns read as the canonical fields of records.ts, in SQL.
 * The same rules as toDataset: a column found by name, alias or the `fields`
 * mapping; won/lost from a status or stage word; yes/no and choice words; the
 * rows records.ts leaves out (a won deal without a close date) left out here.
 *
 * Words are read by the core's own functions (inferStatus, parseYesNo…) on
 * the column's distinct values, and the SQL only tests membership in the
 * lists they give: `CASE WHEN stage IN ($1, $2) THEN 'won' …`. The core's
 * rules are not written twice, and no row runs a regular expression.
 * Every identifier that reaches the SQL is one of the table's own column names.
 */
import {
  DEFAULT_LOST_STAGES, DEFAULT_WON_STAGES, FIELD_ALIASES, FieldsError, inferStatus, MARKETING_WORDS,
  NEGATIVE_WORDS, normalizeWord, parseYesNo, POSITIVE_WORDS, RECORD_FIELDS, SALES_WORDS, type FieldMap,
} from '../core/records.js';
import type { RecordKind } from '../core/types.js';
import type { Dialect, TableColumn } from './dialect.js';
import type { Params } from './params.js';
import { QuestionError } from './errors.js';

/** Fields read as dates, numbers, yes/no, and words a record holds in canonical form. */
const DATES = new Set(['created', 'closed', 'contacted', 'date', 'start', 'end']);
const NUMBERS = new Set(['value', 'probability', 'forecast', 'mrr', 'responseHours', 'margin', 'amount', 'leads']);
export const FLAGS: ReadonlySet<string> = new Set(['newCustomer', 'assigned', 'qualified', 'opportunity']);
/** Fields whose value is a word of the core's (won, positive, marketing), not the column's text. */
export const WORDS: ReadonlySet<string> = new Set(['status', 'response', 'origin', 'kind']);

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

/** The distinct trimmed texts of a column; null when there are too many to list. */
export type Vocabulary = (column: string) => readonly string[] | null;

/** The columns whose distinct values kindSql reads words from, for a kind. */
export function wordColumns(kind: RecordKind, found: Map<string, TableColumn>): string[] {
  const fields = kind === 'deals' ? ['status', 'stage', 'newCustomer']
    : kind === 'leads' ? ['response', 'origin', 'assigned', 'qualified', 'opportunity']
      : kind === 'costs' ? ['kind'] : [];
  return fields.flatMap((f) => {
    const column = found.get(f);
    return column && !(FLAGS.has(f) && column.type === 'boolean') ? [column.name] : [];
  });
}

/** The SQL of one kind's canonical fields, and the condition a row must meet to be a record. */
export interface KindSql {
  /** Canonical field → SQL expression over the table's columns. */
  fields: Map<string, string>;
  /** The condition toDataset's converter keeps a row on. */
  valid: string;
}

function choiceReader<A extends string, B extends string>(a: A, aWords: ReadonlySet<string>, b: B, bWords: ReadonlySet<string>) {
  return (text: string): A | B | null => {
    const word = normalizeWord(text);
    return word === a || aWords.has(word) ? a : word === b || bWords.has(word) ? b : null;
  };
}

export function kindSql(
  kind: RecordKind,
  found: Map<string, TableColumn>,
  d: Dialect,
  p: Params,
  vocabulary: Vocabulary,
  words: WordOptions = {},
): KindSql {
  const col = (field: string) => d.ident(found.get(field)!.name);
  const text = (field: string) => (found.has(field) ? d.text(col(field)) : `''`);
  const date = (field: string) => {
    const column = found.get(field);
    if (!column) return 'CAST(NULL AS DATE)';
    return column.type === 'date' ? col(field) : d.toDate(col(field));
  };
  const number = (field: string) => (found.has(field) ? d.toNumber(col(field)) : d.toNumber('NULL'));
  /** A CASE giving, for each of the column's texts, the word `read` makes of it (SQL literals of the core's own words). */
  const mapped = (field: string, read: (text: string) => string | null, fallback: string) => {
    const column = found.get(field)!;
    const values = vocabulary(column.name);
    if (values === null) {
      throw new QuestionError(`The column "${column.name}" has too many different values to be read as ${field}.`, 'fields');
    }
    const byWord = new Map<string, string[]>();
    for (const v of values) {
      const word = read(v);
      if (word === null) continue;
      if (!byWord.has(word)) byWord.set(word, []);
      byWord.get(word)!.push(v);
    }
    if (byWord.size === 0) return fallback;
    const expr = text(field);
    return `(CASE ${[...byWord].map(([word, vs]) => `WHEN ${expr} IN ${p.list(vs)} THEN ${word}`).join(' ')} ELSE ${fallback} END)`;
  };
  const choice = (field: string, read: (t: string) => string | null, fallback: string) =>
    (found.has(field) ? mapped(field, (t) => { const w = read(t); return w && `'${w}'`; }, fallback) : fallback);
  const flag = (field: string) => {
    const column = found.get(field);
    if (!column) return 'NULL';
    if (column.type === 'boolean') return col(field);
    return mapped(field, (t) => { const yes = parseYesNo(t); return yes === null ? null : yes ? 'TRUE' : 'FALSE'; }, 'NULL');
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
    const won = words.won ?? DEFAULT_WON_STAGES;
    const lost = words.lost ?? DEFAULT_LOST_STAGES;
    // As toDataset: a status column says won/lost in plain words even when the stage lists are custom.
    const byStatus = found.has('status');
    const options = byStatus ? { won: [...won, 'won'], lost: [...lost, 'lost'] } : { won, lost };
    const statusOf = (field: string, opts: WordOptions) =>
      mapped(field, (t) => { const s = inferStatus(t, opts); return s === 'open' ? null : `'${s}'`; }, `'open'`);
    const fromStage = found.has('stage') ? statusOf('stage', { won, lost }) : `'open'`;
    // A row whose status cell is empty reads its stage, as toDataset does.
    const status = byStatus ? `(CASE WHEN ${text('status')} <> '' THEN ${statusOf('status', options)} ELSE ${fromStage} END)` : fromStage;
    fields.set('status', status);
    const value = fields.get('value')!;
    if (found.has('closed')) conditions.push(`NOT (${status} <> 'open' AND ${fields.get('closed')} IS NULL)`);
    if (found.has('value')) conditions.push(`NOT (${status} = 'won' AND ${value} IS NULL)`);
    fields.set('value', `COALESCE(${value}, 0)`);
  } else if (kind === 'leads') {
    conditions.push(`${fields.get('created')} IS NOT NULL`);
    fields.set('assigned', `COALESCE(${fields.get('assigned')}, ${text('owner')} <> '')`);
    fields.set('qualified', `COALESCE(${fields.get('qualified')}, FALSE)`);
    fields.set('opportunity', `COALESCE(${fields.get('opportunity')}, FALSE)`);
    fields.set('response', choice('response', choiceReader('positive', POSITIVE_WORDS, 'negative', NEGATIVE_WORDS), 'NULL'));
    fields.set('origin', choice('origin', choiceReader('marketing', MARKETING_WORDS, 'sales', SALES_WORDS), `'marketing'`));
  } else if (kind === 'activities') {
    conditions.push(`${fields.get('date')} IS NOT NULL`);
  } else if (kind === 'customers') {
    fields.set('mrr', `COALESCE(${fields.get('mrr')}, 0)`);
  } else if (kind === 'costs') {
    conditions.push(`${fields.get('date')} IS NOT NULL`, `${fields.get('amount')} IS NOT NULL`);
    fields.set('kind', choice('kind', choiceReader('marketing', MARKETING_WORDS, 'sales', SALES_WORDS), `'marketing'`));
  }
  return { fields, valid: conditions.length ? conditions.join(' AND ') : 'TRUE' };
}
