/**
 * "No data" always says why (issue 12): a period that ends before the export's
 * first date, or that has not begun, is named as such by every widget that
 * reads records, not left as a bare "No data for this period."
 * test/fixtures/kpi-card-deals.csv: its earliest date is 1 September 2025.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/kpi-card/kpi-card.define.js';
import '../../src/elements/trend-chart/trend-chart.define.js';
import '../../src/elements/kpi-funnel/kpi-funnel.define.js';
import '../../src/elements/goal-progress/goal-progress.define.js';

const empty = async (el: Element) => {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="empty"], [part~="error"]'), `${el.localName} did not say`, { timeout: 8000 });
  return el.shadowRoot!.querySelector('[part~="empty"], [part~="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
};

const widgets = (period: string, key: string) => {
  const src = `/api/fixture/kpi-card-deals.csv?key=${key}`;
  return [
    html`<kpi-card src=${src} kpi="win-rate" period=${period} today="2026-11-23" locale="en"></kpi-card>`,
    // A sum (revenue) would read 0 in both cases: it must say why instead.
    html`<kpi-card src=${src} kpi="revenue" period=${period} today="2026-11-23" locale="en"></kpi-card>`,
    html`<trend-chart src=${src} kpi="revenue" granularity="month" compare="none" period=${period} today="2026-11-23" locale="en"></trend-chart>`,
    html`<kpi-funnel src=${src} stage-order="Proposal,Won" period=${period} today="2026-11-23" locale="en"></kpi-funnel>`,
  ];
};

describe('why a widget on records has no value', () => {
  it('a period before the data names the first date, in every widget', async () => {
    for (const template of widgets('2024-Q1', 'why-before')) {
      const el = await fixture(template);
      expect(await empty(el), el.localName).to.equal('The data starts on September 1, 2025; this period ends before it.');
    }
  });

  it('a goal over a period before the data is no value, not 0 of its target', async () => {
    const el = await fixture(html`<goal-progress src="/api/fixture/kpi-card-deals.csv?key=why-goal" kpi="revenue" target="100000"
      period="2024-Q1" today="2026-11-23" locale="en"></goal-progress>`);
    expect(await empty(el)).to.equal('The data starts on September 1, 2025; this period ends before it.');
  });

  it('a goal over a period not begun is "Not started" at 0, its own state', async () => {
    const el = await fixture(html`<goal-progress src="/api/fixture/kpi-card-deals.csv?key=why-goal-future" kpi="revenue" target="100000"
      period="2027-Q1" today="2026-11-23" locale="en"></goal-progress>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="status"]'), 'no status', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('○ Not started · starts Jan 1, 2027');
    expect(el.shadowRoot!.querySelector('[part~="value"]')!.textContent!.trim()).to.equal('0');
  });

  it('a period after today says it has not begun, in every widget', async () => {
    for (const template of widgets('2027-Q1', 'why-future')) {
      const el = await fixture(template);
      expect(await empty(el), el.localName).to.equal('This period has not begun yet.');
    }
  });

  it('in Norwegian too', async () => {
    const el = await fixture(html`<kpi-card src="/api/fixture/kpi-card-deals.csv?key=why-nb" kpi="revenue" period="2024-Q1"
      today="2026-11-23" locale="nb-NO"></kpi-card>`);
    expect(await empty(el)).to.equal('Dataene starter 1. september 2025; denne perioden slutter før det.');
  });
});
