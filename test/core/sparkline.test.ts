import { expect } from '@open-wc/testing';
import { sparkline, seriesValues, SPARKLINE_PERIODS } from '../../src/core/sparkline.js';

describe('sparkline', () => {
  it('scales values into the box: max at the top, min at the bottom, x evenly spaced', () => {
    // box 100 × 28, padding 2: inner 96 × 24; 3 values → x at 2, 50, 98.
    // min 10 → y = 2 + 24 = 26; max 30 → y = 2; 20 is halfway → 14.
    const s = sparkline([10, 30, 20]);
    expect(s.d).to.equal('M2 26 L50 2 L98 14');
    expect(s.points.map((p) => [p.x, p.y])).to.deep.equal([[2, 26], [50, 2], [98, 14]]);
    expect(s.first?.value).to.equal(10);
    expect(s.last?.value).to.equal(20);
    expect(s.min).to.equal(10);
    expect(s.max).to.equal(30);
  });

  it('splits the line before its last point, for a period still running', () => {
    // As above: points (2, 26), (50, 2), (98, 14); the last segment runs from (50, 2) to (98, 14).
    const s = sparkline([10, 30, 20]);
    expect(s.head).to.equal('M2 26 L50 2');
    expect(s.tail).to.equal('M50 2 L98 14');
    // A last point after a gap has no segment to it: (2, 26) then, after the gap at x 50, (98, 14).
    const alone = sparkline([10, null, 20]);
    expect(alone.head).to.equal('M2 26');
    expect(alone.tail).to.equal('');
  });

  it('honours a custom box', () => {
    // width 50, height 10, padding 0: x 0 and 50; 1 → y 10, 3 → y 0.
    expect(sparkline([1, 3], { width: 50, height: 10, padding: 0 }).d).to.equal('M0 10 L50 0');
  });

  it('breaks the line at a gap and keeps the gap’s slot on the time axis', () => {
    // 4 slots → x at 2, 34, 66, 98; the null leaves 34 empty.
    const s = sparkline([0, null, 12, 24]);
    expect(s.d).to.equal('M2 26 M66 14 L98 2');
    expect(s.points).to.have.length(3);
  });

  it('draws a flat series through the middle', () => {
    expect(sparkline([5, 5, 5]).d).to.equal('M2 14 L50 14 L98 14');
  });

  it('puts a single value in the middle of the box', () => {
    expect(sparkline([42]).d).to.equal('M50 14');
  });

  it('scales a range from −1e308 to 1e308 without overflowing into NaN', () => {
    // max − min = 2e308 overflows; in halves: (0.5e308 − v/2) / 1e308 × 24 + 2, default box 100 × 28, padding 2
    // 1e308 → 2 (top), 0 → 0.5 × 24 + 2 = 14, −1e308 → 24 + 2 = 26 (bottom); x: 2, 50, 98
    const line = sparkline([1e308, 0, -1e308]);
    expect(line.d).to.equal('M2 2 L50 14 L98 26');
    expect(line.d).not.to.contain('NaN');
  });

  it('has nothing to draw for an empty or all-missing series', () => {
    for (const values of [[], [null, null], [NaN, Infinity]]) {
      const s = sparkline(values);
      expect(s.d).to.equal('');
      expect(s.points).to.deep.equal([]);
      expect(s.first).to.equal(null);
      expect(s.min).to.equal(null);
    }
  });

  it('rounds coordinates to two decimals', () => {
    // 1 in 0..3 sits 2/3 down from the top: y = 2 + 24 × 2/3 = 18.
    const s = sparkline([0, 1, 3], { width: 100, height: 28, padding: 2 });
    expect(s.points[1].y).to.equal(18);
    const odd = sparkline([0, 1, 2, 3, 4, 5, 6], { width: 10, height: 10, padding: 0 });
    // 7 slots over width 10: step 10 / 6 = 1.666… → 1.67
    expect(odd.points[1].x).to.equal(1.67);
  });
});

describe('seriesValues', () => {
  it('reads a series document and bare numbers, null as a gap', () => {
    expect(seriesValues([{ date: '2026-01', value: 120 }, { date: '2026-02', value: null }, { date: '2026-03', value: 90 }]))
      .to.deep.equal([120, null, 90]);
    expect(seriesValues([1, 2, null])).to.deep.equal([1, 2, null]);
    expect(seriesValues([])).to.deep.equal([]);
  });

  it('refuses anything else', () => {
    expect(seriesValues({ value: 1 })).to.equal(null);
    expect(seriesValues('1,2,3')).to.equal(null);
    expect(seriesValues([{ date: '2026-01', value: '120' }])).to.equal(null);
    expect(seriesValues([{ date: '2026-01' }])).to.equal(null);
    expect(seriesValues([NaN])).to.equal(null);
  });
});

describe('SPARKLINE_PERIODS', () => {
  it('spans two weeks of days, a quarter of weeks, a year of months, two years of quarters, five years', () => {
    expect(SPARKLINE_PERIODS).to.deep.equal({ day: 14, week: 12, month: 12, quarter: 8, year: 5, rolling: 8, custom: 8 });
    expect(Object.isFrozen(SPARKLINE_PERIODS)).to.equal(true);
  });
});
