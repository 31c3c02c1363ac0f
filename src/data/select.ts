/**
 * The `select` attribute: a dot path into a fetched JSON document.
 *
 * `kpis.mrr`, `regions.0.revenue`, `regions[0].revenue`, `series[-1].value`
 * (a negative index counts from the end). Segments are separated by `.`; an
 * index is a number segment or `[n]`. Only own properties are followed, so
 * `constructor` or `__proto__` never reach into the prototype. Keys that
 * themselves contain `.` or `[` cannot be addressed. An empty path selects the
 * whole document.
 */
import { clipList, clipText, QUOTE_ITEMS } from '../core/quote.js';

/** A path that cannot be read, or that leads nowhere in the document. */
export class SelectError extends Error {
  readonly code = 'select';
  /** The attribute an editor corrects. */
  readonly attribute = 'select';
  constructor(
    /** `syntax`: the path is malformed; `missing`: the document has nothing there. */
    readonly reason: 'syntax' | 'missing',
    readonly path: string,
    /** For `missing`: the part of the path that does exist (`''` for the document itself). */
    readonly found: string = '',
    /**
     * For `missing`: what there is at `found`, to choose from: an object's keys,
     * `0`–`n` for a list; empty for a plain value.
     */
    readonly keys: readonly string[] = [],
  ) {
    super(
      reason === 'syntax'
        ? `Cannot read the select path "${clipText(path)}": write names and indexes separated by dots, like kpis.mrr or series.0.value.`
        : `The data has nothing at "${clipText(path)}"${found ? `: "${clipText(found)}" exists, but not what follows it` : ''}.` +
            (keys.length ? ` ${found ? `"${clipText(found)}"` : 'The data'} has: ${keys.join(', ')}.` : ''),
    );
    this.name = 'SelectError';
  }
}

/**
 * What a path can continue with at `value`: the first keys of an object, each
 * cut short (quote.ts), or the index range of a list.
 */
function keysAt(value: unknown): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [] : [value.length === 1 ? '0' : `0–${value.length - 1}`];
  if (typeof value !== 'object' || value === null) return [];
  const keys: string[] = [];
  // Not Object.keys: a document with a million keys would list them all to show twelve.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (keys.length === QUOTE_ITEMS) return [...clipList(keys), '…'];
    keys.push(key);
  }
  return clipList(keys);
}

/**
 * The segments of a path: strings for keys, numbers for `[n]` and number
 * segments (which also work as keys of objects).
 * @throws SelectError `syntax`
 */
export function parsePath(path: string): (string | number)[] {
  const text = path.trim();
  if (text === '') return [];
  const segments: (string | number)[] = [];
  for (const part of text.split('.')) {
    const match = /^([^[\]]*)((?:\[-?\d+\])*)$/.exec(part.trim());
    if (!match || (match[1] === '' && match[2] === '')) throw new SelectError('syntax', path);
    const name = match[1]!;
    if (name !== '') segments.push(/^-?\d+$/.test(name) ? Number(name) : name);
    for (const index of match[2]!.matchAll(/\[(-?\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

function step(value: unknown, segment: string | number): { ok: true; value: unknown } | { ok: false } {
  if (Array.isArray(value) && typeof segment === 'number') {
    const index = segment < 0 ? value.length + segment : segment;
    return index >= 0 && index < value.length ? { ok: true, value: value[index] } : { ok: false };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const key = String(segment);
    return Object.hasOwn(value, key) ? { ok: true, value: (value as Record<string, unknown>)[key] } : { ok: false };
  }
  return { ok: false };
}

/**
 * The value at `path` in `doc` (null when the document holds null there).
 * @throws SelectError `syntax` for a malformed path, `missing` when the document has nothing there
 */
export function selectPath(doc: unknown, path: string): unknown {
  const segments = parsePath(path);
  let value = doc;
  for (let i = 0; i < segments.length; i++) {
    const next = step(value, segments[i]!);
    if (!next.ok) throw new SelectError('missing', path.trim(), formatPath(segments.slice(0, i)), keysAt(value));
    value = next.value;
  }
  return value;
}

function formatPath(segments: readonly (string | number)[]): string {
  return segments.map(String).join('.');
}
