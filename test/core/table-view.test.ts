import { expect } from '@open-wc/testing';
import { dayFromYmd } from '../../src/core/dates.js';
import { findGoal, readGoals } from '../../src/core/goal-book.js';
import { groupKpis } from '../../src/core/groups.js';
import { parsePeriod } from '../../src/core/periods.js';
import { toDataset } from '../../src/core/records.js';
import { highlightKey, parseSort, tableView, TableOptionError } from '../../src/core/table-view.js';
import { TEAM_EXPORT } from './team-export.js';

const today = dayFromYmd(2026, 3, 16);
const period = parsePeriod('2026-03', { today: dayFromYmd(2026, 4, 15) });
const table = groupKpis(toDataset(TEAM_EXPORT, 'deals'), { groupBy: 'owner', kpis: ['revenue', 'win-rate'], period, compare: 'none' });
const names = (rows: { name: string; kind: string }[]) => rows.map((r) => (r.kind === 'group' ? r.name : r.kind));

describe('parseSort', () => {
  it('reads -kpi, kpi, name and the group-by field; defaults to the first KPI best first', () => {
    expect(parseSort('-revenue', ['revenue', 'win-rate'], 'owner')).to.deep.equal({ column: 0, descending: true });
    expect(parseSort('win-rate', ['revenue', 'win-rate'], 'owner')).to.deep.equal({ column: 1, descending: false });
    expect(parseSort('owner', ['revenue'], 'owner')).to.deep.equal({ column: -1, descending: false });
    expect(parseSort('', ['revenue'], 'owner')).to.deep.equal({ column: 0, descending: true });
    expect(parseSort('', ['avg-sales-cycle'], 'owner')).to.deep.equal({ column: 0, descending: false });
    expect(() => parseSort('-mrr', ['revenue'], 'owner')).to.throw(TableOptionError);
  });
});

describe('tableView', () => {
  it('sorts by revenue, largest first, and ranks', () => {
    const view = tableView(table, { groupBy: 'owner', sort: parseSort('-revenue', table.kpis, 'owner') });
    // 500, 400, 50, 0
    expect(names(view.rows)).to.deep.equal(['Ola Nordmann', 'Kari Nordmann', 'Anna Berg', 'Per Lie']);
    expect(view.rows.map((r) => r.rank)).to.deep.equal([1, 2, 3, 4]);
  });

  it('sorts by win rate ascending with the empty value last, ranks best first', () => {
    const view = tableView(table, { groupBy: 'owner', sort: parseSort('win-rate', table.kpis, 'owner') });
    // 1/3, 2/3, 1, then Per Lie without a rate
    expect(names(view.rows)).to.deep.equal(['Ola Nordmann', 'Kari Nordmann', 'Anna Berg', 'Per Lie']);
    // the best rate (Anna, 1) is rank 1
    expect(view.rows.map((r) => r.rank)).to.deep.equal([3, 2, 1, null]);
  });

  it('keeps the top rows of a limit and puts the rest in "others", from their records', () => {
    const view = tableView(table, { groupBy: 'owner', sort: parseSort('-revenue', table.kpis, 'owner'), limit: 2 });
    expect(names(view.rows)).to.deep.equal(['Ola Nordmann', 'Kari Nordmann', 'others']);
    const others = view.rows[2];
    expect(others.count).to.equal(2);
    // Anna 50 + Per 0 = 50; won 1 (deal 8), lost 0 → 1
    expect(others.cells.map((c) => c.value)).to.deep.equal([50, 1]);
    // the total row: 950, 4/7
    expect(view.total.cells.map((c) => c.value)).to.deep.equal([950, 4 / 7]);
  });

  it('keeps the highlighted group in sight beyond the limit', () => {
    const view = tableView(table, { groupBy: 'owner', sort: parseSort('-revenue', table.kpis, 'owner'), limit: 1, highlight: 'owner=anna berg' });
    expect(names(view.rows)).to.deep.equal(['Ola Nordmann', 'Anna Berg', 'others']);
    expect(view.rows[1].highlight).to.equal(true);
    expect(view.rows[1].rank).to.equal(3);
    // others: Kari and Per: 400 + 0
    expect(view.rows[2].cells[0].value).to.equal(400);
    expect(highlightKey('Kari  Nordmann', 'owner')).to.equal('kari nordmann');
    expect(() => highlightKey('team=Vest', 'owner')).to.throw(TableOptionError);
  });

  it('attaches each seller\'s goal, spread from a yearly budget, and the company goal to the total', () => {
    const book = readGoals([
      { owner: 'Kari Nordmann', kpi: 'revenue', period: '2026', target: 3650 },
      { kpi: 'revenue', period: '2026-03', target: 2000 },
    ]);
    const span = { start: period.start, end: period.end };
    const view = tableView(table, {
      groupBy: 'owner', sort: parseSort('-revenue', table.kpis, 'owner'), span, today, totalWho: null,
      goalOf: (who, kpi) => findGoal(book, { kpi, who, range: span }),
    });
    const kari = view.rows.find((r) => r.name === 'Kari Nordmann')!.cells[0];
    // 3 650 × 31 / 365 = 310
    expect(kari.target).to.be.closeTo(310, 1e-9);
    // 400 of 310: reached → ahead
    expect(kari.goal!.status).to.equal('ahead');
    expect(view.rows.find((r) => r.name === 'Ola Nordmann')!.cells[0].target).to.equal(null);
    const total = view.total.cells[0];
    expect(total.target).to.equal(2000);
    // today 16 March counts as passed (its records are in): 16 of 31 days; without earlier data the
    // projection is the run rate 950 × 31 / 16 = 1 840.625, which reaches 1 840.625 / 2 000 = 0.92 of
    // the target → at risk (0.85 ≤ 0.92 < 0.95)
    expect(total.goal!.projected).to.be.closeTo(1840.625, 1e-9);
    expect(total.goal!.status).to.equal('at-risk');
    // 1 050 still needed over 12 working days left (16-20, 23-27, 30-31) = 87.5 per working day
    expect(total.goal!.neededPerWorkingDay).to.equal(87.5);
  });
});
