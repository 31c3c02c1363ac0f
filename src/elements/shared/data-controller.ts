import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ParsersLoading } from './parsers.js';
import { whenWorded } from './problems.js';

export type DataStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface DataControllerOptions<A extends readonly unknown[], T> {
  /** The inputs; the task re-runs only when one of them changes (compared with Object.is). */
  args: () => A;
  /** Produces the data. `signal` aborts when newer inputs arrive or the host disconnects. */
  task: (args: A, options: { signal: AbortSignal }) => Promise<T> | T;
  /** Called once per settled run that was not superseded. */
  onComplete?: (value: T) => void;
  onError?: (error: unknown) => void;
}

/**
 * Loads a widget's data the way @lit/task does: it re-runs only when its inputs
 * change, gives every run its own AbortController, drops results of stale runs,
 * and exposes a status the element renders from.
 */
export class DataController<A extends readonly unknown[], T> implements ReactiveController {
  status: DataStatus = 'initial';
  value: T | undefined = undefined;
  error: unknown = undefined;

  private lastArgs: A | undefined;
  private abort: AbortController | undefined;
  private runId = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DataControllerOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (this.lastArgs && sameArgs(this.lastArgs, args)) return;
    this.lastArgs = args;
    void this.start(args);
  }

  hostConnected(): void {
    if (!this.lastArgs) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    // Re-run on reconnect: the aborted run's result was dropped.
    if (this.status === 'pending') this.lastArgs = undefined;
  }

  /** Runs the task again with the current inputs, e.g. for a refresh. */
  rerun(): Promise<void> {
    this.lastArgs = this.options.args();
    return this.start(this.lastArgs);
  }

  private start(args: A): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const id = ++this.runId;
    let result: Promise<T> | T;
    try {
      result = this.run(args, abort.signal);
    } catch (error) {
      this.settle(id, abort, { error });
      return Promise.resolve();
    }
    if (!isThenable(result)) {
      // Attribute-only widgets compute synchronously: settling inside this update
      // renders the value at once, with no skeleton frame in between.
      this.settle(id, abort, { value: result });
      return Promise.resolve();
    }
    // A refresh keeps showing the previous value instead of flashing the skeleton.
    if (this.status !== 'complete') this.status = 'pending';
    this.host.requestUpdate();
    return result.then(
      (value) => this.settle(id, abort, { value }),
      (error) => this.settle(id, abort, { error }),
    );
  }

  /**
   * The task, run again once the full number and date readers have loaded
   * when it needed them (see parsers.ts): a widget holding `1 234,50` shows
   * its skeleton for that moment, never an error.
   */
  private run(args: A, signal: AbortSignal): Promise<T> | T {
    const retry = (error: unknown): Promise<T> => {
      if (!(error instanceof ParsersLoading)) throw error;
      return error.ready.then(() => this.run(args, signal));
    };
    try {
      const result = this.options.task(args, { signal });
      return isThenable(result) ? result.then(undefined, retry) : result;
    } catch (error) {
      return retry(error);
    }
  }

  private settle(id: number, abort: AbortController, outcome: { value?: T; error?: unknown }): void {
    if (id !== this.runId) return;
    if ('error' in outcome) {
      const shown = whenWorded(outcome.error, () => {
        if (id !== this.runId) return;
        this.abort = undefined;
        if (abort.signal.aborted) return;
        this.error = outcome.error;
        this.status = 'error';
        this.host.requestUpdate();
        this.options.onError?.(outcome.error);
      });
      // Waiting for the words counts as pending, so a widget moved meanwhile runs again on reconnecting.
      if (!shown && this.status !== 'complete') this.status = 'pending';
    } else {
      this.abort = undefined;
      this.value = outcome.value;
      this.error = undefined;
      this.status = 'complete';
      this.host.requestUpdate();
      this.options.onComplete?.(outcome.value as T);
    }
  }
}

function isThenable<T>(value: Promise<T> | T): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
