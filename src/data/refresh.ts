/**
 * The `refresh` attribute: re-fetch a document every so many seconds.
 *
 * - Through the page-wide cache (revalidateShared): widgets on one URL share
 *   each refresh request, and the request is conditional (If-None-Match with
 *   the ETag, If-Modified-Since with the Last-Modified the server sent). A 304,
 *   or a 200 with the same body, is "unchanged": `onUnchanged`, not `onChange`.
 *   Cross-origin servers must list ETag/Last-Modified in
 *   Access-Control-Expose-Headers for this, and allow the two request headers.
 * - Paused while the tab is hidden (`document.hidden`): no timer runs. On
 *   return, a refresh that fell due meanwhile runs at once, otherwise the
 *   timer resumes with the time that was left.
 * - On an error the loop goes on, waiting 2×, 4×, then at most 8× the interval
 *   ({@link refreshDelay}), and reports the error with the count of failures in
 *   a row; the first success returns to the interval.
 * - The first refresh comes one interval after the start: load the document
 *   first (fetchShared), then start the loop.
 */
import { cachedDocument, revalidateShared } from './cache.js';
import { DataError } from './errors.js';
import type { LoadedDocument, LoadOptions } from './load.js';

export interface RefreshOptions extends Omit<LoadOptions, 'signal'> {
  /** A refresh failed; the loop goes on. `failures` counts failures in a row (1, 2, ...). */
  onError?: (error: DataError, failures: number) => void;
  /** A refresh found the document unchanged (304 or the same body). */
  onUnchanged?: () => void;
}

/** Backoff cap: after failures the wait grows to at most this many intervals. */
export const MAX_BACKOFF = 8;

/** The longest delay a browser timer keeps; a longer one overflows and fires at once. */
export const MAX_DELAY = 2 ** 31 - 1;

/**
 * Milliseconds to the next refresh after `failures` failures in a row: the
 * interval, doubled per failure up to 8×, and never more than a timer can wait.
 */
export function refreshDelay(intervalMs: number, failures: number): number {
  return Math.min(intervalMs * Math.min(2 ** Math.max(0, failures), MAX_BACKOFF), MAX_DELAY);
}

function isHidden(): boolean {
  return typeof document !== 'undefined' && document.hidden;
}

function reportCallbackError(error: unknown): void {
  // A throwing onChange belongs to the widget, not to the loop: surface it and go on.
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else setTimeout(() => { throw error; });
}

/**
 * Starts refreshing `url` every `seconds` and returns the function that stops
 * it (it also aborts this loop's share of a request under way). `onChange`
 * gets each new document. Seconds that are not a positive number mean no
 * refresh: nothing starts.
 */
export function startRefresh(
  url: string,
  seconds: number,
  onChange: (document: LoadedDocument) => void,
  options: RefreshOptions = {},
): () => void {
  if (!(seconds > 0) || !Number.isFinite(seconds)) return () => {};
  const interval = Math.min(seconds * 1000, MAX_DELAY);
  const { onError, onUnchanged, ...load } = options;

  let stopped = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let running: AbortController | null = null;
  let last = cachedDocument(url, load.credentials);

  const arm = (delay: number): void => {
    clearTimeout(timer);
    timer = isHidden() ? undefined : setTimeout(tick, Math.min(delay, MAX_DELAY));
  };

  const schedule = (delay: number): void => {
    dueAt = Date.now() + delay;
    arm(delay);
  };

  async function tick(): Promise<void> {
    timer = undefined;
    if (stopped || isHidden()) return;
    // A widget starts its loop while its first load may still be under way:
    // what it shows is the document the cache holds now, so a 304 is unchanged.
    last ??= cachedDocument(url, load.credentials);
    const controller = new AbortController();
    running = controller;
    let latest: LoadedDocument | undefined;
    try {
      latest = await revalidateShared(url, { ...load, signal: controller.signal, maxAge: Math.min(1000, interval / 2) });
      failures = 0;
    } catch (error) {
      if (stopped) return;
      failures++;
      const dataError = error instanceof DataError ? error : new DataError('network', url, { cause: error });
      try {
        onError?.(dataError, failures);
      } catch (callbackError) {
        reportCallbackError(callbackError);
      }
    } finally {
      running = null;
    }
    if (stopped) return;
    if (latest !== undefined) {
      try {
        if (latest !== last) {
          last = latest;
          onChange(latest);
        } else {
          onUnchanged?.();
        }
      } catch (callbackError) {
        reportCallbackError(callbackError);
      }
    }
    schedule(refreshDelay(interval, failures));
  }

  const onVisibility = (): void => {
    if (stopped || running) return;
    if (isHidden()) {
      clearTimeout(timer);
      timer = undefined;
    } else if (timer === undefined) {
      arm(Math.max(0, dueAt - Date.now()));
    }
  };

  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);
  schedule(interval);

  return () => {
    stopped = true;
    clearTimeout(timer);
    running?.abort();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
  };
}
