import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Inline style properties written through the CSSOM (`style.setProperty`),
 * never as a `style` attribute. A page whose Content-Security-Policy has no
 * 'unsafe-inline' in style-src refuses style attributes (lit's styleMap writes
 * one on first render, so a bar would lose its width), but not the CSSOM.
 * An element binding with CSS property names:
 * `<div ${cssProps({ 'inline-size': '40%' })}></div>`.
 */
class CssProps extends Directive {
  private names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() is an element binding: <div ${cssProps({...})}>');
  }

  render(_props: Readonly<Record<string, string>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.names = new Set(Object.keys(props));
    return noChange;
  }
}

export const cssProps = directive(CssProps);
