import type { ReactiveController, ReactiveElement } from 'lit';
import { readTimeout } from './attributes.js';
import { whenWorded } from './problems.js';

/** What KpiElement does about freshness: marks its data stale while refreshes fail. */
interface FreshnessHost {
  markStale?(): void;
  markFresh?(): void;
  timeout?: unknown;
}

export interface RefreshControllerOptions {
  /** The URL to re-fetch, or undefined when the widget has no fetched data. */
  src: () => string | undefined;
  /** The `refresh` attribute in seconds; anything not positive means no refresh. */
  seconds: () => unknown;
  credentials: () => RequestCredentials | undefined;
  /** A changed document arrived (a 304 never calls this). */
  onChange: () => void;
  /** The fetch time limit (the `timeout` attribute); default: the host's `timeout`. */
  timeout?: () => unknown;
  onError: (error: unknown) => void;
}

/**
 * The `refresh` attribute for any widget: starts the data layer's refresh loop
 * for the current `src`, restarts it when `src` or the interval changes, and
 * stops it when the widget leaves the page. The data layer loads only once a
 * widget actually asks for a refresh.
 *
 * While refreshes fail the widget keeps its last good data and is told to mark
 * it stale (`markStale`); the data layer retries with backoff (2×, 4×, at most
 * 8× the interval), and the first answer, changed or not, makes it fresh again.
 */
export class RefreshController implements ReactiveController {
  private stop?: () => void;
  private key = '';

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RefreshControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved within the page: no update runs, so restart what disconnecting stopped.
    if (this.host.hasUpdated) void this.sync();
  }

  hostUpdated(): void {
    void this.sync();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
    this.key = '';
  }

  private async sync(): Promise<void> {
    // Only strings and numbers: a script may have set an object, which the loader reports; it starts no refresh.
    const given = this.options.src();
    const src = typeof given === 'string' ? given : undefined;
    const raw = this.options.seconds();
    const seconds = typeof raw === 'number' || typeof raw === 'string' ? Number(raw) : NaN;
    const mode = this.options.credentials();
    const credentials = typeof mode === 'string' ? mode : undefined;
    const timeout = this.timeoutMs();
    const key = src && seconds > 0 && this.host.isConnected ? `${seconds} ${credentials ?? ''} ${timeout ?? ''} ${src}` : '';
    if (key === this.key) return;
    this.key = key;
    this.stop?.();
    this.stop = undefined;
    if (!src || !key) return;
    const { startRefresh } = await import('../../data/refresh.js');
    if (key !== this.key) return;
    const host = this.host as ReactiveElement & FreshnessHost;
    this.stop = startRefresh(
      src,
      seconds,
      () => {
        host.markFresh?.();
        this.options.onChange();
      },
      {
        credentials,
        timeout,
        onError: (error) =>
          whenWorded(error, () => {
            host.markStale?.();
            this.options.onError(error);
          }),
        onUnchanged: () => host.markFresh?.(),
      },
    );
  }

  /** A bad `timeout` is the loader's to report; a refresh then keeps the default. */
  private timeoutMs(): number | undefined {
    try {
      return readTimeout('timeout', this.options.timeout ? this.options.timeout() : (this.host as FreshnessHost).timeout);
    } catch {
      return undefined;
    }
  }
}
