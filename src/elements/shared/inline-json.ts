import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Inline data in a `<script type="application/json">` child. The HTML parser
 * or a framework may add or change that child after the widget has rendered,
 * so the host re-renders whenever its children change.
 */
export class InlineJsonController implements ReactiveController {
  private readonly watch = new MutationObserver(() => this.host.requestUpdate());

  constructor(private readonly host: ReactiveElement & Element) {
    host.addController(this);
  }

  /** The script child's text, if there is one. Never executed: it is read as text and parsed as JSON. */
  get text(): string | undefined {
    return this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  hostConnected(): void {
    this.watch.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.watch.disconnect();
  }
}
