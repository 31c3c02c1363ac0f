/**
 * One fetch of a JSON or CSV document, with every way it goes wrong turned into
 * a DataError: `timeout`, `aborted`, `network`, `http` (status ≥ 400), `empty`,
 * `html` (a web page, typically a login page served with 200, where data was
 * expected), `parse`.
 *
 * JSON or CSV, in this order: the `csv` option; the Content-Type (`…json`;
 * `text/csv`, `application/csv`, `text/tab-separated-values`,
 * `application/vnd.ms-excel`); the URL's extension (`.json`; `.csv`, `.tsv`);
 * else the body: `{` or `[` first is JSON, anything else CSV.
 *
 * Text encoding: a declared charset other than UTF-8 is honoured. Otherwise the
 * body is read as UTF-8 and, when it is not valid UTF-8, as Windows-1252, which
 * is what "Save as CSV" in a Nordic Excel writes (Æ, Ø, Å, Ä, Ö survive).
 */
import type { CsvIssue, CsvRow } from './csv.js';
import type { WorkerCsv } from './worker-csv.js';
import { DataError } from './errors.js';
import { decodeBody } from './decode.js';

/**
 * A CSV document keeps what its reader left out (csv.ts): the lines it could
 * not read, the data row number of each row when some were left out, and how
 * many data rows the file had, for the data note. A large CSV body is held by
 * a Web Worker instead (`csv-worker`, from {@link WORKER_BYTES} up, where the
 * page allows workers), which keeps the same and builds the records.
 */
export type LoadedDocument =
  | { kind: 'json'; data: unknown }
  | { kind: 'csv'; rows: CsvRow[]; issues?: CsvIssue[]; rowNumbers?: number[]; rowsRead?: number }
  | { kind: 'csv-worker'; table: WorkerCsv };

/**
 * From this many bytes a CSV body is read in a Web Worker (worker-csv.ts):
 * parsing it in the page would block the main thread for more than a frame.
 */
export const WORKER_BYTES = 2_000_000;

export interface LoadOptions {
  /** Aborting it rejects with DataError `aborted`. */
  signal?: AbortSignal;
  /** Default `same-origin`; `include` sends cookies to another origin (the server must allow it). */
  credentials?: RequestCredentials;
  /** Milliseconds until DataError `timeout`, body included. Default 15000; 0 or Infinity: none. */
  timeout?: number;
  /** true: read as CSV, false: as JSON, absent: detect. */
  csv?: boolean;
  /** The most bytes of body read; past it DataError `too-big`. Default 50 MB ({@link DEFAULT_MAX_SIZE}). */
  maxSize?: number;
}

export interface RequestOptions extends LoadOptions {
  /** Validators of the copy the caller has: the request becomes conditional. */
  etag?: string | null;
  lastModified?: string | null;
  /** Ask the server even when the browser's HTTP cache holds a fresh copy. */
  revalidate?: boolean;
}

export type FetchedDocument =
  | {
      notModified: false;
      document: LoadedDocument;
      /** The body as text (or, read in a worker, its fingerprint), to tell an unchanged document from a changed one. */
      text: string;
      /** The body's bytes. */
      size: number;
      etag: string | null;
      lastModified: string | null;
    }
  | { notModified: true };

export const DEFAULT_TIMEOUT = 15000;
export const DEFAULT_MAX_SIZE = 50_000_000;

/** The longest delay a browser timer keeps. */
/** The longest delay a browser timer keeps; a longer one overflows and fires at once. */
export const MAX_DELAY = 2 ** 31 - 1;

/**
 * Fetches and reads a document; with validators in `options` a 304 answer gives
 * `{ notModified: true }`.
 * @throws DataError
 */
export async function requestDocument(url: string, options: RequestOptions = {}): Promise<FetchedDocument> {
  const { signal } = options;
  if (signal?.aborted) throw new DataError('aborted', url);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const controller = new AbortController();
  let timedOut = false;
  // A limit past what a timer can wait (about 24.8 days) would overflow and fire at once: it is no limit.
  const timer =
    timeout > 0 && timeout <= MAX_DELAY
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  const forward = (): void => controller.abort();
  signal?.addEventListener('abort', forward, { once: true });

  // Once the whole body is in, a failure is in reading it, not in the network.
  let received = false;
  const failure = (cause: unknown): DataError => {
    if (cause instanceof DataError) return cause;
    if (timedOut) return new DataError('timeout', url, { timeout, cause });
    if (signal?.aborted) return new DataError('aborted', url, { cause });
    if (cause instanceof RangeError) return new DataError('too-big', url, { cause });
    if (received) return new DataError('parse', url, { detail: String(cause), cause });
    return new DataError('network', url, { cause });
  };

  try {
    const headers = new Headers();
    if (options.etag) headers.set('If-None-Match', options.etag);
    if (options.lastModified) headers.set('If-Modified-Since', options.lastModified);
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: options.credentials ?? 'same-origin',
      headers,
      cache: options.revalidate ? 'no-cache' : 'default',
    });
    // Without our validators a 304 has no copy to stand for (the browser's own cache never shows us one).
    if (response.status === 304 && (options.etag || options.lastModified)) return { notModified: true };
    if (!response.ok) throw new DataError('http', url, { status: response.status });
    const contentType = response.headers.get('Content-Type') ?? '';
    const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
    const bytes = await readBody(response, maxSize, url, () => controller.abort());
    const size = bytes.byteLength;
    const validators = { etag: response.headers.get('ETag'), lastModified: response.headers.get('Last-Modified') };
    received = true;
    const table = size >= WORKER_BYTES ? await readInWorker(bytes, { url, contentType, csv: options.csv }) : null;
    if (table) {
      if (signal?.aborted) {
        table.release();
        throw new DataError('aborted', url);
      }
      return { notModified: false, document: { kind: 'csv-worker', table }, text: table.fingerprint, size, ...validators };
    }
    const text = decodeBody(bytes, contentType);
    // A body too large for one string decodes to nothing: it is not an empty answer.
    if (text === '' && size > 0) throw new DataError('too-big', url, { limit: size });
    const document = await readDocument(text, { url, contentType, csv: options.csv });
    if (signal?.aborted) throw new DataError('aborted', url);
    return {
      notModified: false,
      document,
      text,
      size,
      ...validators,
    };
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/**
 * Fetches a JSON or CSV document (see the module comment).
 * @throws DataError
 */
export async function loadDocument(url: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const result = await requestDocument(url, options);
  if (result.notModified) throw new DataError('http', url, { status: 304 });
  return result.document;
}

/**
 * A large body that is CSV, read in a Web Worker; null when it is JSON, or
 * when the page refuses workers (then it is read here, as a small one is).
 */
async function readInWorker(bytes: Uint8Array, options: ReadOptions & { url: string; contentType: string }): Promise<WorkerCsv | null> {
  // The start decides JSON or CSV (a multi-byte character cut at the end does not matter).
  const head = decodeBody(bytes.subarray(0, 4096), options.contentType);
  const { csv, tab } = kindOf(head.charCodeAt(0) === 0xfeff ? head.slice(1) : head, options);
  if (!csv) return null;
  // A browser without workers cannot even load the module (it extends Worker): read it here then.
  const module = await import('./worker-csv.js').catch(() => null);
  return module ? module.readCsvInWorker(bytes, { url: options.url, contentType: options.contentType, tab }) : null;
}

/**
 * The body, read chunk by chunk so a body past `maxSize` bytes (a declared
 * Content-Length or what has arrived) stops the download at once rather than
 * filling the memory until the time limit.
 */
async function readBody(response: Response, maxSize: number, url: string, stop: () => void): Promise<Uint8Array> {
  const tooBig = () => {
    stop();
    return new DataError('too-big', url, { limit: maxSize });
  };
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxSize) throw tooBig();
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxSize) {
      void reader.cancel().catch(() => undefined);
      throw tooBig();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export interface ReadOptions {
  /** For error messages and the extension rule. */
  url?: string;
  contentType?: string;
  csv?: boolean;
}

function extensionOf(url: string): string {
  try {
    const path = new URL(url, 'http://x/').pathname;
    const dot = path.lastIndexOf('.');
    return dot < path.lastIndexOf('/') ? '' : path.slice(dot + 1).toLowerCase();
  } catch {
    return '';
  }
}

const CSV_TYPES = /^(text\/csv|application\/csv|text\/comma-separated-values|text\/tab-separated-values|application\/vnd\.ms-excel)\b/i;
const JSON_TYPE = /^[^;]*\bjson\b/i;

/**
 * Reads a body already turned into text: the same rules as {@link loadDocument}
 * after the fetch, for inline data as well.
 * @throws DataError `empty`, `html`, `parse`
 */
export async function readDocument(text: string, options: ReadOptions = {}): Promise<LoadedDocument> {
  const url = options.url ?? 'the data';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { csv: asCsv, tab } = kindOf(body, options);
  if (!asCsv) {
    try {
      return { kind: 'json', data: JSON.parse(body) as unknown };
    } catch (error) {
      throw new DataError('parse', url, { format: 'json', detail: (error as Error).message, cause: error });
    }
  }
  const { readCsv } = await import('./csv.js');
  const { rows, issues, rowNumbers, rowsRead } = await readCsv(body, { url, ...(tab ? { delimiter: '\t' as const } : {}) });
  // Only a file with bad lines carries what was left out.
  return issues.length > 0 ? { kind: 'csv', rows, issues, rowNumbers, rowsRead } : { kind: 'csv', rows };
}

/**
 * JSON or CSV (and tab-separated), by the rules of the module comment, from
 * the start of a body (its first non-blank character decides last).
 * @throws DataError `empty`, `html`
 */
export function kindOf(head: string, options: ReadOptions = {}): { csv: boolean; tab: boolean } {
  const url = options.url ?? 'the data';
  const contentType = options.contentType ?? '';
  const start = head.search(/\S/);
  if (start < 0) throw new DataError('empty', url);
  const first = head[start];
  if (/^(text\/html|application\/xhtml)/i.test(contentType) || first === '<') throw new DataError('html', url);

  const ext = options.url ? extensionOf(options.url) : '';
  const csv =
    options.csv ??
    (JSON_TYPE.test(contentType)
      ? false
      : CSV_TYPES.test(contentType)
        ? true
        : ext === 'json'
          ? false
          : ext === 'csv' || ext === 'tsv'
            ? true
            : first !== '{' && first !== '[');
  return { csv, tab: ext === 'tsv' || /^text\/tab-separated-values/i.test(contentType) };
}
