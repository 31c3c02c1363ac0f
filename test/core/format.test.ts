import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDelta, formatValue, NO_VALUE_TEXT, POINTS_SUFFIX } from '../../src/core/format.js';
import { compareValues } from '../../src/core/compare.js';

// Expected strings are Chromium's (ICU/CLDR). Spaces and minus signs are written as escapes:
// \u00a0 no-break space, \u2212 minus sign.

describe('formatValue', () => {
  it('formats plain numbers per locale', () => {
    expect(formatValue(182400, { format: 'number', locale: 'en' })).to.equal('182,400');
    expect(formatValue(182400, { format: 'number', locale: 'nb-NO' })).to.equal('182\u00a0400');
    expect(formatValue(182400, { format: 'number', locale: 'sv-SE' })).to.equal('182\u00a0400');
    expect(formatValue(182400, { format: 'number', locale: 'da-DK' })).to.equal('182.400');
    expect(formatValue(182400, { format: 'number', locale: 'nl-NL' })).to.equal('182.400');
  });

  it('shows plain numbers in whole units from 100 up, like money, and keeps the locale minus', () => {
    // -1234.567 -> -1235 (|x| >= 100: no decimals)
    expect(formatValue(-1234.567, { format: 'number', locale: 'en' })).to.equal('-1,235');
    expect(formatValue(-1234.567, { format: 'number', locale: 'nb-NO' })).to.equal('\u22121\u00a0235');
    expect(formatValue(-1234.567, { format: 'number', locale: 'sv-SE' })).to.equal('\u22121\u00a0235');
    expect(formatValue(-1234.567, { format: 'number', locale: 'da-DK' })).to.equal('-1.235');
    expect(formatValue(-1234.567, { format: 'number', locale: 'nl-NL' })).to.equal('-1.235');
    // The goal figures of the review: 2 000 000 × 22/30 = 1 466 666.666… -> 1,466,667;
    // 77 237.5 -> 77,238 (half rounds away from zero); 18 333.33 -> 18 333.
    expect(formatValue(2_000_000 * 22 / 30, { format: 'number', locale: 'en' })).to.equal('1,466,667');
    expect(formatValue(77237.5, { format: 'number', locale: 'en' })).to.equal('77,238');
    expect(formatValue(55000 / 3, { format: 'number', locale: 'sv-SE' })).to.equal('18\u00a0333');
    // An editor's value="1234.5" shows 1,235, as format="currency" already does (NOK 1,235).
    expect(formatValue(1234.5, { format: 'number', locale: 'en' })).to.equal('1,235');
    expect(formatValue(1234.5, { format: 'currency', locale: 'en', currency: 'NOK' })).to.equal('NOK\u00a01,235');
  });

  it('shows plain numbers below 100 with up to two decimals', () => {
    // 99.5 is below 100: it keeps its decimal; -12.5 and 0.5 too; a whole 42 shows no decimals.
    expect(formatValue(99.5, { format: 'number', locale: 'en' })).to.equal('99.5');
    expect(formatValue(-12.5, { format: 'number', locale: 'nb-NO' })).to.equal('\u221212,5');
    expect(formatValue(0.5, { format: 'number', locale: 'en' })).to.equal('0.5');
    expect(formatValue(42, { format: 'number', locale: 'en' })).to.equal('42');
    // 100 is the first whole-units value: 100.4 -> 100.
    expect(formatValue(100.4, { format: 'number', locale: 'en' })).to.equal('100');
    // A fixed `digits` still wins.
    expect(formatValue(1234.5, { format: 'number', locale: 'en', digits: 1 })).to.equal('1,234.5');
  });

  it('formats money in whole units from 100 up', () => {
    expect(formatValue(182400, { format: 'currency', locale: 'en', currency: 'USD' })).to.equal('$182,400');
    expect(formatValue(182400, { format: 'currency', locale: 'en', currency: 'NOK' })).to.equal('NOK\u00a0182,400');
    expect(formatValue(182400, { format: 'currency', locale: 'nb-NO', currency: 'NOK' })).to.equal('182\u00a0400\u00a0kr');
    expect(formatValue(182400, { format: 'currency', locale: 'sv-SE', currency: 'SEK' })).to.equal('182\u00a0400\u00a0kr');
    expect(formatValue(182400, { format: 'currency', locale: 'da-DK', currency: 'DKK' })).to.equal('182.400\u00a0kr.');
    expect(formatValue(182400, { format: 'currency', locale: 'nl-NL', currency: 'EUR' })).to.equal('€\u00a0182.400');
  });

  it("keeps the currency's decimals below 100", () => {
    expect(formatValue(45.5, { format: 'currency', locale: 'en', currency: 'EUR' })).to.equal('€45.50');
    expect(formatValue(45.5, { format: 'currency', locale: 'nb-NO', currency: 'NOK' })).to.equal('45,50\u00a0kr');
    expect(formatValue(-45.5, { format: 'currency', locale: 'nb-NO', currency: 'NOK' })).to.equal('\u221245,50\u00a0kr');
  });

  it('shows a whole amount below 100 without decimals: 0 kr, not 0,00 kr', () => {
    expect(formatValue(0, { format: 'currency', locale: 'nb-NO', currency: 'NOK' })).to.equal('0\u00a0kr');
    expect(formatValue(45, { format: 'currency', locale: 'en', currency: 'EUR' })).to.equal('€45');
    // 99.999 rounds to a whole 100,00 at two decimals: shown whole too.
    expect(formatValue(99.999, { format: 'currency', locale: 'nl-NL', currency: 'EUR' })).to.equal('€\u00a0100');
    // A fixed `digits` still wins: the editor asked for two decimals.
    expect(formatValue(0, { format: 'currency', locale: 'en', currency: 'USD', digits: 2 })).to.equal('$0.00');
  });

  it('accepts a lower-case currency code', () => {
    expect(formatValue(182400, { format: 'currency', locale: 'nb-NO', currency: ' nok ' })).to.equal('182\u00a0400\u00a0kr');
  });

  it('shows a plain number for currency without a currency, or with an invalid one', () => {
    expect(formatValue(182400, { format: 'currency', locale: 'en' })).to.equal('182,400');
    expect(formatValue(182400, { format: 'currency', locale: 'en', currency: '<script>' })).to.equal('182,400');
    expect(formatValue(182400, { format: 'currency', locale: 'nb-NO', currency: 'kroner' })).to.equal('182\u00a0400');
    // ... and follows the plain number's rule: whole from 100 up, up to two decimals below.
    expect(formatValue(1234.5, { format: 'currency', locale: 'en' })).to.equal('1,235');
    expect(formatValue(45.5, { format: 'currency', locale: 'en' })).to.equal('45.5');
  });

  it('formats a ratio as a percentage with at most one decimal', () => {
    // 0.654 -> 65.4 %
    expect(formatValue(0.654, { format: 'percent', locale: 'en' })).to.equal('65.4%');
    expect(formatValue(0.654, { format: 'percent', locale: 'nb-NO' })).to.equal('65,4\u00a0%');
    expect(formatValue(0.654, { format: 'percent', locale: 'sv-SE' })).to.equal('65,4\u00a0%');
    expect(formatValue(0.654, { format: 'percent', locale: 'da-DK' })).to.equal('65,4\u00a0%');
    expect(formatValue(0.654, { format: 'percent', locale: 'nl-NL' })).to.equal('65,4%');
    expect(formatValue(0.25, { format: 'percent', locale: 'en' })).to.equal('25%');
  });

  it('formats compact numbers', () => {
    expect(formatValue(182400, { format: 'compact', locale: 'en' })).to.equal('182K');
    expect(formatValue(182400, { format: 'compact', locale: 'nb-NO' })).to.equal('182k');
    expect(formatValue(182400, { format: 'compact', locale: 'sv-SE' })).to.equal('182\u00a0tn');
    expect(formatValue(182400, { format: 'compact', locale: 'da-DK' })).to.equal('182\u00a0t');
    expect(formatValue(182400, { format: 'compact', locale: 'nl-NL' })).to.equal('182K');
    expect(formatValue(1234567, { format: 'compact', locale: 'en' })).to.equal('1.2M');
    expect(formatValue(1234567, { format: 'compact', locale: 'nb-NO' })).to.equal('1,2\u00a0mill.');
    expect(formatValue(1234567, { format: 'compact', locale: 'sv-SE' })).to.equal('1,2\u00a0mn');
    expect(formatValue(1234567, { format: 'compact', locale: 'da-DK' })).to.equal('1,2\u00a0mio.');
    expect(formatValue(1234567, { format: 'compact', locale: 'nl-NL' })).to.equal('1,2\u00a0mln.');
  });

  it('formats days in the words sales teams use (dager / dagar, not døgn / dygn)', () => {
    expect(formatValue(12, { format: 'days', locale: 'en' })).to.equal('12\u00a0days');
    expect(formatValue(1, { format: 'days', locale: 'en' })).to.equal('1\u00a0day');
    expect(formatValue(34.5, { format: 'days', locale: 'en' })).to.equal('34.5\u00a0days');
    expect(formatValue(12, { format: 'days', locale: 'nb-NO' })).to.equal('12\u00a0dager');
    expect(formatValue(1, { format: 'days', locale: 'nb-NO' })).to.equal('1\u00a0dag');
    expect(formatValue(12, { format: 'days', locale: 'sv-SE' })).to.equal('12\u00a0dagar');
    expect(formatValue(12, { format: 'days', locale: 'da-DK' })).to.equal('12\u00a0dage');
    expect(formatValue(1, { format: 'days', locale: 'da-DK' })).to.equal('1\u00a0dag');
    expect(formatValue(12, { format: 'days', locale: 'nl-NL' })).to.equal('12\u00a0dagen');
    expect(formatValue(34.5, { format: 'days', locale: 'nl-NL' })).to.equal('34,5\u00a0dagen');
  });

  it('formats hours for response times', () => {
    // 22.44 hours rounds to one decimal: 22.4.
    expect(formatValue(22.44, { format: 'hours', locale: 'en' })).to.equal('22.4\u00a0hours');
    expect(formatValue(1, { format: 'hours', locale: 'nb-NO' })).to.equal('1\u00a0time');
    expect(formatValue(22.44, { format: 'hours', locale: 'nb-NO' })).to.equal('22,4\u00a0timer');
    expect(formatValue(3, { format: 'hours', locale: 'sv-SE' })).to.equal('3\u00a0timmar');
  });

  it('formats percentage points with a per-language suffix after a no-break space', () => {
    expect(formatValue(2.1, { format: 'points', locale: 'en' })).to.equal('2.1\u00a0pp');
    expect(formatValue(2.1, { format: 'points', locale: 'nb-NO' })).to.equal('2,1\u00a0p.p.');
    expect(formatValue(2.1, { format: 'points', locale: 'sv-SE' })).to.equal('2,1\u00a0p.e.');
    expect(formatValue(2.1, { format: 'points', locale: 'da-DK' })).to.equal('2,1\u00a0pct.-point');
    expect(formatValue(2.1, { format: 'points', locale: 'nl-NL' })).to.equal('2,1\u00a0pp');
    expect(formatValue(-2.1, { format: 'points', locale: 'nb-NO' })).to.equal('\u22122,1\u00a0p.p.');
    expect(POINTS_SUFFIX.nb).to.equal('p.p.');
  });

  it('uses fixed decimals when digits is given, clamped to 0..20', () => {
    expect(formatValue(1234.5, { format: 'number', locale: 'en', digits: 2 })).to.equal('1,234.50');
    expect(formatValue(0.654, { format: 'percent', locale: 'en', digits: 0 })).to.equal('65%');
    expect(formatValue(182400, { format: 'currency', locale: 'nb-NO', currency: 'NOK', digits: 2 })).to.equal('182\u00a0400,00\u00a0kr');
    expect(formatValue(182400, { format: 'compact', locale: 'en', digits: 1 })).to.equal('182.4K');
    expect(formatValue(1.5, { format: 'number', locale: 'en', digits: -3 })).to.equal('2');
    expect(formatValue(1.5, { format: 'number', locale: 'en', digits: Number.NaN })).to.equal('1.5');
    expect(formatValue(1, { format: 'number', locale: 'en', digits: 500 })).to.equal('1.' + '0'.repeat(20));
  });

  it("shows '—' for null, undefined, NaN and ±Infinity", () => {
    expect(NO_VALUE_TEXT).to.equal('—');
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatValue(value, { format: 'number', locale: 'en' })).to.equal('—');
      expect(formatValue(value, { format: 'currency', locale: 'nb-NO', currency: 'NOK' })).to.equal('—');
    }
  });

  it('never shows a negative zero', () => {
    expect(formatValue(-0, { format: 'number', locale: 'en' })).to.equal('0');
    expect(formatValue(-0, { format: 'number', locale: 'nb-NO' })).to.equal('0');
    // -0.001 rounds to 0 with two decimals
    expect(formatValue(-0.001, { format: 'number', locale: 'nb-NO' })).to.equal('0');
    expect(formatValue(-0.0001, { format: 'percent', locale: 'en' })).to.equal('0%');
  });

  it('shows magnitudes from 1e15 in scientific notation: no 309-digit 1e308, no made-up digits', () => {
    expect(formatValue(1e308, { format: 'number', locale: 'en' })).to.equal('1E308');
    expect(formatValue(1e308, { format: 'compact', locale: 'en' })).to.equal('1E308');
    expect(formatValue(-1e308, { format: 'number', locale: 'nb-NO' })).to.equal('−1E308');
    // A double cannot hold 123456789012345678: Intl would print 123,456,789,012,345,680.
    expect(formatValue(123456789012345678, { format: 'number', locale: 'en' })).to.equal('1.23E17');
    expect(formatValue(1.5e20, { format: 'currency', currency: 'NOK', locale: 'nb-NO' })).to.equal('1,5E20\u00a0kr');
    expect(formatValue(1e13, { format: 'percent', locale: 'en' })).to.equal('1E15%');
    expect(formatValue(1e15, { format: 'days', locale: 'en' })).to.equal('1E15\u00a0days');
    expect(formatValue(999_999_999_999_999, { format: 'number', locale: 'en' })).to.equal('999,999,999,999,999');
  });

  it('falls back to English for an invalid or unknown locale, never throws', () => {
    expect(formatValue(12.5, { format: 'number', locale: 'xx-!!' })).to.equal('12.5');
    expect(formatValue(182400, { format: 'number', locale: '' })).to.equal('182,400');
    expect(formatValue(182400, { format: 'number', locale: 'xx' })).to.equal('182,400');
    expect(formatValue(182400, { format: 'number' })).to.equal('182,400');
    expect(formatValue(2.1, { format: 'points', locale: 'xx-!!' })).to.equal('2.1\u00a0pp');
  });

  it('formats Nynorsk and POSIX-style tags as Norwegian', () => {
    expect(formatValue(182400, { format: 'number', locale: 'nn-NO' })).to.equal('182\u00a0400');
    expect(formatValue(182400, { format: 'number', locale: 'nb_NO' })).to.equal('182\u00a0400');
    expect(formatValue(2.1, { format: 'points', locale: 'nn-NO' })).to.equal('2,1\u00a0p.p.');
  });

  it('keeps formatting right after many distinct locales (formatter cache is capped)', () => {
    for (let i = 0; i < 450; i++) {
      expect(formatValue(1234.5, { format: 'number', locale: `nb-NO-x-w${i}`, digits: 1 })).to.equal('1\u00a0234,5');
    }
    expect(formatValue(1234.5, { format: 'number', locale: 'en', digits: 1 })).to.equal('1,234.5');
  });

  it('never throws for any number, format and locale string', () => {
    const kinds = ['number', 'currency', 'percent', 'compact', 'days', 'points'] as const;
    fc.assert(
      fc.property(fc.double(), fc.constantFrom(...kinds), fc.string(), fc.string(), (value, format, locale, currency) => {
        const text = formatValue(value, { format, locale, currency });
        return typeof text === 'string' && text.length > 0;
      }),
    );
  });
});

describe('formatDelta', () => {
  it('shows a rate change in signed percentage points', () => {
    // win rate 42.4 % -> 45 %: (0.45 - 0.424) * 100 = 2.6 points
    const up = compareValues(0.45, 0.424, { direction: 'up', rate: true });
    expect(formatDelta(up, { format: 'percent', locale: 'en' })).to.equal('+2.6\u00a0pp');
    expect(formatDelta(up, { format: 'percent', locale: 'nb-NO' })).to.equal('+2,6\u00a0p.p.');
    expect(formatDelta(up, { format: 'percent', locale: 'sv-SE' })).to.equal('+2,6\u00a0p.e.');
    expect(formatDelta(up, { format: 'percent', locale: 'da-DK' })).to.equal('+2,6\u00a0pct.-point');
    expect(formatDelta(up, { format: 'percent', locale: 'nl-NL' })).to.equal('+2,6\u00a0pp');
    // 42.1 % -> 40 %: (0.4 - 0.421) * 100 = -2.1 points
    const down = compareValues(0.4, 0.421, { direction: 'up', rate: true });
    expect(formatDelta(down, { format: 'percent', locale: 'en' })).to.equal('-2.1\u00a0pp');
    expect(formatDelta(down, { format: 'percent', locale: 'nb-NO' })).to.equal('\u22122,1\u00a0p.p.');
  });

  it('shows a non-rate change as the signed absolute change in the KPI format', () => {
    // 182400 - 171000 = 11400
    const delta = compareValues(182400, 171000, { direction: 'up' });
    expect(formatDelta(delta, { format: 'currency', locale: 'nb-NO', currency: 'NOK' })).to.equal('+11\u00a0400\u00a0kr');
    expect(formatDelta(delta, { format: 'currency', locale: 'en', currency: 'NOK' })).to.equal('+NOK\u00a011,400');
    expect(formatDelta(delta, { format: 'number', locale: 'da-DK' })).to.equal('+11.400');
    // 171000 - 182400 = -11400
    const back = compareValues(171000, 182400, { direction: 'up' });
    expect(formatDelta(back, { format: 'currency', locale: 'sv-SE', currency: 'SEK' })).to.equal('\u221211\u00a0400\u00a0kr');
  });

  it('shows the relative change as a signed percentage when asked', () => {
    // 11400 / 171000 = 0.0667 -> 6.7 %
    const delta = compareValues(182400, 171000, { direction: 'up' });
    expect(formatDelta(delta, { format: 'currency', locale: 'en', part: 'relative' })).to.equal('+6.7%');
    expect(formatDelta(delta, { format: 'currency', locale: 'nb-NO', part: 'relative' })).to.equal('+6,7\u00a0%');
    expect(formatDelta(delta, { format: 'currency', locale: 'nl-NL', part: 'relative' })).to.equal('+6,7%');
  });

  it("shows '—' for a part the delta does not have, and for no delta", () => {
    const rate = compareValues(0.45, 0.424, { direction: 'up', rate: true });
    const total = compareValues(10, 5, { direction: 'up' });
    expect(formatDelta(rate, { format: 'percent', locale: 'en', part: 'relative' })).to.equal('—');
    expect(formatDelta(total, { format: 'number', locale: 'en', part: 'points' })).to.equal('—');
    expect(formatDelta(null, { format: 'number', locale: 'en' })).to.equal('—');
    // zero baseline: compareValues gives null
    expect(formatDelta(compareValues(10, 0, { direction: 'up' }), { format: 'number', locale: 'en' })).to.equal('—');
  });

  it('shows an unchanged value without a sign', () => {
    expect(formatDelta(compareValues(100, 100, { direction: 'up' }), { format: 'number', locale: 'en' })).to.equal('0');
    expect(formatDelta(compareValues(0.3, 0.3, { direction: 'up', rate: true }), { format: 'percent', locale: 'en' })).to.equal('0\u00a0pp');
  });

  it('shows no sign for a change that rounds to zero', () => {
    // (0.5 - 0.5001) * 100 = -0.01 points -> 0.0 at one decimal
    const delta = compareValues(0.5, 0.5001, { direction: 'up', rate: true });
    expect(formatDelta(delta, { format: 'percent', locale: 'nb-NO' })).to.equal('0\u00a0p.p.');
  });

  it('shows the absolute part of a rate when asked', () => {
    // 0.45 - 0.424 = 0.026 -> 2.6 %
    const delta = compareValues(0.45, 0.424, { direction: 'up', rate: true });
    expect(formatDelta(delta, { format: 'percent', locale: 'en', part: 'absolute' })).to.equal('+2.6%');
  });
});
