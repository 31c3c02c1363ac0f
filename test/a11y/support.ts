/**
 * Shared helpers of the accessibility and language tests: axe-core run on a
 * widget (its shadow DOM included), and waiting for a widget to settle.
 */
// axe-core is a UMD script: imported as a module it puts itself on window.axe.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { waitUntil } from '@open-wc/testing';

type Axe = {
  run(context: Element | Document, options: RunOptions): Promise<AxeResults>;
  setup(root?: Element | Document): unknown;
  teardown(): void;
  commons: { text: { accessibleText(el: Element): string } };
};
const axe = (window as unknown as { axe: Axe }).axe;

/** WCAG 2.0 / 2.1 level A and AA: what the kit promises (issue 7). */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Finding {
  id: string;
  help: string;
  nodes: string[];
}

/**
 * axe findings inside `root` (the widget's shadow root is followed), as short
 * lines: rule, help and the offending nodes with axe's own explanation, so a
 * failing test says what to fix.
 */
export async function axeFindings(root: Element, rules: string[] = WCAG_AA): Promise<Finding[]> {
  const result = await axe.run(root, { runOnly: { type: 'tag', values: rules }, resultTypes: ['violations'] });
  return result.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  }));
}

/**
 * The accessible name of `el` as axe computes it (accname 1.2), with white
 * space collapsed: what a screen reader announces for it.
 */
export function accessibleName(el: Element): string {
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(el).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

/** Formats findings for an assertion message. */
export function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.id}: ${f.help}\n    ${f.nodes.join('\n    ')}`).join('\n');
}

export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Text as rendered with template white space collapsed; Intl's no-break spaces stay. */
export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

/** A fresh cache key per use, so the shared fetch cache never answers from an earlier test. */
export const fixtureUrl = (file: string, extra = '') =>
  `/api/fixture/${file}?key=a11y-${Math.random().toString(36).slice(2)}${extra}`;

/** Waits until every widget under (and including) `root` has left its loading skeleton. */
export async function settled(root: Element, { loading = false } = {}): Promise<void> {
  const widgets = [root, ...root.querySelectorAll('*')].filter(
    (el) => el.shadowRoot && 'updateComplete' in el && el.localName !== 'kpi-dashboard',
  ) as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
  await waitUntil(
    () =>
      widgets.every((el) => {
        const shadow = el.shadowRoot!;
        if (!shadow.querySelector('[part~="base"]')) return el.localName === 'funnel-stage'; // a stage inside a funnel draws nothing
        return loading ? true : !shadow.querySelector('[part~="skeleton"]');
      }),
    'the widgets did not settle',
    { timeout: 8000 },
  );
  await Promise.all(widgets.map((el) => el.updateComplete));
}
