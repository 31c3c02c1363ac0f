import { expect } from '@open-wc/testing';
import { axisTick, COMPACT_FROM, tickCount } from '../../src/core/axis.js';

// \u00a0 no-break space.
describe('axis: axisTick', () => {
  it('writes money in the compact form of each language once the axis reaches 10 000', () => {
    // An axis 0 … 3 000 000 in steps of 500 000: largest tick 3 000 000 ≥ 10 000, so compact.
    // 2 500 000 = 2.5 millions → one decimal; 3 000 000 = 3 millions → none; 500 000 = 500 thousands → none.
    const nok = { format: 'currency' as const, currency: 'NOK' };
    expect(axisTick(2_500_000, 500_000, 3_000_000, { ...nok, locale: 'nb-NO' })).to.equal('2,5\u00a0mill.\u00a0kr');
    expect(axisTick(3_000_000, 500_000, 3_000_000, { ...nok, locale: 'en' })).to.equal('NOK\u00a03M');
    expect(axisTick(500_000, 500_000, 3_000_000, { ...nok, locale: 'nb-NO' })).to.equal('500k\u00a0kr');
    expect(axisTick(0, 500_000, 3_000_000, { ...nok, locale: 'nb-NO' })).to.equal('0\u00a0kr');
  });

  it('gives a compact label the decimals its own value needs, at most two', () => {
    // 1 250 000 = 1.25 millions → 2 decimals; 1 000 000 = 1 million → 0.
    const sek = { format: 'currency' as const, currency: 'SEK', locale: 'sv-SE' };
    expect(axisTick(1_250_000, 250_000, 2_000_000, sek)).to.equal('1,25\u00a0mn\u00a0kr');
    expect(axisTick(1_000_000, 250_000, 2_000_000, sek)).to.equal('1\u00a0mn\u00a0kr');
    // 12 345 678 = 12.345678 millions: capped at 2 decimals → 12,35.
    expect(axisTick(12_345_678, 1_000_000, 20_000_000, { format: 'number', locale: 'da-DK' })).to.equal('12,35\u00a0mio.');
    expect(axisTick(1_500_000, 500_000, 2_000_000, { format: 'currency', currency: 'EUR', locale: 'nl-NL' })).to.equal('€\u00a01,5\u00a0mln.');
  });

  it('keeps an axis that stays below 10 000 in full numbers, with the step deciding the decimals', () => {
    // Largest tick 5 000 < COMPACT_FROM: "5 000", never "5k" under a "10k".
    expect(COMPACT_FROM).to.equal(10_000);
    expect(axisTick(5000, 1000, 5000, { format: 'number', locale: 'nb-NO' })).to.equal('5\u00a0000');
    // Steps of 0.5 need one decimal: 2.5 → "2,5"; 2 → "2,0".
    expect(axisTick(2.5, 0.5, 4, { format: 'number', locale: 'nb-NO' })).to.equal('2,5');
    expect(axisTick(2, 0.5, 4, { format: 'number', locale: 'nb-NO' })).to.equal('2,0');
  });

  it('never makes a percent, a duration or points compact', () => {
    // 0.25 as percent is 25 %, steps of 5 % need no decimals.
    expect(axisTick(0.25, 0.05, 0.5, { format: 'percent', locale: 'en' })).to.equal('25%');
    // 40 000 days would be compact as a number; days keep their unit.
    expect(axisTick(40_000, 10_000, 40_000, { format: 'days', locale: 'en' })).to.equal('40,000\u00a0days');
  });
});

describe('axis: tickCount', () => {
  it('fits one tick per spacing, plus the one at the start', () => {
    // 160 / 48 = 3.33 → 3 gaps → 4 ticks; 320 / 48 = 6.67 → 6 gaps → 7 ticks.
    expect(tickCount(160, 48)).to.equal(4);
    expect(tickCount(320, 48)).to.equal(7);
    // A phone-width chart, 300 px wide with 72 px per date: 300 / 72 = 4.17 → 5 labels.
    expect(tickCount(300, 72)).to.equal(5);
  });

  it('stays between min and max, and takes min before the chart has a size', () => {
    // 1200 / 48 = 25 → 26, capped at 8; 40 / 48 → 1, raised to 2.
    expect(tickCount(1200, 48)).to.equal(8);
    expect(tickCount(40, 48)).to.equal(2);
    expect(tickCount(0, 48)).to.equal(2);
    expect(tickCount(Number.NaN, 48, 3)).to.equal(3);
    expect(tickCount(500, 0)).to.equal(2);
  });
});
