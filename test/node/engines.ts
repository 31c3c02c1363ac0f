/**
 * The generated CRM loaded into real engines: an in-memory DuckDB and the
 * test PostgreSQL cluster (globalSetup starts it), each with one table per
 * record kind; and the same rows read by the browser core (toDataset), as a
 * page on `src` reads an export.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { toDataset } from '../../src/core/records.js';
import type { Dataset, RecordKind } from '../../src/core/types.js';
import { duckDbEngine, postgresEngine, type Engine } from '../../src/server/engines.js';
import type { TableInfo } from '../../src/sql/compile.js';
import { COLUMN_TYPES, toCsv, type Crm } from './generate.js';

export interface Loaded {
  engine: Engine;
  tables: Partial<Record<RecordKind, TableInfo>>;
}

const KINDS = Object.keys(COLUMN_TYPES) as (keyof Crm)[];

export function coreDataset(crm: Crm): Dataset {
  return toDataset(crm, 'deals');
}

/** Writes one CSV per kind into a new folder; the caller removes it. */
export function writeCsvFolder(crm: Crm): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kpi-crm-'));
  for (const kind of KINDS) writeFileSync(path.join(dir, `${kind}.csv`), toCsv(crm[kind]));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function describe(engine: Engine): Promise<Partial<Record<RecordKind, TableInfo>>> {
  const tables: Partial<Record<RecordKind, TableInfo>> = {};
  for (const kind of KINDS) {
    const source = engine.source(kind);
    tables[kind] = { source, columns: await engine.columns(source) };
  }
  return tables;
}

const sqlType = (kind: keyof Crm, column: string, number: string) =>
  ({ date: 'DATE', number, text: 'TEXT' })[COLUMN_TYPES[kind][column] ?? 'text'];

export async function loadDuckDb(crm: Crm): Promise<Loaded> {
  const engine = await duckDbEngine({ path: ':memory:' });
  const folder = writeCsvFolder(crm);
  try {
    for (const kind of KINDS) {
      const columns = Object.keys(crm[kind][0]).map((c) => `'${c}': '${sqlType(kind, c, 'DOUBLE').replace('TEXT', 'VARCHAR')}'`).join(', ');
      const file = path.join(folder.dir, `${kind}.csv`);
      await engine.run(`CREATE TABLE ${kind} AS SELECT * FROM read_csv('${file}', header = true, columns = {${columns}})`, []);
    }
  } finally {
    folder.remove();
  }
  return { engine, tables: await describe(engine) };
}

export async function loadPostgres(crm: Crm, connection: pg.PoolConfig): Promise<Loaded> {
  const pool = new pg.Pool(connection);
  for (const kind of KINDS) {
    const names = Object.keys(crm[kind][0]);
    await pool.query(`DROP TABLE IF EXISTS ${kind}`);
    await pool.query(`CREATE TABLE ${kind} (${names.map((c) => `"${c}" ${sqlType(kind, c, 'DOUBLE PRECISION')}`).join(', ')})`);
    // One JSON parameter per 20,000 rows; '' is an empty cell, NULL in a table.
    for (let i = 0; i < crm[kind].length; i += 20_000) {
      const rows = crm[kind].slice(i, i + 20_000).map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === '' ? null : v])));
      await pool.query(`INSERT INTO ${kind} SELECT * FROM json_populate_recordset(NULL::${kind}, $1::json)`, [JSON.stringify(rows)]);
    }
    await pool.query(`ANALYZE ${kind}`);
  }
  const engine = await postgresEngine(pool);
  engine.close = () => pool.end();
  return { engine, tables: await describe(engine) };
}
