/**
 * What only a widget with a `src` needs: the readers of `refresh`,
 * `credentials` and `max-size`, and its hold on its document in the page-wide
 * cache. A chunk of its own, loaded by the first widget that has a source or
 * one of those settings (KpiElement, RefreshController), so a page of
 * attribute-only widgets never downloads it.
 */
import { holdShared } from '../../data/cache.js';
import { absent, quoted, readOption } from './attributes.js';
import { numberOf } from './parsers.js';
import { AttributeError } from './problems.js';

/**
 * The longest delay a browser timer keeps: a longer one overflows and fires
 * at once (a `refresh` of a month would re-fetch in a loop).
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The shortest `refresh`: a smaller one would hammer the data source for every widget on the page. */
export const MIN_REFRESH_SECONDS = 5;

/**
 * The floor readRefresh applies: {@link MIN_REFRESH_SECONDS} on every page.
 * Only the browser tests of stale notices and backoff lower it
 * (test/reliability/failures.test.ts), which cannot wait 5 s for each step;
 * it is not part of the package's API.
 */
export const refreshFloor = { seconds: MIN_REFRESH_SECONDS };

/**
 * The `refresh` attribute in seconds as people write them (`60`, `7,5`); a
 * number property is seconds too. Undefined when absent, and for `0` (no
 * refresh). Below {@link MIN_REFRESH_SECONDS}, negative or not a number: an
 * error in words, never a silent fallback. Longer than a timer can wait: the
 * longest it can.
 */
export function readRefresh(attribute: string, raw: unknown): number | undefined {
  if (absent(raw)) return undefined;
  const value = numberOf(raw);
  if (value === null || !Number.isFinite(value)) throw new AttributeError('number', attribute, quoted(raw));
  if (value === 0) return undefined;
  if (value < refreshFloor.seconds) throw new AttributeError('range', attribute, quoted(raw), [`≥ ${refreshFloor.seconds}`]);
  return Math.min(value, MAX_TIMER_MS / 1000);
}

export const CREDENTIALS = ['same-origin', 'include', 'omit'] as const;

/** Fetch credentials: `same-origin` (default), `include` or `omit`; a misspelling is an error naming them. */
export function readCredentials(attribute: string, raw: unknown): RequestCredentials | undefined {
  if (absent(raw)) return undefined;
  if (typeof raw !== 'string') throw new AttributeError('option', attribute, quoted(raw), CREDENTIALS);
  return readOption(attribute, raw, CREDENTIALS, 'same-origin');
}

/** The default `max-size`: a CRM export of half a million rows fits, a runaway body does not. */
export const DEFAULT_MAX_SIZE = 50_000_000;

const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9 };

/**
 * The `max-size` attribute in bytes: a number with a unit (`50MB`, `500 kB`,
 * `1GB`, `2000000B`); a bare number is megabytes. Undefined when absent (the
 * data layer's default, 50 MB).
 */
export function readMaxSize(attribute: string, raw: unknown): number | undefined {
  if (absent(raw)) return undefined;
  const unit = typeof raw === 'string' ? /([kmg]?b)\s*$/i.exec(raw)?.[1]?.toLowerCase() : undefined;
  const amount = typeof raw === 'string' && unit ? raw.trim().slice(0, -unit.length) : raw;
  const value = numberOf(amount);
  if (value === null || !Number.isFinite(value)) throw new AttributeError('number', attribute, quoted(raw));
  if (value <= 0) throw new AttributeError('range', attribute, quoted(raw), ['> 0']);
  return Math.round(value * SIZE_UNITS[unit ?? 'mb']!);
}

/** The three as a widget holds them. */
export interface SourceSettings {
  refresh?: unknown;
  credentials?: unknown;
  maxSize?: unknown;
}

/** Throws the first of them that cannot be used, as an AttributeError. */
export function checkSourceSettings(settings: SourceSettings): void {
  readRefresh('refresh', settings.refresh);
  readCredentials('credentials', settings.credentials);
  readMaxSize('max-size', settings.maxSize);
}

/** Keeps the document at `src` in the page-wide cache until the function returned is called (cache.ts). */
export function holdSource(src: string, credentials: RequestCredentials | undefined): () => void {
  return holdShared(src, credentials);
}
