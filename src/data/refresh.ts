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
import { MAX_DELAY, type LoadedDocument, type LoadOptions } from './load.js';

export interface RefreshOptions extends Omit<LoadOptions, 'signal'> {
  /** A refresh failed; the loop goes on. `failures` counts failures in a row (1, 2, ...). */
  onError?: (error: DataError, failures: number) => void;
  /** A refresh found the document unchanged (304 or the same body). */
  onUnchanged?: () => void;
}

/** Backoff cap: after failures the wait grows to at most this many intervals. */
export const MAX_BACKOFF = 8;

export { MAX_DELAY };

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

/** A throwing callback belongs to the widget, not to the loop: surface its error and go on. */
function callback(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
    else setTimeout(() => { throw error; });
  }
}

/** One refresh loop's own work; the loop (timer, backoff, hidden tab, stop) is {@link runRefreshLoop}'s. */
export interface RefreshStep {
  /**
   * One refresh. Throws to count a failure; may return what to do with its
   * result, which runs only while the loop is still on.
   */
  check(signal: AbortSignal): Promise<(() => void) | void>;
  onError(error: unknown, failures: number): void;
  /** The wait before the next check while all is well, the first one included. */
  nextDelay(intervalMs: number): number;
}

/**
 * Runs `step` every `seconds` and returns the function that stops it (it also
 * aborts a check under way). Paused while the tab is hidden; after failures
 * it waits {@link refreshDelay}. Seconds that are not a positive number mean
 * no refresh: nothing starts.
 */
export function runRefreshLoop(seconds: number, step: RefreshStep): () => void {
  if (!(seconds > 0) || !Number.isFinite(seconds)) return () => {};
  const interval = Math.min(seconds * 1000, MAX_DELAY);
  let stopped = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let running: AbortController | null = null;

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
    const controller = new AbortController();
    running = controller;
    let then: (() => void) | void = undefined;
    try {
      then = await step.check(controller.signal);
      failures = 0;
    } catch (error) {
      if (stopped) return;
      failures++;
      callback(() => step.onError(error, failures));
    } finally {
      running = null;
    }
    if (stopped) return;
    if (then) callback(then);
    schedule(failures ? refreshDelay(interval, failures) : step.nextDelay(interval));
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
  schedule(step.nextDelay(interval));

  return () => {
    stopped = true;
    clearTimeout(timer);
    running?.abort();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
  };
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
  const { onError, onUnchanged, ...load } = options;
  let last = cachedDocument(url, load.credentials);
  return runRefreshLoop(seconds, {
    nextDelay: (interval) => interval,
    async check(signal) {
      // A widget starts its loop while its first load may still be under way:
      // what it shows is the document the cache holds now, so a 304 is unchanged.
      last ??= cachedDocument(url, load.credentials);
      const interval = Math.min(seconds * 1000, MAX_DELAY);
      const latest = await revalidateShared(url, { ...load, signal, maxAge: Math.min(1000, interval / 2) });
      return () => {
        if (latest === last) return onUnchanged?.();
        last = latest;
        onChange(latest);
      };
    },
    onError: (error, failures) => onError?.(error instanceof DataError ? error : new DataError('network', url, { cause: error }), failures),
  });
}
