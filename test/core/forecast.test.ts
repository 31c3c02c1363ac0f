import { expect } from '@open-wc/testing';
import { earlierPeriod, forecast, unitDays, MIN_RUN_SHARE, SHAPE_ERRORS, CREDIBLE_SHARE } from '../../src/core/forecast.js';

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86400000;
const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

// April 2026: 30 days, Wed 1 .. Thu 30; 22 working days (see goals.test.ts).
const APRIL = { start: day(2026, 4, 1), end: day(2026, 4, 30) };

// A 10-day span that is not whole months, so earlier periods step back by 10 days.
const D = day(2026, 5, 11);
const SPAN = { start: D, end: D + 9 };
/** Daily values for the two 10-day periods before SPAN (nearest first is `near`), then nothing. */
const history = (far: number[], near: number[]) => ({ start: D - 20, values: [...far, ...near] });

describe('forecast: the constants the docs name', () => {
  it('are the documented ones', () => {
    expect([MIN_RUN_SHARE, SHAPE_ERRORS, CREDIBLE_SHARE]).to.deep.equal([0.2, 3, 0.5]);
  });
});

describe('forecast without history: the run rate', () => {
  it('counts today as passed: 100 in the 10 days to 10 April, of 30, projects 300', () => {
    const f = forecast({ value: 100, period: APRIL, today: day(2026, 4, 10) });
    // 100 / 10 days = 10 a day; 10 × 30 = 300.
    expect(f.method).to.equal('run-rate');
    expect([f.elapsed, f.total, f.projected]).to.deep.equal([10, 30, 300]);
    // 20 days ahead (11..30), 10 each.
    expect(f.ahead).to.have.length(20);
    expect(f.ahead.every((x) => x === 10)).to.equal(true);
    expect(f.low).to.equal(null);
  });

  it('gives no forecast before a fifth of the period: 5 of 30 days is too early', () => {
    const f = forecast({ value: 100, period: APRIL, today: day(2026, 4, 5) });
    // 5 / 30 = 0.167 < 0.2.
    expect(f.method).to.equal('too-early');
    expect(f.projected).to.equal(null);
    expect(f.ahead).to.deep.equal([]);
  });

  it('over working days, weekends add nothing', () => {
    const f = forecast({ value: 80, period: APRIL, today: day(2026, 4, 10), pace: 'working' });
    // Working days to Fri 10 April: 1-3 (3) + 6-10 (5) = 8, of 22. 80 / 8 = 10 a working day; 10 × 22 = 220.
    expect([f.elapsed, f.total, f.projected]).to.deep.equal([8, 22, 220]);
    // Sat 11 and Sun 12 add 0, Mon 13 adds 10; the 14 working days ahead add 140.
    expect(f.ahead.slice(0, 3)).to.deep.equal([0, 0, 10]);
    expect(sum(f.ahead)).to.equal(140);
  });

  it('holidays are not working days: 1 April a holiday leaves 21', () => {
    const f = forecast({ value: 70, period: APRIL, today: day(2026, 4, 10), pace: 'working', holidays: new Set([day(2026, 4, 1)]) });
    // 7 working days passed, 70 / 7 = 10; 10 × 21 = 210.
    expect([f.elapsed, f.total, f.projected]).to.deep.equal([7, 21, 210]);
  });

  it('is final from the last day on', () => {
    const f = forecast({ value: 123, period: APRIL, today: day(2026, 4, 30) });
    expect([f.method, f.projected, f.low, f.high]).to.deep.equal(['final', 123, 123, 123]);
  });
});

describe('forecast with history', () => {
  it('blends run rate and the usual total early on', () => {
    // Two earlier periods of 10 a day: totals 100 and 100, a straight curve C(t) = t / 10.
    const flat = Array<number>(10).fill(10);
    const f = forecast({ value: 40, period: SPAN, today: D + 1, history: history(flat, flat) });
    // Elapsed 2 of 10: C = 0.2, z = 0.2 / 0.5 = 0.4, L = 100.
    // 0.4 × 40 / 0.2 + 0.6 × (40 + 0.8 × 100) = 80 + 72 = 152.
    expect(f.method).to.equal('history');
    expect(f.periods).to.equal(2);
    expect(f.projected).to.be.closeTo(152, 1e-9);
    expect([f.low, f.high].map((x) => Math.round(x as number))).to.deep.equal([152, 152]);
    // 112 still to come over 8 days along the straight curve: 14 a day.
    expect(f.ahead).to.have.length(8);
    f.ahead.forEach((x) => expect(x).to.be.closeTo(14, 1e-9));
  });

  it('keeps a shape every earlier period shows (a push in the second half)', () => {
    // Both earlier periods: 0 a day for 5 days, then 20 a day: total 100, C(7) = 40 / 100 = 0.4.
    const push = [0, 0, 0, 0, 0, 20, 20, 20, 20, 20];
    const f = forecast({ value: 50, period: SPAN, today: D + 6, history: history(push, push) });
    // The two agree (standard error 0), so the curve is kept. z = 0.4 / 0.5 = 0.8.
    // 0.8 × 50 / 0.4 + 0.2 × (50 + 0.6 × 100) = 100 + 22 = 122.
    expect(f.projected).to.be.closeTo(122, 1e-9);
    // 72 to come over days 8, 9, 10, whose shares step 0.6, 0.8, 1: 72 × 0.2 / 0.6 = 24 each.
    f.ahead.forEach((x) => expect(x).to.be.closeTo(24, 1e-9));
  });

  it('drops a shape the earlier periods disagree on', () => {
    // Far period flat (10 a day, C(5) = 0.5); near period 0 then 20 (C(5) = 0).
    const f = forecast({
      value: 60, period: SPAN, today: D + 4,
      history: history(Array<number>(10).fill(10), [0, 0, 0, 0, 0, 20, 20, 20, 20, 20]),
    });
    // Pooled C(5) = 50 / 200 = 0.25, d = 0.25 − 0.5 = −0.25. Shares 0.5 and 0, mean 0.25,
    // variance of the mean = (0.0625 + 0.0625) / 1 / 2 = 0.0625. keep = max(0, 1 − 9 × 0.0625 / 0.0625) = 0:
    // the straight line, C = 0.5, z = 1: 60 / 0.5 = 120.
    expect(f.projected).to.be.closeTo(120, 1e-9);
    expect(f.low).to.be.closeTo(120, 1e-9);
  });

  it('before the period starts, the usual total alone', () => {
    const flat = Array<number>(10).fill(10);
    const f = forecast({ value: 0, period: SPAN, today: D - 1, history: history(flat, flat.map((x) => x * 2)) });
    // Elapsed 0: C = 0, z = 0: 0 + 1 × L, L = (100 + 200) / 2 = 150; range from 100 to 200.
    expect([f.elapsed, f.projected, f.low, f.high]).to.deep.equal([0, 150, 100, 200]);
    expect(f.ahead).to.have.length(10);
    expect(sum(f.ahead)).to.be.closeTo(150, 1e-9);
  });

  it('with one earlier period only, it is the run rate', () => {
    const f = forecast({ value: 30, period: SPAN, today: D + 2, history: { start: D - 10, values: Array<number>(10).fill(10) } });
    // 30 / 3 × 10 = 100.
    expect([f.method, f.periods, f.projected]).to.deep.equal(['run-rate', 0, 100]);
  });
});

describe('earlierPeriod and unitDays', () => {
  it('steps whole months back by months, other spans by their length', () => {
    const march = { start: day(2026, 3, 1), end: day(2026, 3, 31) };
    expect(earlierPeriod(march, 1)).to.deep.equal({ start: day(2026, 2, 1), end: day(2026, 2, 28) });
    expect(earlierPeriod(march, 2)).to.deep.equal({ start: day(2026, 1, 1), end: day(2026, 1, 31) });
    expect(earlierPeriod(SPAN, 2)).to.deep.equal({ start: D - 20, end: D - 11 });
  });

  it('counts working days, or calendar days when a span has none', () => {
    expect(unitDays(APRIL, 'working')).to.have.length(22);
    const weekend = { start: day(2026, 4, 4), end: day(2026, 4, 5) };
    expect(unitDays(weekend, 'working')).to.deep.equal([day(2026, 4, 4), day(2026, 4, 5)]);
  });
});
