import { expect } from '@open-wc/testing';
import { chooseDelta, targetStanding } from '../../src/core/headline.js';
import { compareValues } from '../../src/core/compare.js';

describe('chooseDelta', () => {
  // 182 400 vs 171 000: +11 400, relative 11 400 / 171 000 = 0.0666…
  const money = compareValues(182400, 171000, { direction: 'up' })!;
  // 0.632 vs 0.611: +0.021 = +2.1 points
  const rate = compareValues(0.632, 0.611, { direction: 'up', rate: true })!;

  it('auto: relative change for a plain KPI, points for a rate', () => {
    const plain = chooseDelta(money, 'auto', false);
    expect(plain.part).to.equal('relative');
    expect(plain.magnitude).to.be.closeTo(11400 / 171000, 1e-12);
    expect(chooseDelta(rate, 'auto', true)).to.deep.equal({ part: 'points', magnitude: 2.1, trend: 'up', sentiment: 'good' });
  });

  it('absolute: the change in the KPI’s unit, without sign', () => {
    const fall = compareValues(160000, 171000, { direction: 'up' })!;
    expect(chooseDelta(fall, 'absolute', false)).to.deep.equal({ part: 'absolute', magnitude: 11000, trend: 'down', sentiment: 'bad' });
  });

  it('a rate is told in points whatever the mode', () => {
    expect(chooseDelta(rate, 'absolute', true).part).to.equal('points');
    expect(chooseDelta(rate, 'relative', true).part).to.equal('points');
  });

  it('rounds the points magnitude as the card shows it and drops the sign', () => {
    // 0.5 − 0.5234 = −0.0234 → −2.34 points → 2.3
    const down = compareValues(0.5, 0.5234, { direction: 'up', rate: true })!;
    expect(chooseDelta(down, 'auto', true).magnitude).to.equal(2.3);
  });

  it('a change that rounds to nothing as shown is flat and neutral, not "▼ 0 pp, good"', () => {
    // Churn 0.70 % vs 0.72 %: −0.02 points → shown as 0.0 → flat. (A falling churn would be "good".)
    const churn = compareValues(0.007, 0.0072, { direction: 'down', rate: true })!;
    expect(churn.trend).to.equal('down');
    expect(chooseDelta(churn, 'auto', true)).to.deep.equal({ part: 'points', magnitude: 0, trend: 'flat', sentiment: 'neutral' });
    // 0.07 points is shown as 0.1: still a change.
    const small = compareValues(0.0077, 0.007, { direction: 'down', rate: true })!;
    expect(chooseDelta(small, 'auto', true)).to.include({ magnitude: 0.1, trend: 'up', sentiment: 'bad' });
    // 100 040 vs 100 000: +0.04 % → shown as 0.0 % → flat; 100 050: +0.05 % → 0.1 %.
    expect(chooseDelta(compareValues(100040, 100000, { direction: 'up' })!, 'auto', false)).to.include({ trend: 'flat', sentiment: 'neutral' });
    expect(chooseDelta(compareValues(100050, 100000, { direction: 'up' })!, 'auto', false)).to.include({ trend: 'up', sentiment: 'good' });
  });
});

describe('targetStanding', () => {
  it('share of the target and whether it is reached (higher is better)', () => {
    // 182 400 / 200 000 = 0.912
    expect(targetStanding(182400, 200000)).to.deep.equal({ share: 0.912, reached: false });
    expect(targetStanding(200000, 200000)).to.deep.equal({ share: 1, reached: true });
    expect(targetStanding(210000, 200000, 'up').reached).to.equal(true);
  });

  it('a target of a lower-is-better KPI is a ceiling', () => {
    // cost per lead 180 against a ceiling of 200: reached, 0.9 of the target
    expect(targetStanding(180, 200, 'down')).to.deep.equal({ share: 0.9, reached: true });
    expect(targetStanding(220, 200, 'down').reached).to.equal(false);
  });

  it('a neutral KPI reads its target as a floor', () => {
    expect(targetStanding(5, 10, 'neutral').reached).to.equal(false);
    expect(targetStanding(10, 10, 'neutral').reached).to.equal(true);
  });

  it('no share of a negative target, only whether it is reached', () => {
    expect(targetStanding(50, -100)).to.deep.equal({ share: null, reached: true });
    expect(targetStanding(-150, -100, 'down')).to.deep.equal({ share: null, reached: true });
    expect(targetStanding(-50, -100, 'down')).to.deep.equal({ share: null, reached: false });
  });

  it('no share for a zero target, nothing reached without a value', () => {
    expect(targetStanding(5, 0)).to.deep.equal({ share: null, reached: true });
    expect(targetStanding(null, 100)).to.deep.equal({ share: null, reached: false });
    expect(targetStanding(NaN, 100)).to.deep.equal({ share: null, reached: false });
  });
});
