/**
 * Numbers and dates as editors type them ("1 234,50", "31.12.2026") are read
 * by a chunk that loads the first time a widget meets one (parsers.ts). This
 * file runs in a page of its own, so the chunk is not loaded when it starts:
 * every widget here meets such a value before the readers have arrived, as a
 * pasted Nordic snippet would, and must show its numbers, never an error.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TrendChart } from '../../src/elements/trend-chart/trend-chart.js';
import type { TrendDataset } from '../../src/elements/trend-chart/trend-chart.config.js';

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const requested = (file: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(file));

describe('values written the Nordic way, before the full readers have loaded', () => {
  it('every widget waits for the readers and shows its numbers; nothing reports an error', async () => {
    expect(requested('parsers.full'), 'loaded before the test').to.equal(false);
    const errors: unknown[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent).detail);
    document.addEventListener('kpi-error', listen);
    const series = JSON.stringify([{ date: '2026-01', value: 1200 }, { date: '2026-02', value: 1400 }, { date: '2026-03', value: 1300 }]);
    const page = await fixture(html`<div>
      <kpi-card locale="en" label="Revenue" value="1 234,50" previous="1.100,00" format="currency" currency="EUR" timeout="2,5"></kpi-card>
      <goal-progress locale="en" label="Year" value="750 000" target="1 000 000" start="01.01.2026" end="31.12.2026" today="2026-07-01"></goal-progress>
      <kpi-funnel locale="en" label="Pipeline">
        <funnel-stage label="Leads" value="1 200"></funnel-stage>
        <funnel-stage label="Won" value="90,5"></funnel-stage>
      </kpi-funnel>
      <funnel-stage locale="en" label="Alone" value="1 200" previous="1 000"></funnel-stage>
      <trend-chart locale="en" label="Trend" series=${series} budget="1 500"></trend-chart>
    </div>`);
    const [card, goal, funnel, stage, chart] = ['kpi-card', 'goal-progress', 'kpi-funnel', 'funnel-stage[label="Alone"]', 'trend-chart']
      .map((selector) => page.querySelector(selector)!);
    for (const el of [card, goal, funnel, stage]) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await waitUntil(() => (chart as TrendChart).chart, 'the chart was not drawn', { timeout: 8000 });
    document.removeEventListener('kpi-error', listen);

    expect(requested('parsers.full'), 'the readers loaded').to.equal(true);
    // 1 234,50 is shown whole (amounts from 100 up); against 1.100,00: 134.5 / 1100 = +12.2 %.
    expect(text(part(card, 'value'))).to.equal('€1,235');
    expect(text(part(card, 'delta'))).to.contain('+12.2%');
    // 750 000 of 1 000 000 = 75 %.
    expect(text(part(goal, 'value'))).to.equal('750,000');
    expect(text(part(goal, 'status'))).to.contain('75% of target');
    // 90,5 of 1 200 = 7.54 % → 7.5 %.
    expect([...funnel.shadowRoot!.querySelectorAll('[part~="conversion"]')].map(text)).to.deep.equal(['7.5% from Leads']);
    // A stage alone: 1 200 against 1 000 = +20 %.
    expect(text(part(stage, 'value'))).to.equal('1,200');
    expect(text(stage.shadowRoot!)).to.contain('+20');
    const budget = ((chart as TrendChart).chart!.data.datasets as TrendDataset[]).find((d) => d.role === 'budget');
    expect(budget?.data).to.deep.equal([1500, 1500, 1500]);

    for (const el of [card, goal, funnel, stage, chart]) expect(part(el, 'error'), el.localName).to.equal(null);
    expect(errors).to.deep.equal([]);
  });
});
