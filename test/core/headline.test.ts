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
    expect(chooseDelta(rate, 'auto', true)).to.deep.equal({ part: 'points', magnitude: 2.1 });
  });

  it('absolute: the change in the KPI’s unit, without sign', () => {
    const fall = compareValues(160000, 171000, { direction: 'up' })!;
    expect(chooseDelta(fall, 'absolute', false)).to.deep.equal({ part: 'absolute', magnitude: 11000 });
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
