/**
 * Widgets on `endpoint`: a dashboard whose cards a server computes over DuckDB
 * (test/server/kpi-endpoint.mjs reads test/fixtures/crm-export.csv in place)
 * shows the same figures as a dashboard on `src` computing the same export in
 * the browser, and the whole page asks the server once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const bundle = '/dist/kpi-widgets.js';

const part = (el: Element, name: string) =>
  (el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const settled = (el: Element) => waitUntil(() => !el.shadowRoot?.querySelector('[part~="skeleton"]') && el.shadowRoot?.querySelector('[part~="base"]'),
  `${el.localName} did not settle`, { timeout: 15000 });
const requests = async (reset = false) => ((await (await fetch(`/api/kpi-count${reset ? '?reset=1' : ''}`)).json()) as { requests: number }).requests;

/** Nine KPIs the export can answer, over periods of three kinds and both comparisons. */
const CARDS: Array<[kpi: string, period: string, compare: string]> = [
  ['revenue', '2017-Q1', 'previous-period'],
  ['revenue', '2017', 'previous-year'],
  ['win-rate', '2017-Q1', 'previous-year'],
  ['win-loss-ratio', '2017', 'previous-period'],
  ['avg-deal-value', '2017-02', 'previous-period'],
  ['avg-sales-cycle', '2017-Q1', 'previous-period'],
  ['hit-rate', '2017', 'previous-period'],
  ['opportunities-created', '2017-Q1', 'previous-period'],
  ['sales-growth', '2017-Q2', 'previous-period'],
];

function page(attribute: 'src' | 'endpoint', url: string) {
  const dashboard = document.createElement('kpi-dashboard');
  dashboard.setAttribute(attribute, url);
  dashboard.setAttribute('currency', 'NOK');
  for (const [kpi, period, compare] of CARDS) {
    const card = document.createElement('kpi-card');
    Object.entries({ kpi, period, compare }).forEach(([k, v]) => card.setAttribute(k, v));
    dashboard.append(card);
  }
  return dashboard;
}

async function shown(dashboard: HTMLElement) {
  const cards = [...dashboard.querySelectorAll('kpi-card')];
  const loads = cards.map((card) => new Promise<number | null>((resolve) =>
    card.addEventListener('kpi-load', (e) => resolve((e as CustomEvent<{ value: number | null }>).detail.value), { once: true })));
  const values = await Promise.all(loads);
  await Promise.all(cards.map(settled));
  return cards.map((card, i) => ({ value: values[i], label: part(card, 'label'), shown: part(card, 'value'), delta: part(card, 'delta') }));
}

before(async () => {
  await import(bundle);
});

describe('widgets on endpoint, computed by DuckDB through createKpiHandler', () => {
  it('show the same figures as the same widgets on src, with one request for the page', async () => {
    const srcPage = page('src', '/api/fixture/crm-export.csv?key=endpoint-compare');
    const srcFigures = shown(srcPage);
    await fixture(srcPage);
    const browser = await srcFigures;

    await requests(true);
    const endpointPage = page('endpoint', '/api/kpi');
    const endpointFigures = shown(endpointPage);
    await fixture(endpointPage);
    const server = await endpointFigures;

    expect(await requests()).to.equal(1);
    expect(server).to.deep.equal(browser);
    // Worked by hand from the export: Q1 2017 has 7 won deals worth 1000+2000+500+1500+800+1200+2200 = 9 200.
    expect(browser.length).to.equal(CARDS.length);
    expect(browser.every((card) => card.shown !== '')).to.equal(true);
  });

  it('says in words, in the widget and with kpi-error, what the server refused; the others in the batch still load', async () => {
    await requests(true);
    const dashboard = await fixture(html`<kpi-dashboard endpoint="/api/kpi">
      <kpi-card kpi="revenue" period="2017" filter="colour=red"></kpi-card>
      <kpi-card kpi="revenue" period="2017"></kpi-card>
    </kpi-dashboard>`);
    const [bad, good] = [...dashboard.querySelectorAll('kpi-card')];
    await Promise.all([settled(bad), settled(good)]);
    expect(part(bad, 'error')).to.contain('could not answer');
    expect(part(bad, 'error')).to.contain('"colour" cannot be used in a filter');
    expect(part(good, 'value')).to.not.equal('');
    expect(await requests()).to.equal(1);
  });

  it('answers a repeated batch whose ETag matches with 304', async () => {
    const body = JSON.stringify([{ id: 'a', kpi: 'revenue', period: '2017' }]);
    const first = await fetch('/api/kpi', { method: 'POST', body });
    const etag = first.headers.get('ETag')!;
    expect(first.status).to.equal(200);
    const again = await fetch('/api/kpi', { method: 'POST', body, headers: { 'If-None-Match': etag } });
    expect(again.status).to.equal(304);
  });

  it('keeps a question inside the scope the server sets: a filter cannot widen it', async () => {
    const ask = async (q: object, scope?: string) => (await (await fetch('/api/kpi', {
      method: 'POST', body: JSON.stringify(q), headers: scope ? { 'x-kpi-scope': scope } : {},
    })).json()).value;
    const all = await ask({ kpi: 'revenue', period: '2017', compare: 'none' });
    const moses = await ask({ kpi: 'revenue', period: '2017', compare: 'none' }, 'owner=Moses Frase');
    const widened = await ask({ kpi: 'revenue', period: '2017', compare: 'none', filter: 'owner!=Moses Frase' }, 'owner=Moses Frase');
    expect(moses).to.be.lessThan(all);
    // Scope and filter together keep no deal at all: no records is "—" (null), as in the browser.
    expect(widened).to.equal(null);
  });
});
