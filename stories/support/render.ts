/**
 * One render function for every story: the element, with every arg the
 * controls panel can set passed on to it, so no control does nothing.
 *
 * Which way an arg reaches the element follows its row in the args table
 * (the categories Storybook gives the custom-elements.json entries):
 *
 * - `attributes`: a string or number is set as the attribute, `true`/`false`
 *   toggles a boolean attribute, an object or array (a `data`, `series` or
 *   `stages` given as JSON rather than text) is set as the property
 *   (`stage-order` → `stageOrder`); no value removes the attribute.
 * - `properties`: set as the property.
 * - `css custom properties`: set on the element's style (`--kpi-accent: …`).
 * - anything else (events, ::parts, a story's own args such as a funnel's
 *   `children`) is left to the story's `content` to use, or ignored.
 *
 * When an arg is cleared in the controls panel, what was set for it is undone.
 */
import { nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

type Args = Record<string, unknown>;
/** What the helpers read of a story's args table. */
type ArgTypes = Record<string, { table?: { category?: unknown } } | undefined>;
/** What the helpers read of a story's context (a StoryContext has more). */
export interface RenderContext {
  argTypes: ArgTypes;
  globals: Record<string, unknown>;
}

/** How an arg was last applied, so that clearing it undoes the same thing. */
type Applied = 'attribute' | 'property' | 'style';

const camelCase = (name: string): string => name.replace(/-([a-z])/g, (_match, chr: string) => chr.toUpperCase());

/** The category of an arg's row in the args table; args the table does not list are the story's own. */
function categoryOf(name: string, argTypes: ArgTypes): string | undefined {
  const category = argTypes[name]?.table?.category;
  return typeof category === 'string' ? category : undefined;
}

class SpreadArgs extends Directive {
  private applied = new Map<string, Applied>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('spreadArgs() belongs on an element: <tag ${spreadArgs(…)}>');
  }

  render(_args: Args, _argTypes: ArgTypes): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [args, argTypes]: [Args, ArgTypes]): typeof nothing {
    const element = part.element as HTMLElement & Record<string, unknown>;
    const seen = new Set<string>();
    for (const [name, value] of Object.entries(args)) {
      const category = categoryOf(name, argTypes);
      if (category !== 'attributes' && category !== 'properties' && category !== 'css custom properties') continue;
      seen.add(name);
      if (value === undefined || value === null) {
        this.undo(element, name);
        continue;
      }
      if (category === 'css custom properties') {
        element.style.setProperty(name, String(value));
        this.applied.set(name, 'style');
      } else if (category === 'properties') {
        element[camelCase(name)] = value;
        this.applied.set(name, 'property');
      } else if (typeof value === 'object') {
        // JSON given as data rather than text: the attribute cannot carry it, the property can.
        if (this.applied.get(name) === 'attribute') element.removeAttribute(name);
        element[camelCase(name)] = value;
        this.applied.set(name, 'property');
      } else {
        if (this.applied.get(name) === 'property') element[camelCase(name)] = undefined;
        if (typeof value === 'boolean') element.toggleAttribute(name, value);
        else element.setAttribute(name, String(value));
        this.applied.set(name, 'attribute');
      }
    }
    // An arg that is gone altogether (reset in the controls panel) is undone too.
    for (const name of [...this.applied.keys()]) if (!seen.has(name)) this.undo(element, name);
    return nothing;
  }

  private undo(element: HTMLElement & Record<string, unknown>, name: string): void {
    const applied = this.applied.get(name);
    if (applied === 'attribute') element.removeAttribute(name);
    else if (applied === 'style') element.style.removeProperty(name);
    else if (applied === 'property') element[camelCase(name)] = undefined;
    this.applied.delete(name);
  }
}

/** `<tag ${spreadArgs(args, argTypes)}>`: every arg the args table lists, onto the element. */
export const spreadArgs = directive(SpreadArgs);

/**
 * A story's render function: `<tag>` with every arg spread onto it (see
 * above), and `content(args)` inside it (a funnel's `<funnel-stage>`
 * children, a dashboard's widgets).
 */
export function renderElement<A extends object = Args>(
  tag: string,
  content?: (args: A, context: RenderContext) => unknown,
) {
  const name = unsafeStatic(tag);
  // Without content, no child part: the element gets no marker comment among its children.
  return (args: A, context: RenderContext): TemplateResult =>
    content
      ? staticHtml`<${name} ${spreadArgs(args as Args, context.argTypes)}>${content(args, context)}</${name}>`
      : staticHtml`<${name} ${spreadArgs(args as Args, context.argTypes)}></${name}>`;
}
