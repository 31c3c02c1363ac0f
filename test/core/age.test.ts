import { expect } from '@open-wc/testing';
import { ageUnit, formatAge } from '../../src/core/age.js';

describe('ageUnit / formatAge', () => {
  it('uses the largest whole unit, rounded down', () => {
    expect(ageUnit(0)).to.deep.equal({ value: 0, unit: 'second' });
    expect(ageUnit(59_999)).to.deep.equal({ value: 59, unit: 'second' });
    expect(ageUnit(60_000)).to.deep.equal({ value: 1, unit: 'minute' });
    expect(ageUnit(3_599_999)).to.deep.equal({ value: 59, unit: 'minute' });
    expect(ageUnit(7_200_000)).to.deep.equal({ value: 2, unit: 'hour' });
    expect(ageUnit(3 * 86_400_000 + 5)).to.deep.equal({ value: 3, unit: 'day' });
  });

  it('reads a negative, NaN or infinite age as 0 seconds', () => {
    for (const ms of [-5000, NaN, Infinity]) expect(ageUnit(ms)).to.deep.equal({ value: 0, unit: 'second' });
  });

  it('formats in the locale', () => {
    expect(formatAge(1_000, 'en')).to.equal('1 second');
    expect(formatAge(45_000, 'en')).to.equal('45 seconds');
    expect(formatAge(180_000, 'nb-NO')).to.equal('3 minutter');
    expect(formatAge(7_200_000, 'sv')).to.equal('2 timmar');
    expect(formatAge(86_400_000, 'xx-garbage')).to.equal('1 day');
  });
});
