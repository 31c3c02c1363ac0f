import { expect } from '@open-wc/testing';
import { dayFromYmd, toIsoDate } from '../../src/core/dates.js';
import { evaluateKpi } from '../../src/core/evaluate.js';
import { parsePeriod } from '../../src/core/periods.js';
import { toDataset } from '../../src/core/records.js';
import { SPARKLINE_PERIODS } from '../../src/core/sparkline.js';
import { kpiTrail, trailingPeriods } from '../../src/core/trail.js';

const NOV_23 = dayFromYmd(2026, 11, 23);
const period = (expr: string, today = NOV_23) => parsePeriod(expr, { today });
const iso = (p: { start: number; end: number; toDate?: number }) =>
  `${toIsoDate(p.start)}/${toIsoDate(p.end)}${p.toDate === undefined ? '' : ` to ${toIsoDate(p.toDate)}`}`;

// test/fixtures/kpi-card-deals.csv, as rows.
const rows = [
  ['D1', 'Won', '100000', '2026-09-01', '2026-10-05'],
  ['D2', 'Won', '50000', '2026-09-10', '2026-10-20'],
  ['D9', 'Lost', '30000', '2026-09-12', '2026-10-25'],
  ['D3', 'Won', '80000', '2026-10-01', '2026-11-02'],
  ['D4', 'Lost', '20000', '2026-10-03', '2026-11-10'],
  ['D10', 'Lost', '45000', '2026-10-04', '2026-11-12'],
  ['D5', 'Won', '60000', '2026-10-15', '2026-11-23'],
  ['D6', 'Won', '90000', '2026-10-20', '2026-11-30'],
  ['D7', 'Lost', '10000', '2026-08-01', '2026-09-30'],
  ['D8', 'Proposal', '70000', '2026-10-10', ''],
  ['P1', 'Won', '40000', '2025-09-01', '2025-10-15'],
  ['P2', 'Lost', '25000', '2025-09-05', '2025-10-20'],
  ['P3', 'Won', '55000', '2025-09-20', '2025-11-01'],
  ['P4', 'Lost', '15000', '2025-10-01', '2025-11-20'],
  ['P5', 'Won', '35000', '2025-10-05', '2025-12-10'],
  ['P6', 'Won', '65000', '2025-10-07', '2025-12-15'],
].map(([id, stage, value, created, closed]) => ({ id, stage, value, created, closed }));
const ds = toDataset(rows, 'deals');

describe('trailingPeriods', () => {
  it('this-month on 2026-11-23: the whole months before it, then this month so far', () => {
    expect(trailingPeriods(period('this-month'), 3).map(iso)).to.deep.equal([
      '2026-09-01/2026-09-30 to 2026-09-30',
      '2026-10-01/2026-10-31 to 2026-10-31',
      '2026-11-01/2026-11-30 to 2026-11-23',
    ]);
  });

  it('keeps the kind and expression, and the last one is the period itself', () => {
    const p = period('this-quarter');
    const trail = trailingPeriods(p, 2);
    expect(trail[1]).to.equal(p);
    expect(trail[0]).to.deep.include({ kind: 'quarter', expr: 'this-quarter' });
    // Q4 2026 → Q3 2026, whole
    expect(iso(trail[0])).to.equal('2026-07-01/2026-09-30 to 2026-09-30');
  });

  it('mtd (Nov 1..23, 23 days) steps back by the same part of each month', () => {
    expect(trailingPeriods(period('mtd'), 3).map(iso)).to.deep.equal([
      '2026-09-01/2026-09-23 to 2026-09-23',
      '2026-10-01/2026-10-23 to 2026-10-23',
      '2026-11-01/2026-11-23 to 2026-11-23',
    ]);
  });

  it('weeks by 7 days, rolling windows by their length, custom day ranges by their length', () => {
    // 2026-W12 = Mon Mar 16 .. Sun Mar 22 → W11 = Mar 9 .. 15
    expect(iso(trailingPeriods(period('2026-W12'), 2)[0])).to.equal('2026-03-09/2026-03-15 to 2026-03-15');
    // rolling-30d on Nov 23 = Oct 25 .. Nov 23; the 30 days before: Sep 25 .. Oct 24
    expect(iso(trailingPeriods(period('rolling-30d'), 2)[0])).to.equal('2026-09-25/2026-10-24 to 2026-10-24');
    // 2026-01-05/2026-01-14 is 10 days: Dec 26 .. Jan 4 before it
    expect(iso(trailingPeriods(period('2026-01-05/2026-01-14'), 2)[0])).to.equal('2025-12-26/2026-01-04 to 2026-01-04');
  });

  it('a period wholly in the future: the earlier ones run up to today at most', () => {
    // today Nov 23; 2026-12 lies ahead (toDate Nov 23 < start), 2026-11 runs to the 23rd, 2026-10 is whole.
    expect(trailingPeriods(period('2026-12'), 3).map(iso)).to.deep.equal([
      '2026-10-01/2026-10-31 to 2026-10-31',
      '2026-11-01/2026-11-30 to 2026-11-23',
      '2026-12-01/2026-12-31 to 2026-11-23',
    ]);
  });

  it('a count below 2 gives just the period', () => {
    const p = period('this-month');
    expect(trailingPeriods(p, 1)).to.deep.equal([p]);
    expect(trailingPeriods(p, 0)).to.deep.equal([p]);
  });
});

describe('kpiTrail', () => {
  /*
   * win-rate = won / (won + lost), by closed date, this-month on 2026-11-23, 4 months:
   * - 2026-08: nothing closed → null (before the first value: left out)
   * - 2026-09: D7 lost → 0 / 1 = 0
   * - 2026-10: D1, D2 won, D9 lost → 2 / 3
   * - 2026-11-01..23: D3, D5 won, D4, D10 lost (D6 closes on the 30th) → 2 / 4 = 0.5, the card's value
   */
  it('gives the KPI per month, the last point being the headline value', () => {
    const p = period('this-month');
    const trail = kpiTrail(ds, 'win-rate', { period: p, compare: 'previous-period', count: 4 });
    expect(trail.map((t) => t.value)).to.deep.equal([0, 2 / 3, 0.5]);
    expect(iso(trail[2].range)).to.equal('2026-11-01/2026-11-23');
    expect(trail[2].value).to.equal(evaluateKpi(ds, 'win-rate', { period: p, compare: 'previous-period' }).value);
  });

  /*
   * this-quarter on 2026-11-23 over 8 quarters (2025-Q1 … 2026-Q4):
   * - 2025-Q1 … Q3: nothing closed → left out
   * - 2025-Q4: P1, P3, P5, P6 won, P2, P4 lost → 4 / 6 = 2/3
   * - 2026-Q1, Q2: nothing → gaps
   * - 2026-Q3: D7 lost → 0
   * - 2026-Q4 to Nov 23: D1, D2, D3, D5 won, D9, D4, D10 lost → 4 / 7 (the card shows 57.1 %)
   */
  it('over quarters: a gap inside stays a gap', () => {
    const trail = kpiTrail(ds, 'win-rate', { period: period('this-quarter'), compare: 'previous-year', count: SPARKLINE_PERIODS.quarter });
    expect(trail.map((t) => t.value)).to.deep.equal([2 / 3, null, null, 0, 4 / 7]);
  });

  /*
   * sales-growth compares each month as the card's `compare` says, here previous-year:
   * - 2026-09 vs 2025-09: revenue 0 vs 0 → null, left out
   * - 2026-10 (D1 + D2 = 150 000) vs 2025-10 (P1 = 40 000): (150 000 − 40 000) / 40 000 = 2.75
   * - 2026-11-01..23 (D3 + D5 = 140 000) vs 2025-11-01..23 (P3 = 55 000): 85 000 / 55 000 = 17/11
   */
  it('a self-comparing KPI uses the same comparison as the headline', () => {
    const p = period('this-month');
    const trail = kpiTrail(ds, 'sales-growth', { period: p, compare: 'previous-year', count: 3 });
    expect(trail).to.have.length(2);
    expect(trail[0].value).to.be.closeTo(2.75, 1e-12);
    expect(trail[1].value).to.be.closeTo(85000 / 55000, 1e-12);
    expect(trail[1].value).to.equal(evaluateKpi(ds, 'sales-growth', { period: p, compare: 'previous-year' }).value);
  });

  it('leaves out periods that end before the data begins: no data is not 0', () => {
    // The fixture's first day is 2025-09-01 (P1 created), so 2022, 2023 and 2024 lie wholly before it.
    // Revenue in 2025 (closed that year, won): P1 40 000 + P3 55 000 + P5 35 000 + P6 65 000 = 195 000.
    const trail = kpiTrail(ds, 'revenue', { period: period('this-year'), compare: 'none', count: 5 });
    expect(trail.map((p) => iso(p.range).slice(0, 4))).to.deep.equal(['2025', '2026']);
    expect(trail[0]!.value).to.equal(195000);
    expect(trail[1]!.value).to.equal(evaluateKpi(ds, 'revenue', { period: period('this-year'), compare: 'none' }).value);
  });

  it('keeps only the last point when no period has a value', () => {
    // 2024-06 and the 11 months before it: no deal closed.
    const trail = kpiTrail(ds, 'win-rate', { period: period('2024-06'), compare: 'none', count: 12 });
    expect(trail).to.have.length(1);
    expect(trail[0].value).to.equal(null);
  });
});
