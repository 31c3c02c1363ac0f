/**
 * Numbers and dates as attributes hold them. The plain ones (`182400`,
 * `0.35`, `2026-03-31`) are read at once; the full readers of what people
 * type (`1 234,50`, `kr 1.234,-`, `31.03.2026`, an Excel serial) are a chunk
 * of their own that loads the first time a value needs it. Until it has
 * loaded, a reader throws ParsersLoading: DataController waits for it and
 * runs its task again, and a widget's `updateComplete` waits for it too (lazy.ts), so
 * no value is ever refused for want of a parser.
 */
import { isoDay } from '../../core/dates.js';
import { plainNumber } from '../../core/plain-number.js';
import type { DayNumber } from '../../core/types.js';
import { track } from './lazy.js';

type FullParsers = typeof import('./parsers.full.js');

let full: FullParsers | undefined;
let loading: Promise<void> | undefined;

/** Thrown by a reader while the full parsers load; `ready` settles when they have. */
export class ParsersLoading extends Error {
  constructor(readonly ready: Promise<void>) {
    super('The number and date readers are loading.');
    this.name = 'ParsersLoading';
  }
}

/** Starts (once) loading the full readers. Rejects only when the chunk cannot be fetched. */
export function loadParsers(): Promise<void> {
  return (loading ??= track(import('./parsers.full.js').then((module) => void (full = module))));
}

function fullParsers(): FullParsers {
  if (full) return full;
  throw new ParsersLoading(loadParsers());
}

/** A number from a JS number or text as people write it; null when it is none. */
export function numberOf(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw + 0 : null;
  const plain = typeof raw === 'string' ? plainNumber(raw.trim()) : null;
  return plain ?? fullParsers().parseNumber(raw);
}

/** A calendar day from text as people write it; null when it is none. */
export function dateOf(raw: unknown): DayNumber | null {
  const iso = typeof raw === 'string' ? isoDay(raw.trim()) : null;
  return iso ?? fullParsers().parseDate(raw);
}
