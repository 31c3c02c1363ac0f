import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import { TrendChart } from '../../src/elements/trend-chart/trend-chart.define.js';
import '../../src/elements/kpi-dashboard/kpi-dashboard.define.js';
import type { Role, TrendDataset } from '../../src/elements/trend-chart/trend-chart.config.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';

/** Text as rendered, template white space collapsed; Intl's no-break spaces stay. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const partText = (el: Element, name: string) => text(part(el, name));
const NBSP = '\u00a0';

/** A fresh cache key per test, so the shared fetch cache never answers from an earlier test. */
const url = (file: string) => `/api/fixture/${file}?key=trend-chart-${Math.random().toString(36).slice(2)}`;

/** The chart.js module the element loaded; its Chart.instances holds every live chart. */
let ChartClass: typeof Chart;
const liveInstances = () => Object.keys(ChartClass.instances).length;
const chartJsLoaded = () => performance.getEntriesByType('resource').some((e) => /\/chart\.js\/dist\//.test(e.name));
/** Whether chart.js had loaded before the first chart connected, as the `before` hook found it. */
let chartJsBeforeFirstChart: boolean;

/** Waits until the chart is drawn, or the widget shows an error or the empty state. */
async function settled(el: TrendChart): Promise<TrendChart> {
  await waitUntil(() => el.chart || part(el, 'error') || part(el, 'empty'), 'the chart did not settle', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const dataset = (el: TrendChart, role: Role) =>
  (el.chart!.data.datasets as TrendDataset[]).find((d) => d.role === role);
const values = (el: TrendChart, role: Role) => dataset(el, role)?.data;
const roles = (el: TrendChart) => (el.chart!.data.datasets as TrendDataset[]).map((d) => d.role);
const legendItems = (el: TrendChart) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="legend-item"]')];
const tableRows = (el: TrendChart) =>
  [...part(el, 'table')!.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => text(cell)));

/** A CSS colour as getComputedStyle gives it (rgb(…)). */
function colour(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

/** Events of one type anywhere on the page, also those fired during the first render. */
function collect<T>(type: string) {
  const seen: T[] = [];
  const listener = (e: Event) => seen.push((e as CustomEvent<T>).detail);
  document.addEventListener(type, listener);
  return Object.assign(seen, { stop: () => document.removeEventListener(type, listener) });
}

const threeMonths = JSON.stringify([
  { date: '2026-01', value: 120 },
  { date: '2026-02', value: 150 },
  { date: '2026-03', value: 90 },
]);

// Quarters with the second half of the year still to come.
const halfYear = JSON.stringify([
  { date: '2026-Q1', value: 300 },
  { date: '2026-Q2', value: 360 },
  { date: '2026-Q3', value: null },
  { date: '2026-Q4', value: null },
]);

describe('<trend-chart>', () => {
  // The first chart loads the view module and chart.js. With another test file in the
  // browser at the same time on a loaded machine that can take longer than a test's
  // time limit, so it happens once here, with time to spare, and every test after it
  // finds chart.js loaded. What the first load did is checked in the first test.
  before(async function () {
    this.timeout(60000);
    chartJsBeforeFirstChart = chartJsLoaded();
    const first = document.createElement('trend-chart') as TrendChart;
    first.setAttribute('series', threeMonths);
    document.body.append(first);
    try {
      await waitUntil(() => first.chart || part(first, 'error'), 'the first chart was not drawn', { timeout: 55000 });
      await first.updateComplete;
      ({ Chart: ChartClass } = await import('../../src/elements/trend-chart/chart-loader.js'));
      expect(first.chart, 'the first chart').to.be.instanceOf(ChartClass);
    } finally {
      first.remove();
    }
    expect(TrendChart.liveCharts, 'the first chart is destroyed on removal').to.equal(0);
  });

  let loads: ReturnType<typeof collect<{ value: number | null; projection: number | null }>>;
  let errors: ReturnType<typeof collect<KpiErrorDetail>>;
  beforeEach(() => {
    loads = collect('kpi-load');
    errors = collect('kpi-error');
  });
  afterEach(async () => {
    loads.stop();
    errors.stop();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('loading chart.js', () => {
    it('downloads no chart.js byte until the first chart connects', async () => {
      // Read by the `before` hook just before it connected the page's first chart.
      expect(chartJsBeforeFirstChart, 'chart.js loaded with the element definition').to.equal(false);
      const el = await settled(await fixture<TrendChart>(html`<trend-chart series=${threeMonths}></trend-chart>`));
      expect(el.chart).to.not.equal(null);
      expect(chartJsLoaded()).to.equal(true);
      expect(el.chart).to.be.instanceOf(ChartClass);
    });

    it('registers only the parts it uses, not chart.js/auto', () => {
      const registry = ChartClass.registry;
      expect(() => registry.getController('line')).to.not.throw();
      expect(() => registry.getController('bar')).to.not.throw();
      expect(() => registry.getController('pie')).to.throw();
      expect(() => registry.getScale('time')).to.throw();
      // The legend is the element's own HTML.
      expect(() => registry.getPlugin('legend')).to.throw();
    });
  });

  describe('the chart lifecycle', () => {
    it('renders a canvas and one Chart instance from the series attribute', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart label="Revenue" locale="en" series=${threeMonths}></trend-chart>`));
      const canvas = part(el, 'canvas') as HTMLCanvasElement;
      expect(canvas.tagName).to.equal('CANVAS');
      expect(el.chart!.canvas).to.equal(canvas);
      expect(liveInstances()).to.equal(1);
      expect(TrendChart.liveCharts).to.equal(1);
      expect(el.chart!.data.labels).to.deep.equal(['Jan', 'Feb', 'Mar']);
      expect(values(el, 'actual')).to.deep.equal([120, 150, 90]);
      // Nothing to compare, project or aim at: one dataset, no legend.
      expect(roles(el)).to.deep.equal(['actual']);
      expect(part(el, 'legend')).to.equal(null);
      expect(partText(el, 'label')).to.equal('Revenue');
      expect(loads.map((d) => d.value)).to.deep.equal([90]);
    });

    it('sizes the canvas from its wrapper: default 240px high, as wide as the widget', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart style="width: 500px" series=${threeMonths}></trend-chart>`));
      const wrapper = part(el, 'chart')!;
      expect(getComputedStyle(wrapper).position).to.equal('relative');
      expect(el.chart!.height).to.equal(240);
      expect(el.chart!.width).to.equal(wrapper.clientWidth);
    });

    it('follows its own ResizeObserver, also when the widget shrinks', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart style="width: 600px; --kpi-chart-height: 200px" series=${threeMonths}></trend-chart>`));
      expect(el.chart!.height).to.equal(200);
      const wide = el.chart!.width;
      el.style.width = '300px';
      await waitUntil(() => el.chart!.width < wide, 'the chart did not shrink');
      expect(el.chart!.width).to.equal(part(el, 'chart')!.clientWidth);
      el.style.width = '700px';
      await waitUntil(() => el.chart!.width > wide, 'the chart did not grow');
    });

    it('updates the same Chart instance when the data changes', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart locale="en" series=${threeMonths}></trend-chart>`));
      const chart = el.chart;
      el.series = [{ date: '2026-01', value: 10 }, { date: '2026-02', value: 20 }];
      await el.updateComplete;
      expect(el.chart).to.equal(chart);
      expect(values(el, 'actual')).to.deep.equal([10, 20]);
      expect(el.chart!.data.labels).to.deep.equal(['Jan', 'Feb']);

      el.setAttribute('series', '[{"date":"2026-04","value":7}]');
      el.target = 5;
      await el.updateComplete;
      expect(el.chart).to.equal(chart);
      expect(values(el, 'actual')).to.deep.equal([7]);
      expect(values(el, 'target')).to.deep.equal([5]);
      expect(liveInstances()).to.equal(1);
      expect(loads.map((d) => d.value)).to.deep.equal([90, 20, 7]);
    });

    it('destroys the chart on removal and creates a new one when put back', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart series=${threeMonths}></trend-chart>`));
      const parent = el.parentElement!;
      const first = el.chart!;
      el.remove();
      expect(el.chart).to.equal(null);
      expect(liveInstances()).to.equal(0);
      expect(TrendChart.liveCharts).to.equal(0);
      // Chart.js clears the canvas reference of a destroyed chart's context.
      expect(first.ctx).to.equal(null);

      parent.append(el);
      await settled(el);
      expect(el.chart).to.not.equal(null);
      expect(el.chart).to.not.equal(first);
      expect(liveInstances()).to.equal(1);
      el.remove();
      expect(liveInstances()).to.equal(0);
    });

    it('keeps no chart when removed while chart.js is still loading', async () => {
      const el = document.createElement('trend-chart');
      el.series = threeMonths;
      document.body.append(el);
      el.remove();
      await el.updateComplete;
      expect(el.chart).to.equal(null);
      expect(liveInstances()).to.equal(0);
    });
  });

  describe('what it draws', () => {
    it('draws target, budget by date and a run-rate projection from a ready-made series', async () => {
      const budget = JSON.stringify([{ date: '2026-Q1', value: 320 }, { date: '2026-Q3', value: 340 }]);
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart locale="en" series=${halfYear} target="400" budget=${budget}></trend-chart>`));
      expect(el.chart!.data.labels).to.deep.equal(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
      expect(roles(el)).to.deep.equal(['actual', 'projection', 'budget', 'target']);
      expect(values(el, 'actual')).to.deep.equal([300, 360, null, null]);
      // 300 + 360 = 660 over 2 quarters → 330 per quarter, from Q2's 360 on.
      expect(values(el, 'projection')).to.deep.equal([null, 360, 330, 330]);
      // Q2 and Q4 are not in the budget.
      expect(values(el, 'budget')).to.deep.equal([320, null, 340, null]);
      expect(values(el, 'target')).to.deep.equal([400, 400, 400, 400]);
      expect((dataset(el, 'projection') as { borderDash?: number[] }).borderDash).to.deep.equal([6, 4]);
      expect(dataset(el, 'actual')!.label).to.equal('Actual');
      expect(dataset(el, 'target')!.label).to.equal('Target');
      expect(legendItems(el).map((item) => text(item))).to.deep.equal(['Actual', 'Projection', 'Budget', 'Target']);
      expect(loads.at(-1)!.value).to.equal(360);
    });

    it('sums actual, budget and projection in cumulative mode', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart cumulative series=${halfYear} budget="350" target="1200"></trend-chart>`));
      // 300, 300 + 360 = 660; the future stays empty.
      expect(values(el, 'actual')).to.deep.equal([300, 660, null, null]);
      // 350 a quarter: 350, 700, 1050, 1400.
      expect(values(el, 'budget')).to.deep.equal([350, 700, 1050, 1400]);
      // Run rate 330: 660, 990, 1320.
      expect(values(el, 'projection')).to.deep.equal([null, 660, 990, 1320]);
      // The target is the goal for the total: a level.
      expect(values(el, 'target')).to.deep.equal([1200, 1200, 1200, 1200]);
      expect(loads.at(-1)!.value).to.equal(660);

      const chart = el.chart;
      el.cumulative = false;
      await el.updateComplete;
      expect(el.chart).to.equal(chart);
      expect(values(el, 'actual')).to.deep.equal([300, 360, null, null]);
      expect(values(el, 'budget')).to.deep.equal([350, 350, 350, 350]);
    });

    it('draws a bar chart\'s forecast as dashed bars for the later buckets and its budget as a marker per bucket', async () => {
      // Drawn at once, so the canvas's pixels can be read.
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart type="bar" locale="en" series=${halfYear} budget="350" style="display:block;width:480px"></trend-chart>`));
      // Q1 and Q2 happened; 300 + 360 = 660 over 2 quarters → 330 each for Q3 and Q4, and no forecast bar on Q2
      // (a line chart's projection starts at Q2's 360 to join the line; a bar would stand on top of Q2's own).
      expect(dataset(el, 'actual')!.type).to.equal('bar');
      const forecast = dataset(el, 'projection') as TrendDataset & { outlineDash?: number[]; grouped?: boolean };
      expect(forecast.type).to.equal('bar');
      expect(forecast.data).to.deep.equal([null, null, 330, 330]);
      expect(forecast.outlineDash).to.deep.equal([4, 3]);
      // In the same slot as an actual bar would be, not beside it.
      expect(forecast.grouped).to.equal(false);
      // The budget: no line between buckets, a level marker on each.
      const budget = dataset(el, 'budget') as TrendDataset & { showLine?: boolean; pointStyle?: string };
      expect(budget.type).to.equal('line');
      expect(budget.showLine).to.equal(false);
      expect(budget.pointStyle).to.equal('line');
      expect(budget.data).to.deep.equal([350, 350, 350, 350]);
      // The marker is 0.84 of a bucket's slot wide, wider than the bar (0.72 of it).
      const chart = el.chart!;
      const slot = (chart.chartArea.right - chart.chartArea.left) / 4;
      const [marker] = chart.getDatasetMeta(chart.data.datasets.indexOf(budget)).data;
      expect((marker.options as { radius: number }).radius * 2).to.be.closeTo(slot * 0.84, 0.5);
      // The dashed outline is drawn on the canvas: Q3's bar edge has the line colour, its inside only the faint fill.
      const [, , q3] = chart.getDatasetMeta(chart.data.datasets.indexOf(forecast)).data;
      const { x, y, base, width } = q3.getProps(['x', 'y', 'base', 'width'], true) as Record<string, number>;
      const ratio = chart.currentDevicePixelRatio;
      const pixel = (px: number, py: number) => [...chart.ctx.getImageData(Math.round(px * ratio), Math.round(py * ratio), 1, 1).data];
      // The most painted of the three pixels across the edge, at every 2 px down it.
      const edge = [y + 2, y + 4, y + 6, y + 8, y + 10, y + 12, y + 14]
        .map((py) => Math.max(...[0, 1, 2].map((dx) => pixel(x - width / 2 + dx, py)[3])));
      // Dashes: some of the edge's pixels are painted, some are not (4 on, 3 off).
      expect(edge.some((alpha) => alpha > 200)).to.equal(true);
      expect(edge.some((alpha) => alpha < 120)).to.equal(true);
      expect(pixel(x, (y + base) / 2)[3]).to.be.below(120);
      // The legend draws the same: a dashed box for the forecast, a thick short line for the budget.
      const swatches = legendItems(el).map((item) => item.querySelector('svg')!.innerHTML.replace(/<!--[^>]*-->/g, ''));
      expect(swatches[1]).to.match(/<rect[^>]*stroke-dasharray="4 3"/);
      expect(swatches[2]).to.match(/<line[^>]*stroke-width="3"/);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('shows a tooltip by pointer and by keyboard, in the words of the data table', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart label="Revenue" locale="en" series=${threeMonths} target="100" style="display:block;width:480px"></trend-chart>`));
      const chart = el.chart!;
      const rows = tableRows(el);
      // The table: header row, then "January 2026 | 120 | 100" and so on.
      expect(rows[1]).to.deep.equal(['January 2026', '120', '100']);
      const tooltipLines = () => ({
        title: chart.tooltip!.title, body: chart.tooltip!.body.flatMap((b) => b.lines),
      });
      // Pointer: over February's point, the tooltip says what the table's February row says.
      const feb = chart.getDatasetMeta(0).data[1];
      const canvas = part(el, 'canvas')!;
      const rect = canvas.getBoundingClientRect();
      canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: rect.left + feb.x, clientY: rect.top + feb.y, bubbles: true }));
      await waitUntil(() => chart.tooltip!.opacity > 0, 'no tooltip under the pointer');
      expect(tooltipLines()).to.deep.equal({ title: [rows[2][0]], body: [`Actual: ${rows[2][1]}`, `Target: ${rows[2][2]}`] });
      canvas.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
      // Chart.js handles pointer events in the next frame: let it put the pointer's tooltip away first.
      await waitUntil(() => chart.tooltip!.opacity === 0, 'the pointer\'s tooltip stayed');

      // Keyboard: Tab to the chart, → shows January, End March, ← February; the live region reads the row.
      const box = part(el, 'chart')!;
      box.focus();
      expect(el.shadowRoot!.activeElement).to.equal(box);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(chart.tooltip!.opacity).to.be.above(0);
      expect(tooltipLines()).to.deep.equal({ title: ['January 2026'], body: ['Actual: 120', 'Target: 100'] });
      expect(partText(el, 'point')).to.equal('January 2026: Actual: 120; Target: 100');
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(tooltipLines().title).to.deep.equal(['February 2026']);
      expect(partText(el, 'point')).to.equal(`${rows[2][0]}: Actual: ${rows[2][1]}; Target: ${rows[2][2]}`);
      expect(part(el, 'point')!.getAttribute('aria-live')).to.equal('polite');
      // Escape puts it away.
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(chart.getActiveElements()).to.deep.equal([]);
      expect(partText(el, 'point')).to.equal('');
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('keeps date labels level and gives a small chart fewer ticks', async () => {
      const days = JSON.stringify(Array.from({ length: 28 }, (_, i) => ({ date: `2026-02-${String(i + 1).padStart(2, '0')}`, value: 1000 * (i + 1) })));
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart locale="en" series=${days} style="display:block;width:320px;--kpi-chart-height:140px"></trend-chart>`));
      const chart = el.chart!;
      // 28 day labels do not fit in 320 px: some are left out, none is tilted.
      expect(chart.scales.x.labelRotation).to.equal(0);
      expect(chart.scales.x.ticks.length).to.be.below(28);
      // The plot is 140 px high: 140 / 48 = 2.9 → at most 3 ticks (the least a value axis gets).
      expect(chart.scales.y.ticks.length).to.be.at.most(3);
      // Taller, more ticks: 320 / 48 = 6.7 → at most 7 (the chart follows its new size).
      el.style.setProperty('--kpi-chart-height', '320px');
      await waitUntil(() => el.chart!.scales.y.ticks.length > 3, 'the chart did not take more ticks when it grew', { timeout: 3000 });
      expect(chart.scales.y.ticks.length).to.be.at.most(7);
    });

    it('draws bars or a filled area on request', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart type="bar" series=${threeMonths} target="100"></trend-chart>`));
      const chart = el.chart;
      expect(dataset(el, 'actual')!.type).to.equal('bar');
      expect(dataset(el, 'target')!.type).to.equal('line');
      el.type = 'area';
      await el.updateComplete;
      expect(el.chart).to.equal(chart);
      expect(dataset(el, 'actual')!.type).to.equal('line');
      expect((dataset(el, 'actual') as { fill?: unknown }).fill).to.equal('origin');
    });
  });

  describe('records from src', () => {
    it('a kpi without src says the KPI needs data and how to give it', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart kpi="revenue" locale="nb-NO"></trend-chart>`));
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]') !== null, 'the error');
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent!.trim()).to.equal(
        'KPI-en «revenue» regnes ut fra salgsdataene deres, så den trenger data: legg til src="/crm/deals.csv" (en CSV- eller JSON-eksport), eller legg den inni en <kpi-dashboard src="…">.');
    });

    // test/fixtures/trend-chart-deals.csv, won revenue by close date:
    //   2025-01 60 000 · 2025-02 40 000 · 2025-03 70 000 · 2025-04 25 000 · 2025-05 35 000
    //   2026-01 100 000 + 20 000 = 120 000 (the lost 50 000 does not count)
    //   2026-02 80 000 · 2026-03 90 000 + 10 000 = 100 000; the open deal has no close date.
    it('works exactly as the DESIGN.md snippet is written (rolling 12 months, last year, target)', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart label="Revenue per month" src=${url('trend-chart-deals.csv')} kpi="revenue"
          granularity="month" target="150000" compare="previous-year" today="2026-03-31" locale="en"></trend-chart>`));
      // rolling-12m on 2026-03-31: 2025-04-01 … 2026-03-31, twelve whole months; two years, so the axis shows them.
      expect(el.chart!.data.labels).to.deep.equal([
        'Apr 2025', 'May 2025', 'Jun 2025', 'Jul 2025', 'Aug 2025', 'Sep 2025',
        'Oct 2025', 'Nov 2025', 'Dec 2025', 'Jan 2026', 'Feb 2026', 'Mar 2026',
      ]);
      // Jun–Dec 2025 lie inside the data (10 Jan 2025 – 20 Mar 2026) and had no won deals: a real 0.
      expect(values(el, 'actual')).to.deep.equal([25000, 35000, 0, 0, 0, 0, 0, 0, 0, 120000, 80000, 100000]);
      // Last year: 2024-04 … 2025-03, by position. April–December 2024 end before the first
      // record (10 January 2025): no data, a gap, not 0.
      expect(values(el, 'previous')).to.deep.equal([null, null, null, null, null, null, null, null, null, 60000, 40000, 70000]);
      expect(dataset(el, 'previous')!.label).to.equal('Last year');
      expect(values(el, 'target')).to.deep.equal(Array(12).fill(150000));
      // The rolling period ends today: nothing left to project.
      expect(roles(el)).to.deep.equal(['actual', 'previous', 'target']);
      expect(loads.map((d) => d.value)).to.deep.equal([100000]);
    });

    it('shows a comparison bucket before the data as no data: a gap in the line and "—" in the table', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart src=${url('trend-chart-deals.csv')} kpi="revenue" period="2025-10-01/2026-03-31" today="2026-03-31"
          compare="previous-year" locale="en" show-table></trend-chart>`));
      // Last year is 2024-10 … 2025-03; the data starts on 10 January 2025.
      expect(values(el, 'previous')).to.deep.equal([null, null, null, 60000, 40000, 70000]);
      // chart.js leaves a gap for a null (spanGaps is off), never a line at 0.
      expect((dataset(el, 'previous') as { spanGaps?: boolean }).spanGaps).to.equal(false);
      expect(tableRows(el).map((row) => row.slice(0, 3))).to.deep.equal([
        ['Period', 'Actual', 'Last year'],
        ['October 2025', '0', '—'],
        ['November 2025', '0', '—'],
        ['December 2025', '0', '—'],
        ['January 2026', '120,000', '60,000'],
        ['February 2026', '80,000', '40,000'],
        ['March 2026', '100,000', '70,000'],
      ]);
    });

    it('has no data, not 0, for buckets before the first record, and counts the run rate from where the data starts', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart src=${url('trend-chart-deals.csv')} kpi="revenue" period="2024-09-01/2025-06-30" today="2025-04-30"
          compare="previous-year" locale="en" show-table></trend-chart>`));
      // September–December 2024 lie before 10 January 2025; May and June 2025 have not happened.
      expect(values(el, 'actual')).to.deep.equal([null, null, null, null, 60000, 40000, 70000, 25000, null, null]);
      // A year earlier everything lies before the data: nothing drawn, "—" in every row of the table.
      expect(values(el, 'previous')).to.deep.equal(Array(10).fill(null));
      // No earlier 10 months in the data: the run rate, counted from 10 January (not 1 September):
      // 22 + 28 + 31 + 30 = 111 days, 195 000 / 111 a day; May 31 days, June 30.
      const projection = values(el, 'projection')!;
      expect(projection.slice(0, 8)).to.deep.equal([null, null, null, null, null, null, null, 25000]);
      expect(projection[8]).to.be.closeTo((195000 * 31) / 111, 1e-6);
      expect(projection[9]).to.be.closeTo((195000 * 30) / 111, 1e-6);
      // The total projected: 195 000 + 195 000 × 61 / 111 = 302 162.16.
      expect(loads.at(-1)!.projection).to.be.closeTo(195000 + (195000 * 61) / 111, 1e-6);
      // January 2025 is cut short by the data's start: named so in the table.
      expect(tableRows(el)[5][0]).to.equal('January 2025 (partial)');
    });

    it('takes the data’s span from the whole export, not only the records a filter keeps', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart src=${url('trend-chart-deals.csv')} kpi="revenue" period="2025-01-01/2025-03-31" today="2026-03-31"
          compare="previous-period" filter="stage=Won" locale="en"></trend-chart>`));
      expect(values(el, 'actual')).to.deep.equal([60000, 40000, 70000]);
      // The previous period, Oct–Dec 2024, lies before the export's first record.
      expect(values(el, 'previous')).to.deep.equal([null, null, null]);
      // Only the lost deal (20 January 2026) passes this filter; the export still starts on
      // 10 January 2025, so January–March 2025 are months without won deals: 0, not no data.
      el.filter = 'stage=Lost';
      await settled(el);
      await waitUntil(() => values(el, 'actual')?.[0] === 0, 'the filter did not apply');
      expect(values(el, 'actual')).to.deep.equal([0, 0, 0]);
    });

    it('projects to the end of a period still running, with last year in full', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart src=${url('trend-chart-deals.csv')} kpi="revenue" period="2026-01-01/2026-06-30" today="2026-03-31"
          compare="previous-year" target="150000" budget="100000" locale="en"></trend-chart>`));
      expect(el.chart!.data.labels).to.deep.equal(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
      // April to June have not happened yet.
      expect(values(el, 'actual')).to.deep.equal([120000, 80000, 100000, null, null, null]);
      // 2025-01 … 2025-06 in full, although this period is only half over.
      expect(values(el, 'previous')).to.deep.equal([60000, 40000, 70000, 25000, 35000, 0]);
      // One earlier half year in the data (July–December 2025; January–June 2025 starts before it), fewer
      // than two: the run rate over calendar days. 300 000 in 90 days (Jan 31 + Feb 28 + Mar 31):
      // April 30 days = 100 000, May 31 days = 103 333.33, June 30 days = 100 000, from March's 100 000 on.
      const projection = values(el, 'projection')!;
      expect(projection.slice(0, 3)).to.deep.equal([null, null, 100000]);
      expect(projection[3]).to.be.closeTo(100000, 1e-6);
      expect(projection[4]).to.be.closeTo((300000 * 31) / 90, 1e-6);
      expect(projection[5]).to.be.closeTo(100000, 1e-6);
      expect(values(el, 'budget')).to.deep.equal(Array(6).fill(100000));
      expect(values(el, 'target')).to.deep.equal(Array(6).fill(150000));
      expect(roles(el)).to.deep.equal(['actual', 'projection', 'previous', 'budget', 'target']);

      el.cumulative = true;
      await el.updateComplete;
      expect(values(el, 'actual')).to.deep.equal([120000, 200000, 300000, null, null, null]);
      // 60 000, +40 000, +70 000, +25 000, +35 000, +0
      expect(values(el, 'previous')).to.deep.equal([60000, 100000, 170000, 195000, 230000, 230000]);
      const total = values(el, 'projection')!;
      expect(total.slice(0, 3)).to.deep.equal([null, null, 300000]);
      expect(total[3]).to.be.closeTo(400000, 1e-6);
      // 300 000 × 181 / 90 = 603 333.33 at the end of June, the same as the total per month.
      expect(total[5]).to.be.closeTo((300000 * 181) / 90, 1e-6);
      expect(values(el, 'budget')).to.deep.equal([100000, 200000, 300000, 400000, 500000, 600000]);
      expect(loads.map((d) => d.value)).to.deep.equal([100000, 300000]);
      for (const { projection: projected } of loads) expect(projected).to.be.closeTo((300000 * 181) / 90, 1e-6);
    });

    it('draws a month still running as partial, its forecast completion dashed from the last whole month', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart src=${url('trend-chart-deals.csv')} kpi="revenue" period="2026-01-01/2026-06-30" today="2026-03-15"
          locale="en" show-table></trend-chart>`));
      // March so far, 15 of 31 days: 90 000. The 10 000 dated 20 March is not in yet (records count up to today).
      expect(values(el, 'actual')).to.deep.equal([120000, 80000, 90000, null, null, null]);
      // 290 000 over 74 days (31 + 28 + 15) → 290 000 / 74 a day.
      const rate = 290000 / 74;
      const projection = values(el, 'projection')!;
      // The dashed line leaves from February's 80 000, the last whole month, to March's completion:
      // 90 000 + 16 days × rate; then 30, 31 and 30 days.
      expect(projection.slice(0, 2)).to.deep.equal([null, 80000]);
      expect(projection[2]).to.be.closeTo(90000 + 16 * rate, 1e-6);
      expect(projection[3]).to.be.closeTo(30 * rate, 1e-6);
      expect(projection[4]).to.be.closeTo(31 * rate, 1e-6);
      expect(projection[5]).to.be.closeTo(30 * rate, 1e-6);
      // March's point is hollow; the others filled.
      const points = (dataset(el, 'actual') as { pointBackgroundColor?: string[] }).pointBackgroundColor!;
      expect(points[2]).to.equal('transparent');
      expect(points[1]).to.not.equal('transparent');
      // Named so in the table, and the summary says how far it is and where it is heading.
      expect(tableRows(el)[3][0]).to.equal('March 2026 (so far)');
      expect(partText(el, 'summary')).to.match(/^↘ Last value 80,000 \(February 2026\), March 2026 so far 90,000, on pace for 152,703, trend down\.$/);

      el.cumulative = true;
      await el.updateComplete;
      expect(values(el, 'actual')).to.deep.equal([120000, 200000, 290000, null, null, null]);
      const total = values(el, 'projection')!;
      expect(total.slice(0, 2)).to.deep.equal([null, 200000]);
      // June: 290 000 × 181 / 74 = 709 324.32, the sum of the month buckets.
      expect(total[5]).to.be.closeTo((290000 * 181) / 74, 1e-6);
      expect(loads.at(-1)!.projection).to.be.closeTo((290000 * 181) / 74, 1e-6);
    });

    it('sums the running total up in the summary when cumulative', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart label="Deals" locale="en" series=${threeMonths}></trend-chart>`));
      // 120, 150, 90 per month: down (see the accessibility tests below).
      expect(partText(el, 'summary')).to.equal('↘ Last value 90 (March 2026), trend down.');
      el.cumulative = true;
      await el.updateComplete;
      // The chart draws 120, 270, 360: x̄ = 1, ȳ = 250; Σ(x−x̄)(y−ȳ) = (−1)(−130) + 0 + (1)(110) = 240 → up.
      expect(values(el, 'actual')).to.deep.equal([120, 270, 360]);
      // 360 is everything up to March, not March's value: "Total so far", not "Last value".
      expect(partText(el, 'summary')).to.equal('↗ Total so far 360 (March 2026), trend up.');
      expect(part(el, 'chart')!.getAttribute('aria-label')).to.equal(
        'Deals, January 2026 – March 2026. Total so far 360 (March 2026), trend up.');
    });

    it('says "total so far" of a running total in every language', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart cumulative locale="nb-NO" series=${threeMonths}></trend-chart>`));
      // 120 + 150 + 90 = 360.
      const words: Record<string, string> = {
        'nb-NO': 'Totalt hittil 360 (mars 2026), trend opp.',
        'sv-SE': 'Totalt hittills 360 (mars 2026), trend upp.',
        'da-DK': 'I alt indtil nu 360 (marts 2026), tendens op.',
        'nl-NL': 'Totaal tot nu toe 360 (maart 2026), trend omhoog.',
        'en-GB': 'Total so far 360 (March 2026), trend up.',
      };
      for (const [locale, summary] of Object.entries(words)) {
        el.locale = locale;
        // A language's words arrive with its chunk, which may still be loading.
        await waitUntil(() => partText(el, 'summary') === `↗ ${summary}`, `${locale}: ${partText(el, 'summary')}`, { timeout: 5000 });
        expect(partText(el, 'summary'), locale).to.equal(`↗ ${summary}`);
      }
    });

    it('is titled by the KPI’s name in the widget’s language when it has no label, as a kpi-card is', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart src=${url('trend-chart-deals.csv')} kpi="revenue" period="2026-01-01/2026-03-31" today="2026-03-31"
          locale="nb-NO" show-table></trend-chart>`));
      expect(partText(el, 'label')).to.equal('Omsetning');
      // The accessible name starts with what the chart shows, not with the period.
      expect(part(el, 'chart')!.getAttribute('aria-label')).to.match(/^Omsetning, januar 2026 – mars 2026\. Siste verdi /);
      const region = part(el, 'table')!.parentElement!;
      expect(region.getAttribute('aria-label')).to.equal('Omsetning');
      expect(text(part(el, 'table')!.querySelector('caption'))).to.equal('Omsetning');

      el.locale = 'sv-SE';
      await waitUntil(() => partText(el, 'label') === 'Omsättning', partText(el, 'label'), { timeout: 5000 });
      // A label of its own wins.
      el.label = 'Salg';
      await el.updateComplete;
      expect(partText(el, 'label')).to.equal('Salg');
      expect(part(el, 'chart')!.getAttribute('aria-label')).to.match(/^Salg, /);
    });

    it('is titled by the KPI’s name also for an inline series with kpi', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart kpi="win-rate" locale="en" series=${threeMonths}></trend-chart>`));
      expect(partText(el, 'label')).to.equal('Win rate');
      expect(part(el, 'chart')!.getAttribute('aria-label')).to.match(/^Win rate, January 2026 – March 2026\. /);
    });

    it('reads a series document from src with select', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart src=${url('trend-chart-series.json')} select="kpis.revenue" locale="nb-NO" format="currency" currency="NOK"></trend-chart>`));
      expect(el.chart!.data.labels).to.deep.equal(['1. kvartal 2026', '2. kvartal 2026', '3. kvartal 2026', '4. kvartal 2026']);
      expect(values(el, 'actual')).to.deep.equal([300000, 360000, null, null]);
      // 660 000 over 2 quarters → 330 000.
      expect(values(el, 'projection')).to.deep.equal([null, 360000, 330000, 330000]);
      expect(partText(el, 'summary')).to.equal(`↗ Siste verdi 360${NBSP}000${NBSP}kr (2. kvartal 2026), trend opp.`);
    });

    it('weeks are labelled in the widget’s language', async () => {
      const weeks = JSON.stringify([{ date: '2026-W11', value: 1 }, { date: '2026-W12', value: 2 }]);
      const el = await settled(await fixture<TrendChart>(html`<trend-chart locale="nb-NO" series=${weeks}></trend-chart>`));
      expect(el.chart!.data.labels).to.deep.equal(['uke 11', 'uke 12']);
      el.locale = 'sv-SE';
      await el.updateComplete;
      expect(el.chart!.data.labels).to.deep.equal(['v. 11', 'v. 12']);
      el.locale = 'da-DK';
      await el.updateComplete;
      expect(el.chart!.data.labels).to.deep.equal(['uge 11', 'uge 12']);
      el.locale = 'en-GB';
      await el.updateComplete;
      expect(el.chart!.data.labels).to.deep.equal(['week 11', 'week 12']);
    });

    it('takes locale, currency, src and period from a <kpi-dashboard>', async () => {
      const board = await fixture(html`
        <kpi-dashboard locale="nb-NO" currency="NOK" src=${url('trend-chart-deals.csv')} period="2026-01-01/2026-03-31">
          <trend-chart kpi="revenue" today="2026-03-31"></trend-chart>
        </kpi-dashboard>`);
      const el = await settled(board.querySelector('trend-chart')!);
      expect(el.chart!.data.labels).to.deep.equal(['jan', 'feb', 'mar']);
      expect(values(el, 'actual')).to.deep.equal([120000, 80000, 100000]);
      // x̄ = 1, ȳ = 100 000; Σ(x−x̄)(y−ȳ) = (−1)(20 000) + 0 + (1)(0) = −20 000 → down.
      expect(partText(el, 'summary')).to.equal(`↘ Siste verdi 100${NBSP}000${NBSP}kr (mars 2026), trend ned.`);
    });

    it('re-fetches every `refresh` seconds and keeps its one chart', async function () {
      // 5 s is the shortest refresh.
      this.timeout(20000);
      const key = `trend-chart-refresh-${Math.random().toString(36).slice(2)}`;
      const count = async () => (await (await fetch(`/api/count?key=${key}`)).json()).count as number;
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart src=${`/api/fixture/trend-chart-series.json?key=${key}&etag=1`} select="kpis.revenue" refresh="5"></trend-chart>`));
      const chart = el.chart;
      await waitUntil(async () => (await count()) >= 2, 'no refresh requests', { timeout: 7000, interval: 200 });
      expect(el.chart).to.equal(chart);
      expect(liveInstances()).to.equal(1);
      el.remove();
      const after = await count();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await count()).to.equal(after);
    });
  });

  describe('legend', () => {
    const swatch = (item: Element) => item.querySelector('[part~="legend-swatch"]')!;

    it('names every line and draws its swatch as the canvas draws the line', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart locale="en" series=${halfYear} target="400" budget="350"></trend-chart>`));
      const items = legendItems(el);
      const legend = part(el, 'legend')!;
      expect(legend.localName).to.equal('ul');
      // Above the chart, in the order of the datasets.
      expect(legend.compareDocumentPosition(part(el, 'chart')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(items.map((item) => text(item))).to.deep.equal(['Actual', 'Projection', 'Budget', 'Target']);
      for (const item of items) {
        expect(item.localName).to.equal('button');
        expect(item.type).to.equal('button');
        expect(item.getAttribute('aria-pressed')).to.equal('true');
        expect(swatch(item).getAttribute('aria-hidden')).to.equal('true');
      }
      const datasets = el.chart!.data.datasets as TrendDataset[];
      items.forEach((item, i) => {
        const line = swatch(item).querySelector('line')!;
        const dash = (datasets[i] as { borderDash?: number[] }).borderDash;
        expect(line.getAttribute('stroke-dasharray'), datasets[i].role).to.equal(dash ? dash.join(' ') : null);
        expect(Number(line.getAttribute('stroke-width')), datasets[i].role).to.equal(datasets[i].borderWidth);
        // The swatch's colour is the line's.
        expect(getComputedStyle(swatch(item)).stroke, datasets[i].role).to.equal(colour(datasets[i].borderColor as string));
      });
    });

    it('draws a bar for bars and a filled band for an area', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart type="bar" series=${threeMonths} target="100"></trend-chart>`));
      const [actual, target] = legendItems(el);
      expect(swatch(actual).querySelector('rect')).to.not.equal(null);
      expect(swatch(actual).querySelector('line')).to.equal(null);
      expect(swatch(target).querySelector('line')).to.not.equal(null);
      el.type = 'area';
      await el.updateComplete;
      const area = swatch(legendItems(el)[0]);
      expect(area.querySelector('line')).to.not.equal(null);
      expect(getComputedStyle(area.querySelector('rect.fill')!).fill).to.equal(colour(dataset(el, 'actual')!.backgroundColor as string));
    });

    it('hides and shows a line on the same chart, and keeps it hidden through new data', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart locale="en" series=${threeMonths} target="100"></trend-chart>`));
      const chart = el.chart!;
      let [, target] = legendItems(el);
      target.click();
      await el.updateComplete;
      expect(el.chart).to.equal(chart);
      expect(liveInstances()).to.equal(1);
      expect(chart.isDatasetVisible(1)).to.equal(false);
      expect(chart.isDatasetVisible(0)).to.equal(true);
      expect(target.getAttribute('aria-pressed')).to.equal('false');
      expect(getComputedStyle(target).textDecorationLine).to.equal('line-through');

      el.series = [{ date: '2026-01', value: 10 }, { date: '2026-02', value: 20 }];
      await el.updateComplete;
      expect(el.chart).to.equal(chart);
      expect(values(el, 'actual')).to.deep.equal([10, 20]);
      expect(chart.isDatasetVisible(1), 'still hidden after new data').to.equal(false);

      [, target] = legendItems(el);
      expect(target.getAttribute('aria-pressed')).to.equal('false');
      target.click();
      await el.updateComplete;
      expect(chart.isDatasetVisible(1)).to.equal(true);
      expect(target.getAttribute('aria-pressed')).to.equal('true');
      expect(el.chart).to.equal(chart);
    });

    it('works from the keyboard: Tab reaches each entry, Enter and Space toggle it', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart locale="en" series=${threeMonths} target="100"></trend-chart>`));
      const [actual, target] = legendItems(el);
      actual.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.chart!.isDatasetVisible(0)).to.equal(false);
      expect(actual.getAttribute('aria-pressed')).to.equal('false');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(target);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.chart!.isDatasetVisible(1)).to.equal(false);
      await sendKeys({ press: 'Tab' });
      // Then the chart itself (its tooltip moves with the arrow keys), then the table toggle, which still works.
      expect(el.shadowRoot!.activeElement === part(el, 'chart')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      const toggle = part(el, 'table-toggle')!;
      expect(el.shadowRoot!.activeElement === toggle).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.showTable).to.equal(true);
      expect(tableRows(el)[0]).to.deep.equal(['Period', 'Actual', 'Target']);
    });

    it('names the lines in the widget’s language', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart locale="nb-NO" series=${halfYear} target="400" compare="previous-year"></trend-chart>`));
      expect(legendItems(el).map((item) => text(item))).to.deep.equal(['Faktisk', 'Prognose', 'Mål']);
    });

    it('follows the dark theme', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart theme="dark" series=${threeMonths} target="100"></trend-chart>`));
      const [actual, target] = legendItems(el);
      expect(getComputedStyle(swatch(actual)).stroke).to.equal(colour('#58a6ff'));
      expect(getComputedStyle(swatch(target)).stroke).to.equal(colour('#d29922'));
      // The words in the theme's muted text colour.
      expect(getComputedStyle(actual).color).to.equal(colour('#9aa5b1'));
    });
  });

  describe('locale', () => {
    it('formats y-axis ticks, tooltips, month names and the summary for nb-NO', async () => {
      const series = JSON.stringify([{ date: '2026-01', value: 100000 }, { date: '2026-02', value: 150000 }]);
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart label="Omsetning" locale="nb-NO" format="currency" currency="NOK" series=${series}></trend-chart>`));
      expect(el.chart!.data.labels).to.deep.equal(['jan', 'feb']);
      // The axis reaches 160 000 ≥ 10 000, so its labels are in Norwegian compact notation ("100k kr"), not "100 000 kr".
      const ticks = el.chart!.scales.y.ticks.map((tick) => tick.label);
      expect(ticks).to.include(`0${NBSP}kr`);
      expect(ticks).to.include(`100k${NBSP}kr`);
      for (const label of ticks) expect(label).to.match(new RegExp(`^\\d{1,3}(k)?${NBSP}kr$`));

      const tooltip = el.chart!.options.plugins!.tooltip!.callbacks!;
      const item = { dataIndex: 1, parsed: { y: 150000 }, dataset: { label: 'Faktisk' } };
      expect((tooltip.title as (items: unknown[]) => string)([item])).to.equal('februar 2026');
      expect((tooltip.label as (item: unknown) => string)(item)).to.equal(`Faktisk: 150${NBSP}000${NBSP}kr`);
      expect(partText(el, 'summary')).to.equal(`↗ Siste verdi 150${NBSP}000${NBSP}kr (februar 2026), trend opp.`);
      expect(part(el, 'chart')!.getAttribute('aria-label')).to.equal(
        `Omsetning, januar 2026 – februar 2026. Siste verdi 150${NBSP}000${NBSP}kr (februar 2026), trend opp.`);
    });

    it('takes the locale from a lang ancestor', async () => {
      const wrapper = await fixture(html`<div lang="nb"><trend-chart series=${threeMonths}></trend-chart></div>`);
      const el = await settled(wrapper.querySelector('trend-chart')!);
      expect(el.chart!.data.labels).to.deep.equal(['jan', 'feb', 'mar']);
      expect(dataset(el, 'actual')!.label).to.equal('Faktisk');
    });
  });

  describe('accessibility', () => {
    it('describes the chart as an image with range, last value and trend', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart label="Deals" locale="en" series=${threeMonths}></trend-chart>`));
      const chart = part(el, 'chart')!;
      expect(chart.getAttribute('role')).to.equal('img');
      // 120, 150, 90: x̄ = 1, ȳ = 120; Σ(x−x̄)(y−ȳ) = (−1)(0) + 0 + (1)(−30) = −30 → down.
      expect(chart.getAttribute('aria-label')).to.equal('Deals, January 2026 – March 2026. Last value 90 (March 2026), trend down.');
      expect(partText(el, 'summary')).to.equal('↘ Last value 90 (March 2026), trend down.');
    });

    it('has a data table with every value, hidden until asked for', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart label="Revenue" locale="en" series=${halfYear} target="400"></trend-chart>`));
      const table = part(el, 'table')!;
      const box = table.parentElement!;
      expect(box.classList.contains('visually-hidden')).to.equal(true);
      // Hidden from the eye, not from screen readers; out of the tab order until shown.
      expect(box.getAttribute('tabindex')).to.equal('-1');
      expect(tableRows(el)).to.deep.equal([
        ['Period', 'Actual', 'Projection', 'Target'],
        ['Q1 2026', '300', '—', '400'],
        ['Q2 2026', '360', '360', '400'],
        ['Q3 2026', '—', '330', '400'],
        ['Q4 2026', '—', '330', '400'],
      ]);
      expect(text(table.querySelector('caption'))).to.equal('Revenue');

      const toggle = part(el, 'table-toggle') as HTMLButtonElement;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(text(toggle)).to.equal('Show table');
      toggle.click();
      await el.updateComplete;
      expect(box.classList.contains('visually-hidden')).to.equal(false);
      // A narrow widget scrolls the table, so the keyboard must reach it.
      expect(getComputedStyle(box).overflowX).to.equal('auto');
      expect(box.getAttribute('tabindex')).to.equal('0');
      expect(toggle.getAttribute('aria-controls')).to.equal(box.id);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Hide table');
      expect(el.hasAttribute('show-table')).to.equal(true);
    });

    it('keeps a shown table readable at 360 px: period column in place, a shade where more is to scroll', async () => {
      // Ten months done, two to come: period, actual, projection, budget and target.
      const year = JSON.stringify(Array.from({ length: 12 }, (_, i) => ({ date: `2026-${String(i + 1).padStart(2, '0')}`, value: i < 10 ? 1250000 + i : null })));
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart style="width: 360px" label="Revenue" locale="nb-NO" format="currency" currency="NOK" series=${year}
          target="1500000" budget="1400000" show-table></trend-chart>`));
      const region = part(el, 'table')!.parentElement!;
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.getAttribute('role')).to.equal('region');
      // Five columns, four of money, do not fit in 360 px: the region scrolls, inside the widget.
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
      expect(region.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      // The cue: a shade fixed to the box's right edge, under a cover that scrolls with the content.
      const style = getComputedStyle(region);
      expect(style.backgroundImage).to.match(/^linear-gradient\(.*radial-gradient\(/);
      expect(style.backgroundAttachment).to.equal('local, scroll');
      // Column names wrap; numbers do not.
      const header = part(el, 'table')!.querySelector('thead th:nth-child(2)')!;
      expect(getComputedStyle(header).whiteSpace).to.equal('normal');
      expect(getComputedStyle(part(el, 'table')!.querySelector('td')!).whiteSpace).to.equal('nowrap');

      // Scrolled to the end, each row still says which month it is.
      region.scrollLeft = region.scrollWidth;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(region.scrollLeft).to.be.greaterThan(0);
      const month = part(el, 'table')!.querySelector('tbody th')!;
      expect(getComputedStyle(month).position).to.equal('sticky');
      expect(Math.round(month.getBoundingClientRect().left)).to.equal(Math.round(region.getBoundingClientRect().left));
      expect(getComputedStyle(month).backgroundColor).to.equal(colour('#ffffff'));
      // The caption stays too.
      const caption = part(el, 'table')!.querySelector('caption')!;
      expect(Math.round(caption.getBoundingClientRect().left)).to.equal(Math.round(region.getBoundingClientRect().left));
      // And the column keeps its name.
      const heading = part(el, 'table')!.querySelector('thead th')!;
      expect(text(heading)).to.equal('Periode');
      expect(Math.round(heading.getBoundingClientRect().left)).to.equal(Math.round(region.getBoundingClientRect().left));
    });

    it('shows the table at once with the show-table attribute', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart show-table series=${threeMonths}></trend-chart>`));
      expect(part(el, 'table')!.parentElement!.classList.contains('visually-hidden')).to.equal(false);
      expect(tableRows(el).slice(1).map((row) => row[1])).to.deep.equal(['120', '150', '90']);
    });

    it('turns animation off for reduced motion', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart series=${threeMonths}></trend-chart>`));
      expect(el.chart!.options.animation).to.not.equal(false);
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => el.chart!.options.animation === false, 'animation stayed on');
      const fresh = await settled(await fixture<TrendChart>(html`<trend-chart series=${threeMonths}></trend-chart>`));
      expect(fresh.chart!.options.animation).to.equal(false);
    });
  });

  describe('theme', () => {
    it('re-reads the colours when the theme changes', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart series=${threeMonths} target="100"></trend-chart>`));
      const chart = el.chart!;
      expect(dataset(el, 'actual')!.borderColor).to.equal('#0b5cad');
      expect(dataset(el, 'target')!.borderColor).to.equal('#9a6700');
      expect(chart.options.scales!.y!.ticks!.color).to.equal('#57606a');
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.chart).to.equal(chart);
      expect(dataset(el, 'actual')!.borderColor).to.equal('#58a6ff');
      expect(dataset(el, 'target')!.borderColor).to.equal('#d29922');
      expect(chart.options.scales!.y!.ticks!.color).to.equal('#9aa5b1');
      expect(chart.options.scales!.y!.grid!.color).to.equal('#30363d');
    });

    it('follows prefers-color-scheme with theme="auto"', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart theme="auto" series=${threeMonths}></trend-chart>`));
      expect(dataset(el, 'actual')!.borderColor).to.equal('#0b5cad');
      await emulateMedia({ colorScheme: 'dark' });
      await waitUntil(() => dataset(el, 'actual')!.borderColor === '#58a6ff', 'the colours did not follow the colour scheme');
    });

    it('takes colours from --kpi-chart-* custom properties', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart type="area" style="--kpi-chart-1: rgb(1, 2, 3); --kpi-chart-target: red; --kpi-chart-fill: #ffeeaa"
          series=${threeMonths} target="100"></trend-chart>`));
      expect(dataset(el, 'actual')!.borderColor).to.equal('rgb(1, 2, 3)');
      expect(dataset(el, 'actual')!.backgroundColor).to.equal('#ffeeaa');
      expect(dataset(el, 'target')!.borderColor).to.equal('red');
    });
  });

  describe('states and errors', () => {
    it('shows the empty state and no chart for an empty series', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart locale="en" series="[]"></trend-chart>`));
      expect(partText(el, 'empty')).to.equal('No data for this period.');
      expect(part(el, 'canvas')).to.equal(null);
      expect(el.chart).to.equal(null);
      expect(loads.map((d) => d.value)).to.deep.equal([null]);
    });

    it('shows the empty state when every value is null', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart series='[{"date":"2026-01","value":null}]'></trend-chart>`));
      expect(part(el, 'empty')).to.not.equal(null);
    });

    it('shows a message and fires kpi-error for malformed series JSON', async () => {
      const el = await fixture<TrendChart>(html`<trend-chart locale="en" series='[{"date":"2026-01",'></trend-chart>`);
      await settled(el);
      expect(partText(el, 'error')).to.equal('The series attribute is not valid JSON.');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ code: 'json', attribute: 'series' });
      expect(el.chart).to.equal(null);
      expect(liveInstances()).to.equal(0);
    });

    it('recovers from an error when the series is fixed, with one chart', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart series="nope"></trend-chart>`));
      expect(part(el, 'error')).to.not.equal(null);
      el.series = threeMonths;
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(values(el, 'actual')).to.deep.equal([120, 150, 90]);
      expect(liveInstances()).to.equal(1);
    });

    it('says what is wrong with a series of the wrong shape', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart locale="en" series='[{"date":"January","value":"12"}]'></trend-chart>`));
      expect(partText(el, 'error')).to.match(/^The data has the wrong shape: /);
      expect(errors[0].code).to.equal('schema');
    });

    it('refuses an unknown chart type, a bad target and a bad budget', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart locale="en" type="pie" series=${threeMonths}></trend-chart>`));
      expect(partText(el, 'error')).to.equal('The type “pie” is not one of: line, bar, area.');
      el.type = 'line';
      el.target = 'lots';
      await el.updateComplete;
      expect(partText(el, 'error')).to.equal('The target “lots” is not a number.');
      el.target = undefined;
      el.budget = '{"q1": 5}';
      await el.updateComplete;
      expect(partText(el, 'error')).to.match(/^The data has the wrong shape: budget must be/);
      expect(errors.map((e) => e.code)).to.deep.equal(['option', 'number', 'schema']);
      el.budget = '1 000';
      await settled(el);
      expect(values(el, 'budget')).to.deep.equal([1000, 1000, 1000]);
    });

    it('reads the series from a JSON script child', async () => {
      const el = await settled(await fixture<TrendChart>(html`
        <trend-chart><script type="application/json">[{"date":"2026","value":5},{"date":"2027","value":8}]</script></trend-chart>`));
      expect(el.chart!.data.labels).to.deep.equal(['2026', '2027']);
      expect(values(el, 'actual')).to.deep.equal([5, 8]);
    });

    it('picks up a JSON script child added after the first render', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart></trend-chart>`));
      expect(part(el, 'empty')).to.not.equal(null);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = threeMonths;
      el.append(script);
      await waitUntil(() => el.chart, 'the chart did not appear');
      expect(values(el, 'actual')).to.deep.equal([120, 150, 90]);
    });

    it('shows the readable message for a failing src', async () => {
      const el = await settled(await fixture<TrendChart>(html`<trend-chart locale="en" src="/api/status/500" kpi="revenue"></trend-chart>`));
      expect(part(el, 'error')).to.not.equal(null);
      expect(errors[0].code).to.equal('http');
      expect(el.chart).to.equal(null);
    });

    it('fires one kpi-error per problem with a bubbling, composed event', async () => {
      const el = document.createElement('trend-chart');
      el.setAttribute('granularity', 'fortnight');
      el.series = threeMonths;
      setTimeout(() => document.body.append(el));
      const event = await oneEvent(document, 'kpi-error');
      expect(event.detail.code).to.equal('option');
      expect(event.bubbles && event.composed).to.equal(true);
      el.remove();
    });
  });
});
