/**
 * Double loading: the one-file bundle twice (a second copy under another URL,
 * and a third registering prefixed tags), plus the npm build (dist/index.js,
 * whose bare 'lit' imports the test server resolves as a bundler would) on the
 * same page. No error, the first copy keeps the tags, and widgets of different
 * copies work together: dashboard context, funnel stages, charts.
 * Runs against dist/ (built by `npm test`).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { part, settle, watchPage } from './helpers.js';

type Kit = { defineKpiElements(options?: { prefix?: string }): void; KpiCard: CustomElementConstructor };

let npm: Kit;
const loading = watchPage();

before(async () => {
  const url = (path: string) => path; // keeps TypeScript from resolving the dist paths
  await import(url('/dist/kpi-widgets.js'));
  await import(url('/dist/kpi-widgets.js?copy=2'));
  await import(url('/dist/kpi-widgets.js?prefix=acme'));
  npm = (await import(url('/dist/index.js'))) as Kit;
  npm.defineKpiElements({ prefix: 'npm' });
  npm.defineKpiElements({ prefix: 'npm' });
  npm.defineKpiElements();
  loading.stop();
});

describe('the kit loaded several times on one page', function () {
  this.timeout(15000);
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => (page = watchPage()));
  afterEach(() => {
    page.stop();
    expect(page.problems).to.deep.equal([]);
  });

  it('loads without an error; the first copy keeps the tags, the others add only new names', () => {
    expect(loading.problems).to.deep.equal([]);
    for (const tag of ['kpi-card', 'goal-progress', 'kpi-funnel', 'funnel-stage', 'trend-chart', 'kpi-dashboard']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
      expect(customElements.get(`acme-${tag}`), `acme-${tag}`).to.not.equal(undefined);
      expect(customElements.get(`npm-${tag}`), `npm-${tag}`).to.not.equal(undefined);
    }
    expect(customElements.get('kpi-card')).to.not.equal(npm.KpiCard);
    expect(customElements.get('npm-kpi-card')).to.equal(npm.KpiCard);
  });

  it('widgets of every copy render', async () => {
    const root = await fixture(html`<div>
      ${['', 'acme-', 'npm-'].map((p) => html`<div class="copy">
        ${document.createRange().createContextualFragment(`
          <${p}kpi-card label="Card" value="1234.5" previous="1000"></${p}kpi-card>
          <${p}goal-progress value="40" target="100" start="2026-01-01" end="2026-12-31" today="2026-06-01"></${p}goal-progress>
          <${p}kpi-funnel><${p}funnel-stage label="Leads" value="100"></${p}funnel-stage><${p}funnel-stage label="Won" value="20"></${p}funnel-stage></${p}kpi-funnel>
          <${p}trend-chart series='[{"date":"2026-01","value":1},{"date":"2026-02","value":3}]'></${p}trend-chart>
          <${p}kpi-card src="/api/fixture/kpi-card-kpis.json?key=double-${p}" select="kpis.mrr"></${p}kpi-card>`)}
      </div>`)}
    </div>`);
    const widgets = [...root.querySelectorAll('.copy > *')];
    expect(widgets.length).to.equal(15);
    for (const el of widgets) expect(await settle(el, 8000), el.localName).to.equal('value');
    for (const card of root.querySelectorAll('[label="Card"]')) expect(part(card, 'value'), card.localName).to.equal('1,235');
    for (const funnel of root.querySelectorAll('.copy > :nth-child(3)')) expect(part(funnel, 'list'), funnel.localName).to.contain('Won');
    for (const chart of root.querySelectorAll('.copy > :nth-child(4)')) {
      await waitUntil(() => (chart as unknown as { chart: unknown }).chart, `${chart.localName} has no chart`, { timeout: 8000 });
    }
  });

  it('a dashboard of one copy hands its settings to widgets of the others', async () => {
    const root = await fixture(html`<div>
      ${document.createRange().createContextualFragment(`
        <kpi-dashboard locale="nb-NO" currency="NOK">
          <kpi-card value="1234.5"></kpi-card><acme-kpi-card value="1234.5"></acme-kpi-card><npm-kpi-card value="1234.5"></npm-kpi-card>
        </kpi-dashboard>
        <npm-kpi-dashboard locale="sv-SE">
          <kpi-card value="1234.5"></kpi-card><acme-kpi-card value="1234.5"></acme-kpi-card><npm-kpi-card value="1234.5"></npm-kpi-card>
        </npm-kpi-dashboard>`)}
    </div>`);
    const cards = [...root.querySelectorAll('[value]')];
    for (const card of cards) await settle(card);
    // nb and sv both group with a (narrow) no-break space; 1234.5 shows in whole units from 100 up.
    for (const card of cards) expect(part(card, 'value'), `${card.localName} in ${card.parentElement!.localName}`).to.equal('1 235');
  });

  it('funnel stages of one copy feed a funnel of another', async () => {
    const root = await fixture(html`<div>
      ${document.createRange().createContextualFragment(`
        <kpi-funnel><npm-funnel-stage label="Leads" value="100"></npm-funnel-stage><acme-funnel-stage label="Won" value="25"></acme-funnel-stage></kpi-funnel>
        <npm-kpi-funnel><funnel-stage label="Leads" value="100"></funnel-stage><funnel-stage label="Won" value="25"></funnel-stage></npm-kpi-funnel>`)}
    </div>`);
    for (const funnel of root.querySelectorAll('kpi-funnel, npm-kpi-funnel')) {
      expect(await settle(funnel)).to.equal('value');
      expect(part(funnel, 'list'), funnel.localName).to.contain('Leads').and.contain('Won').and.contain('25');
      for (const stage of funnel.children) expect(stage.shadowRoot!.querySelector('[part]'), 'a stage inside a funnel draws nothing').to.equal(null);
    }
  });
});
