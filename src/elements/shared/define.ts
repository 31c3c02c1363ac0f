/**
 * Registers a custom element once. Loading the kit twice (say the one-file
 * bundle and the npm build on one page) must be harmless, so an existing
 * definition is left alone instead of throwing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  // The registry refuses one class under two names; a subclass carries the alias.
  const taken = customElements.getName?.(ctor);
  customElements.define(tag, taken ? class extends (ctor as { new (): HTMLElement }) {} : ctor);
}
