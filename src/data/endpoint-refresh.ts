/**
 * The `refresh` attribute on a widget that asks an `endpoint`: every so many
 * seconds it asks its questions again. The ticks fall on whole multiples of
 * the interval by the clock, so widgets with the same `refresh` ask in the
 * same frame and their questions go out as one batch, which carries the ETag
 * of that batch's last answer; a 304 (or the same answers) renders nothing.
 * As for `src` (refresh.ts): paused while the tab is hidden, and after
 * failures it waits 2×, 4×, at most 8× the interval.
 */
import { recheck, type Asked } from './endpoint.js';
import { DataError } from './errors.js';
import { runRefreshLoop } from './refresh.js';

export interface EndpointRefreshOptions {
  /** An answer changed: reload the widget (its reload takes the answers already fetched). */
  onChange: () => void;
  /** The same answers: the data shown is current. */
  onUnchanged?: () => void;
  onError?: (error: unknown, failures: number) => void;
}

/** Milliseconds to the next whole multiple of the interval, at least half an interval away. */
export function alignedDelay(intervalMs: number, now = Date.now()): number {
  const delay = intervalMs - (now % intervalMs);
  return delay < intervalMs / 2 ? delay + intervalMs : delay;
}

/** Starts the loop; returns the function that stops it. `asked`: the widget's questions and the answers it shows now. */
export function startEndpointRefresh(
  seconds: number,
  asked: () => readonly Asked[] | undefined,
  options: EndpointRefreshOptions,
): () => void {
  let endpoint = '';
  return runRefreshLoop(seconds, {
    nextDelay: alignedDelay,
    async check(signal) {
      const questions = asked();
      if (!questions?.length) return undefined;
      endpoint = questions[0].endpoint;
      const changed = await recheck(questions, signal);
      return changed ? options.onChange : options.onUnchanged;
    },
    onError: (error, failures) =>
      options.onError?.(error instanceof Error ? error : new DataError('network', endpoint, { cause: error }), failures),
  });
}
