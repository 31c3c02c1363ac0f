import { expect } from '@open-wc/testing';
import { findGoal, GoalsError, readGoals, whoFromFilter } from '../../src/core/goal-book.js';
import { parseFilter } from '../../src/core/filter.js';
import { dayFromYmd } from '../../src/core/dates.js';
import { parseCsv } from '../../src/data/csv.js';

const range = (a: [number, number, number], b: [number, number, number]) => ({ start: dayFromYmd(...a), end: dayFromYmd(...b) });
const MARCH = range([2026, 3, 1], [2026, 3, 31]);
const W12 = range([2026, 3, 16], [2026, 3, 22]);
const kari = { field: 'owner', name: 'kari nordmann' } as const;

function goalsError(doc: unknown): GoalsError {
  try {
    readGoals(doc);
  } catch (error) {
    expect(error).to.be.instanceOf(GoalsError);
    return error as GoalsError;
  }
  throw new Error('expected a GoalsError');
}

describe('readGoals', () => {
  it('reads a CSV with who, kpi, period, target and baseline', async () => {
    const rows = await parseCsv('owner;team;kpi;period;target;baseline\nKari Nordmann;;revenue;2026;1 200 000;\n;Vest;win-rate;2026-Q1;0,4;0,3\n;;revenue;2026-03;500000;\n');
    const book = readGoals(rows);
    expect(book.goals.map((g) => [g.row, g.who, g.kpi, g.period, g.target, g.baseline])).to.deep.equal([
      [1, kari, 'revenue', '2026', 1200000, undefined],
      [2, { field: 'team', name: 'vest' }, 'win-rate', '2026-Q1', 0.4, 0.3],
      [3, null, 'revenue', '2026-03', 500000, undefined],
    ]);
  });

  it('reads JSON: a list or { goals }, a year as a number', () => {
    const book = readGoals({ goals: [{ customer: 'Fjordline AS', kpi: 'Revenue', period: 2026, target: 10 }] });
    expect(book.goals[0]).to.include({ kpi: 'revenue', period: '2026', target: 10 });
    expect(book.goals[0].who).to.deep.equal({ field: 'customer', name: 'fjordline as' });
  });

  it('says which rows are bad, and why, for every bad row', () => {
    const error = goalsError([
      { owner: 'Kari', kpi: 'revenue', period: '2026-03', target: 100 },
      { owner: 'Kari', kpi: 'turnover', period: '2026-03', target: 100 },
      { owner: 'Kari', kpi: 'revenue', period: '2026-13', target: 100 },
      { owner: 'Kari', kpi: 'revenue', period: 'this-month', target: 100 },
      { owner: 'Kari', kpi: 'revenue', period: '2026-04', target: -5 },
      { owner: 'kari', kpi: 'revenue', period: '2026-03', target: 200 },
      { owner: 'Kari', team: 'Vest', kpi: 'revenue', period: '2026-05', target: 1 },
      { owner: 'Kari', kpi: 'revenue', period: '2026-06' },
    ]);
    expect(error.issues.map((i) => [i.row, i.reason, i.value, i.other])).to.deep.equal([
      [2, 'kpi', 'turnover', undefined],
      [3, 'period', '2026-13', undefined],
      [4, 'period', 'this-month', undefined],
      [5, 'negative', '-5', undefined],
      [6, 'duplicate', '2026-03', 1],
      [7, 'who', 'owner, team', undefined],
      [8, 'shape', 'target: expected a number, but it is missing', undefined],
    ]);
    expect(error.message).to.contain('row 2: there is no KPI called "turnover"');
    expect(error.message).to.contain('row 6: a second goal for the same person and period as row 1');
  });

  it('takes a negative target for a KPI where lower is better', () => {
    expect(readGoals([{ kpi: 'avg-sales-cycle', period: '2026', target: -1 }]).goals).to.have.length(1);
  });
});

describe('findGoal', () => {
  const book = readGoals([
    { owner: 'Kari Nordmann', kpi: 'revenue', period: '2026', target: 365000 },
    { owner: 'Kari Nordmann', kpi: 'activities', period: '2026', target: 261000 },
    { owner: 'Kari Nordmann', kpi: 'win-rate', period: '2026', target: 0.4, baseline: 0.3 },
    { owner: 'Ola Nordmann', kpi: 'revenue', period: '2026', target: 1000000 },
    { owner: 'Ola Nordmann', kpi: 'revenue', period: '2026-03', target: 90000 },
    { team: 'Vest', kpi: 'revenue', period: '2026-01', target: 100 },
    { team: 'Vest', kpi: 'revenue', period: '2026-02', target: 200 },
    { team: 'Vest', kpi: 'revenue', period: '2026-03', target: 300 },
    { kpi: 'revenue', period: '2026-Q1', target: 3000 },
  ]);

  it('spreads a yearly budget over a month and a week by calendar days', () => {
    // 365 000 × 31 / 365 = 31 000
    expect(findGoal(book, { kpi: 'revenue', who: kari, range: MARCH })!.target).to.be.closeTo(31000, 1e-6);
    // 365 000 × 7 / 365 = 7 000
    expect(findGoal(book, { kpi: 'revenue', who: kari, range: W12 })!.target).to.be.closeTo(7000, 1e-6);
  });

  it('spreads it over working days with pace working', () => {
    // 2026 has 261 working days (52 weeks × 5, plus Thursday 31 December);
    // March 2026 has 22 (2-6, 9-13, 16-20, 23-27, 30-31): 261 000 × 22 / 261 = 22 000
    expect(findGoal(book, { kpi: 'activities', who: kari, range: MARCH, pace: 'working' })!.target).to.be.closeTo(22000, 1e-6);
    // week 12 has 5: 261 000 × 5 / 261 = 5 000
    expect(findGoal(book, { kpi: 'activities', who: kari, range: W12, pace: 'working' })!.target).to.be.closeTo(5000, 1e-6);
    // a holiday on a weekday in March takes a day from the month and from the year: 261 000 × 21 / 260
    const holidays = new Set([dayFromYmd(2026, 3, 18)]);
    expect(findGoal(book, { kpi: 'activities', who: kari, range: MARCH, pace: 'working', holidays })!.target)
      .to.be.closeTo((261000 * 21) / 260, 1e-6);
  });

  it('keeps a rate target whole for a shorter period', () => {
    const found = findGoal(book, { kpi: 'win-rate', who: kari, range: W12 })!;
    expect([found.target, found.baseline, found.share]).to.deep.equal([0.4, 0.3, 1]);
  });

  it('prefers the goal closest in length', () => {
    expect(findGoal(book, { kpi: 'revenue', who: { field: 'owner', name: 'ola nordmann' }, range: MARCH })!.target).to.equal(90000);
  });

  it('sums goals that tile a longer period', () => {
    // Vest: January 100 + February 200 + March 300 = 600 for the quarter
    const q1 = range([2026, 1, 1], [2026, 3, 31]);
    expect(findGoal(book, { kpi: 'revenue', who: { field: 'team', name: 'vest' }, range: q1 })).to.deep.equal({ target: 600, baseline: undefined, rows: [6, 7, 8], share: 1 });
    // the company's quarter: its own goal, 3 000
    expect(findGoal(book, { kpi: 'revenue', who: null, range: q1 })!.target).to.equal(3000);
  });

  it('has no target for someone without a goal', () => {
    expect(findGoal(book, { kpi: 'revenue', who: { field: 'owner', name: 'per lie' }, range: MARCH })).to.equal(null);
  });
});

describe('whoFromFilter', () => {
  it('takes the owner, customer or team a filter keeps', () => {
    expect(whoFromFilter(parseFilter('owner=Kari  Nordmann;source=web'))).to.deep.equal(kari);
    expect(whoFromFilter(parseFilter('team=Vest'))).to.deep.equal({ field: 'team', name: 'vest' });
    expect(whoFromFilter(parseFilter('owner=Kari,Ola'))).to.equal(null);
    expect(whoFromFilter(parseFilter('owner!=Kari'))).to.equal(null);
    expect(whoFromFilter(undefined)).to.equal(null);
  });
});
