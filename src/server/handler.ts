/// <reference types="node" />
/**
 * `createKpiHandler`: a Node `(req, res)` handler that answers widgets'
 * questions from a database. A body is one question (an object) or a batch
 * (an array, one request per animation frame from the widgets on a page);
 * each answer is the kit's KPI document, or an error in words for that
 * question alone. An answer carries an ETag; a request whose If-None-Match
 * matches gets 304.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pool } from 'pg';
import { parseFilter, type Filter } from '../core/filter.js';
import { parseFields, RECORD_KINDS } from '../core/records.js';
import type { RecordKind } from '../core/types.js';
import { answerQuestion, type KpiAnswer } from '../sql/answer.js';
import type { TableInfo } from '../sql/compile.js';
import { duckDbEngine, postgresEngine, type DuckDbOptions, type Engine } from './engines.js';

export interface KpiHandlerOptions {
  /** DuckDB embedded (the default): a folder or file of CSV/Parquet read in place, or a .duckdb file. */
  duckdb?: string | DuckDbOptions;
  /** PostgreSQL: a connection string or a `pg` Pool. */
  pg?: string | Pool;
  /** The table, view or file name per record kind (default: the kind's own name, e.g. `deals`). Kinds left out are empty. */
  tables?: Partial<Record<RecordKind, string>>;
  /** Column mapping per kind in the `fields` syntax (`value:close_value,closed:close_date`); a question's own `fields` wins. */
  fields?: Partial<Record<RecordKind, string>>;
  /**
   * A filter (in the `filter` syntax, e.g. `owner=Anna Berg`) every question
   * from this request is held to; a question's filter can only narrow it.
   */
  scope?(req: IncomingMessage): string | undefined | Promise<string | undefined>;
  /** Most questions per request (default 100). */
  maxQuestions?: number;
  /** Most groups per answer (default 200). */
  maxGroups?: number;
  /** Longest period in days (default 3,660). */
  maxDays?: number;
  /** Most buckets in a series (default 400). */
  maxBuckets?: number;
  /** Largest request body in bytes (default 1 MB). */
  maxBody?: number;
  /**
   * Seconds the distinct texts of word columns (stage, status, yes/no) are
   * kept before they are read again, so a new stage name is seen (default 60).
   */
  cacheSeconds?: number;
}

export interface KpiHandler {
  (req: IncomingMessage & { body?: unknown }, res: ServerResponse): Promise<void>;
  /** Closes what the handler opened (a DuckDB instance, a pool it made from a connection string). */
  close(): Promise<void>;
}

/** A request the handler refuses as a whole: its status and words. */
class RequestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function readBody(req: IncomingMessage & { body?: unknown }, max: number): Promise<unknown> {
  // Express and others may have parsed the body already.
  if (req.body !== undefined && typeof req.body !== 'string' && !Buffer.isBuffer(req.body)) return req.body;
  let text: string;
  if (typeof req.body === 'string' || Buffer.isBuffer(req.body)) {
    text = String(req.body);
  } else if (req.method === 'GET') {
    text = new URL(req.url ?? '/', 'http://localhost').searchParams.get('q') ?? '';
  } else {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > max) throw new RequestError(413, `The request is larger than ${max} bytes.`);
      chunks.push(chunk as Buffer);
    }
    text = Buffer.concat(chunks).toString('utf8');
  }
  if (text.trim() === '') throw new RequestError(400, 'The request holds no question: send a JSON object like {"kpi":"revenue"} or an array of them.');
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError(400, 'The request is not JSON: send a JSON object like {"kpi":"revenue"} or an array of them.');
  }
}

interface ErrorAnswer {
  id?: string;
  error: { status: number; code: string; message: string; field?: string };
}

/** Mistakes in a question are 400s; anything else is the server's (500). */
function errorAnswer(raw: unknown, error: unknown): ErrorAnswer {
  const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : undefined;
  const e = error as { code?: string; message?: string; field?: string; attribute?: string };
  const known = ['question', 'filter', 'fields', 'period', 'kpi'].includes(e?.code ?? '');
  return {
    ...(id !== undefined ? { id } : {}),
    error: {
      status: known ? 400 : 500,
      code: known ? e.code! : 'server',
      message: known ? e.message! : `The database could not answer: ${e?.message ?? String(error)}`,
      ...(e.field ?? e.attribute ? { field: e.field ?? e.attribute } : {}),
    },
  };
}

export function createKpiHandler(options: KpiHandlerOptions = {}): KpiHandler {
  let engine: Promise<Engine> | undefined;
  let tables: Promise<Partial<Record<RecordKind, TableInfo>>> | undefined;
  const getEngine = () => (engine ??= options.pg
    ? postgresEngine(options.pg)
    : duckDbEngine(typeof options.duckdb === 'string' ? { path: options.duckdb } : options.duckdb));
  // Each table's real columns, read once: the SQL names nothing else.
  const getTables = () => (tables ??= (async () => {
    const e = await getEngine();
    const found: Partial<Record<RecordKind, TableInfo>> = {};
    for (const kind of RECORD_KINDS) {
      const name = options.tables ? options.tables[kind] : kind;
      if (!name) continue;
      const source = e.source(name);
      try {
        found[kind] = { source, columns: await e.columns(source) };
      } catch (error) {
        // Without an explicit table list, a kind the database lacks is simply empty.
        if (options.tables) throw error;
      }
    }
    return found;
  })());

  let vocabularies = new Map<string, readonly string[] | null>();
  let vocabulariesAt = 0;
  const serverFields = Object.fromEntries(Object.entries(options.fields ?? {}).map(([kind, text]) => [kind, parseFields(text ?? '')]));

  const handler = (async (req, res) => {
    let body: string;
    let status = 200;
    try {
      if (req.method !== 'POST' && req.method !== 'GET') throw new RequestError(405, 'Send questions with POST (a JSON body) or GET (?q=JSON).');
      const raw = await readBody(req, options.maxBody ?? 1_000_000);
      const batch = Array.isArray(raw);
      const questions = batch ? raw : [raw];
      const max = options.maxQuestions ?? 100;
      if (questions.length > max) throw new RequestError(400, `The request holds ${questions.length} questions; this server answers at most ${max} at once.`);
      const e = await getEngine();
      const scopeText = await options.scope?.(req);
      const scope: Filter | undefined = scopeText ? parseFilter(scopeText) : undefined;
      const known = await getTables();
      if (Date.now() - vocabulariesAt > (options.cacheSeconds ?? 60) * 1000) {
        vocabularies = new Map();
        vocabulariesAt = Date.now();
      }
      const answers: Array<KpiAnswer | ErrorAnswer> = await Promise.all(questions.map(async (q) => {
        try {
          return await answerQuestion(q, {
            dialect: e.dialect, tables: known, run: e.run, scope, fields: serverFields, vocabularies,
            maxGroups: options.maxGroups, maxDays: options.maxDays, maxBuckets: options.maxBuckets,
          });
        } catch (error) {
          return errorAnswer(q, error);
        }
      }));
      if (!batch && 'error' in answers[0]) status = answers[0].error.status;
      body = JSON.stringify(batch ? answers : answers[0]);
    } catch (error) {
      status = error instanceof RequestError ? error.status : 500;
      body = JSON.stringify({ error: { status, code: 'request', message: (error as Error).message } });
    }
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    if (status === 200) res.setHeader('ETag', etag);
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.statusCode = status;
    res.end(body);
  }) as KpiHandler;
  handler.close = async () => {
    if (engine) await (await engine).close();
  };
  return handler;
}
