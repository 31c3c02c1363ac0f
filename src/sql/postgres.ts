/** PostgreSQL (9.4 and later): `$n` parameters, POSIX regular expressions with flags. */
import type { Dialect } from './dialect.js';

export const postgres: Dialect = {
  name: 'postgres',
  param: (n) => `$${n}`,
  ident: (name) => `"${name.replace(/"/g, '""')}"`,
  dateParam: (p) => `CAST(${p} AS DATE)`,
  numberParam: (p) => `CAST(${p} AS DOUBLE PRECISION)`,
  toDate: (e) => `CAST(${e} AS DATE)`,
  toNumber: (e) => `CAST(${e} AS DOUBLE PRECISION)`,
  text: (e) => `COALESCE(BTRIM(CAST(${e} AS TEXT)), '')`,
  word: (e) => `REGEXP_REPLACE(LOWER(${e}), '[\\s_-]+', ' ', 'g')`,
  filterText: (e) => `LOWER(REGEXP_REPLACE(${e}, '\\s+', ' ', 'g'))`,
  daysBetween: (later, earlier) => `(${later} - ${earlier})`,
};
