// The floor of `npm run size`: what lit and @lit/context cost with one trivial
// element, declared as the kit's elements are (static properties, a context consumer).
import { LitElement, html, type PropertyDeclarations } from 'lit';
import { ContextConsumer, ContextRoot, createContext } from '@lit/context';

const context = createContext<string>('size-floor');
new ContextRoot().attach(document.documentElement);

class SizeFloor extends LitElement {
  static override properties: PropertyDeclarations = { label: {} };
  label = '';
  private readonly shared = new ContextConsumer(this, { context, subscribe: true });
  override render() {
    return html`<p>${this.label} ${this.shared.value}</p>`;
  }
}
customElements.define('size-floor', SizeFloor);
