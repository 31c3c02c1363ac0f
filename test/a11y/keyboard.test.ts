import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { part, settled, text } from './support.js';

/**
 * Everything a mouse can do, a keyboard can: the funnel's stages are one tab
 * stop with the arrow keys moving between them and Enter / Space choosing one;
 * the chart's table toggle opens and closes the table, which can then be
 * reached and scrolled.
 */
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The element that has focus, looking into shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

async function press(key: string) {
  await sendKeys({ press: key });
}

const stages = JSON.stringify([
  { label: 'Leads', value: 1200 }, { label: 'Qualified', value: 600 }, { label: 'Proposal', value: 150 }, { label: 'Won', value: 90 },
]);

describe('keyboard', () => {
  describe('<kpi-funnel> stages', () => {
    let funnel: Widget;
    let wrap: HTMLElement;
    const stage = (i: number) => funnel.shadowRoot!.querySelector(`[part~="stage"][data-index="${i}"]`);

    beforeEach(async () => {
      wrap = await fixture(html`<div>
        <button id="before">before</button>
        <kpi-funnel label="Pipeline" locale="en" stages=${stages}></kpi-funnel>
        <button id="after">after</button></div>`);
      funnel = wrap.querySelector('kpi-funnel')!;
      await settled(funnel);
      wrap.querySelector<HTMLElement>('#before')!.focus();
    });

    it('are one tab stop: Tab enters at the first stage and leaves after it', async () => {
      await press('Tab');
      expect(focused()).to.equal(stage(0));
      expect([...funnel.shadowRoot!.querySelectorAll('[part~="stage"]')].map((b) => (b as HTMLElement).tabIndex)).to.deep.equal([0, -1, -1, -1]);
      await press('Tab');
      expect(focused()).to.equal(wrap.querySelector('#after'));
    });

    it('the arrow keys, Home and End move between stages and stop at the ends', async () => {
      await press('Tab');
      const steps: Array<[string, number]> = [
        ['ArrowDown', 1], ['ArrowRight', 2], ['ArrowDown', 3], ['ArrowDown', 3], ['ArrowUp', 2], ['ArrowLeft', 1],
        ['Home', 0], ['ArrowUp', 0], ['End', 3],
      ];
      for (const [key, index] of steps) {
        await press(key);
        await funnel.updateComplete;
        expect(focused(), `${key} → stage ${index}`).to.equal(stage(index));
        expect((stage(index) as HTMLElement).tabIndex, 'the focused stage is the tab stop').to.equal(0);
      }
    });

    it('Shift+Tab back into the list returns to the stage last focused', async () => {
      await press('Tab');
      await press('ArrowDown');
      await press('ArrowDown');
      await funnel.updateComplete;
      await press('Tab');
      expect(focused()).to.equal(wrap.querySelector('#after'));
      await press('Shift+Tab');
      expect(focused()).to.equal(stage(2));
    });

    it('Enter and Space choose the focused stage (kpi-stage-select)', async () => {
      await press('Tab');
      await press('ArrowDown');
      await funnel.updateComplete;
      let event = oneEvent(funnel, 'kpi-stage-select');
      await press('Enter');
      expect((await event).detail).to.deep.equal({ index: 1, label: 'Qualified', value: 600 });
      await press('ArrowDown');
      await funnel.updateComplete;
      event = oneEvent(funnel, 'kpi-stage-select');
      await press('Space');
      expect((await event).detail).to.deep.equal({ index: 2, label: 'Proposal', value: 150 });
    });
  });

  describe('<trend-chart> table toggle', () => {
    const series = JSON.stringify([{ date: '2026-01', value: 100 }, { date: '2026-02', value: 120 }, { date: '2026-03', value: 150 }]);
    let chart: Widget;
    let wrap: HTMLElement;

    beforeEach(async () => {
      wrap = await fixture(html`<div>
        <button id="before">before</button>
        <trend-chart label="Revenue" locale="en" series=${series}></trend-chart>
        <button id="after">after</button></div>`);
      chart = wrap.querySelector('trend-chart')!;
      await settled(chart);
      wrap.querySelector<HTMLElement>('#before')!.focus();
    });

    it('the chart (its tooltip moves with the arrow keys) and the toggle are its tab stops while the table is hidden', async () => {
      await press('Tab');
      expect(focused() === part(chart, 'chart'), 'the chart').to.equal(true);
      await press('Tab');
      expect(focused()).to.equal(part(chart, 'table-toggle'));
      await press('Tab');
      expect(focused()).to.equal(wrap.querySelector('#after'));
    });

    it('Enter shows the table, which can then be focused and scrolled; Space hides it again', async () => {
      await press('Tab');
      await press('Tab');
      const toggle = part(chart, 'table-toggle')!;
      await press('Enter');
      await chart.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Hide table');
      expect(chart.hasAttribute('show-table')).to.equal(true);
      expect(focused(), 'focus stays on the toggle').to.equal(toggle);
      const region = part(chart, 'table')!.parentElement!;
      expect(region.getBoundingClientRect().width).to.be.greaterThan(100);

      await press('Tab');
      expect(focused(), 'the shown table is a tab stop, for scrolling it sideways').to.equal(region);
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal('Revenue');

      await press('Shift+Tab');
      expect(focused()).to.equal(toggle);
      await press('Space');
      await chart.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(text(toggle)).to.equal('Show table');
      expect(region.getBoundingClientRect().width).to.be.at.most(1);
      await press('Tab');
      expect(focused(), 'the hidden table is no tab stop').to.equal(wrap.querySelector('#after'));
    });
  });

  describe('<trend-chart> legend', () => {
    const series = JSON.stringify([{ date: '2026-01', value: 100 }, { date: '2026-02', value: 120 }, { date: '2026-03', value: 150 }]);

    it('each entry is a tab stop before the table toggle; Enter and Space switch its line off and on', async () => {
      const wrap = await fixture(html`<div>
        <button id="before">before</button>
        <trend-chart label="Revenue" locale="en" series=${series} target="140"></trend-chart></div>`);
      const chart = wrap.querySelector<Widget & { chart: { isDatasetVisible(i: number): boolean } }>('trend-chart')!;
      await settled(chart);
      const [actual, target] = [...chart.shadowRoot!.querySelectorAll('[part~="legend-item"]')];
      wrap.querySelector<HTMLElement>('#before')!.focus();
      await press('Tab');
      expect(focused()).to.equal(actual);
      await press('Tab');
      expect(focused()).to.equal(target);
      await press('Enter');
      await chart.updateComplete;
      expect(target.getAttribute('aria-pressed')).to.equal('false');
      expect(chart.chart.isDatasetVisible(1)).to.equal(false);
      expect(focused(), 'focus stays on the entry').to.equal(target);
      await press('Space');
      await chart.updateComplete;
      expect(target.getAttribute('aria-pressed')).to.equal('true');
      expect(chart.chart.isDatasetVisible(1)).to.equal(true);
      await press('Tab');
      expect(focused() === part(chart, 'chart'), 'the chart').to.equal(true);
      await press('Tab');
      expect(focused()).to.equal(part(chart, 'table-toggle'));
    });
  });

  describe('<kpi-card> link', () => {
    it('is reached with Tab', async () => {
      const wrap = await fixture(html`<div><button id="before">before</button>
        <kpi-card label="MRR" value="10" href="#details" locale="en"></kpi-card></div>`);
      const card = wrap.querySelector('kpi-card')!;
      await settled(card);
      wrap.querySelector<HTMLElement>('#before')!.focus();
      await press('Tab');
      expect(focused()).to.equal(part(card, 'link'));
    });
  });
});
