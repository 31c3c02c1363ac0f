/// <reference types="node" />
/**
 * The two engines the handler runs on: DuckDB embedded (files read in place,
 * or a database file) and PostgreSQL through `pg`. Each knows its dialect,
 * how to list a source's columns and types, and how to run a statement with
 * bound values. Both packages are optional peers, imported when first used.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Pool } from 'pg';
import type { ColumnType, Dialect, TableColumn } from '../sql/dialect.js';
import type { Row } from '../sql/compile.js';
import { duckdb } from '../sql/duckdb.js';
import { postgres } from '../sql/postgres.js';

export interface Engine {
  dialect: Dialect;
  /** The FROM clause for a configured table name (never a question's text). */
  source(table: string): string;
  columns(source: string): Promise<TableColumn[]>;
  run(sql: string, params: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

const quoteString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const quoteName = (dialect: Dialect, name: string) => name.split('.').map((part) => dialect.ident(part)).join('.');

function duckType(type: string): ColumnType {
  const t = type.toUpperCase();
  if (t === 'DATE' || t.startsWith('TIMESTAMP')) return 'date';
  if (t === 'BOOLEAN') return 'boolean';
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL)/.test(t)) return 'number';
  return 'text';
}

export interface DuckDbOptions {
  /**
   * A folder of CSV or Parquet files (a table is the file named after it:
   * `deals.parquet`, `deals.csv`), one such file (the deals), or a `.duckdb`
   * database file whose tables are named in `tables`. Default: in memory.
   */
  path?: string;
}

/** The file a table name stands for in a folder, or the one file configured. */
function fileSource(root: string, table: string): string | null {
  const isDir = existsSync(root) && statSync(root).isDirectory();
  const candidates = isDir
    ? [table, `${table}.parquet`, `${table}.csv`, `${table}.tsv`].map((f) => path.join(root, f))
    : [root];
  const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
  if (!file) return null;
  return /\.parquet$/i.test(file) ? `read_parquet(${quoteString(file)})` : `read_csv_auto(${quoteString(file)})`;
}

export async function duckDbEngine(options: DuckDbOptions = {}): Promise<Engine> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const target = options.path ?? ':memory:';
  const isDatabase = target === ':memory:' || /\.(duckdb|db)$/i.test(target);
  const instance = await DuckDBInstance.create(isDatabase ? target : ':memory:');
  const connection = await instance.connect();
  const run = async (sql: string, params: unknown[] = []) => {
    const result = await connection.runAndReadAll(sql, params as never);
    return result.getRowObjectsJS() as Row[];
  };
  return {
    dialect: duckdb,
    source: (table) => (isDatabase ? null : fileSource(target, table)) ?? quoteName(duckdb, table),
    async columns(source) {
      const rows = await run(`DESCRIBE SELECT * FROM ${source}`);
      return rows.map((r) => ({ name: String(r.column_name), type: duckType(String(r.column_type)) }));
    },
    run,
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const PG_TYPES: Record<number, ColumnType> = {
  16: 'boolean', 1082: 'date', 1114: 'date', 1184: 'date',
  20: 'number', 21: 'number', 23: 'number', 700: 'number', 701: 'number', 1700: 'number',
};

/** `pg`: a connection string, or a pool the application already has (it stays open on close). */
export async function postgresEngine(connection: string | Pool): Promise<Engine> {
  let pool: Pool;
  const own = typeof connection === 'string';
  if (typeof connection === 'string') {
    const pg = await import('pg');
    pool = new (pg.default ?? pg).Pool({ connectionString: connection });
  } else {
    pool = connection;
  }
  return {
    dialect: postgres,
    source: (table) => quoteName(postgres, table),
    async columns(source) {
      const result = await pool.query(`SELECT * FROM ${source} LIMIT 0`);
      return result.fields.map((f) => ({ name: f.name, type: PG_TYPES[f.dataTypeID] ?? 'text' }));
    },
    async run(sql, params) {
      const result = await pool.query(sql, params);
      return result.rows as Row[];
    },
    async close() {
      if (own) await pool.end();
    },
  };
}
