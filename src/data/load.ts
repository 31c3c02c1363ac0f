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
import { DataError } from './errors.js';

/**
 * A CSV document keeps what its reader left out (csv.ts): the lines it could
 * not read, the data row number of each row when some were left out, and how
 * many data rows the file had, for the data note.
 */
export type LoadedDocument =
  | { kind: 'json'; data: unknown }
  | { kind: 'csv'; rows: CsvRow[]; issues?: CsvIssue[]; rowNumbers?: number[]; rowsRead?: number };

export interface LoadOptions {
  /** Aborting it rejects with DataError `aborted`. */
  signal?: AbortSignal;
  /** Default `same-origin`; `include` sends cookies to another origin (the server must allow it). */
  credentials?: RequestCredentials;
  /** Milliseconds until DataError `timeout`, body included. Default 15000; 0 or Infinity: none. */
  timeout?: number;
  /** true: read as CSV, false: as JSON, absent: detect. */
  csv?: boolean;
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
      /** The body as text, to tell an unchanged document from a changed one. */
      text: string;
      etag: string | null;
      lastModified: string | null;
    }
  | { notModified: true };

export const DEFAULT_TIMEOUT = 15000;

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
  const timer =
    timeout > 0 && Number.isFinite(timeout)
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
    const text = decodeBody(await response.arrayBuffer(), contentType);
    received = true;
    const document = await readDocument(text, { url, contentType, csv: options.csv });
    if (signal?.aborted) throw new DataError('aborted', url);
    return {
      notModified: false,
      document,
      text,
      etag: response.headers.get('ETag'),
      lastModified: response.headers.get('Last-Modified'),
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

function decodeBody(buffer: ArrayBuffer, contentType: string): string {
  const charset = /charset\s*=\s*"?([^";]+)/i.exec(contentType)?.[1]?.trim().toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(buffer);
    } catch {
      // An unknown label: fall through to the UTF-8 guess.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
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
  const contentType = options.contentType ?? '';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.search(/\S/);
  if (start < 0) throw new DataError('empty', url);
  const first = body[start];
  if (/^(text\/html|application\/xhtml)/i.test(contentType) || first === '<') throw new DataError('html', url);

  const ext = options.url ? extensionOf(options.url) : '';
  const asCsv =
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

  if (!asCsv) {
    try {
      return { kind: 'json', data: JSON.parse(body) as unknown };
    } catch (error) {
      throw new DataError('parse', url, { format: 'json', detail: (error as Error).message, cause: error });
    }
  }
  const { readCsv } = await import('./csv.js');
  const tab = ext === 'tsv' || /^text\/tab-separated-values/i.test(contentType);
  const { rows, issues, rowNumbers, rowsRead } = await readCsv(body, { url, ...(tab ? { delimiter: '\t' as const } : {}) });
  // Only a file with bad lines carries what was left out.
  return issues.length > 0 ? { kind: 'csv', rows, issues, rowNumbers, rowsRead } : { kind: 'csv', rows };
}
