/**
 * The CSV worker: a large CSV body is decoded, parsed (csv.ts, the same rules
 * as in the page) and turned into records (core/records.ts) here, off the
 * page's main thread. The page asks for what it needs (worker-csv.ts): the
 * rows, or the records of one kind and field mapping; both come back in
 * batches, so no single message takes the page long to receive.
 *
 * Messages in: `parse` (the body's bytes, transferred), `rows`, `dataset`.
 * Out: `ready` once loaded, then per request `parsed`, `batch`…, `done`, or `error`.
 */
import { readCsv, type CsvTable } from './csv.js';
import { decodeBody } from './decode.js';
import { parseFields, toDataset } from '../core/records.js';
import type { RecordIssue, RecordKind } from '../core/types.js';
import type { RecordOptions } from '../core/records.js';

/** Items per batch: a few milliseconds for the page to take in. */
const BATCH = 2000;

interface Scope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const scope = self as unknown as Scope;

let table: CsvTable = { rows: [], header: [], headerless: false, issues: [], rowsRead: 0 };

/** An error as plain data: its class does not cross, its fields (code, reason, columns…) do. */
function plain(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  return { ...error, name: error.name, message: error.message };
}

/** Sends a list in batches under `key`. */
function send(id: number, key: string, items: readonly unknown[]): void {
  for (let i = 0; i < items.length; i += BATCH) scope.postMessage({ id, type: 'batch', key, items: items.slice(i, i + BATCH) });
}

/** FNV-1a of the text: the cache tells a changed body from the same one by it. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

// papaparse, once loaded, takes `onmessage` for its own worker mode: the kit listens beside it.
scope.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as { id: number; type: string; [key: string]: unknown };
  const { id } = message;
  void (async () => {
    try {
      if (message.type === 'parse') {
        const bytes = new Uint8Array(message.buffer as ArrayBuffer, message.offset as number, message.length as number);
        const text = decodeBody(bytes, message.contentType as string);
        const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        table = await readCsv(body, { url: message.url as string, ...(message.tab ? { delimiter: '\t' as const } : {}) });
        scope.postMessage({ id, type: 'parsed', count: table.rows.length, fingerprint: fingerprint(body) });
      } else if (message.type === 'rows') {
        send(id, 'rows', table.rows);
        scope.postMessage({ id, type: 'done', rest: {} });
      } else if (message.type === 'dataset') {
        // As queryRecords builds them in the page, with what the reader left out (load.ts, query.ts).
        const readIssues: RecordIssue[] = table.issues.map((issue) => ({ row: issue.row, field: '*', value: issue.value, code: issue.code }));
        const options: RecordOptions = {
          ...(message.read as RecordOptions),
          fields: message.fields ? parseFields(message.fields as string) : undefined,
          readIssues,
          ...(table.rowNumbers ? { rowNumbers: table.rowNumbers } : {}),
        };
        const dataset = toDataset(table.rows, message.kind as RecordKind, options) as unknown as Record<string, unknown>;
        const rest: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(dataset)) {
          if (Array.isArray(value)) {
            send(id, key, value);
            rest[key] = [];
          } else {
            rest[key] = value;
          }
        }
        scope.postMessage({ id, type: 'done', rest });
      }
    } catch (error) {
      scope.postMessage({ id, type: 'error', error: plain(error) });
    }
  })();
});

scope.postMessage({ id: 0, type: 'ready' });
