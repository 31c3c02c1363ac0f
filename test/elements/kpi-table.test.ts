import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KpiTable } from '../../src/elements/kpi-table/kpi-table.define.js';
import '../../src/elements/kpi-card/kpi-card.define.js';
import '../../src/elements/goal-progress/goal-progress.define.js';
import '../../src/elements/trend-chart/trend-chart.define.js';
import '../../src/elements/kpi-dashboard/kpi-dashboard.define.js';
import type { TrendChart } from '../../src/elements/trend-chart/trend-chart.define.js';
import type { TrendDataset } from '../../src/elements/trend-chart/trend-chart.config.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';
import { axeFindings, describeFindings } from '../a11y/support.js';

/** Text as rendered, white space (Intl's no-break spaces too) read as one space. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const url = (file: string) => `/api/fixture/${file}?key=kpi-table-${Math.random().toString(36).slice(2)}`;
const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);

async function settled<T extends Element & { updateComplete: Promise<boolean> }>(el: T): Promise<T> {
  await waitUntil(() => part(el, 'table') || part(el, 'error') || part(el, 'empty') || part(el, 'value') || part(el, 'gauge'),
    `${el.localName} did not settle`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** Each body row as [rank, name, the value of each cell…]. */
const rows = (el: KpiTable) => [...root(el).querySelectorAll('tbody tr')]
  .map((tr) => [...tr.children].map((c) => text(c.querySelector('[part~="value"]') ?? c)));
const names = (el: KpiTable) => rows(el).map((r) => r[1]);
const headers = (el: KpiTable) => [...root(el).querySelectorAll('thead th')];

/** Events of one type anywhere on the page, also those fired during the first render. */
function collect<T>(type: string): T[] {
  const seen: T[] = [];
  document.addEventListener(type, (e) => seen.push((e as CustomEvent<T>).detail));
  return seen;
}

/*
 * test/fixtures/crm-export.csv in 2017 (close_date), worked out by hand. Two rows
 * are not usable and are left out, by a card as by the table: NL3JZH1Z (closed
 * 2017-06-31, no such day) and 6QOBO6PU (won without a value).
 * - Anna Snelling: won 500 + 4000 + 1200 + 3300 = 9000; 4 won, 0 lost → 100 %
 * - Vicki Laflamme: won 2500 + 800 = 3300; 2 won, 1 lost → 66.7 %
 * - Moses Frase: won 1000 + 1500 = 2500; 2 won, 1 lost → 66.7 %
 * - Darcel Schlecht: won 2000; 1 won, 3 lost → 25 %
 * - Zane Levy: 0; 0 won, 2 lost → 0 %
 * - total: 16 800; 9 won, 7 lost → 56.3 % (not the mean of the five rates, 51.7 %)
 */
describe('<kpi-table>', () => {
  it('shows every seller of a CRM export in 2017, sorted by revenue, each equal to a card filtered to that seller', async () => {
    const src = url('crm-export.csv');
    const loads = collect<{ value: number | null; rows: { name: string; values: (number | null)[] }[] }>('kpi-load');
    const el = await settled(await fixture<KpiTable>(html`<kpi-table src=${src} group-by="owner" kpis="revenue,win-rate"
      period="2017" sort="-revenue" locale="en" currency="USD" today="2026-03-16"></kpi-table>`));
    expect(names(el)).to.deep.equal(['Anna Snelling', 'Vicki Laflamme', 'Moses Frase', 'Darcel Schlecht', 'Zane Levy']);
    expect(rows(el)).to.deep.equal([
      ['1', 'Anna Snelling', '$9,000', '100%'], ['2', 'Vicki Laflamme', '$3,300', '66.7%'], ['3', 'Moses Frase', '$2,500', '66.7%'],
      ['4', 'Darcel Schlecht', '$2,000', '25%'], ['5', 'Zane Levy', '$0', '0%'],
    ]);
    const total = [...root(el).querySelectorAll('tfoot tr > *')].map((c) => text(c.querySelector('[part~="value"]') ?? c));
    expect(total).to.deep.equal(['', 'Total', '$16,800', '56.3%']);
    const table = loads.find((d) => Array.isArray(d.rows))!;
    for (const row of table.rows) {
      for (const [k, kpi] of ['revenue', 'win-rate'].entries()) {
        const card = document.createElement('kpi-card');
        Object.entries({ src, kpi, period: '2017', filter: `owner=${row.name}`, today: '2026-03-16' })
          .forEach(([name, value]) => card.setAttribute(name, value));
        const loaded = oneEvent(card, 'kpi-load');
        document.body.append(card);
        expect((await loaded).detail.value, `${row.name} ${kpi}`).to.equal(row.values[k]);
        card.remove();
      }
    }
  });

  it('draws a real table: caption, column headers with aria-sort, row headers, a total row', async () => {
    const el = await settled(await fixture<KpiTable>(html`<kpi-table src=${url('team-deals.csv')} group-by="owner"
      kpis="revenue,win-rate" period="2026-03" sort="-revenue" locale="en" today="2026-04-15"></kpi-table>`));
    expect(text(part(el, 'caption'))).to.equal('Revenue and Win rate per Seller');
    expect(headers(el).map((th) => th.getAttribute('aria-sort'))).to.deep.equal([null, 'none', 'descending', 'none']);
    expect(root(el).querySelectorAll('tbody th[scope="row"]').length).to.equal(4);
    // March vs February, by hand: Kari 400 vs 0 (no relative change from 0: "—"), Anna 50 vs 200: −75 %, bad
    const anna = [...root(el).querySelectorAll('tbody tr')].find((tr) => text(tr).includes('Anna Berg'))!;
    const delta = anna.querySelectorAll('[part~="delta"]')[0];
    expect(delta.classList.contains('bad')).to.equal(true);
    expect(text(delta)).to.equal('▼ -75% vs previous period, bad');
  });

  it('sorts by click and by keyboard, and says so with aria-sort', async () => {
    const el = await settled(await fixture<KpiTable>(html`<kpi-table src=${url('team-deals.csv')} group-by="owner"
      kpis="revenue,win-rate" period="2026-03" locale="en" today="2026-04-15"></kpi-table>`));
    // default: the first KPI, largest first: 500, 400, 50, 0
    expect(names(el)).to.deep.equal(['Ola Nordmann', 'Kari Nordmann', 'Anna Berg', 'Per Lie']);
    const sortButton = (i: number) => headers(el)[i].querySelector('button')!;
    sortButton(3).click();
    await el.updateComplete;
    // win rate best first: Anna 1, Kari 2/3, Ola 1/3, Per none (last)
    expect(names(el)).to.deep.equal(['Anna Berg', 'Kari Nordmann', 'Ola Nordmann', 'Per Lie']);
    expect(headers(el)[3].getAttribute('aria-sort')).to.equal('descending');
    expect(headers(el)[2].getAttribute('aria-sort')).to.equal('none');
    sortButton(1).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Anna Berg', 'Kari Nordmann', 'Ola Nordmann', 'Per Lie']);
    expect(headers(el)[1].getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Per Lie', 'Ola Nordmann', 'Kari Nordmann', 'Anna Berg']);
    expect(headers(el)[1].getAttribute('aria-sort')).to.equal('descending');
  });

  it('keeps the top rows of a limit, the rest as "others" from their records, and "me" in sight', async () => {
    const el = await settled(await fixture<KpiTable>(html`<kpi-table src=${url('team-deals.csv')} group-by="owner"
      kpis="revenue,win-rate" period="2026-03" sort="-revenue" limit="1" highlight="owner=Anna Berg" locale="en"
      today="2026-04-15"></kpi-table>`));
    expect(names(el)).to.deep.equal(['Ola Nordmann', 'Anna Berg (you)', 'Others (2)']);
    expect(rows(el)[1][0]).to.equal('3');
    expect(root(el).querySelectorAll('tbody tr')[1].getAttribute('aria-current')).to.equal('true');
    // others: Kari and Per: 400 + 0 = 400; won 2, lost 1 → 66.7 %
    expect(rows(el)[2].slice(2)).to.deep.equal(['400', '66.7%']);
  });

  it('fires kpi-row-select with the group, and a filter that narrows another widget to it', async () => {
    const el = await settled(await fixture<KpiTable>(html`<kpi-table src=${url('team-deals.csv')} group-by="team"
      kpis="revenue" period="2026-03" locale="en" today="2026-04-15"></kpi-table>`));
    // Vest: 400 + 50 = 450; Øst: 500
    expect(rows(el).map((r) => [r[1], r[2]])).to.deep.equal([['Øst', '500'], ['Vest', '450']]);
    const button = root(el).querySelectorAll<HTMLButtonElement>('[part~="row-button"]')[1];
    expect(button.getAttribute('aria-label')).to.equal('Show only Vest');
    setTimeout(() => button.click());
    const { detail } = await oneEvent(el, 'kpi-row-select');
    expect(detail).to.deep.equal({ field: 'team', key: 'vest', name: 'Vest', filter: 'team="Vest"' });
  });

  it('groups by team from a teams mapping, and filter="team=…" keeps that team', async () => {
    const el = await settled(await fixture<KpiTable>(html`<kpi-table src=${url('crm-export.csv')} group-by="team"
      teams="Anna Snelling:Nord,Moses Frase:Nord,Zane Levy:Sør" kpis="revenue" period="2017" locale="en" today="2026-03-16"></kpi-table>`));
    // Nord: 9000 + 2500 = 11 500; Sør: 0; Vicki and Darcel have no team: 3300 + 2000 = 5300
    expect(rows(el).map((r) => [r[1], r[2]])).to.deep.equal([['Nord', '11,500'], ['(none)', '5,300'], ['Sør', '0']]);
    const card = await settled(await fixture<KpiTable>(html`<kpi-card src=${url('crm-export.csv')} kpi="revenue" period="2017"
      teams="Anna Snelling:Nord,Moses Frase:Nord" filter="team=Nord" locale="en" today="2026-03-16"></kpi-card>`));
    expect(text(part(card, 'value'))).to.equal('11,500');
  });

  it('takes the same target from a goals CSV as goal-progress, kpi-card and trend-chart', async () => {
    const goals = url('team-goals.csv');
    const src = url('team-deals.csv');
    const common = { src, goals, kpi: 'revenue', period: '2026-03', filter: 'owner=Kari Nordmann', today: '2026-03-16', locale: 'en' };
    const el = await settled(await fixture<KpiTable>(html`<kpi-table src=${src} goals=${goals} group-by="owner"
      kpis="revenue" period="2026-03" locale="en" today="2026-03-16"></kpi-table>`));
    const kari = [...root(el).querySelectorAll('tbody tr')].find((tr) => text(tr).includes('Kari Nordmann'))!;
    // Kari's yearly 3 650 spread to March: 3 650 × 31 / 365 = 310; she has 400: reached
    expect(text(kari.querySelector('[part~="goal"]'))).to.equal('Target reached · 129% of target, target 310');
    // Ola's own March goal 600; 500 by 16 March (16 of 31 days, today included): run rate 500 × 31 / 16 = 968.75,
    // 1.61 of the target → ahead; 100 still needed over 12 working days (16-20, 23-27, 30-31) = 8.33 per working day
    const ola = [...root(el).querySelectorAll('tbody tr')].find((tr) => text(tr).includes('Ola Nordmann'))!;
    expect(text(ola.querySelector('[part~="status"]'))).to.equal('Ahead');
    expect(text(ola.querySelector('[part~="needed"]'))).to.equal('8.33 needed per working day');
    // the total row: the company's March goal, 2 000
    expect(text(root(el).querySelector('tfoot [part~="goal"]'))).to.contain('target 2,000');

    const card = document.createElement('kpi-card');
    const goal = document.createElement('goal-progress');
    const chart = document.createElement('trend-chart') as TrendChart;
    for (const widget of [card, goal, chart]) Object.entries(common).forEach(([k, v]) => widget.setAttribute(k, v));
    chart.setAttribute('granularity', 'month');
    document.body.append(card, goal, chart);
    await settled(card);
    expect(text(part(card, 'target'))).to.equal('Target 310 · 129% · ✓ reached');
    await settled(goal);
    expect(text(root(goal).querySelector('[part~="base"]'))).to.contain('of 310');
    await waitUntil(() => chart.chart, 'the chart did not draw', { timeout: 8000 });
    const budget = (chart.chart!.data.datasets as TrendDataset[]).find((d) => d.role === 'budget')!;
    expect(budget.data.length).to.equal(1);
    expect(budget.data[0] as number).to.be.closeTo(310, 1e-9);
    card.remove();
    goal.remove();
    chart.remove();
  });

  it('says which rows of a goals document are wrong, with a kpi-error', async () => {
    const errors = collect<KpiErrorDetail>('kpi-error');
    const goals = url('team-goals-bad.csv');
    const el = await settled(await fixture<KpiTable>(html`<kpi-table src=${url('team-deals.csv')} goals=${goals}
      group-by="owner" period="2026-03" locale="en" today="2026-03-16"></kpi-table>`));
    const message = text(part(el, 'error'));
    expect(message).to.contain('row 2: there is no KPI called “turnover”');
    expect(message).to.contain('row 3: “2026-13” is not a period');
    expect(message).to.contain('row 4: the target -5 is below zero');
    expect(message).to.contain('row 5: a second goal for the same person, KPI and period as row 1');
    expect(errors.at(-1)!.code).to.equal('goals');
  });

  it('explains a missing group-by, an unknown sort and an empty filter in words', async () => {
    const missing = await settled(await fixture<KpiTable>(html`<kpi-table src=${url('team-deals.csv')} locale="en"></kpi-table>`));
    expect(text(part(missing, 'error'))).to.contain('The table needs group-by');
    const sort = await settled(await fixture<KpiTable>(html`<kpi-table src=${url('team-deals.csv')} group-by="owner" sort="-mrr" locale="en"></kpi-table>`));
    expect(text(part(sort, 'error'))).to.contain('The sort “-mrr” is not one of: revenue, -revenue, name, -name.');
    const empty = await settled(await fixture<KpiTable>(html`<kpi-table src=${url('team-deals.csv')} group-by="owner"
      filter="owner=Nobody" period="2026-03" locale="en"></kpi-table>`));
    expect(text(part(empty, 'empty'))).to.equal('No records match the filter “owner=Nobody”.');
  });

  it('speaks Norwegian', async () => {
    const el = await settled(await fixture<KpiTable>(html`<kpi-table src=${url('team-deals.csv')} group-by="owner"
      kpis="revenue,win-rate" period="2026-03" locale="nb-NO" today="2026-04-15"></kpi-table>`));
    expect(text(part(el, 'caption'))).to.equal('Omsetning og Vinnrate per Selger');
    expect(text(root(el).querySelector('tfoot th'))).to.equal('Totalt');
  });

  it('folds into compact cards in a narrow container, and is a table in a wide one', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"><kpi-table src=${url('team-deals.csv')}
      group-by="owner" kpis="revenue,win-rate" period="2026-03" locale="en" today="2026-04-15"></kpi-table></div>`);
    const el = await settled(box.querySelector<KpiTable>('kpi-table')!);
    const firstRow = root(el).querySelector('tbody tr')!;
    expect(getComputedStyle(firstRow).display).to.equal('block');
    expect(getComputedStyle(firstRow.querySelector('td[data-label]')!, '::before').content).to.equal('"Revenue"');
    box.style.width = '900px';
    await waitUntil(() => getComputedStyle(firstRow).display === 'table-row', 'did not unfold', { timeout: 2000 });
  });

  it('takes group-by, src, period, goals and teams from a dashboard', async () => {
    const dash = await fixture(html`<kpi-dashboard src=${url('team-deals.csv')} period="2026-03" teams="Per Lie:Vest"
      goals=${url('team-goals.csv')}><kpi-table group-by="team" kpis="revenue" locale="en" today="2026-03-16"></kpi-table></kpi-dashboard>`);
    const el = await settled(dash.querySelector<KpiTable>('kpi-table')!);
    // Per Lie moved to Vest: Vest 450 + 0, Øst 500; Vest's Q1 goal 900 spread to March: 900 × 31 / 90 = 310
    expect(rows(el).map((r) => r[1])).to.deep.equal(['Øst', 'Vest']);
    expect(text(root(el).querySelectorAll('tbody tr')[1].querySelector('[part~="goal"]'))).to.contain('target 310');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe findings (WCAG 2.1 AA) in the ${theme} theme, with goals, deltas, a highlight and others`, async () => {
      const el = await settled(await fixture<KpiTable>(html`<kpi-table src=${url('team-deals.csv')} goals=${url('team-goals.csv')}
        group-by="owner" kpis="revenue,win-rate" period="2026-03" limit="2" highlight="Per Lie" theme=${theme} locale="en"
        today="2026-03-16"></kpi-table>`));
      expect(root(el).querySelectorAll('[part~="progress"]').length).to.be.greaterThan(0);
      const findings = await axeFindings(el);
      expect(findings, describeFindings(findings)).to.deep.equal([]);
    });
  }
});
