/**
 * Every ```html block of README.md and docs/*.md, pasted as written into a blank
 * page that loads the built one-file bundle (dist/kpi-widgets.js), with the demo's
 * sample data served under /data/ as `npm start` serves it. A block fails on a
 * `kpi-error`, on "No data" (an empty state) or on a console error. A block meant
 * to show an error has `<!-- shows-error -->` on the line before its fence, and
 * must then show one. `npm test` builds dist/ before the browser tests run.
 *
 * The sample data moves with the calendar; here it is generated up to the test
 * server's DEMO_DAY and the page's clock is pinned to that day, so every run sees
 * the same figures.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Block {
  file: string;
  line: number;
  html: string;
  showsError: boolean;
}

/** The tags a block's widgets are found by; a funnel's stages are its data, not widgets. */
const WIDGETS = ['kpi-card', 'goal-progress', 'kpi-funnel', 'trend-chart', 'funnel-stage'];
const ALL_TAGS = [...WIDGETS, 'kpi-dashboard'];

function htmlBlocks(file: string, markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(`{3,})(\S*)\s*$/.exec(lines[i]);
    if (!fence) continue;
    const end = lines.findIndex((l, j) => j > i && l.trim() === fence[2]);
    if (end < 0) break;
    if (fence[3] === 'html') {
      const before = lines.slice(0, i).reverse().find((l) => l.trim() !== '') ?? '';
      blocks.push({ file, line: i + 1, html: lines.slice(i + 1, end).join('\n'), showsError: /<!--\s*shows-error\s*-->/.test(before) });
    }
    i = end;
  }
  return blocks;
}

/** Shifts the page's clock to noon of `day`, still ticking (chart.js times its animations with it). */
function pinClock(day: string) {
  const Real = Date;
  const offset = new Real(`${day}T12:00:00`).getTime() - Real.now();
  class PinnedDate extends Real {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(Real.now() + offset);
      else super(...(args as [string]));
    }
    static override now() {
      return Real.now() + offset;
    }
  }
  globalThis.Date = PinnedDate as DateConstructor;
}

const files: string[] = await (await fetch('/api/markdown')).json();
const blocks = (await Promise.all(files.map(async (f) => htmlBlocks(f, await (await fetch(`/${f}`)).text())))).flat();
const { day } = await (await fetch('/api/demo-day')).json();

/** Text of every shadow root under `root`, and whether any shows an empty state. */
function shown(root: Element) {
  const texts: string[] = [];
  let empty = false;
  for (const el of root.querySelectorAll('*')) {
    if (!el.shadowRoot) continue;
    if (el.shadowRoot.querySelector('[part~="empty"]')) empty = true;
    texts.push(el.shadowRoot.textContent ?? '');
  }
  return { text: texts.join(' ').replace(/\s+/g, ' '), empty };
}

interface Outcome {
  errors: string[];
  consoleErrors: string[];
  noData: boolean;
  tags: Set<string>;
}

async function paste(block: Block): Promise<Outcome> {
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  const settled = new Set<EventTarget>();
  const box = document.createElement('div');
  box.addEventListener('kpi-error', (e) => {
    errors.push(`<${(e.target as Element).localName}> ${(e as CustomEvent<{ message: string }>).detail.message}`);
    settled.add(e.target!);
  });
  box.addEventListener('kpi-load', (e) => settled.add(e.target!));
  const consoleError = console.error;
  console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' '));
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => consoleErrors.push(String('error' in e ? e.error ?? e.message : e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  document.body.append(box);
  try {
    // Scripts the snippet loads the kit with are the page's business; this page has the bundle.
    box.innerHTML = block.html.replace(/<script\b[^>]*\bsrc=[^>]*>\s*<\/script>/g, '');
    const widgets = [...box.querySelectorAll(WIDGETS.join(','))].filter((el) => !(el.localName === 'funnel-stage' && el.closest('kpi-funnel')));
    const dashboards = [...box.querySelectorAll('kpi-dashboard')];
    await waitUntil(
      () => widgets.every((w) => settled.has(w)) && (widgets.length > 0 || dashboards.every((d) => d.shadowRoot)),
      `${block.file}:${block.line}: not every widget loaded or failed`,
      { timeout: 15000 },
    );
    await Promise.all([...widgets, ...dashboards].map((w) => (w as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    const { empty, text } = shown(box);
    return {
      errors,
      consoleErrors,
      noData: empty || /No data/.test(text),
      tags: new Set(ALL_TAGS.filter((t) => box.querySelector(t))),
    };
  } finally {
    console.error = consoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    box.remove();
  }
}

before(async () => {
  pinClock(day);
  await import('/dist/kpi-widgets.js' as string);
});

describe(`html blocks of the README and docs/, pasted into a page with the bundle and the sample data of ${day}`, () => {
  const shownWithoutError = new Set<string>();

  it('finds html blocks in README.md', () => {
    expect(blocks.filter((b) => b.file === 'README.md').length).to.be.greaterThan(5);
  });

  for (const block of blocks) {
    const title = `${block.file}:${block.line} ${block.showsError ? 'shows its error' : 'renders'}: ${block.html.trim().split('\n')[0].slice(0, 80)}`;
    it(title, async () => {
      const outcome = await paste(block);
      expect(outcome.consoleErrors, 'console errors').to.deep.equal([]);
      if (block.showsError) {
        expect(outcome.errors, 'a block marked shows-error shows no error').to.not.be.empty;
        return;
      }
      expect(outcome.errors, 'kpi-error').to.deep.equal([]);
      expect(outcome.noData, 'a widget shows "No data"').to.equal(false);
      if (block.file === 'README.md') for (const tag of outcome.tags) shownWithoutError.add(tag);
    });
  }

  it('the README has a working example of every element', () => {
    expect([...shownWithoutError].sort()).to.deep.equal([...ALL_TAGS].sort());
  });
});
