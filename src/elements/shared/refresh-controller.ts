import type { ReactiveController, ReactiveElement } from 'lit';
import { readTimeout } from './attributes.js';
import { whenWorded } from './problems.js';
import type { Asked } from '../../data/endpoint.js';

/** What KpiElement does about freshness: marks its data stale while refreshes fail. */
interface FreshnessHost {
  markStale?(): void;
  markFresh?(): void;
  timeout?: unknown;
}

export interface RefreshControllerOptions {
  /** The URL to re-fetch, or undefined when the widget has no fetched data. */
  src: () => string | undefined;
  /**
   * On `endpoint` (no `src`): the questions the widget asked and the answers it shows. A refresh asks them
   * again (data/endpoint-refresh.ts): a changed answer calls `onChange`, a 304 renders nothing.
   */
  asked?: () => readonly Asked[] | undefined;
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
 * A widget's tie to its `src` in the page-wide cache. While the widget is
 * connected it holds the document there (cache.ts keeps held documents and
 * forgets the rest); with `refresh` it also runs the data layer's refresh
 * loop for it, restarted when `src` or the interval changes and stopped when
 * the widget leaves the page. The data layer loads only for a widget with a `src`.
 *
 * While refreshes fail the widget keeps its last good data and is told to mark
 * it stale (`markStale`); the data layer retries with backoff (2×, 4×, at most
 * 8× the interval), and the first answer, changed or not, makes it fresh again.
 */
export class RefreshController implements ReactiveController {
  private stop?: () => void;
  private key = '';
  private release?: () => void;
  private holdKey = '';

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
    this.release?.();
    this.release = undefined;
    this.holdKey = '';
  }

  private async sync(): Promise<void> {
    // Only strings and numbers: a script may have set an object, which the loader reports; it starts no refresh.
    // On endpoint: the questions asked (a dashboard's `src` is then not the widget's); each refresh reads them
    // afresh, so the loop goes on across reloads.
    const asked = this.options.asked?.();
    const given = asked?.length ? undefined : this.options.src();
    const src = typeof given === 'string' && given && this.host.isConnected ? given : undefined;
    // The readers of refresh and credentials come with the data layer: only a widget with a src or an endpoint loads them.
    const settings = src || asked?.length ? await import('./source-link.js') : undefined;
    const seconds = (settings && this.read(settings.readRefresh, 'refresh', this.options.seconds())) ?? 0;
    const credentials = settings && this.read(settings.readCredentials, 'credentials', this.options.credentials());
    const timeout = this.timeoutMs();
    this.hold(src, credentials, settings?.holdSource);
    const key = seconds > 0 && this.host.isConnected && (src || asked?.length)
      ? `${seconds} ${credentials ?? ''} ${timeout ?? ''} ${src ?? ''}` : '';
    if (key === this.key) return;
    this.key = key;
    this.stop?.();
    this.stop = undefined;
    if (!key) return;
    const host = this.host as ReactiveElement & FreshnessHost;
    const onChange = () => {
      host.markFresh?.();
      this.options.onChange();
    };
    const onUnchanged = () => host.markFresh?.();
    const onError = (error: unknown) =>
      whenWorded(error, () => {
        host.markStale?.();
        this.options.onError(error);
      });
    // On endpoint the widget's questions are asked again (refresh-answers.ts); else the document at src.
    const stop = src
      ? (await import('../../data/refresh.js')).startRefresh(src, seconds, onChange, { credentials, timeout, onError, onUnchanged })
      : (await import('./refresh-answers.js')).refreshAnswers(seconds, () => this.options.asked?.(), { onChange, onUnchanged, onError });
    if (key === this.key) this.stop = stop;
    else stop();
  }

  /** Holds the document at `src` in the page-wide cache while the widget is connected (see cache.ts). */
  private hold(src: string | undefined, credentials: RequestCredentials | undefined, holdSource?: typeof import('./source-link.js').holdSource): void {
    const key = src && holdSource && this.host.isConnected ? `${credentials ?? ''} ${src}` : '';
    if (key === this.holdKey) return;
    this.holdKey = key;
    this.release?.();
    this.release = holdSource && src && key ? holdSource(src, credentials) : undefined;
  }

  private timeoutMs(): number | undefined {
    return this.read(readTimeout, 'timeout', this.options.timeout ? this.options.timeout() : (this.host as FreshnessHost).timeout);
  }

  /**
   * A setting as its reader reads it; undefined when it cannot be read: the
   * widget shows that problem (KpiElement.checkSettings), and a bad `refresh`
   * starts no loop.
   */
  private read<T>(reader: (attribute: string, raw: unknown) => T | undefined, attribute: string, raw: unknown): T | undefined {
    try {
      return reader(attribute, raw);
    } catch {
      return undefined;
    }
  }
}
