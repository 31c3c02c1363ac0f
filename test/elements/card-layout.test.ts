import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/kpi-dashboard/kpi-dashboard.define.js';
import '../../src/elements/kpi-card/kpi-card.define.js';
import '../../src/elements/goal-progress/goal-progress.define.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const box = (el: Element) => el.getBoundingClientRect();
const series = JSON.stringify([120, 150, 90, 180, 160].map((value, i) => ({ date: `2026-0${i + 1}`, value })));

async function drawn(root: Element): Promise<KpiCard[]> {
  const cards = [...root.querySelectorAll<KpiCard>('kpi-card')];
  await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('[part~="value"], [part~="error"]')), 'cards did not draw');
  await Promise.all(cards.map((card) => card.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return cards;
}

describe('card layout', () => {
  it('gives the cards of a dashboard row one height, however much each shows', async () => {
    // Four cards 240 px wide in one row: one with a sparkline, one with a target, one with a two-line label, one bare.
    const dashboard = await fixture(html`<kpi-dashboard locale="en" style="display:block;width:1008px;--kpi-dashboard-min-column:240px">
      <kpi-card label="MRR" value="182400" previous="171000" series=${series}></kpi-card>
      <kpi-card label="Win rate" value="0.43" previous="0.4" format="percent" target="0.5"></kpi-card>
      <kpi-card label="Average deal value of the whole sales team this month" value="64557" previous="57000"></kpi-card>
      <kpi-card label="Deals" value="48"></kpi-card>
    </kpi-dashboard>`);
    const cards = await drawn(dashboard);
    const rows = cards.map(box);
    // One row: the same top for all four.
    for (const rect of rows) expect(rect.top).to.be.closeTo(rows[0].top, 0.5);
    // The tallest card sets the row's height; every card and its frame is that tall.
    const tallest = Math.max(...rows.map((rect) => rect.height));
    for (const [i, card] of cards.entries()) {
      expect(rows[i].height, `card ${i + 1}`).to.be.closeTo(tallest, 0.5);
      expect(box(part(card, 'base')).height, `frame of card ${i + 1}`).to.be.closeTo(tallest, 0.5);
    }
    // Not all the same to begin with: the bare card alone would be lower than the sparkline card.
    expect(box(part(cards[3], 'value')).bottom + 60).to.be.below(rows[3].bottom);
  });

  it('keeps the value at the top and the change at the bottom, with a sparkline\'s room kept in every card of the row', async () => {
    const dashboard = await fixture(html`<kpi-dashboard locale="en" style="display:block;width:720px;--kpi-dashboard-min-column:220px">
      <kpi-card label="MRR" value="182400" previous="171000" series=${series}></kpi-card>
      <kpi-card label="Activities" value="301" previous="290"></kpi-card>
      <kpi-card label="Churn" value="0.007" previous="0.018" format="percent" direction="down"></kpi-card>
    </kpi-dashboard>`);
    const cards = await drawn(dashboard);
    await waitUntil(() => dashboard.hasAttribute('data-kpi-sparklines'), 'the dashboard did not see the sparkline');
    const [withLine, ...without] = cards;
    // The values share a top, and so do the deltas: the cards without a sparkline keep its room (32 px + 6 px margin) under theirs.
    for (const card of without) {
      expect(box(part(card, 'value')).top).to.be.closeTo(box(part(withLine, 'value')).top, 0.5);
      expect(box(part(card, 'delta')).top).to.be.closeTo(box(part(withLine, 'delta')).top, 0.5);
      expect(box(card.shadowRoot!.querySelector('.spark')!).height).to.be.closeTo(38, 0.5);
    }
    // The sparkline ends at the frame's padding (16 px) from the bottom.
    expect(box(part(withLine, 'base')).bottom - box(part(withLine, 'sparkline')).bottom).to.be.closeTo(16 + 1, 1);
    // Without a sparkline anywhere, no room is kept.
    withLine.removeAttribute('series');
    await drawn(dashboard);
    await waitUntil(() => !dashboard.hasAttribute('data-kpi-sparklines'), 'the dashboard kept the sparkline room');
    expect(box(without[0].shadowRoot!.querySelector('.spark')!).height).to.equal(0);
  });

  it('fills a plain CSS grid cell too, so a page\'s own grid lines cards up', async () => {
    const grid = await fixture(html`<div style="display:grid;grid-template-columns:repeat(3,200px);gap:8px">
      <kpi-card label="MRR" value="182400" previous="171000" series=${series} locale="en"></kpi-card>
      <kpi-card label="Deals" value="48" locale="en"></kpi-card>
      <goal-progress label="Q4" value="900" target="1000" start="2026-10-01" end="2026-12-31" today="2026-11-15" locale="en"></goal-progress>
    </div>`);
    const cards = await drawn(grid);
    const goal = grid.querySelector('goal-progress')!;
    await waitUntil(() => goal.shadowRoot?.querySelector('[part~="value"]'), 'the goal did not draw');
    const tallest = Math.max(...[...cards, goal].map((el) => box(el).height));
    for (const el of [...cards, goal]) expect(box(part(el, 'base')).height).to.be.closeTo(tallest, 0.5);
  });

  it('sets density with size="s", "m" or "l"', async () => {
    const row = await fixture(html`<div>
      <kpi-card size="s" value="1" locale="en"></kpi-card><kpi-card value="1" locale="en"></kpi-card><kpi-card size="L" value="1" locale="en"></kpi-card>
    </div>`);
    const [small, medium, large] = await drawn(row);
    const font = (card: KpiCard) => getComputedStyle(part(card, 'value')).fontSize;
    const padding = (card: KpiCard) => getComputedStyle(part(card, 'base')).paddingTop;
    expect([font(small), font(medium), font(large)]).to.deep.equal(['22px', '28px', '40px']);
    expect([padding(small), padding(medium), padding(large)]).to.deep.equal(['12px', '16px', '20px']);
    // A page's own token still wins over the size.
    large.style.setProperty('--kpi-value-size', '50px');
    expect(font(large)).to.equal('50px');
  });

  it('says so in the card, with a kpi-error, when size is not s, m or l', async () => {
    const errors: KpiErrorDetail[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent<KpiErrorDetail>).detail);
    document.addEventListener('kpi-error', listener);
    const card = await fixture<KpiCard>(html`<kpi-card size="xl" value="1" locale="nb-NO"></kpi-card>`);
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="error"]'), 'no error shown');
    document.removeEventListener('kpi-error', listener);
    expect(part(card, 'error').textContent!.trim()).to.equal('size «xl» er ikke en av: s, m, l.');
    expect(errors.map((e) => [e.code, e.attribute])).to.deep.include(['option', 'size']);
  });
});
