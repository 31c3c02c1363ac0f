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
import { MAX_DELAY, refreshDelay } from './refresh.js';

export interface EndpointRefreshOptions {
  /** An answer changed: reload the widget (its reload takes the answers already fetched). */
  onChange: () => void;
  /** The same answers: the data shown is current. */
  onUnchanged?: () => void;
  onError?: (error: unknown, failures: number) => void;
}

const isHidden = () => typeof document !== 'undefined' && document.hidden;

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
    const questions = asked();
    if (questions?.length) {
      const controller = new AbortController();
      running = controller;
      try {
        const changed = await recheck(questions, controller.signal);
        failures = 0;
        if (stopped) return;
        if (changed) options.onChange();
        else options.onUnchanged?.();
      } catch (error) {
        if (stopped) return;
        failures++;
        options.onError?.(error instanceof Error ? error : new DataError('network', questions[0].endpoint, { cause: error }), failures);
      } finally {
        running = null;
      }
    }
    if (stopped) return;
    schedule(failures ? refreshDelay(interval, failures) : alignedDelay(interval));
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
  schedule(alignedDelay(interval));

  return () => {
    stopped = true;
    clearTimeout(timer);
    running?.abort();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
  };
}
