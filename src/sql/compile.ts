/**
 * A KPI over a list of ranges (units), turned into one statement per record
 * kind its SQL form reads, and the rows those statements return turned back
 * into one figure per unit and group. Every value is a bound parameter; every
 * identifier is one of the table's own columns (columns.ts) or a canonical
 * field name of records.ts.
 */
import { toIsoDate } from '../core/dates.js';
import { getKpi } from '../core/catalogue.js';
import { normalizeFilterValue, type Filter } from '../core/filter.js';
import { FieldsError, RECORD_FIELDS, type FieldMap } from '../core/records.js';
import type { RecordKind } from '../core/types.js';
import type { Dialect, TableColumn } from './dialect.js';
import { findColumns, FLAGS, kindSql, WORDS, wordColumns, type Vocabulary, type WordOptions } from './columns.js';
import { SQL_FORMS, type FormSql, type KpiContextSql, type PartResult, type Unit } from './forms.js';
import { Params } from './params.js';
import { QuestionError } from './errors.js';

export { QuestionError };

/** A table or view the server reads one record kind from. */
export interface TableInfo {
  /** The FROM clause: a quoted table name, or a dialect's reader of files. Written by the server's configuration, never by a question. */
  source: string;
  columns: readonly TableColumn[];
}

export interface CompileInput {
  kpi: string;
  units: readonly Unit[];
  context?: KpiContextSql;
  tables: Partial<Record<RecordKind, TableInfo>>;
  fields?: FieldMap;
  /** A mapping per kind under `fields` (the server's own). */
  kindFields?: Partial<Record<RecordKind, FieldMap>>;
  /** The question's filter and the server's scope, all of whose clauses must hold. */
  filter?: Filter;
  /** A canonical text field to group by (GROUP_FIELDS). */
  groupBy?: string;
  words?: WordOptions;
  /** Groups beyond this many make the question an error rather than a huge answer. */
  maxGroups?: number;
  /** The distinct texts of a kind's column (see {@link vocabularyNeeds}). */
  vocabulary(kind: RecordKind, column: string): readonly string[] | null;
}

export interface Statement {
  kind: RecordKind;
  sql: string;
  params: unknown[];
}

/** A row as an engine returns it: `g` when grouped, `n`, and `s<unit>_<slot>`. */
export type Row = Record<string, unknown>;

export interface Compiled {
  statements: Statement[];
  /** One figure per unit for each group ('' when not grouped), from each statement's rows, in order. */
  combine(rows: readonly (readonly Row[])[]): Map<string, Array<number | null>>;
}

/** Fields a question may group by: texts and words every record kind may carry. */
export const GROUP_FIELDS: readonly string[] = ['owner', 'source', 'stage', 'status', 'type', 'origin', 'kind', 'response'];

/** Most distinct texts listed for a column; beyond it a filter compares normalised text in SQL instead. */
export const VOCABULARY_LIMIT = 10_000;

/**
 * The columns whose distinct texts compileKpi will read, per kind: it is
 * compiled once with a vocabulary that only notes what it is asked.
 */
export function vocabularyNeeds(dialect: Dialect, input: Omit<CompileInput, 'vocabulary'>): Array<{ kind: RecordKind; column: string }> {
  const asked = new Map<string, { kind: RecordKind; column: string }>();
  compileKpi(dialect, {
    ...input,
    vocabulary: (kind, column) => {
      asked.set(`${kind}\u0000${column}`, { kind, column });
      return [];
    },
  });
  return [...asked.values()];
}

export function compileKpi(dialect: Dialect, input: CompileInput): Compiled {
  const kpi = getKpi(input.kpi);
  const form = kpi && SQL_FORMS[kpi.id];
  if (!kpi || !form) throw new QuestionError(`There is no KPI called "${input.kpi}".`, 'kpi');
  const parts = form.parts(input.context ?? {});
  const groupBy = input.groupBy;
  if (groupBy !== undefined && !GROUP_FIELDS.includes(groupBy)) {
    throw new QuestionError(`"${groupBy}" cannot be used in groupBy. Use one of: ${GROUP_FIELDS.join(', ')}.`, 'groupBy');
  }
  const maxGroups = input.maxGroups ?? 200;

  const compiledParts = parts.map((part) => {
    const table = input.tables[part.kind];
    if (!table) return { statement: null, grouped: false, slots: 0, daily: false };
    const found = findColumns(part.kind, table.columns, { ...input.kindFields?.[part.kind], ...input.fields });
    // The columns the KPI cannot be computed without, as requireColumns checks them.
    for (const alternatives of kpi.needs?.[part.kind] ?? []) {
      if (!alternatives.some((f) => found.has(f))) {
        throw new FieldsError('missing', alternatives[0], table.columns.map((c) => c.name), {
          fields: alternatives, looked: alternatives, example: '', kind: part.kind,
        });
      }
    }
    const { p, k, inner, f, where, fields } = readKind(dialect, input, part.kind, found, kpi.id);
    const select: string[] = [];
    const grouped = groupBy !== undefined && fields.includes(groupBy);
    if (grouped) select.push(`${WORDS.has(groupBy!) ? `COALESCE(${f(groupBy!)}, '')` : f(groupBy!)} AS g`);
    select.push('COUNT(*) AS n');
    let slots = 0;
    // A long trend of a tally: sums per day, added up into the buckets in combine().
    const daily = form.daily && input.units.length > 2 ? form.daily : null;
    if (daily) {
      const lo = Math.min(...input.units.map((u) => u.start));
      const hi = Math.max(...input.units.map((u) => u.end));
      const date = f(daily.date);
      const epoch = dialect.dateParam(p.add('1970-01-01'));
      const between = `${date} BETWEEN ${dialect.dateParam(p.add(toIsoDate(lo)))} AND ${dialect.dateParam(p.add(toIsoDate(hi)))}`;
      select.push(`(CASE WHEN ${between} THEN ${dialect.daysBetween(date, epoch)} END) AS d`);
      const noDays: FormSql = {
        f, daysBetween: dialect.daysBetween, value: (text) => p.add(text), number: (n) => dialect.numberParam(p.add(n)),
        day: () => { throw new Error(`The daily form of ${kpi.id} reads a day.`); },
      };
      const rows = daily.rows(noDays);
      slots = rows.length;
      rows.forEach((expr, j) => select.push(`SUM(${expr}) AS s_${j}`));
    } else input.units.forEach((unit, u) => {
      const days: Record<string, number> = { start: unit.start, end: unit.end, ...form.days?.(unit) };
      const placed = new Map<string, string>();
      const x: FormSql = {
        f,
        day: (name) => {
          if (!(name in days)) throw new Error(`The SQL form of ${kpi.id} reads a day "${name}" it does not define.`);
          let placeholder = placed.get(name);
          if (!placeholder) placed.set(name, (placeholder = dialect.dateParam(p.add(toIsoDate(days[name])))));
          return placeholder;
        },
        daysBetween: dialect.daysBetween,
        value: (text) => p.add(text),
        number: (n) => dialect.numberParam(p.add(n)),
      };
      const exprs = part.slots(x);
      slots = exprs.length;
      exprs.forEach((expr, j) => select.push(`${expr} AS s${u}_${j}`));
    });
    const sql = `SELECT ${select.join(', ')} FROM (SELECT ${inner} FROM ${table.source} WHERE ${k.valid}) AS r`
      + (where.length ? ` WHERE ${where.join(' AND ')}` : '')
      + (daily ? ` GROUP BY ${grouped ? '1, 3' : '2'}` : grouped ? ` GROUP BY 1 LIMIT ${VOCABULARY_LIMIT + 1}` : '');
    return { statement: { kind: part.kind, sql, params: p.values }, grouped, slots, daily: daily !== null };
  });

  const statements = compiledParts.flatMap((c) => (c.statement ? [c.statement] : []));

  return {
    statements,
    combine(rowsPerStatement) {
      // Per part: group key → summed row. Texts that filter.ts deems equal
      // (case, spaces) are one group, so their sums are added up here.
      const perPart: Array<Map<string, PartResult[]>> = [];
      const labels = new Map<string, string>();
      let next = 0;
      for (const c of compiledParts) {
        const byGroup = new Map<string, PartResult[]>();
        if (c.statement) {
          for (const row of rowsPerStatement[next++] ?? []) {
            const text = c.grouped ? String(row.g ?? '') : '';
            const key = normalizeFilterValue(text);
            if (c.grouped && !labels.has(key)) labels.set(key, text);
            let sums = byGroup.get(key);
            if (!sums) byGroup.set(key, (sums = input.units.map(() => ({ n: 0, s: new Array<number>(c.slots).fill(0) }))));
            const n = Number(row.n ?? 0);
            const day = c.daily && row.d !== null && row.d !== undefined ? Number(row.d) : null;
            sums.forEach((sum, u) => {
              sum.n += n;
              if (!c.daily) {
                for (let j = 0; j < c.slots; j++) sum.s[j] += Number(row[`s${u}_${j}`] ?? 0);
              } else if (day !== null && day >= input.units[u].start && day <= input.units[u].end) {
                for (let j = 0; j < c.slots; j++) sum.s[j] += Number(row[`s_${j}`] ?? 0);
              }
            });
          }
        }
        perPart.push(byGroup);
      }
      if (labels.size > maxGroups) {
        throw new QuestionError(`Grouping by ${groupBy} gives ${labels.size} groups; this server answers at most ${maxGroups}. Narrow the question with a filter.`, 'groupBy');
      }
      const groups = groupBy === undefined ? [''] : [...labels.keys()].sort();
      const result = new Map<string, Array<number | null>>();
      for (const key of groups) {
        const values = input.units.map((unit, u) => {
          const results: PartResult[] = compiledParts.map((c, i) =>
            perPart[i].get(c.grouped ? key : '')?.[u] ?? { n: 0, s: new Array<number>(c.slots).fill(0) });
          const value = form.result(results, unit);
          return value === null || Number.isFinite(value) ? value : null;
        });
        result.set(groupBy === undefined ? '' : labels.get(key)!, values);
      }
      return result;
    },
  };
}

type KindInput = Pick<CompileInput, 'vocabulary' | 'words' | 'filter'>;

/**
 * One kind's table as the SQL reads it: its canonical fields over the table's
 * columns (the inner SELECT), a field by name, and the filter's clauses that
 * apply to the kind. Shared by the KPI's statements and the data-start one.
 */
function readKind(dialect: Dialect, input: KindInput, kind: RecordKind, found: Map<string, TableColumn>, kpiId: string) {
  const vocabulary: Vocabulary = (column) => input.vocabulary(kind, column);
  for (const column of wordColumns(kind, found)) vocabulary(column);
  const p = new Params(dialect);
  const k = kindSql(kind, found, dialect, p, vocabulary, input.words);
  const inner = [...k.fields].map(([field, expr]) => `${expr} AS ${dialect.ident(field)}`).join(', ');
  const f = (field: string) => {
    if (!k.fields.has(field)) throw new Error(`The SQL form of ${kpiId} reads ${field}, which ${kind} records do not have.`);
    return `r.${dialect.ident(field)}`;
  };
  /** A clause as filter.ts applies it: texts by the core's normalisation of each distinct text, words and yes/no as they are. */
  const clause = (field: string, values: readonly string[]) => {
    if (FLAGS.has(field)) return `(CASE WHEN ${f(field)} THEN 'true' WHEN NOT ${f(field)} THEN 'false' ELSE '' END) IN ${p.list(values)}`;
    if (WORDS.has(field)) return `COALESCE(${f(field)}, '') IN ${p.list(values)}`;
    const column = found.get(field);
    const wanted = new Set(values);
    if (!column) return wanted.has('') ? 'TRUE' : 'FALSE';
    const texts = vocabulary(column.name);
    if (texts === null) return `${dialect.filterText(f(field))} IN ${p.list(values)}`;
    const matching = texts.filter((t) => wanted.has(normalizeFilterValue(t)));
    return matching.length ? `${f(field)} IN ${p.list(matching)}` : 'FALSE';
  };
  const fields: readonly string[] = RECORD_FIELDS[kind];
  const where = (input.filter?.clauses ?? [])
    .filter((c) => fields.includes(c.field))
    .map((c) => `${c.negate ? 'NOT ' : ''}(${clause(c.field, c.values)})`);
  return { p, k, inner, f, where, fields };
}

/** The date fields whose earliest day is where a kind's data starts, as recordSpan (core/records.ts) reads them. */
const SPAN_FIELDS: Record<RecordKind, readonly string[]> = {
  deals: ['created', 'closed'], leads: ['created', 'contacted'], activities: ['date'], customers: ['start', 'end'], costs: ['date'],
};

/**
 * The first day a kind's records carry (as days since 1970-01-01, one column
 * per date field), under the server's scope but not the question's filter: a
 * widget on `src` reads its data start the same way, before its filter. A
 * baseline that begins before it is named as partly covered (core/coverage.ts).
 */
export function compileDataStart(
  dialect: Dialect,
  input: KindInput & Pick<CompileInput, 'tables' | 'fields' | 'kindFields'> & { kind: RecordKind },
): (Statement & { read(rows: readonly Row[]): number | null }) | null {
  const table = input.tables[input.kind];
  if (!table) return null;
  const found = findColumns(input.kind, table.columns, { ...input.kindFields?.[input.kind], ...input.fields });
  const dates = SPAN_FIELDS[input.kind].filter((field) => found.has(field));
  if (!dates.length) return null;
  const { p, k, inner, f, where } = readKind(dialect, input, input.kind, found, 'the data start');
  const epoch = dialect.dateParam(p.add('1970-01-01'));
  const select = dates.map((field, i) => `MIN(${dialect.daysBetween(f(field), epoch)}) AS m${i}`).join(', ');
  const sql = `SELECT ${select} FROM (SELECT ${inner} FROM ${table.source} WHERE ${k.valid}) AS r`
    + (where.length ? ` WHERE ${where.join(' AND ')}` : '');
  return {
    kind: input.kind, sql, params: p.values,
    read(rows) {
      const days = dates.map((_, i) => rows[0]?.[`m${i}`]).filter((v) => v !== null && v !== undefined).map(Number).filter(Number.isFinite);
      return days.length ? Math.min(...days) : null;
    },
  };
}
