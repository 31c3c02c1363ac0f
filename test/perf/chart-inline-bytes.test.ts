/**
 * Issue 17: a <trend-chart> given its series inline loads chart.js and its
 * own parts, not the schemas chunk (zod) as well: the series is checked by
 * core/series-doc.ts, and zod loads only to word a mistake. `npm run size`
 * measures the bytes (figure b); this counts the requests, unbundled.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/trend-chart/trend-chart.define.js';
import type { TrendChart } from '../../src/elements/trend-chart/trend-chart.js';

const loaded = (pattern: RegExp) => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => pattern.test(name));
const SCHEMAS = /core\/schemas\.ts|node_modules\/zod\//;

describe('<trend-chart series="…">', () => {
  it('draws without loading the schemas or zod', async () => {
    const el = await fixture<TrendChart>(html`<trend-chart locale="en"
      series='[{"date":"2026-01","value":120},{"date":"2026-02","value":140},{"date":"2026-03","value":null}]'></trend-chart>`);
    await waitUntil(() => el.chart, 'no chart', { timeout: 8000 });
    expect(el.chart!.data.datasets[0]!.data.slice(0, 3)).to.deep.equal([120, 140, null]);
    expect(loaded(/chart\.js/).length, 'chart.js did load').to.be.above(0);
    expect(loaded(SCHEMAS)).to.deep.equal([]);
  });

  it('a series with a mistake loads them, to say what is wrong', async () => {
    const el = await fixture<TrendChart>(html`<trend-chart locale="en" series='[{"date":"March","value":1}]'></trend-chart>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('[0].date: expected a date like 2026-03');
    expect(loaded(SCHEMAS).length).to.be.above(0);
  });
});
