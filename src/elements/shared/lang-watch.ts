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
export interface LangWatcher extends Node {
  /** The `lang` of the document or of some element changed. */
  langChanged(): void;
}

const watchers = new Set<LangWatcher>();
let observer: MutationObserver | undefined;
const options: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

export function watchLang(el: LangWatcher): void {
  watchers.add(el);
  if (!observer) {
    observer = new MutationObserver(() => watchers.forEach((w) => w.langChanged()));
    observer.observe(document, options);
  }
  // Observing a root again only renews its options.
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, options);
}

export function unwatchLang(el: LangWatcher): void {
  watchers.delete(el);
  if (watchers.size || !observer) return;
  observer.disconnect();
  observer = undefined;
}

/** @internal For tests: the elements watched, and whether the observer runs. */
export const langWatch = () => ({ watchers: watchers.size, observing: Boolean(observer) });
