/**
 * A KPI over a list of ranges (units), turned into one statement per record
 * kind its SQL form reads, and the rows those statements return turned back
 * into one figure per unit and group. Every value is a bound parameter; every
 * identifier is one of the table's own columns (columns.ts) or a canonical
 * field name of records.ts.
 */
import { toIsoDate } from '../core/dates.js';
import { getKpi } from '../core/catalogue.js';
import { FieldsError, RECORD_FIELDS, type FieldMap } from '../core/records.js';
import type { Filter } from '../core/filter.js';
import type { RecordKind } from '../core/types.js';
import type { Dialect, TableColumn } from './dialect.js';
import { findColumns, kindSql, type WordOptions } from './columns.js';
import { SQL_FORMS, type FormSql, type KpiContextSql, type PartResult, type Unit } from './forms.js';
import { Params } from './params.js';

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
}

export interface Statement {
  kind: RecordKind;
  sql: string;
  params: unknown[];
}

/** A row as an engine returns it: `g` and `label` when grouped, `n`, and `s<unit>_<slot>`. */
export type Row = Record<string, unknown>;

export interface Compiled {
  statements: Statement[];
  /** One figure per unit for each group ('' when not grouped), from each statement's rows, in order. */
  combine(rows: readonly (readonly Row[])[]): Map<string, Array<number | null>>;
}

/** Fields a question may group by: texts and words every record kind may carry. */
export const GROUP_FIELDS: readonly string[] = ['owner', 'source', 'stage', 'status', 'type', 'origin', 'kind', 'response'];

const YES_NO = new Set(['newCustomer', 'assigned', 'qualified', 'opportunity']);

/** A question that cannot be answered as asked: the handler's 400. */
export class QuestionError extends Error {
  readonly code = 'question';
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'QuestionError';
  }
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

  // The columns the KPI cannot be computed without, as requireColumns checks them.
  const compiledParts = parts.map((part) => {
    const table = input.tables[part.kind];
    if (!table) return { part, statement: null, grouped: false, slots: 0 };
    const found = findColumns(part.kind, table.columns, { ...input.kindFields?.[part.kind], ...input.fields });
    for (const alternatives of kpi.needs?.[part.kind] ?? []) {
      if (!alternatives.some((f) => found.has(f))) {
        throw new FieldsError('missing', alternatives[0], table.columns.map((c) => c.name), {
          fields: alternatives, looked: alternatives, example: '', kind: part.kind,
        });
      }
    }
    const p = new Params(dialect);
    const k = kindSql(part.kind, found, dialect, p, input.words);
    const inner = [...k.fields].map(([field, expr]) => `${expr} AS ${dialect.ident(field)}`).join(', ');
    const f = (field: string) => {
      if (!k.fields.has(field)) throw new Error(`The SQL form of ${kpi.id} reads ${field}, which ${part.kind} records do not have.`);
      return `r.${dialect.ident(field)}`;
    };
    const comparable = (field: string) => YES_NO.has(field)
      ? `(CASE WHEN ${f(field)} THEN 'true' WHEN NOT ${f(field)} THEN 'false' ELSE '' END)`
      : dialect.filterText(`COALESCE(${f(field)}, '')`);
    const fields: readonly string[] = RECORD_FIELDS[part.kind];
    const where = (input.filter?.clauses ?? [])
      .filter((c) => fields.includes(c.field))
      .map((c) => `${c.negate ? 'NOT ' : ''}(${comparable(c.field)} IN ${p.list(c.values)})`);
    const select: string[] = [];
    const grouped = groupBy !== undefined && fields.includes(groupBy);
    if (grouped) select.push(`${comparable(groupBy!)} AS g`, `MIN(${f(groupBy!)}) AS label`);
    select.push('COUNT(*) AS n');
    let slots = 0;
    input.units.forEach((unit, u) => {
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
      + (grouped ? ` GROUP BY 1 LIMIT ${maxGroups + 1}` : '');
    return { part, statement: { kind: part.kind, sql, params: p.values }, grouped, slots };
  });

  const statements = compiledParts.flatMap((c) => (c.statement ? [c.statement] : []));

  return {
    statements,
    combine(rowsPerStatement) {
      // Rows per part, keyed by group ('' when the part is not grouped).
      const perPart: Array<Map<string, Row>> = [];
      const labels = new Map<string, string>();
      let next = 0;
      for (const c of compiledParts) {
        const byGroup = new Map<string, Row>();
        if (c.statement) {
          const rows = rowsPerStatement[next++] ?? [];
          if (c.grouped && rows.length > maxGroups) {
            throw new QuestionError(`Grouping by ${groupBy} gives more than ${maxGroups} groups; narrow the question with a filter.`, 'groupBy');
          }
          for (const row of rows) {
            const key = c.grouped ? String(row.g ?? '') : '';
            byGroup.set(key, row);
            if (c.grouped && !labels.has(key)) labels.set(key, String(row.label ?? ''));
          }
        }
        perPart.push(byGroup);
      }
      const groups = groupBy === undefined ? [''] : [...labels.keys()].sort();
      const result = new Map<string, Array<number | null>>();
      for (const key of groups) {
        const values = input.units.map((unit, u) => {
          const results: PartResult[] = compiledParts.map((c, i) => {
            const row = perPart[i].get(c.grouped ? key : '');
            return {
              n: row ? Number(row.n ?? 0) : 0,
              s: Array.from({ length: c.slots }, (_, j) => Number(row?.[`s${u}_${j}`] ?? 0)),
            };
          });
          const value = form.result(results, unit);
          return value === null || Number.isFinite(value) ? value : null;
        });
        result.set(groupBy === undefined ? '' : labels.get(key)!, values);
      }
      return result;
    },
  };
}
