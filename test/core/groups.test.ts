import { expect } from '@open-wc/testing';
import { applyFilter, parseFilter } from '../../src/core/filter.js';
import { evaluateKpi } from '../../src/core/evaluate.js';
import { groupKpis } from '../../src/core/groups.js';
import { parsePeriod } from '../../src/core/periods.js';
import { toDataset } from '../../src/core/records.js';
import { assignTeams, parseTeams } from '../../src/core/teams.js';
import { dayFromYmd } from '../../src/core/dates.js';
import type { Dataset } from '../../src/core/types.js';
import { TEAM_EXPORT } from './team-export.js';

const today = dayFromYmd(2026, 4, 15);
const period = parsePeriod('2026-03', { today });
const ds = toDataset(TEAM_EXPORT, 'deals');
const byName = (rows: { name: string; cells: { value: number | null }[] }[]) =>
  Object.fromEntries(rows.map((r) => [r.name, r.cells.map((c) => c.value)]));

describe('groupKpis', () => {
  it('gives each owner revenue and win rate, hand-computed', () => {
    const table = groupKpis(ds, { groupBy: 'owner', kpis: ['revenue', 'win-rate'], period, compare: 'previous-period' });
    expect(byName(table.rows)).to.deep.equal({
      // March: won 100 + 300; won 2 (deals 1, 2), lost 1 (deal 3) → 2/3
      'Kari Nordmann': [400, 2 / 3],
      // won 500; won 1, lost 2 → 1/3
      'Ola Nordmann': [500, 1 / 3],
      // won 50; won 1, lost 0 → 1
      'Anna Berg': [50, 1],
      // an open deal only: revenue 0, nothing closed → no win rate
      'Per Lie': [0, null],
    });
    // February: Kari's "kari  nordmann" row 9 lost → revenue 0, win rate 0/1 = 0; Anna won 200 → 1/1
    const kari = table.rows.find((r) => r.name === 'Kari Nordmann')!;
    expect(kari.cells.map((c) => c.previous)).to.deep.equal([0, 0]);
    // 400 vs 0: no relative change from a zero baseline, the delta is absent
    expect(kari.cells[0].delta).to.equal(null);
    // a rate changes in points: 2/3 − 0 = +66.7 points, good for a KPI where up is good
    expect(kari.cells[1].delta!.sentiment).to.equal('good');
    const anna = table.rows.find((r) => r.name === 'Anna Berg')!;
    // 50 vs 200: −75 %, bad
    expect(anna.cells[0].delta!.relative).to.equal(-0.75);
    expect(anna.cells[0].delta!.sentiment).to.equal('bad');
  });

  it('computes the total row from the records, not as a mean of the rows', () => {
    const table = groupKpis(ds, { groupBy: 'owner', kpis: ['revenue', 'win-rate'], period, compare: 'none' });
    // revenue 400 + 500 + 50 = 950; won 4 (deals 1, 2, 4, 8), lost 3 (3, 5, 6) → 4/7
    expect(table.total.map((c) => c.value)).to.deep.equal([950, 4 / 7]);
    // the mean of the rows' rates would be (2/3 + 1/3 + 1) / 3 = 2/3, which is not the team's rate
    expect(4 / 7).to.not.equal(2 / 3);
  });

  it('groups by team from the export column', () => {
    const table = groupKpis(ds, { groupBy: 'team', kpis: ['revenue', 'win-rate'], period, compare: 'none' });
    expect(byName(table.rows)).to.deep.equal({
      // Kari 400 + Anna 50 = 450; won 3 (1, 2, 8), lost 1 (3) → 3/4
      Vest: [450, 3 / 4],
      // Ola 500 + Per 0; won 1, lost 2 → 1/3
      Øst: [500, 1 / 3],
    });
  });

  it('groups by team from a teams mapping when the export has none', () => {
    const bare = toDataset(TEAM_EXPORT.map(({ team: _team, ...row }) => row), 'deals');
    const mapped = assignTeams(bare, parseTeams('Kari Nordmann:Nord, Ola Nordmann:Sør,Anna Berg:Nord'));
    const table = groupKpis(mapped, { groupBy: 'team', kpis: ['revenue'], period, compare: 'none' });
    // Nord: Kari 400 + Anna 50 = 450; Sør: Ola 500; Per Lie has no team: the empty group, 0
    expect(byName(table.rows)).to.deep.equal({ Nord: [450], Sør: [500], '': [0] });
  });

  it('equals a card filtered to each group, for every KPI it can compute', () => {
    const kpis = ['revenue', 'win-rate', 'avg-deal-value', 'hit-rate', 'sales-growth', 'opportunities-created'];
    const table = groupKpis(ds, { groupBy: 'owner', kpis, period, compare: 'previous-period' });
    for (const row of table.rows) {
      const one: Dataset = applyFilter(ds, parseFilter(`owner="${row.name}"`));
      kpis.forEach((kpi, k) => {
        const card = evaluateKpi(one, kpi, { period, compare: 'previous-period' });
        expect(row.cells[k].value, `${row.name} ${kpi}`).to.equal(card.value);
        expect(row.cells[k].previous, `${row.name} ${kpi} previous`).to.equal(card.previous);
      });
    }
  });

  it('combines groups into an "others" cell from their records', () => {
    const table = groupKpis(ds, { groupBy: 'owner', kpis: ['revenue', 'win-rate'], period, compare: 'none' });
    // Anna 50 + Per 0 = 50; won 1 (deal 8), lost 0 → 1
    expect(table.combine(['anna berg', 'per lie']).map((c) => c.value)).to.deep.equal([50, 1]);
  });

  it('groups by any column the records keep', () => {
    const rows = TEAM_EXPORT.map((row, i) => ({ ...row, Region: i < 5 ? 'North' : 'South' }));
    const kept = toDataset(rows, 'deals', { keep: ['region'] });
    const table = groupKpis(kept, { groupBy: 'region', kpis: ['revenue'], period, compare: 'none' });
    // rows 1-5: 100 + 300 + 500 = 900; rows 6-10 in March: 50
    expect(byName(table.rows)).to.deep.equal({ North: [900], South: [50] });
  });

  it('leaves a KPI whose records a group has none of empty, as a filtered card does', () => {
    const mixed = toDataset({
      deals: TEAM_EXPORT,
      activities: [{ date: '2026-03-03', owner: 'Kari Nordmann', type: 'call' }, { date: '2026-03-04', owner: 'Kari Nordmann', type: 'mail' }],
    });
    const table = groupKpis(mixed, { groupBy: 'owner', kpis: ['activities', 'revenue'], period, compare: 'none' });
    // Kari 2 activities; the others have deals but no activities at all → null ("—") beside their revenue
    expect(byName(table.rows)).to.deep.equal({
      'Kari Nordmann': [2, 400], 'Ola Nordmann': [null, 500], 'Anna Berg': [null, 50], 'Per Lie': [null, 0],
    });
    expect(table.total.map((c) => c.value)).to.deep.equal([2, 950]);
  });

  it('makes no row of a group whose records no KPI reads', () => {
    const mixed = toDataset({ deals: TEAM_EXPORT, costs: [{ date: '2026-03-01', amount: '900', kind: 'marketing' }] });
    const table = groupKpis(mixed, { groupBy: 'owner', kpis: ['revenue'], period, compare: 'none' });
    // the cost has no owner: it would be the empty group, but revenue reads deals only
    expect(table.rows.map((r) => r.name)).to.deep.equal(['Kari Nordmann', 'Ola Nordmann', 'Anna Berg', 'Per Lie']);
  });
});
