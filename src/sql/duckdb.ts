/** DuckDB (1.x): `$n` parameters, RE2 regular expressions with an options argument. */
import type { Dialect } from './dialect.js';

export const duckdb: Dialect = {
  name: 'duckdb',
  param: (n) => `$${n}`,
  ident: (name) => `"${name.replace(/"/g, '""')}"`,
  dateParam: (p) => `CAST(${p} AS DATE)`,
  numberParam: (p) => `CAST(${p} AS DOUBLE)`,
  // A text cell that is no date or number (2017-06-31) is empty, as records.ts reads it, not an error for the whole question.
  toDate: (e) => `TRY_CAST(${e} AS DATE)`,
  toNumber: (e) => `TRY_CAST(${e} AS DOUBLE)`,
  text: (e) => `COALESCE(TRIM(CAST(${e} AS VARCHAR)), '')`,
  word: (e) => `REGEXP_REPLACE(LOWER(${e}), '[\\s_-]+', ' ', 'g')`,
  filterText: (e) => `LOWER(REGEXP_REPLACE(${e}, '\\s+', ' ', 'g'))`,
  // DATE - DATE is a whole number of days in DuckDB, as in PostgreSQL.
  daysBetween: (later, earlier) => `(${later} - ${earlier})`,
};
