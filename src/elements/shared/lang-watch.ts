/**
 * One page-wide watch on `lang` attributes, so a connected widget follows a
 * page whose language changes after it rendered (a language switch setting
 * `<html lang>` or an ancestor's `lang`).
 *
 * One MutationObserver for the page, started when the first element connects
 * and disconnected when the last one leaves; it tells every connected element,
 * and each re-renders only if its own language changed. The document's
 * subtree does not include shadow roots, so an element in a shadow root also
 * has that root (and any it is nested in) observed; such roots are observed
 * until the last element leaves (MutationObserver cannot forget one root, but
 * holds it weakly). A root an element moves into later is added when it
 * connects there.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

interface LangWatcher {
  /** The node whose shadow roots must be observed too. */
  readonly node: Node;
  /** The `lang` of the document or of some element changed. */
  langChanged(): void;
}

const watchers = new Set<LangWatcher>();
let observer: MutationObserver | undefined;
const options: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

function watchLang(watcher: LangWatcher): void {
  watchers.add(watcher);
  if (!observer) {
    observer = new MutationObserver(() => watchers.forEach((w) => w.langChanged()));
    observer.observe(document, options);
  }
  // Observing a root again only renews its options.
  for (let root = watcher.node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, options);
}

function unwatchLang(watcher: LangWatcher): void {
  watchers.delete(watcher);
  if (watchers.size || !observer) return;
  observer.disconnect();
  observer = undefined;
}

/**
 * Keeps its host in the page's language: watched while connected, it
 * re-renders the host when `language()` is no longer what the host last
 * rendered in (after a `lang` change, or on connecting somewhere else). A
 * host whose language does not come from the page (its own `locale`) is left
 * alone, because `language()` does not change for it.
 */
export class LangFollower implements ReactiveController, LangWatcher {
  private shown?: string;

  constructor(
    private readonly host: ReactiveElement,
    /** The language the host would render in now. */
    private readonly language: () => string,
  ) {
    host.addController(this);
  }

  get node(): Node {
    return this.host;
  }

  hostConnected(): void {
    watchLang(this);
    this.langChanged();
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  hostUpdate(): void {
    this.shown = this.language();
  }

  langChanged(): void {
    if (this.language() !== this.shown) this.host.requestUpdate();
  }
}

/** @internal For tests: the elements watched, and whether the observer runs. */
export const langWatch = () => ({ watchers: watchers.size, observing: Boolean(observer) });
