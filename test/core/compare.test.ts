import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareValues } from '../../src/core/compare.js';
import { formatDelta } from '../../src/core/format.js';
import { chooseDelta } from '../../src/core/headline.js';

describe('compareValues', () => {
  it('compares a growing total with direction up as good', () => {
    const delta = compareValues(182400, 171000, { direction: 'up' });
    expect(delta).to.not.equal(null);
    // 182400 - 171000 = 11400
    expect(delta!.absolute).to.equal(11400);
    // 11400 / 171000 = 0.0666…
    expect(delta!.relative).to.be.closeTo(0.066667, 1e-6);
    expect(delta!.points).to.equal(null);
    expect(delta!.trend).to.equal('up');
    expect(delta!.sentiment).to.equal('good');
  });

  it('judges a falling value of a down KPI as good', () => {
    // average sales cycle 40 days -> 30 days
    const delta = compareValues(30, 40, { direction: 'down' })!;
    // 30 - 40 = -10; -10 / 40 = -0.25
    expect(delta.absolute).to.equal(-10);
    expect(delta.relative).to.equal(-0.25);
    expect(delta.trend).to.equal('down');
    expect(delta.sentiment).to.equal('good');
  });

  it('judges a rising value of a down KPI as bad', () => {
    // cost per lead 200 -> 260: 60 / 200 = 0.3
    const delta = compareValues(260, 200, { direction: 'down' })!;
    expect(delta.relative).to.equal(0.3);
    expect(delta.sentiment).to.equal('bad');
  });

  it('gives neutral sentiment for a neutral KPI whatever the trend', () => {
    expect(compareValues(60, 40, { direction: 'neutral' })!.sentiment).to.equal('neutral');
    expect(compareValues(20, 40, { direction: 'neutral' })!.sentiment).to.equal('neutral');
  });

  it('calls an unchanged value flat and neutral', () => {
    const delta = compareValues(100, 100, { direction: 'up' })!;
    // 100 - 100 = 0; 0 / 100 = 0
    expect(delta.absolute).to.equal(0);
    expect(delta.relative).to.equal(0);
    expect(delta.trend).to.equal('flat');
    expect(delta.sentiment).to.equal('neutral');
  });

  it('tells a rate change in percentage points, with no relative change', () => {
    // win rate 10 % -> 20 %: (0.2 - 0.1) * 100 = 10 points, not "+100 %"
    const delta = compareValues(0.2, 0.1, { direction: 'up', rate: true })!;
    expect(delta.absolute).to.be.closeTo(0.1, 1e-12);
    expect(delta.points).to.be.closeTo(10, 1e-9);
    expect(delta.relative).to.equal(null);
    expect(delta.sentiment).to.equal('good');
  });

  it('compares a rate with a zero baseline (points need no division)', () => {
    // (0.25 - 0) * 100 = 25 points
    const delta = compareValues(0.25, 0, { direction: 'up', rate: true })!;
    expect(delta.points).to.equal(25);
    expect(delta.trend).to.equal('up');
  });

  it('judges a falling churn rate as good', () => {
    // churn 5 % -> 3 %: (0.03 - 0.05) * 100 = -2 points
    const delta = compareValues(0.03, 0.05, { direction: 'down', rate: true })!;
    expect(delta.points).to.be.closeTo(-2, 1e-9);
    expect(delta.sentiment).to.equal('good');
  });

  it('gives no delta for a zero baseline of a non-rate', () => {
    expect(compareValues(5000, 0, { direction: 'up' })).to.equal(null);
  });

  it('gives no delta when either side is missing or not finite', () => {
    expect(compareValues(null, 10, { direction: 'up' })).to.equal(null);
    expect(compareValues(10, undefined, { direction: 'up' })).to.equal(null);
    expect(compareValues(Number.NaN, 10, { direction: 'up' })).to.equal(null);
    expect(compareValues(10, Number.POSITIVE_INFINITY, { direction: 'up' })).to.equal(null);
    expect(compareValues(Number.NaN, 0.1, { direction: 'up', rate: true })).to.equal(null);
  });

  it('tells a difference that overflows by its relative change, in halves', () => {
    // 1e308 − (−1e308) overflows to Infinity; in halves: (0.5e308 + 0.5e308) / 0.5e308 = 2, so +200 %
    const up = compareValues(1e308, -1e308, { direction: 'up' })!;
    expect(up.relative).to.equal(2);
    expect(up).to.include({ trend: 'up', sentiment: 'good' });
    // −1e308 against 1e308: (−0.5e308 − 0.5e308) / 0.5e308 = −2, so −200 %; not "no earlier value"
    const down = compareValues(-1e308, 1e308, { direction: 'up' })!;
    expect(down.relative).to.equal(-2);
    expect(down).to.include({ trend: 'down', sentiment: 'bad' });
    // The absolute change has no finite value: "—" rather than a made-up number.
    expect(formatDelta(down, { format: 'number', locale: 'en', part: 'absolute' })).to.equal('—');
    // chooseDelta in absolute mode falls back to the relative change.
    expect(chooseDelta(down, 'absolute', false)).to.include({ part: 'relative', magnitude: 2, trend: 'down' });
  });

  it('measures relative change against |baseline| so improving negatives read as up', () => {
    // net result -100 -> -50: -50 - (-100) = 50; 50 / |-100| = 0.5
    const delta = compareValues(-50, -100, { direction: 'up' })!;
    expect(delta.absolute).to.equal(50);
    expect(delta.relative).to.equal(0.5);
    expect(delta.trend).to.equal('up');
  });

  it('handles a drop to zero', () => {
    // (0 - 5) / 5 = -1
    const delta = compareValues(0, 5, { direction: 'up' })!;
    expect(delta.relative).to.equal(-1);
    expect(delta.sentiment).to.equal('bad');
  });

  it('treats float noise as no change', () => {
    // 0.1 + 0.2 = 0.30000000000000004: the 4e-17 is not a change a user should see
    const delta = compareValues(0.1 + 0.2, 0.3, { direction: 'up', rate: true })!;
    expect(delta.trend).to.equal('flat');
    expect(delta.points).to.equal(0);
  });

  it('never returns a negative zero', () => {
    const delta = compareValues(-0, 0, { direction: 'up', rate: true })!;
    expect(Object.is(delta.absolute, 0)).to.equal(true);
    expect(Object.is(delta.points, 0)).to.equal(true);
  });

  describe('properties', () => {
    const amount = fc.integer({ min: -1_000_000, max: 1_000_000 });
    const nonZero = amount.filter((n) => n !== 0);

    it('flips sentiment when the direction flips', () => {
      fc.assert(
        fc.property(amount, nonZero, (current, baseline) => {
          const up = compareValues(current, baseline, { direction: 'up' })!;
          const down = compareValues(current, baseline, { direction: 'down' })!;
          if (up.trend === 'flat') return up.sentiment === 'neutral' && down.sentiment === 'neutral';
          return up.sentiment !== down.sentiment && up.sentiment !== 'neutral' && down.sentiment !== 'neutral';
        }),
      );
    });

    it('reverses the trend when the two values swap', () => {
      fc.assert(
        fc.property(nonZero, nonZero, (a, b) => {
          const forward = compareValues(a, b, { direction: 'up' })!.trend;
          const backward = compareValues(b, a, { direction: 'up' })!.trend;
          const opposite = { up: 'down', down: 'up', flat: 'flat' } as const;
          return backward === opposite[forward];
        }),
      );
    });

    it('keeps relative × |baseline| equal to absolute', () => {
      fc.assert(
        fc.property(amount, nonZero, (current, baseline) => {
          const delta = compareValues(current, baseline, { direction: 'up' })!;
          return Math.abs(delta.relative! * Math.abs(baseline) - delta.absolute) < 1e-6;
        }),
      );
    });

    it('tells every rate change in points = absolute × 100 and never relative', () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (c, b) => {
          const delta = compareValues(c, b, { direction: 'up', rate: true })!;
          return delta.relative === null && delta.points === delta.absolute * 100;
        }),
      );
    });
  });
});
