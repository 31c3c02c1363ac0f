/**
 * Shared by the reliability tests: what a widget shows, waiting for it to
 * settle, page-level error watching and the test server's echo route.
 */
import { waitUntil } from '@open-wc/testing';

export const WIDGETS = ['kpi-card', 'goal-progress', 'kpi-funnel', 'funnel-stage', 'trend-chart'] as const;

/** Text of a part, whitespace collapsed. */
export function part(el: Element, name: string): string {
  return (el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export function has(el: Element, name: string): boolean {
  return Boolean(el.shadowRoot?.querySelector(`[part~="${name}"]`));
}

/** The part that carries an element's content when it has data. */
const CONTENT: Record<string, string> = {
  'kpi-card': 'value',
  'goal-progress': 'value',
  'kpi-funnel': 'list',
  'funnel-stage': 'value',
  'trend-chart': 'chart',
};

export type Shown = 'value' | 'empty' | 'error' | 'loading' | 'nothing';

/** What the widget shows right now. */
export function shown(el: Element): Shown {
  if (has(el, 'error')) return part(el, 'error') ? 'error' : 'nothing';
  if (has(el, 'empty')) return part(el, 'empty') ? 'empty' : 'nothing';
  if (has(el, 'skeleton')) return 'loading';
  // Under another name (`acme-kpi-card`) the kit's own tag is the end of it.
  const content = CONTENT[Object.keys(CONTENT).find((tag) => el.localName === tag || el.localName.endsWith(`-${tag}`)) ?? ''];
  if (content && has(el, content)) {
    // A chart is a canvas: its box is the content. Everything else must have words.
    return content === 'chart' || part(el, content) ? 'value' : 'nothing';
  }
  return 'nothing';
}

/** Resolves once the widget shows something other than its loading skeleton. */
export async function settle(el: Element, timeout = 5000): Promise<Shown> {
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  if (shown(el) === 'loading') {
    try {
      await waitUntil(() => shown(el) !== 'loading', undefined, { timeout, interval: 5 });
    } catch {
      // waitUntil's own error keeps only a stack, which fast-check prints without the message.
      throw new Error(`${el.localName} still loading after ${timeout} ms: ${el.outerHTML.slice(0, 400)}`);
    }
    await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  }
  return shown(el);
}

/**
 * Uncaught errors and unhandled rejections on the page while a test runs, and
 * what the kit writes to the host page's console (an embedded widget has no
 * business there: it says what is wrong in the widget and in kpi-error).
 */
export function watchPage() {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${(e.reason as Error)?.stack ?? e.reason}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => {
    problems.push(`console.warn: ${args.map(String).join(' ')}`);
    warn.apply(console, args);
  };
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
  return {
    problems,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.warn = warn;
      console.error = error;
    },
  };
}

/** A URL on the test server that answers with `body` as `type`. */
export function echoUrl(body: string, options: { type?: string; delay?: number; key?: string } = {}): string {
  const params = new URLSearchParams({ body, type: options.type ?? 'application/json' });
  if (options.delay) params.set('delay', String(options.delay));
  if (options.key) params.set('key', options.key);
  return `/api/echo?${params}`;
}

let unique = 0;
export const uniqueKey = (name: string) => `${name}-${Date.now().toString(36)}-${unique++}`;

export async function requests(key: string): Promise<{ count: number; aborted: number; times: number[] }> {
  return (await fetch(`/api/count?key=${encodeURIComponent(key)}&times=1`)).json();
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
