/**
 * A question answered by a database: resolve it, compile the KPI's SQL form,
 * run the statements through the caller's engine, and assemble the kit's
 * document (value, previous, delta, series, rows). Engine-free: the server
 * and the tests pass in how to run a statement.
 */
import { compareValues, type Delta } from '../core/compare.js';
import { toIsoDate } from '../core/dates.js';
import type { Filter } from '../core/filter.js';
import type { Dialect } from './dialect.js';
import { compileDataStart, compileKpi, VOCABULARY_LIMIT, vocabularyNeeds, type Row, type TableInfo } from './compile.js';
import type { RecordKind } from '../core/types.js';
import type { FieldMap } from '../core/records.js';
import { isoRange, resolveQuestion, type Limits } from './question.js';

/** Runs one statement with its bound values and returns its rows as objects. */
export type RunStatement = (sql: string, params: unknown[]) => Promise<Row[]>;

export interface GroupRow {
  group: string;
  value: number | null;
  previous: number | null;
  delta: Delta | null;
}

/** The answer to one question (see dist/schemas/kpi-answer.schema.json). */
export interface KpiAnswer {
  id?: string;
  kpi: string;
  value: number | null;
  previous: number | null;
  delta: Delta | null;
  format: string;
  direction: string;
  rate: boolean;
  /** The kind of period asked (month, quarter…), so a widget can say "vs last quarter". */
  periodKind: string;
  range: { start: string; end: string };
  previousRange: { start: string; end: string } | null;
  /** The first day the KPI's records carry, under the server's scope but not the question's filter (null when none). */
  dataStart: string | null;
  series?: Array<{ date: string; value: number | null }>;
  rows?: GroupRow[];
}

export interface AnswerOptions extends Limits {
  dialect: Dialect;
  tables: Partial<Record<RecordKind, TableInfo>>;
  run: RunStatement;
  /** Clauses every question gets, which it cannot widen (the handler's `scope`). */
  scope?: Filter;
  /** The server's column mapping per kind; a question's `fields` wins over it. */
  fields?: Partial<Record<RecordKind, FieldMap>>;
  maxGroups?: number;
  /**
   * Where the distinct texts of word columns are kept between questions, keyed
   * `kind\u0000column`. Without it each question reads them afresh; the
   * handler keeps one per data version (see its `cacheSeconds`).
   */
  vocabularies?: Map<string, readonly string[] | null>;
}

export async function answerQuestion(raw: unknown, options: AnswerOptions): Promise<KpiAnswer> {
  const r = resolveQuestion(raw, options);
  const { question, kpi } = r;
  const filter: Filter = { clauses: [...(options.scope?.clauses ?? []), ...(r.filter?.clauses ?? [])] };
  const base = {
    kpi: kpi.id,
    units: r.units,
    context: { stage: question.stage, probabilities: question.probabilities },
    tables: options.tables,
    fields: r.fields,
    kindFields: options.fields,
    filter,
    groupBy: question.groupBy,
    words: { won: question.won, lost: question.lost },
    maxGroups: options.maxGroups,
  };
  // The distinct texts of the word columns the SQL reads (stage, status, yes/no…): read once, then kept.
  const vocabularies = options.vocabularies ?? new Map<string, readonly string[] | null>();
  await Promise.all(vocabularyNeeds(options.dialect, base).map(async ({ kind, column }) => {
    const key = `${kind}\u0000${column}`;
    if (vocabularies.has(key)) return;
    const table = options.tables[kind]!;
    const rows = await options.run(
      `SELECT DISTINCT ${options.dialect.text(options.dialect.ident(column))} AS v FROM ${table.source} LIMIT ${VOCABULARY_LIMIT + 1}`, []);
    vocabularies.set(key, rows.length > VOCABULARY_LIMIT ? null : rows.map((row) => String(row.v ?? '')));
  }));
  const vocabulary = (kind: RecordKind, column: string) => vocabularies.get(`${kind}\u0000${column}`) ?? null;
  const compiled = compileKpi(options.dialect, { ...base, vocabulary });
  const start = compileDataStart(options.dialect, {
    kind: kpi.source, tables: options.tables, fields: r.fields, kindFields: options.fields,
    filter: options.scope, words: base.words, vocabulary,
  });
  const [rows, startRows] = await Promise.all([
    Promise.all(compiled.statements.map((s) => options.run(s.sql, s.params))),
    start ? options.run(start.sql, start.params) : Promise.resolve([]),
  ]);
  const dataStartDay = start?.read(startRows) ?? null;
  const figures = compiled.combine(rows);
  const hasPrevious = !kpi.selfComparing && r.previousRange !== null;
  const pick = (values: Array<number | null>) => {
    const value = values[0];
    const previous = hasPrevious ? values[1] : null;
    const delta = hasPrevious ? compareValues(value, previous, { direction: kpi.direction, rate: kpi.rate }) : null;
    return { value, previous, delta };
  };
  const seriesFrom = hasPrevious ? 2 : 1;
  // With groupBy the figures are in `rows`; the top-level value stays null.
  const whole = question.groupBy === undefined ? figures.get('') ?? [] : undefined;
  const answer: KpiAnswer = {
    ...(question.id !== undefined ? { id: question.id } : {}),
    kpi: kpi.id,
    ...(whole ? pick(whole) : { value: null, previous: null, delta: null }),
    format: kpi.format,
    direction: kpi.direction,
    rate: kpi.rate,
    periodKind: r.period.kind,
    range: isoRange(r.units[0])!,
    previousRange: isoRange(r.previousRange),
    dataStart: dataStartDay === null ? null : toIsoDate(dataStartDay),
  };
  if (question.groupBy !== undefined) {
    answer.rows = [...figures].map(([group, values]) => ({ group, ...pick(values) }));
  } else if (r.buckets.length) {
    answer.series = r.buckets.map((date, i) => ({ date, value: whole![seriesFrom + i] }));
  }
  return answer;
}
