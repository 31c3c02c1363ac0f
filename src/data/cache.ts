/**
 * The page-wide document cache: twenty widgets on one `src` make one request.
 *
 * - Entries are keyed by absolute URL and `credentials` (a cookie-less answer
 *   may differ from a signed-in one).
 * - Calls while a request is under way wait for it; calls after it succeeded get
 *   the stored document. Every caller gets the SAME document object: treat it
 *   as read-only.
 * - A caller's `signal` only withdraws that caller: it rejects with DataError
 *   `aborted` at once, and the request itself is aborted when no caller still
 *   waits (callers without a signal always wait).
 * - A failed request is not stored: the next call asks again.
 * - The request uses the first caller's `timeout`, `csv` and `maxSize` options.
 * - {@link invalidate} forgets a URL; {@link revalidateShared} is the refresh
 *   path: a conditional request (If-None-Match / If-Modified-Since) that keeps
 *   the stored document object when the server answers 304 or sends the same
 *   body again, so "has it changed?" is an identity check.
 * - Memory: a document stays while a connected widget holds it
 *   ({@link holdShared}), and for {@link CACHE_GRACE_MS} after the last hold
 *   ends (a widget moved in the DOM, or replaced by the next page of a
 *   single-page app, finds it again). Past that it is forgotten; and while
 *   the documents nobody holds weigh more than {@link CACHE_BUDGET} bytes,
 *   the longest unheld go first, grace or not.
 */
import { DataError } from './errors.js';
import { requestDocument, type LoadedDocument, type LoadOptions } from './load.js';

interface Waiter {
  resolve(document: LoadedDocument): void;
  reject(error: DataError): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Flight {
  controller: AbortController;
  waiters: Set<Waiter>;
}

interface Entry {
  key: string;
  url: string;
  document?: LoadedDocument;
  text?: string;
  etag: string | null;
  lastModified: string | null;
  /** performance.now() of the last answer from the server. */
  checkedAt: number;
  flight?: Flight;
  /** Connected widgets using the document now. */
  holds: number;
  /** performance.now() when the last hold ended. */
  releasedAt: number;
  /** What the document weighs, roughly: see weigh(). */
  bytes: number;
}

/**
 * How long a document nobody holds is kept, in ms: a widget moved in the DOM,
 * or re-created by a framework's next render, finds it again.
 */
export const CACHE_GRACE_MS = 2_000;
/** The most bytes of documents nobody holds (see the module comment). */
export const CACHE_BUDGET = 32_000_000;

const entries = new Map<string, Entry>();
let sweepTimer: ReturnType<typeof setTimeout> | undefined;
/** Keys invalidated since their last request: the next one asks the server past the HTTP cache. */
const revalidateNext = new Set<string>();

function absoluteUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

function keyOf(url: string, credentials: RequestCredentials | undefined): string {
  return `${credentials ?? 'same-origin'} ${absoluteUrl(url)}`;
}

function entryFor(url: string, options: LoadOptions): Entry {
  const key = keyOf(url, options.credentials);
  let entry = entries.get(key);
  if (!entry) {
    entry = { key, url, etag: null, lastModified: null, checkedAt: -Infinity, holds: 0, releasedAt: performance.now(), bytes: 0 };
    entries.set(key, entry);
  }
  return entry;
}

/**
 * Bytes a document takes, roughly, from its body's: the text in UTF-16, and
 * about as much again for what was parsed from it.
 */
function weigh(size: number): number {
  return size * 4;
}

/** A CSV document read in a worker holds the worker: it ends with the document. */
function release(document: LoadedDocument | undefined): void {
  if (document?.kind === 'csv-worker') document.table.release();
}

/**
 * Forgets documents nobody holds: past the grace period, and the longest
 * unheld while they weigh more than the budget. A request under way stays.
 */
function sweep(): void {
  clearTimeout(sweepTimer);
  sweepTimer = undefined;
  const now = performance.now();
  const unheld = [...entries.values()].filter((e) => e.holds === 0 && !e.flight).sort((a, b) => a.releasedAt - b.releasedAt);
  let weight = unheld.reduce((sum, e) => sum + e.bytes, 0);
  let next = Infinity;
  for (const entry of unheld) {
    if (now - entry.releasedAt >= CACHE_GRACE_MS || weight > CACHE_BUDGET) {
      entries.delete(entry.key);
      release(entry.document);
      weight -= entry.bytes;
    } else {
      next = Math.min(next, entry.releasedAt + CACHE_GRACE_MS - now);
    }
  }
  if (next < Infinity) sweepTimer = setTimeout(sweep, next + 1);
}

/**
 * Keeps the document at `url` (once fetched) while the caller uses it; the
 * function returned ends the hold. Widgets hold their `src` while connected.
 */
export function holdShared(url: string, credentials?: RequestCredentials): () => void {
  const entry = entryFor(url, { credentials });
  entry.holds++;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    entry.holds--;
    if (entry.holds === 0) entry.releasedAt = performance.now();
    sweep();
  };
}

/** What the page-wide cache holds: for tests and the limits documentation. */
export function sharedCacheStats(): { entries: number; held: number; bytes: number } {
  let held = 0;
  let bytes = 0;
  for (const entry of entries.values()) {
    if (entry.holds > 0) held++;
    bytes += entry.bytes;
  }
  return { entries: entries.size, held, bytes };
}

function join(entry: Entry, flight: Flight, signal: AbortSignal | undefined): Promise<LoadedDocument> {
  return new Promise<LoadedDocument>((resolve, reject) => {
    const waiter: Waiter = { resolve, reject };
    if (signal) {
      waiter.signal = signal;
      waiter.onAbort = () => {
        flight.waiters.delete(waiter);
        reject(new DataError('aborted', entry.url));
        if (flight.waiters.size === 0) {
          if (entry.flight === flight) entry.flight = undefined;
          flight.controller.abort();
        }
      };
      signal.addEventListener('abort', waiter.onAbort, { once: true });
    }
    flight.waiters.add(waiter);
  });
}

function settle(flight: Flight, outcome: { document: LoadedDocument } | { error: DataError }): void {
  for (const waiter of flight.waiters) {
    if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
    if ('document' in outcome) waiter.resolve(outcome.document);
    else waiter.reject(outcome.error);
  }
  flight.waiters.clear();
}

function start(entry: Entry, options: LoadOptions, conditional: boolean): Flight {
  const flight: Flight = { controller: new AbortController(), waiters: new Set() };
  entry.flight = flight;
  const validators = conditional && entry.document ? { etag: entry.etag, lastModified: entry.lastModified } : {};
  requestDocument(entry.url, {
    credentials: options.credentials,
    timeout: options.timeout,
    csv: options.csv,
    maxSize: options.maxSize,
    signal: flight.controller.signal,
    revalidate: revalidateNext.delete(entry.key) || conditional,
    ...validators,
  }).then(
    (result) => {
      if (entry.flight === flight) entry.flight = undefined;
      entry.checkedAt = performance.now();
      if (!result.notModified) {
        if (entry.document === undefined || result.text !== entry.text) {
          release(entry.document);
          entry.document = result.document;
          entry.text = result.text;
          entry.bytes = weigh(result.size);
        } else {
          // The same body again: the stored document stays, the new one's worker goes.
          release(result.document);
        }
        entry.etag = result.etag;
        entry.lastModified = result.lastModified;
      }
      // A 304 answers a request that carried the validators of a stored document.
      const document = entry.document!;
      // An entry that was forgotten meanwhile (invalidate) or that nobody holds: it still answers its callers.
      if (entries.get(entry.key) === entry && entry.holds === 0) entry.releasedAt = performance.now();
      sweep();
      settle(flight, { document });
    },
    (error: DataError) => {
      if (entry.flight === flight) entry.flight = undefined;
      settle(flight, { error });
    },
  );
  return flight;
}

/**
 * The document at `url`, fetched once for the whole page (see the module comment).
 * @throws DataError
 */
export function fetchShared(url: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  if (options.signal?.aborted) return Promise.reject(new DataError('aborted', url));
  const refused = checkCredentials(options.credentials);
  if (refused) return Promise.reject(refused);
  const entry = entryFor(url, options);
  if (entry.document) return Promise.resolve(entry.document);
  return join(entry, entry.flight ?? start(entry, options, false), options.signal);
}

export interface RevalidateOptions extends LoadOptions {
  /**
   * Milliseconds during which the last answer still counts as fresh, so the
   * refresh timers of many widgets on one URL make one request. Default 1000.
   */
  maxAge?: number;
}

/**
 * The current document at `url`: a request under way is joined, an answer
 * younger than `maxAge` is reused, otherwise a conditional request is made. The
 * result is the stored object itself when nothing changed.
 * @throws DataError (the stored document is kept)
 */
export function revalidateShared(url: string, options: RevalidateOptions = {}): Promise<LoadedDocument> {
  if (options.signal?.aborted) return Promise.reject(new DataError('aborted', url));
  const refused = checkCredentials(options.credentials);
  if (refused) return Promise.reject(refused);
  const entry = entryFor(url, options);
  if (entry.flight) return join(entry, entry.flight, options.signal);
  if (entry.document && performance.now() - entry.checkedAt < (options.maxAge ?? 1000)) {
    return Promise.resolve(entry.document);
  }
  return join(entry, start(entry, options, true), options.signal);
}

const CREDENTIALS: readonly string[] = ['same-origin', 'include', 'omit'];

/**
 * A `credentials` value fetch would refuse with a bare TypeError ("Could not
 * reach…"): an error naming the values there are, as an attribute error.
 */
function checkCredentials(credentials: unknown): Error | undefined {
  if (credentials === undefined || CREDENTIALS.includes(credentials as string)) return undefined;
  const value = String(credentials);
  return Object.assign(new Error(`credentials="${value.slice(0, 40)}" is not one of: ${CREDENTIALS.join(', ')}.`), {
    code: 'option', attribute: 'credentials', value, options: CREDENTIALS,
  });
}

/** The stored document, without a request; undefined when there is none yet. */
export function cachedDocument(url: string, credentials?: RequestCredentials): LoadedDocument | undefined {
  return entries.get(keyOf(url, credentials))?.document;
}

/**
 * Forgets `url` (for every `credentials` value) so the next call fetches it
 * anew, asking the server even when the browser's HTTP cache holds a fresh
 * copy. A request under way still answers the callers waiting for it, but
 * later callers do not join it.
 */
export function invalidate(url: string): void {
  const suffix = ` ${absoluteUrl(url)}`;
  for (const key of [...entries.keys()]) {
    if (!key.endsWith(suffix)) continue;
    release(entries.get(key)!.document);
    entries.delete(key);
    revalidateNext.add(key);
  }
}

/** Forgets every URL, as invalidate does; for tests and single-page-app navigation. */
export function clearSharedCache(): void {
  for (const [key, entry] of entries) {
    revalidateNext.add(key);
    release(entry.document);
  }
  entries.clear();
  clearTimeout(sweepTimer);
  sweepTimer = undefined;
}
