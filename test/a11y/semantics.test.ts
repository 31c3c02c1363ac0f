import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { accessibleName, fixtureUrl, part, settled, text } from './support.js';

/**
 * What a screen reader gets from each element: the card as one sentence that
 * names the period compared with, the goal as a progressbar with value, range
 * and a value text with status and pace, the funnel as a list of stages with
 * their numbers, the chart as an image with a summary and a data table.
 */
const NBSP = '\u00a0';
const sentence = (el: Element) => text(el.shadowRoot!.querySelector('.visually-hidden'));

describe('semantics', () => {
  describe('<kpi-card> reads as one sentence', () => {
    it('label, value, change with its direction, comparison and judgement; the visible face is hidden from screen readers', async () => {
      const el = await fixture(html`<kpi-card label="Win rate" value="0.632" previous="0.611" format="percent" locale="en"></kpi-card>`);
      await settled(el);
      expect(sentence(el)).to.equal('Win rate 63.2%, up 2.1 points vs previous, good');
      expect(el.shadowRoot!.querySelector('.face')!.getAttribute('aria-hidden')).to.equal('true');
      // One sentence: nothing else in the card is read besides it (and a link, when there is one).
      const readable = [...el.shadowRoot!.querySelectorAll('[part~="base"] > *')].filter((n) => n.getAttribute('aria-hidden') !== 'true');
      expect(readable.map((n) => n.className || n.localName)).to.deep.equal(['visually-hidden']);
    });

    it('adds the target and whether it is reached, and the trend of the sparkline', async () => {
      const series = JSON.stringify([{ date: '2026-01', value: 150 }, { date: '2026-02', value: 220 }]);
      const el = await fixture(html`<kpi-card label="Deals" value="220" previous="200" target="200" series=${series} locale="en"></kpi-card>`);
      await settled(el);
      expect(sentence(el)).to.equal('Deals 220, up 10% vs previous, good. Target 200 · 110%, reached. Trend from 150 to 220');
    });

    it('a drill-down link says what it opens', async () => {
      const el = await fixture(html`<kpi-card label="MRR" value="10" href="/crm" locale="en"></kpi-card>`);
      await settled(el);
      const link = part(el, 'link')!;
      expect(link.textContent!.trim()).to.equal('Details');
      // The visible word starts the accessible name (WCAG 2.5.3 label in name).
      expect(link.getAttribute('aria-label')).to.equal('Details: MRR');
    });

    describe('the comparison names the period', () => {
      const cases: Array<[string, string, string]> = [
        ['today', 'previous-period', 'up 50% vs the day before, good'],
        ['today', 'previous-year', 'up 200% vs same period last year, good'],
        ['this-week', 'previous-period', 'down 25% vs last week, bad'],
        ['this-month', 'previous-period', 'up 80% vs last month, good'],
        ['this-month', 'previous-year', 'up 800% vs same period last year, good'],
        ['this-quarter', 'previous-period', 'up 133.3% vs last quarter, good'],
        ['this-year', 'previous-period', 'up 150% vs last year, good'],
        ['this-year', 'previous-year', 'up 150% vs last year, good'],
        ['2026-07-16/2026-11-23', 'previous-period', 'up 133.3% vs previous period, good'],
        ['rolling-30d', 'previous-period', 'vs previous period'],
      ];
      for (const [period, compare, words] of cases) {
        it(`${period}, ${compare}: "${words}"`, async () => {
          const el = await fixture(html`<kpi-card src=${fixtureUrl('a11y-deals.csv')} kpi="revenue" currency="EUR" period=${period}
            compare=${compare} today="2026-11-23" locale="en"></kpi-card>`);
          await settled(el);
          expect(sentence(el)).to.contain(words);
          expect(text(part(el, 'delta'))).to.contain(words.replace(/^.*(vs .*?)(, \w+)?$/, '$1'));
        });
      }

      const month: Record<string, string> = {
        'nb-NO': `opp 80${NBSP}% mot forrige måned, bra`,
        'sv-SE': `upp 80${NBSP}% mot förra månaden, bra`,
        'da-DK': `op 80${NBSP}% mod sidste måned, godt`,
        'nl-NL': 'omhoog 80% t.o.v. vorige maand, goed',
      };
      for (const [locale, words] of Object.entries(month)) {
        it(`in ${locale}: "${words}"`, async () => {
          const el = await fixture(html`<kpi-card src=${fixtureUrl('a11y-deals.csv')} kpi="revenue" currency="EUR" period="this-month"
            today="2026-11-23" locale=${locale}></kpi-card>`);
          await settled(el);
          expect(sentence(el)).to.contain(words);
        });
      }
    });
  });

  describe('<goal-progress> is a progressbar', () => {
    const gauge = (el: Element) => el.shadowRoot!.querySelector('[role="progressbar"]')!;

    for (const variant of ['bar', 'ring']) {
      it(`${variant}: value, range, and a value text with the status and the pace`, async () => {
        const el = await fixture(html`<goal-progress label="Q1 revenue" variant=${variant} value="675000" target="1500000"
          start="2026-01-01" end="2026-03-31" today="2026-02-15" locale="en"></goal-progress>`);
        await settled(el);
        const g = gauge(el);
        expect(g.getAttribute('aria-label')).to.equal('Q1 revenue');
        expect(g.getAttribute('aria-valuemin')).to.equal('0');
        expect(g.getAttribute('aria-valuemax')).to.equal('1500000');
        expect(g.getAttribute('aria-valuenow')).to.equal('675000');
        // Elapsed time counts today (issue 12): 1 Jan–15 Feb is 31 + 15 = 46 of the quarter's 31 + 28 + 31 = 90 days,
        // so 1,500,000 × 46 / 90 = 766,666.67 is expected by the end of today.
        expect(g.getAttribute('aria-valuetext')).to.equal('675,000 of 1,500,000, at risk, a little behind pace; expected today 766,667');
        // What is drawn inside is decoration: the numbers are in the value text.
        if (variant === 'ring') expect(g.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      });
    }

    it('over target: aria-valuenow stays in range, the value text tells the real value and that the target is reached', async () => {
      const el = await fixture(html`<goal-progress value="1700000" target="1500000" start="2026-01-01" end="2026-03-31"
        today="2026-02-15" locale="en"></goal-progress>`);
      await settled(el);
      const g = gauge(el);
      expect(g.getAttribute('aria-label')).to.equal('Goal progress');
      expect(g.getAttribute('aria-valuenow')).to.equal('1500000');
      expect(g.getAttribute('aria-valuetext')).to.equal('1,700,000 of 1,500,000, target reached');
    });

    it('a goal to reduce: the range runs from the target up to the baseline', async () => {
      const el = await fixture(html`<goal-progress value="0.045" baseline="0.05" target="0.03" format="percent" start="2026-01-01"
        end="2026-03-31" today="2026-02-15" locale="en"></goal-progress>`);
      await settled(el);
      const g = gauge(el);
      expect([g.getAttribute('aria-valuemin'), g.getAttribute('aria-valuemax'), g.getAttribute('aria-valuenow')]).to.deep.equal(['0.03', '0.05', '0.045']);
      // Read as a goal to reduce, not "4.5 % of 3 %". Expected today: 5 % − 2 pp × 46/90 days = 3.98 %, shown as 4 %.
      expect(g.getAttribute('aria-valuetext')).to.match(/^4\.5%, target 3% or lower, behind pace; expected today 4%$/);
    });

    it('the status and what is needed per working day are text next to the gauge, in the reader\'s language', async () => {
      const el = await fixture(html`<goal-progress value="600000" target="1500000" start="2026-01-01" end="2026-03-31"
        today="2026-02-15" pace="working" locale="nb-NO"></goal-progress>`);
      await settled(el);
      expect(text(part(el, 'status'))).to.match(/^▼ Bak skjema · /);
      expect(text(part(el, 'needed'))).to.match(/^Trengs: .* per arbeidsdag$/);
      expect(gauge(el).getAttribute('aria-valuetext')).to.contain('bak skjema; forventet i dag');
    });
  });

  describe('<kpi-funnel> is a list of stages with their numbers', () => {
    it('an ordered list, one item per stage, each with its name, count and conversion', async () => {
      const el = await fixture(html`<kpi-funnel label="Pipeline" locale="en"
        stages='[{"label":"Leads","value":1200},{"label":"Qualified","value":600},{"label":"Won","value":90}]'></kpi-funnel>`);
      await settled(el);
      const list = part(el, 'list')!;
      expect(list.localName).to.equal('ol');
      expect(list.getAttribute('aria-label')).to.equal('Funnel stages');
      const items = [...list.children];
      expect(items.map((li) => li.localName)).to.deep.equal(['li', 'li', 'li']);
      // Each stage is a button whose name is everything it shows.
      expect(items.map((li) => accessibleName(li.querySelector('button')!))).to.deep.equal([
        'Leads 1,200',
        'Qualified 600 50.0% from Leads 600 dropped off (50.0%)',
        'Won 90 15.0% from Qualified 510 dropped off (85.0%) Bottleneck: Qualified → Won',
      ]);
      // The warning sign is decoration; the word says it.
      expect(part(el, 'bottleneck')!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('⚠');
    });
  });

  describe('<trend-chart> is an image with a summary and a data table', () => {
    const series = JSON.stringify([{ date: '2026-01', value: 100 }, { date: '2026-02', value: 120 }, { date: '2026-03', value: 150 }]);

    it('role="img" labelled with the range, the last value and the trend', async () => {
      const el = await fixture(html`<trend-chart label="Revenue" series=${series} locale="en"></trend-chart>`);
      await settled(el);
      const img = part(el, 'chart')!;
      expect(img.getAttribute('role')).to.equal('img');
      expect(img.getAttribute('aria-label')).to.equal('Revenue, January 2026 – March 2026. Last value 150 (March 2026), trend up.');
      expect(img.querySelector('canvas')).to.exist;
    });

    it('a legend of toggle buttons, named by their lines, that say whether the line is shown', async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<trend-chart label="Revenue" series=${series} target="140" budget="[90,110,140]" locale="en"></trend-chart>`);
      await settled(el);
      const list = part(el, 'legend')!;
      expect(list.localName).to.equal('ul');
      const items = [...list.querySelectorAll('li > button')];
      expect(items.map((item) => accessibleName(item))).to.deep.equal(['Actual', 'Budget', 'Target']);
      expect(items.map((item) => item.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true']);
      // The swatch is decoration: the name is the line's.
      for (const item of items) expect(item.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      (items[1] as HTMLElement).click();
      await el.updateComplete;
      expect(items.map((item) => item.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'true']);
    });

    it('no legend for a single line', async () => {
      const el = await fixture(html`<trend-chart label="Revenue" series=${series} locale="en"></trend-chart>`);
      await settled(el);
      expect(part(el, 'legend')).to.equal(null);
    });

    it('a data table that is visually hidden, and shown with show-table', async () => {
      const el = await fixture<HTMLElement & { showTable: boolean; updateComplete: Promise<unknown> }>(
        html`<trend-chart label="Revenue" series=${series} target="140" locale="en"></trend-chart>`);
      await settled(el);
      const table = part(el, 'table')!;
      const rows = [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => `${c.localName}:${text(c)}`));
      expect(rows).to.deep.equal([
        ['th:Period', 'th:Actual', 'th:Target'],
        ['th:January 2026', 'td:100', 'td:140'],
        ['th:February 2026', 'td:120', 'td:140'],
        ['th:March 2026', 'td:150', 'td:140'],
      ]);
      expect(table.querySelector('caption')!.textContent).to.equal('Revenue');
      const region = table.parentElement!;
      expect(region.getBoundingClientRect().width, 'hidden: 1px').to.be.at.most(1);
      expect(part(el, 'table-toggle')!.getAttribute('aria-expanded')).to.equal('false');

      el.showTable = true;
      await el.updateComplete;
      expect(region.getBoundingClientRect().width, 'shown').to.be.greaterThan(100);
      expect(el.hasAttribute('show-table')).to.equal(true);
      expect(part(el, 'table-toggle')!.getAttribute('aria-expanded')).to.equal('true');
      expect(text(part(el, 'table-toggle'))).to.equal('Hide table');
    });
  });
});
