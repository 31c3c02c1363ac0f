import { expect } from '@open-wc/testing';
import { coverage } from '../../src/core/coverage.js';
import { dayFromYmd } from '../../src/core/dates.js';

const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day);

describe('coverage', () => {
  it('is the share of the range on or after the data’s first day', () => {
    // Year to date on 4 December 2026 against last year's 1 January to 4 December 2025 (338 days);
    // the data starts 1 April 2025: 1 April to 4 December is 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 4 = 248 days.
    const lastYear = { start: d(2025, 1, 1), end: d(2025, 12, 4) };
    expect(coverage(lastYear, d(2025, 4, 1))).to.be.closeTo(248 / 338, 1e-12);
    // This year's range lies wholly after it.
    expect(coverage({ start: d(2026, 1, 1), end: d(2026, 12, 4) }, d(2025, 4, 1))).to.equal(1);
  });

  it('is 0 for a range that ends before the data starts, and 1 when the start is unknown', () => {
    expect(coverage({ start: d(2024, 1, 1), end: d(2024, 12, 31) }, d(2025, 4, 1))).to.equal(0);
    expect(coverage({ start: d(2024, 1, 1), end: d(2024, 12, 31) }, null)).to.equal(1);
  });
});
