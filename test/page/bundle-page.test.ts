/**
 * A page as an intranet editor builds it: the one-file bundle, many widgets, a
 * CRM export, and typos. Runs against dist/ (built by `npm test`).
 */
import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';

const bundle = '/dist/kpi-widgets.js';
const part = (el: Element, name: string) =>
  (el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const settled = (el: Element) =>
  waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[part~="skeleton"]'), `${el.localName} did not settle`, { timeout: 8000 });
const requests = async (key: string) => (await (await fetch(`/api/count?key=${key}`)).json()).count as number;

before(async () => {
  await import(bundle);
});

describe('a page with the one-file bundle', () => {
  it('20 widgets on one src make exactly one request', async () => {
    const key = `twenty-${Date.now()}`;
    const src = `/api/fixture/crm-export.csv?key=${key}`;
    const fields = 'value:close_value,closed:close_date,created:engage_date,stage:deal_stage,owner:sales_agent,id:opportunity_id';
    const page = await fixture(html`<div>
      ${Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? html`<kpi-card src=${src} fields=${fields} kpi="win-rate" period="2017-Q2"></kpi-card>`
          : html`<kpi-card src=${src} fields=${fields} kpi="revenue" period="2017-Q2" format="currency" currency="NOK"></kpi-card>`,
      )}
    </div>`);
    const cards = [...page.querySelectorAll('kpi-card')];
    await Promise.all(cards.map(settled));
    expect(cards.every((c) => part(c, 'value') !== '')).to.equal(true);
    expect(await requests(key)).to.equal(1);
  });

  it('a CRM export card shows win rate and delta in the page language', async () => {
    const wrapper = await fixture(html`<div lang="nb-NO">
      <kpi-card src="/api/fixture/crm-export.csv?key=crm-lang" kpi="win-rate"
        fields="value:close_value,closed:close_date,created:engage_date,stage:deal_stage,owner:sales_agent,id:opportunity_id"
        period="2017-Q2" compare="previous-period"></kpi-card>
    </div>`);
    const card = wrapper.querySelector('kpi-card')!;
    await settled(card);
    // 2017-Q2: 3 won of 6 closed = 50 %; 2017-Q1: 3 won of 5 closed = 60 %; 50 − 60 = −10 points.
    expect(part(card, 'label')).to.equal('Vinnrate');
    expect(part(card, 'value')).to.equal('50 %');
    expect(part(card, 'delta')).to.contain('10 p.p.');
    expect(part(card, 'delta')).to.match(/▼/);
  });

  it('each malformed attribute gives a readable message and leaves the other widgets alone', async () => {
    const page = await fixture(html`<div>
      <kpi-card id="good" label="Good" value="100" previous="80"></kpi-card>
      <kpi-card label="A" value="abc"></kpi-card>
      <kpi-card label="B" value="5" format="bogus"></kpi-card>
      <kpi-card label="C" src="/crm/deals.csv" kpi="nope"></kpi-card>
      <kpi-card label="D" src="/crm/deals.csv" kpi="win-rate" period="2026-Q9"></kpi-card>
      <kpi-card label="E" src="/crm/deals.csv" kpi="win-rate" compare="sometimes"></kpi-card>
      <kpi-card label="F" data="{not json"></kpi-card>
      <goal-progress label="G" value="10" target="ten" start="2026-01-01" end="2026-03-31"></goal-progress>
      <goal-progress label="H" value="10" target="20" start="2026-03-31" end="2026-01-01"></goal-progress>
      <kpi-funnel label="I" stages='[{"label":"Leads","value":"many"}]'></kpi-funnel>
      <trend-chart label="J" series="[1,2"></trend-chart>
      <kpi-card label="K" src="/crm/deals.csv" kpi="win-rate" filter="owner"></kpi-card>
      <kpi-card label="L" src="/crm/deals.csv" kpi="win-rate" fields="value"></kpi-card>
      <goal-progress id="good-goal" label="Goal" value="50" target="100" start="2026-01-01" end="2026-12-31" today="2026-07-01"></goal-progress>
    </div>`);
    const broken = [...page.children].filter((el) => !el.id);
    await Promise.all([...page.children].map(settled));
    for (const el of broken) {
      const message = part(el, 'error');
      expect(message, `${el.localName} ${el.getAttribute('label')}`).to.match(/\w{3,}.*\w{3,}/);
      expect(message).not.to.match(/undefined|NaN|\[object/);
    }
    expect(part(page.querySelector('#good')!, 'value')).to.equal('100');
    expect(page.querySelector('#good-goal')!.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('fires kpi-error with a typed detail for a bad attribute', async () => {
    const el = document.createElement('kpi-card');
    el.setAttribute('value', 'abc');
    el.setAttribute('label', 'Typo');
    setTimeout(() => document.body.append(el));
    const event = (await oneEvent(el, 'kpi-error')) as CustomEvent<{ code: string; attribute: string; message: string }>;
    expect(event.detail.code).to.equal('number');
    expect(event.detail.attribute).to.equal('value');
    expect(event.detail.message).to.contain('abc');
    el.remove();
  });
});
