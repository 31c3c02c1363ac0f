/**
 * A large CSV body read in a Web Worker (csv.worker.ts), as the page sees it:
 * the rows and the records of a kind stay in the worker until asked for, and
 * arrive in batches, each a short task, so the page's main thread is never
 * blocked for long while a 50 MB export is read.
 *
 * A page whose Content-Security-Policy refuses the worker (`worker-src` or
 * `script-src` without the kit's origin), or a browser without module
 * workers, gets null from {@link readCsvInWorker}: the caller reads the body
 * in the page as before.
 */
import type { Dataset, RecordKind } from '../core/types.js';
import type { RecordOptions } from '../core/records.js';

/** How records are read beyond `fields` (RecordOptions' dateOrder, locale, wonWords, lostWords, and the columns kept to group by). */
export type ReadSettings = Pick<RecordOptions, 'dateOrder' | 'locale' | 'wonWords' | 'lostWords' | 'keep'>;
import type { CsvRow } from './csv.js';
import { DataError, type DataErrorCode, type DataErrorDetails } from './errors.js';

/** A CSV document held by its worker. */
export interface WorkerCsv {
  /** Data rows. */
  readonly count: number;
  /** Tells a changed body from the same one (length and hash of the text). */
  readonly fingerprint: string;
  /** The rows, as parseCsv gives them; fetched from the worker once. */
  rows(): Promise<CsvRow[]>;
  /**
   * The records of `kind` with the `fields` mapping (the attribute's text) and
   * the widget's reading settings, built in the worker.
   */
  dataset(kind: RecordKind, fields?: string, read?: ReadSettings): Promise<Dataset>;
  /** Ends the worker once the requests under way are answered; later calls reject with `released` set. */
  release(): void;
}

interface Reply {
  id: number;
  type: 'ready' | 'parsed' | 'batch' | 'done' | 'error';
  key?: string;
  items?: unknown[];
  rest?: Record<string, unknown>;
  error?: Record<string, unknown>;
  count?: number;
  fingerprint?: string;
}

interface Pending {
  resolve(value: Reply & { lists: Record<string, unknown[]> }): void;
  reject(error: unknown): void;
  lists: Record<string, unknown[]>;
}

/**
 * An error from the worker, as the page would have thrown it: a DataError
 * again, anything else (FieldsError, RecordsError…) an Error with the same
 * fields (the widgets read `code` and the rest).
 */
function revive(data: Record<string, unknown> = {}): Error {
  if (data.name === 'DataError') {
    return new DataError(data.code as DataErrorCode, String(data.url), data as DataErrorDetails);
  }
  return Object.assign(new Error(String(data.message ?? 'The CSV worker failed.')), data);
}

interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}

let policy: { createScriptURL(url: string): unknown } | null | undefined;

/**
 * The worker's own address, as Trusted Types want it on a page that requires
 * them (`require-trusted-types-for 'script'`): a policy that lets only
 * same-origin scripts through. Where the page's `trusted-types` directive
 * does not allow the policy's name, creating it throws: no worker then.
 */
function trustedUrl(url: URL): unknown {
  const types = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!types) return url;
  policy ??= types.createPolicy('kpi-widgets-worker', {
    createScriptURL: (href) => {
      if (new URL(href).origin !== location.origin) throw new TypeError('The CSV worker must come from the page’s origin.');
      return href;
    },
  });
  return policy.createScriptURL(url.href);
}

/**
 * Named as the global so the bundler finds `new Worker(new URL(…, import.meta.url))`
 * below and builds the worker; it passes the address through trustedUrl.
 */
class Worker extends globalThis.Worker {
  constructor(url: URL, options: WorkerOptions) {
    super(trustedUrl(url) as URL, options);
  }
}

/** Starts a worker; null when the page may not (CSP, Trusted Types) or cannot run one. */
function startWorker(): Promise<globalThis.Worker | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module', name: 'kpi-widgets csv' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      if (!ok) worker.terminate();
      resolve(ok ? worker : null);
    };
    const onMessage = (event: MessageEvent<Reply>) => event.data?.type === 'ready' && done(true);
    // A refused or unloadable script fires `error` before the worker says it is ready.
    const onError = (event: Event) => {
      event.preventDefault();
      done(false);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
}

/**
 * Reads CSV bytes in a worker. The bytes are handed over (transferred), so
 * the caller must not use them after this resolves to a table; on null
 * (workers refused) they are untouched.
 * @throws what parseCsv throws (DataError `parse`), with its fields
 */
export async function readCsvInWorker(
  bytes: Uint8Array,
  options: { url: string; contentType: string; tab: boolean },
): Promise<WorkerCsv | null> {
  const worker = await startWorker();
  if (!worker) return null;
  let next = 1;
  let released = false;
  const pending = new Map<number, Pending>();
  const fail = (error: unknown) => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const request = pending.get(reply.id);
    if (!request) return;
    if (reply.type === 'batch') {
      const list = (request.lists[reply.key!] ??= []);
      for (const item of reply.items!) list.push(item);
      return;
    }
    pending.delete(reply.id);
    if (reply.type === 'error') request.reject(revive(reply.error));
    else request.resolve({ ...reply, lists: request.lists });
    if (released && pending.size === 0) worker.terminate();
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(revive({ message: 'The CSV worker stopped.' }));
  });
  const ask = (message: Record<string, unknown>, transfer: Transferable[] = []) => {
    if (released) return Promise.reject(Object.assign(revive({ message: 'The CSV worker has been released.' }), { released: true }));
    const id = next++;
    return new Promise<Reply & { lists: Record<string, unknown[]> }>((resolve, reject) => {
      pending.set(id, { resolve, reject, lists: {} });
      worker.postMessage({ ...message, id }, transfer);
    });
  };

  let parsed: Reply;
  try {
    const { buffer, byteOffset, byteLength } = bytes;
    parsed = await ask({ type: 'parse', buffer, offset: byteOffset, length: byteLength, ...options }, [buffer as ArrayBuffer]);
  } catch (error) {
    worker.terminate();
    throw error;
  }
  let rows: Promise<CsvRow[]> | undefined;
  return {
    count: parsed.count!,
    fingerprint: parsed.fingerprint!,
    rows: () => (rows ??= ask({ type: 'rows' }).then((reply) => (reply.lists.rows ?? []) as CsvRow[])),
    dataset: (kind, fields, read = {}) =>
      ask({ type: 'dataset', kind, fields, read }).then((reply) => {
        const dataset = reply.rest as unknown as Record<string, unknown>;
        for (const [key, list] of Object.entries(reply.lists)) dataset[key] = list;
        return dataset as unknown as Dataset;
      }),
    release: () => {
      released = true;
      if (pending.size === 0) worker.terminate();
    },
  };
}
