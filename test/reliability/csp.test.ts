/**
 * Strict CSP: /api/csp/page is served with
 *   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
 * and loads the one-file bundle (dist/kpi-widgets.js, built by `npm test`).
 * Every element renders, including trend-chart with chart.js, from attributes,
 * inline JSON, fetched JSON and fetched CSV, with no securitypolicyviolation
 * event and no page error.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface CspWindow extends Window {
  trustedTypes?: unknown;
  __violations: Array<{ directive: string; blocked: string; sample: string; source: string; line: number }>;
  __errors: string[];
}

const WIDGETS = 'kpi-card, goal-progress, kpi-funnel, trend-chart, funnel-stage';

function state(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return 'not upgraded';
  if (root.querySelector('[part~="error"]')) return `error: ${root.querySelector('[part~="error"]')!.textContent}`;
  if (root.querySelector('[part~="skeleton"]')) return 'loading';
  if (root.querySelector('[part~="empty"]')) return 'empty';
  if (root.querySelector('[part~="value"], [part~="list"], [part~="chart"]')) return 'value';
  return 'nothing';
}

describe('under a strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement;
  let win: CspWindow;

  before(async () => {
    const response = await fetch('/api/csp/page');
    expect(response.headers.get('Content-Security-Policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
    frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '2400px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/api/csp/page';
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as CspWindow;
    const doc = frame.contentDocument!;
    // Inside a dashboard the widgets are slotted children: they count too.
    await waitUntil(() => {
      const widgets = [...doc.querySelectorAll(WIDGETS)].filter((el) => el.parentElement?.localName !== 'kpi-funnel');
      return widgets.length > 0 && widgets.every((el) => !['not upgraded', 'loading'].includes(state(el)));
    }, 'the widgets did not settle', { timeout: 20000 });
    // chart.js draws after the first render.
    await waitUntil(() => [...doc.querySelectorAll('trend-chart')].every((el) => (el as unknown as { chart: unknown }).chart),
      'no chart', { timeout: 10000 });
  });

  after(() => frame.remove());

  it('every element renders a value', () => {
    const doc = frame.contentDocument!;
    const widgets = [...doc.querySelectorAll(WIDGETS)].filter((el) => el.parentElement?.localName !== 'kpi-funnel');
    expect(widgets.length).to.be.greaterThan(10);
    for (const el of widgets) expect(state(el), `${el.localName}#${el.id}`).to.equal('value');
    const card = doc.querySelector('#card')!.shadowRoot!;
    expect(card.querySelector('[part~="sparkline"]')).to.not.equal(null);
    expect(card.querySelector('a[part~="link"]')!.getAttribute('href')).to.equal('/crm/deals');
    const dashboard = doc.querySelector('kpi-dashboard')!;
    expect(dashboard.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Team');
  });

  it('bars and gauges keep their inline sizes (set through the CSSOM, which style-src allows)', () => {
    const doc = frame.contentDocument!;
    const bars = [...doc.querySelector('#funnel')!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="bar"]')];
    expect(bars.map((bar) => bar.style.width)).to.deep.equal(['100%', '35%', '4%']);
    expect(bars[0].getBoundingClientRect().width).to.be.greaterThan(bars[1].getBoundingClientRect().width);
    const fill = doc.querySelector('#goal')!.shadowRoot!.querySelector<HTMLElement>('[part~="fill"]')!;
    expect(parseFloat(fill.style.inlineSize)).to.be.closeTo(82.667, 0.01);
    expect(fill.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('trend-chart draws on its canvas', () => {
    for (const el of frame.contentDocument!.querySelectorAll('trend-chart')) {
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      expect(canvas.width, `#${el.id}`).to.be.greaterThan(100);
      // Something was drawn: a pixel somewhere is not transparent.
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      expect(data.some((v, i) => i % 4 === 3 && v > 0), `#${el.id} is blank`).to.equal(true);
    }
  });

  it('styles come from adopted stylesheets and CSSOM, not from <style> elements or style attributes in markup', () => {
    for (const el of frame.contentDocument!.querySelectorAll(WIDGETS)) {
      if (!el.shadowRoot) continue;
      expect(el.shadowRoot.adoptedStyleSheets.length, el.localName).to.be.greaterThan(0);
      expect(el.shadowRoot.querySelector('style'), el.localName).to.equal(null);
    }
    expect(frame.contentDocument!.head.querySelector('style'), 'a <style> injected into the page head').to.equal(null);
  });

  it('0 securitypolicyviolation events and no page errors', () => {
    expect(JSON.stringify(win.__violations, null, 1)).to.equal('[]');
    expect(win.__errors).to.deep.equal([]);
  });

  it('removing and re-adding widgets (chart.js destroys and re-creates its chart) stays within the policy', async () => {
    const doc = frame.contentDocument!;
    const chart = doc.querySelector('#chart')!;
    const goal = doc.querySelector('#goal')!;
    chart.remove();
    goal.remove();
    await new Promise((r) => setTimeout(r, 50));
    doc.body.append(chart, goal);
    await waitUntil(() => (chart as unknown as { chart: unknown }).chart, 'no chart after re-adding', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(JSON.stringify(win.__violations)).to.equal('[]');
    expect(win.__errors).to.deep.equal([]);
  });

  it('the policy is in force and a violation would be seen', async () => {
    expect(win.trustedTypes, 'Trusted Types').to.not.equal(undefined);
    const div = frame.contentDocument!.createElement('div');
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }, 'a plain string into innerHTML').to.throw(/TrustedHTML/);
    // Violation events are queued as a task.
    await new Promise((r) => setTimeout(r, 50));
    expect(win.__violations.map((v) => v.directive)).to.deep.equal(['require-trusted-types-for']);
  });
});

describe('with `trusted-types lit-html`: the only Trusted Types policy the kit creates', function () {
  this.timeout(30000);

  it('every widget renders and nothing is refused', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '2400px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/api/csp/page?policies=lit-html';
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as CspWindow;
    await waitUntil(() => {
      const widgets = [...doc.querySelectorAll(WIDGETS)].filter((el) => el.parentElement?.localName !== 'kpi-funnel');
      return widgets.length > 0 && widgets.every((el) => !['not upgraded', 'loading'].includes(state(el)));
    }, 'the widgets did not settle', { timeout: 20000 });
    await waitUntil(() => [...doc.querySelectorAll('trend-chart')].every((el) => (el as unknown as { chart: unknown }).chart),
      'no chart', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 50));
    for (const el of doc.querySelectorAll(WIDGETS)) {
      if (el.parentElement?.localName !== 'kpi-funnel') expect(state(el), `${el.localName}#${el.id}`).to.equal('value');
    }
    expect(JSON.stringify(win.__violations)).to.equal('[]');
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});


/**
 * Issue 17: a CSV from 2 MB up is read in a Web Worker next to the bundle
 * (dist/kpi-widgets-csv.worker-*.js). Under the strict policy the worker is
 * same-origin, so `worker-src` (here `script-src 'self'`) allows it, and its
 * address passes Trusted Types through the kit's `kpi-widgets-worker` policy.
 * Where the page allows only `lit-html`, the policy is refused and the page
 * reads the CSV itself: the same value, later.
 */
describe('a large CSV under the strict policy', function () {
  this.timeout(40000);

  /** 30,000 rows (3 MB); revenue of 2025-01-02 is 211,572 (test/data/csv-worker.test.ts works it out). */
  async function bigCard(query: string) {
    const frame = document.createElement('iframe');
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = `/api/csp/page${query}`;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as CspWindow;
    await waitUntil(() => win.customElements.get('kpi-card'), 'no bundle', { timeout: 10000 });
    const card = doc.createElement('kpi-card');
    for (const [name, value] of Object.entries({
      src: `/api/big/deals.csv?rows=30000&key=csp-big-${Math.random()}`, kpi: 'revenue', period: '2025-01-02/2025-01-02',
      compare: 'none', locale: 'en',
    })) card.setAttribute(name, value);
    doc.body.append(card);
    await waitUntil(() => /^(value|error)/.test(state(card)), 'the big card did not settle', { timeout: 30000 });
    const workers = win.performance.getEntriesByType('resource').filter((e) => /csv\.worker/.test(e.name)).length;
    const result = { frame, win, state: state(card), value: card.shadowRoot!.querySelector('[part~="value"]')?.textContent, workers };
    frame.remove();
    return result;
  }

  it('is read in the worker, with no violation', async () => {
    const { win, state: shown, value, workers } = await bigCard('');
    expect(shown).to.equal('value');
    expect(value).to.equal('211,572');
    expect(workers).to.equal(1);
    expect(JSON.stringify(win.__violations)).to.equal('[]');
    expect(win.__errors).to.deep.equal([]);
  });

  it('where only lit-html may make Trusted Types, is read in the page instead', async () => {
    const { win, state: shown, value, workers } = await bigCard('?policies=lit-html');
    expect(shown).to.equal('value');
    expect(value).to.equal('211,572');
    expect(workers).to.equal(0);
    // The one refusal is the kit's worker policy, reported by the browser; nothing else.
    expect(win.__violations.map((v) => v.directive)).to.deep.equal(['trusted-types']);
    expect(win.__errors).to.deep.equal([]);
  });
});
