// Generated deals for bench:engine and the demo: DuckDB writes them (10 million
// rows in seconds) as Parquet or CSV into .cache/, which git ignores. The same
// seedless hash of the row number gives the same deals in every file, so the
// first million of the Parquet file are the million of the CSV file.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const cacheDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'engine');

/** SELECT of `n` deals: stage, created, closed, value, owner, source. */
export function dealsSql(n) {
  const r = (salt, mod) => `CAST(hash(i * 31 + ${salt}) % ${mod} AS BIGINT)`;
  return `SELECT
    'D' || i AS id,
    CASE WHEN ${r(2, 100)} < 35 THEN 'Won' WHEN ${r(2, 100)} < 60 THEN 'Lost'
      ELSE ['Prospecting', 'Demo', 'Proposal', 'Negotiation'][1 + ${r(3, 4)}] END AS stage,
    DATE '2023-01-01' + CAST(${r(1, 1461)} AS INTEGER) AS created,
    CASE WHEN ${r(2, 100)} < 60 THEN DATE '2023-01-01' + CAST(${r(1, 1461)} + ${r(4, 120)} AS INTEGER) END AS closed,
    CAST(100 * (1 + ${r(5, 500)}) AS INTEGER) AS value,
    ['Anna Berg', 'Lars Haugen', 'Kari Nordmann', 'Per Lie', 'Eva Dahl', 'Jonas Ek', 'Sofie Bakker', 'Mads Holm'][1 + ${r(6, 8)}] AS owner,
    ['web', 'fair', 'referral', 'partner', 'cold call'][1 + ${r(7, 5)}] AS source
  FROM range(${n}) t(i)`;
}

/** The path of a generated file of `n` deals (`parquet` or `csv`), written when missing. */
export async function dealsFile(n, format) {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `deals-${n}.${format}`);
  if (existsSync(file)) return file;
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const options = format === 'parquet' ? '(FORMAT parquet, COMPRESSION zstd)' : '(FORMAT csv, HEADER true)';
  // The CSV a browser downloads holds only what its widgets read.
  const select = format === 'csv' ? `SELECT stage, created, closed, value, owner FROM (${dealsSql(n)})` : dealsSql(n);
  await c.run(`COPY (${select}) TO '${file.replace(/'/g, "''")}' ${options}`);
  c.closeSync();
  db.closeSync();
  return file;
}
