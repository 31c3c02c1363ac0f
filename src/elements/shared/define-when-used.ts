import { defineElement } from './define.js';

/**
 * Registers a tag only once a page uses it: its class is downloaded when the
 * first such element is in the document (at once if it already is, else when
 * one is added), and the elements upgrade then. For the parts of the kit most
 * pages never show, so registering every tag costs those pages nothing.
 * Elements created inside another component's shadow root are not seen;
 * such a page imports the element's own module (kpi-widgets/kpi-table).
 */
export function defineWhenUsed(tag: string, load: () => Promise<CustomElementConstructor>): void {
  if (typeof customElements === 'undefined' || typeof document === 'undefined' || customElements.get(tag)) return;
  const found = document.getElementsByTagName(tag);
  let observer: MutationObserver | undefined;
  const start = (): void => {
    observer?.disconnect();
    void load().then((ctor) => defineElement(tag, ctor));
  };
  if (found.length > 0) return start();
  observer = new MutationObserver(() => {
    if (found.length > 0) start();
  });
  observer.observe(document, { childList: true, subtree: true });
}
