/**
 * Charts and goals on `endpoint` (issue 16, items 3 and 8): over DuckDB
 * (test/server/kpi-endpoint.mjs reads test/fixtures/crm-export.csv in place)
 * they show the same figures as the same widgets on `src` computing the same
 * export in the browser; cards, charts and goals of a page ask in ONE
 * request; and `refresh` asks again with the batch's ETag, a 304 rendering
 * nothing.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';

const bundle = '/dist/kpi-widgets.js';

const clean = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const part = (el: Element, name: string) => clean(el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent);
const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="table"] tr')].map((row) => [...row.children].map((cell) => clean(cell.textContent)));
const settled = (el: Element) => waitUntil(() => !el.shadowRoot?.querySelector('[part~="skeleton"]') && el.shadowRoot?.querySelector('[part~="base"]'),
  `${el.localName} did not settle`, { timeout: 15000 });
const counts = async (reset = false) =>
  (await (await fetch(`/api/kpi-count?page=widgets${reset ? '&reset=1' : ''}`)).json()) as { requests: number; notModified: number };
/** This file's own counts on the test server (test files run side by side). */
const API = '/api/kpi?page=widgets';

/** Widgets the export can answer: periods in 2017, comparisons that reach before the data (2016: gaps, not 0). */
const WIDGETS: Array<[tag: string, attributes: Record<string, string>]> = [
  ['kpi-card', { kpi: 'revenue', period: '2017-Q1' }],
  ['trend-chart', { kpi: 'revenue', period: '2017', granularity: 'month', compare: 'previous-year' }],
  ['trend-chart', { kpi: 'win-rate', period: '2017-01-01/2017-06-30', granularity: 'month', compare: 'previous-period' }],
  ['trend-chart', { kpi: 'opportunities-created', period: '2017-Q1', granularity: 'month', compare: 'previous-period', cumulative: '' }],
  ['trend-chart', { kpi: 'win-rate', period: '2017-Q1', granularity: 'week' }],
  ['trend-chart', { kpi: 'avg-deal-value', period: '2017', granularity: 'quarter', type: 'bar' }],
  ['goal-progress', { kpi: 'revenue', period: '2017-Q1', target: '12000' }],
  ['goal-progress', { kpi: 'win-rate', period: '2017', target: '0.8' }],
  ['goal-progress', { kpi: 'revenue', period: '2017-02', target: '1000', filter: 'owner=Moses Frase' }],
];

function page(attribute: 'src' | 'endpoint', url: string, extra: Record<string, string> = {}) {
  const dashboard = document.createElement('kpi-dashboard');
  dashboard.setAttribute(attribute, url);
  dashboard.setAttribute('currency', 'NOK');
  dashboard.setAttribute('locale', 'en-GB');
  for (const [tag, attributes] of WIDGETS) {
    const widget = document.createElement(tag);
    Object.entries({ ...attributes, ...extra }).forEach(([k, v]) => widget.setAttribute(k, v));
    dashboard.append(widget);
  }
  return dashboard;
}

type Detail = { value: number | null; projection?: number | null };

function loads(dashboard: HTMLElement) {
  const widgets = [...dashboard.children];
  return Promise.all(widgets.map((widget) => new Promise<Detail>((resolve, reject) => {
    widget.addEventListener('kpi-load', (e) => resolve((e as CustomEvent<Detail>).detail), { once: true });
    widget.addEventListener('kpi-error', (e) => reject(new Error(`${widget.localName}: ${(e as CustomEvent<{ message: string }>).detail.message}`)), { once: true });
  })));
}

/** What a reader sees of each widget: the numbers in words and in the data table, and the event's figures. */
async function shown(dashboard: HTMLElement) {
  const details = loads(dashboard);
  await fixture(dashboard);
  const events = await details;
  const widgets = [...dashboard.children];
  await Promise.all(widgets.map(settled));
  return widgets.map((widget, i) => ({
    tag: widget.localName,
    value: events[i].value,
    projection: events[i].projection ?? null,
    label: part(widget, 'label'),
    text: widget.localName === 'trend-chart'
      ? { summary: part(widget, 'summary'), table: rows(widget) }
      : widget.localName === 'goal-progress'
        ? { value: part(widget, 'value'), target: part(widget, 'target'), status: part(widget, 'status') }
        : { value: part(widget, 'value'), delta: part(widget, 'delta') },
  }));
}

before(async () => {
  await import(bundle);
});

describe('charts and goals on endpoint, computed by DuckDB through createKpiHandler', () => {
  it('show the same figures as the same widgets on src, and the page asks the server once', async function () {
    this.timeout(40000);
    const browser = await shown(page('src', '/api/fixture/crm-export.csv?key=endpoint-widgets'));
    // Each widget's endpoint code loaded once (as on any page after its first): what is measured is the batching,
    // not how long this busy test machine takes to serve three chunks.
    await shown(page('endpoint', `${API}-warm`));
    await counts(true);
    const server = await shown(page('endpoint', API));
    expect((await counts()).requests).to.equal(1);
    expect(server).to.deep.equal(browser);
    // Not empty on either side: every chart has rows, every goal and card a value.
    expect(browser.every((w) => w.value !== null)).to.equal(true);
    const revenue = browser[1].text as { table: string[][] };
    // A month of 2016 lies before the export's first record: no data ("—"), not 0, on both sides.
    expect(revenue.table.some((row) => row.includes('—'))).to.equal(true);
  });

  it('draws no projection it would have to make up: the forecast of a sum needs the records, the answer has none', async function () {
    this.timeout(40000);
    // Q1 2017 by week: its last week runs into April, so a chart on src projects that week's completion from the records.
    const chart = (attribute: 'src' | 'endpoint', url: string) => {
      const dashboard = document.createElement('kpi-dashboard');
      dashboard.setAttribute(attribute, url);
      dashboard.innerHTML = '<trend-chart kpi="opportunities-created" period="2017-Q1" granularity="week" cumulative></trend-chart>';
      return dashboard;
    };
    const [browser] = await shown(chart('src', '/api/fixture/crm-export.csv?key=endpoint-projection'));
    const [server] = await shown(chart('endpoint', API));
    expect(browser.projection).to.be.a('number');
    expect(server.projection).to.equal(null);
    // The actual line is the same, bucket by bucket; only the projection's column is empty on endpoint.
    const actual = (w: typeof browser) => (w.text as { table: string[][] }).table.map((row) => row.slice(0, 2));
    expect(actual(server)).to.deep.equal(actual(browser));
    expect(server.value).to.equal(browser.value);
  });

  it('refresh asks again in one batch with the ETag; a 304 renders nothing', async function () {
    this.timeout(40000);
    const dashboard = page('endpoint', API, { refresh: '5' });
    const first = loads(dashboard);
    await fixture(dashboard);
    await first;
    await Promise.all([...dashboard.children].map(settled));
    await counts(true);
    let later = 0;
    for (const widget of dashboard.children) widget.addEventListener('kpi-load', () => later++);
    const before = [...dashboard.children].map((w) => w.shadowRoot!.innerHTML);
    // The ticks fall on whole multiples of 5 seconds, at least 2.5 s away: two of them within 13 s.
    // A request is counted when it comes in, its 304 when it has been answered.
    const until = Date.now() + 16000;
    const done = ({ requests, notModified }: { requests: number; notModified: number }) => requests > 2 || notModified >= 2;
    while (!done(await counts()) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 250));
    const { requests, notModified } = await counts();
    expect(requests).to.equal(2);
    // The same questions make the same batch, so it carries the ETag of the first answer: nothing changed.
    expect(notModified).to.equal(2);
    expect(later).to.equal(0);
    expect([...dashboard.children].map((w) => w.shadowRoot!.innerHTML)).to.deep.equal(before);
  });

  it('refresh shows a changed answer, with one request for the refresh and none for the reload', async function () {
    this.timeout(40000);
    const dashboard = document.createElement('kpi-dashboard');
    dashboard.setAttribute('endpoint', `${API}-changed`);
    dashboard.setAttribute('locale', 'en-GB');
    dashboard.innerHTML = '<kpi-card kpi="revenue" period="2017-Q1" refresh="5"></kpi-card>'
      + '<goal-progress kpi="revenue" period="2017-Q1" target="12000" refresh="5"></goal-progress>';
    const first = loads(dashboard);
    await fixture(dashboard);
    const [card, goal] = await first;
    const widgets = [...dashboard.children];
    await Promise.all(widgets.map(settled));
    // The warehouse has taken in 1 000 more by the next refresh: the answers to the same questions change.
    const posts: string[] = [];
    const fetchBefore = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).includes('/api/kpi?')) return fetchBefore(input, init);
      posts.push(String(init?.body));
      const batch = (await (await fetchBefore(input, { ...init, headers: {} })).json()) as Array<{ value: number }>;
      return new Response(JSON.stringify(batch.map((a) => ({ ...a, value: a.value + 1000 }))), { headers: { 'Content-Type': 'application/json' } });
    };
    try {
      const next = widgets.map((w) => new Promise<Detail>((resolve) => w.addEventListener('kpi-load', (e) => resolve((e as CustomEvent<Detail>).detail), { once: true })));
      const [card2, goal2] = await Promise.all(next);
      expect(card2.value).to.equal(card.value! + 1000);
      expect(goal2.value).to.equal(goal.value! + 1000);
      await Promise.all(widgets.map(settled));
      expect(part(widgets[0], 'value')).to.contain(new Intl.NumberFormat('en-GB').format(card2.value!));
      // One batch for both widgets' refresh; their reloads took the answers it brought.
      expect(posts.length).to.equal(1);
    } finally {
      window.fetch = fetchBefore;
    }
  });
});
