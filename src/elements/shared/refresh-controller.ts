import type { ReactiveController, ReactiveElement } from 'lit';

export interface RefreshControllerOptions {
  /** The URL to re-fetch, or undefined when the widget has no fetched data. */
  src: () => string | undefined;
  /** The `refresh` attribute in seconds; anything not positive means no refresh. */
  seconds: () => unknown;
  credentials: () => RequestCredentials | undefined;
  /** A changed document arrived (a 304 never calls this). */
  onChange: () => void;
  onError: (error: unknown) => void;
}

/**
 * The `refresh` attribute for any widget: starts the data layer's refresh loop
 * for the current `src`, restarts it when `src` or the interval changes, and
 * stops it when the widget leaves the page. The data layer loads only once a
 * widget actually asks for a refresh.
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
    const src = this.options.src();
    const seconds = Number(this.options.seconds());
    const credentials = this.options.credentials();
    const key = src && seconds > 0 && this.host.isConnected ? `${seconds} ${credentials ?? ''} ${src}` : '';
    if (key === this.key) return;
    this.key = key;
    this.stop?.();
    this.stop = undefined;
    if (!src || !key) return;
    const { startRefresh } = await import('../../data/refresh.js');
    if (key !== this.key) return;
    this.stop = startRefresh(src, seconds, this.options.onChange, { credentials, onError: this.options.onError });
  }
}
