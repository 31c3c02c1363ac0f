/**
 * What a database must provide for the KPI SQL to run on it. The SQL the
 * catalogue's forms write is plain SQL:2003 (CASE, SUM, COUNT, BETWEEN, CAST);
 * a dialect supplies only the pieces databases spell differently. A new
 * engine (ClickHouse, SQL Server, BigQuery) is one more file like
 * postgres.ts or duckdb.ts.
 */
export interface Dialect {
  readonly name: string;
  /** The placeholder of the n-th (1-based) bound parameter: `$1`, `?`, `@p1`. */
  param(n: number): string;
  /** A quoted identifier. Names are checked against the table's real columns before they get here. */
  ident(name: string): string;
  /** A bound parameter read as a calendar date. */
  dateParam(placeholder: string): string;
  /** A bound parameter read as a double. */
  numberParam(placeholder: string): string;
  /** A column read as a calendar date (a timestamp loses its time of day); NULL for text that is no date where the engine can tell. */
  toDate(expr: string): string;
  /** A column read as a double. */
  toNumber(expr: string): string;
  /** A column read as text, trimmed at the edges, '' when empty. */
  text(expr: string): string;
  /**
   * A word as records.ts compares stage and status words: lower case, runs of
   * spaces, `_` and `-` as one space (`Closed_Won` is `closed won`).
   */
  word(textExpr: string): string;
  /** A text as filter.ts compares values: runs of spaces as one, lower case. */
  filterText(textExpr: string): string;
  /** Whole days from `earlier` to `later`, both dates. */
  daysBetween(later: string, earlier: string): string;
}

/** Column types the engines report, reduced to what the SQL needs to know. */
export type ColumnType = 'date' | 'number' | 'boolean' | 'text';

export interface TableColumn {
  name: string;
  type: ColumnType;
}
