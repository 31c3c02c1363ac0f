// The floor of `npm run size`: what lit and @lit/context cost with one trivial element.
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextRoot, consume, createContext } from '@lit/context';

const context = createContext<string>('size-floor');
new ContextRoot().attach(document.documentElement);

class SizeFloor extends LitElement {
  @property() label = '';
  @consume({ context, subscribe: true }) shared?: string;
  override render() {
    return html`<p>${this.label} ${this.shared}</p>`;
  }
}
customElements.define('size-floor', SizeFloor);
