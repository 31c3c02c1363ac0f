/**
 * Issue 12, in the browser: on one page, one dashboard (pace and holidays set
 * once), the goal, the cumulative daily chart, the weekly and the monthly
 * chart of the same month, and the revenue card's "on pace for", all give the
 * one projection. The arithmetic of the model is worked out by hand in
 * test/core/forecast.test.ts; here the widgets must agree with each other and
 * with that model run on the same numbers.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/kpi-dashboard/kpi-dashboard.define.js';
import '../../src/elements/goal-progress/goal-progress.define.js';
import '../../src/elements/trend-chart/trend-chart.define.js';
import '../../src/elements/kpi-card/kpi-card.define.js';

const url = `/api/fixture/trend-chart-deals.csv?key=agreement-${Math.random().toString(36).slice(2)}`;

describe('one projection on one page', () => {
  it('goal, daily cumulative, weekly and monthly charts give one kpi-load detail.projection; the card says the same', async () => {
    const projections = new Map<string, number | null>();
    const wrap = await fixture(html`<div @kpi-load=${(e: CustomEvent) => {
      const el = e.target as HTMLElement;
      if ('projection' in e.detail) projections.set(el.id, e.detail.projection);
    }}>
      <kpi-dashboard src=${url} period="this-month" locale="en" pace="working" holidays="NO,2026-03-13">
        <goal-progress id="goal" kpi="revenue" target="300000" today="2026-03-15"></goal-progress>
        <trend-chart id="day" kpi="revenue" granularity="day" cumulative today="2026-03-15"></trend-chart>
        <trend-chart id="week" kpi="revenue" granularity="week" today="2026-03-15"></trend-chart>
        <trend-chart id="month" kpi="revenue" granularity="month" today="2026-03-15"></trend-chart>
        <kpi-card id="card" kpi="revenue" sparkline compare="none" today="2026-03-15"></kpi-card>
      </kpi-dashboard></div>`);
    await waitUntil(() => ['goal', 'day', 'week', 'month'].every((id) => projections.has(id)), 'every widget loaded', { timeout: 10000 });
    const goal = projections.get('goal')!;
    expect(goal).to.be.a('number');
    // March 2026 so far 90 000 (the 5 March deal), 10 of 21 working days (22 weekdays less the 13th).
    for (const id of ['day', 'week', 'month']) expect(projections.get(id), id).to.be.closeTo(goal, 1e-6);
    const card = wrap.querySelector('kpi-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="pace"]'), 'the card’s pace', { timeout: 10000 });
    const words = card.shadowRoot!.querySelector('[part~="pace"]')!.textContent!;
    expect(words).to.equal(`so far, on pace for ${Math.round(goal).toLocaleString('en-US')}`);
  });
});
