/**
 * What the stories' play functions check, read the way a person reads the
 * widget: the text of its documented ::parts, whitespace collapsed (so the
 * no-break spaces of "182 400 kr" compare as plain spaces).
 */
import { expect, waitFor, within } from 'storybook/test';

/** Data from `src` arrives asynchronously; the first fetch also loads the data layer. */
const TIMEOUT = { timeout: 8000 };

export const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The first element matching `selector` in the story. */
export function widget<T extends HTMLElement = HTMLElement>(canvas: HTMLElement, selector: string): T {
  const element = canvas.querySelector<T>(selector);
  if (!element) throw new Error(`The story has no ${selector}`);
  return element;
}

/** Testing Library queries (getByRole…) inside the widget's shadow root. */
export function inShadow(element: Element) {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return within(element.shadowRoot as unknown as HTMLElement);
}

export function part(element: Element, name: string): Element | null {
  return element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
}

export function parts(element: Element, name: string): Element[] {
  return [...(element.shadowRoot?.querySelectorAll(`[part~="${name}"]`) ?? [])];
}

export function partText(element: Element, name: string): string {
  return clean(part(element, name)?.textContent);
}

/** Waits until every named part shows exactly its text; `null`: the part is absent. */
export async function expectParts(element: Element, expected: Record<string, string | null>): Promise<void> {
  await waitFor(() => {
    for (const [name, text] of Object.entries(expected)) {
      if (text === null) expect(part(element, name), `part ${name}`).toBeNull();
      else expect(partText(element, name), `part ${name}`).toBe(text);
    }
  }, TIMEOUT);
}

/** The loading skeleton: a status named "Loading…", in a frame marked busy. */
export async function expectLoading(element: Element, words = 'Loading…'): Promise<void> {
  await waitFor(() => {
    const status = inShadow(element).getByRole('status', { name: words });
    expect(status.getAttribute('part')).toBe('skeleton');
  }, TIMEOUT);
  // Still loading a moment later: the source really never answers.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(part(element, 'skeleton')).not.toBeNull();
  expect(part(element, 'base')!.getAttribute('aria-busy')).toBe('true');
}

/** The readable error message, as an alert; never a blank box. */
export async function expectError(element: Element, message: string | RegExp): Promise<void> {
  await waitFor(() => {
    const alert = inShadow(element).getByRole('alert');
    expect(alert.getAttribute('part')).toBe('error');
    if (typeof message === 'string') expect(clean(alert.textContent)).toBe(message);
    else expect(clean(alert.textContent)).toMatch(message);
  }, TIMEOUT);
}

/** The empty state's words. */
export async function expectEmpty(element: Element, words = 'No data for this period.'): Promise<void> {
  await expectParts(element, { empty: words, error: null, skeleton: null });
}

/** The text a screen reader hears for a card: its one visually hidden sentence. */
export function sentence(element: Element): string {
  return clean(element.shadowRoot?.querySelector('.visually-hidden')?.textContent);
}

/** The widget's effective theme, as its styles see it. */
export function themeOf(element: HTMLElement): string | undefined {
  return element.dataset.kpiTheme;
}
