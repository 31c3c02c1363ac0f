import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decimalEvidence, detectDecimal, parseNumber } from '../../src/core/numbers.js';
import { plainNumber } from '../../src/core/plain-number.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const MINUS = '\u2212';

function cases(list: [input: unknown, expected: number | null][], options?: Parameters<typeof parseNumber>[1]): void {
  for (const [input, expected] of list) {
    expect(parseNumber(input, options), JSON.stringify(input)).to.equal(expected);
  }
}

describe('parseNumber', () => {
  it('passes finite JS numbers through and refuses the rest', () => {
    cases([
      [0, 0],
      [-0, 0],
      [12.5, 12.5],
      [-1e21, -1e21],
      [NaN, null],
      [Infinity, null],
      [-Infinity, null],
      [null, null],
      [undefined, null],
      [true, null],
      [{}, null],
      [[12], null],
    ]);
  });

  it('reads plain numbers on the fast path', () => {
    cases([
      ['12345', 12345],
      ['12345.5', 12345.5],
      ['-12', -12],
      ['-0', 0],
      ['0.5', 0.5],
      ['.5', 0.5],
      ['007', 7],
      ['12345678901234567890', 12345678901234567890],
    ]);
  });

  it('gives null for empty and non-numbers', () => {
    cases([
      ['', null],
      ['   ', null],
      ['-', null],
      ['abc', null],
      ['12abc', null],
      ['n/a', null],
      ['1.', null],
      ['1,2,3,4', null],
      ['kr', null],
      ['%', null],
      ['--12', null],
      ['1e', null],
    ]);
  });

  it('reads space, NBSP, narrow NBSP, thin space and apostrophe thousands groups', () => {
    cases([
      ['1 234,50', 1234.5],
      [`1${NBSP}234,50`, 1234.5],
      [`1${NNBSP}234${NNBSP}567,25`, 1234567.25],
      ['1\u2009234', 1234],
      ["1'234.50", 1234.5],
      ['1 234', 1234],
      ['1 234.5', 1234.5],
      [' 1 234,50 ', 1234.5],
    ]);
  });

  it('checks the size of every group', () => {
    cases([
      ['12 34', null],
      ['1 2345', null],
      ['1234 567', null],
      ['1.23.456', null],
      ['1,234,56', null],
      ['0.123.456', null],
      ['1 234 567,5', 1234567.5],
    ]);
  });

  it('takes the last of "," and "." as the decimal when both are there', () => {
    cases([
      ['1.234,50', 1234.5],
      ['1,234.50', 1234.5],
      ['1.234.567,89', 1234567.89],
      ['1,234,567.89', 1234567.89],
      ['1,234.5,6', null],
      ['1.234,5.6', null],
    ]);
  });

  it('reads a separator that occurs more than once as thousands', () => {
    cases([
      ['1.234.567', 1234567],
      ['1,234,567', 1234567],
      ['1 234.567.8', null],
    ]);
  });

  it('reads a lone separator as the decimal when it cannot be thousands', () => {
    cases([
      ['12,5', 12.5],
      ['12,50', 12.5],
      ['1234,567', 1234.567], // 4 digits before: not a thousands group
      ['0,125', 0.125], // a group never starts with 0
      ['0.125', 0.125],
      [',5', 0.5],
      ['-,5', -0.5],
      ['1,2345', 1.2345],
    ]);
  });

  it('reads the ambiguous lone separator before exactly 3 digits as thousands by default', () => {
    cases([
      ['1,234', 1234],
      ['1.234', 1234],
      ['12.500', 12500],
      ['999,000', 999000],
      ['-1.234', -1234],
    ]);
  });

  it('lets the decimal option decide the ambiguous texts, and only those', () => {
    cases(
      [
        ['1,234', 1.234],
        ['1.234', 1234],
        ['12,5', 12.5],
        ['1.234,5', 1234.5],
        ['1234.5', 1234.5], // cannot be thousands whatever the option
      ],
      { decimal: ',' },
    );
    cases(
      [
        ['1,234', 1234],
        ['1.234', 1.234],
        ['-1.234', -1.234],
        ['12,5', 12.5],
        ['1,234.5', 1234.5],
      ],
      { decimal: '.' },
    );
  });

  it('reads signs: -, +, U+2212 and accounting parentheses', () => {
    cases([
      [`${MINUS}12`, -12],
      [`${MINUS}1 234,5`, -1234.5],
      ['+12', 12],
      ['- 12', -12],
      ['(12)', -12],
      ['(1.234,50)', -1234.5],
      ['-(12)', null],
      ['+-12', null],
    ]);
  });

  it('drops currency marks at either end, with or without a space', () => {
    cases([
      ['kr 1 234,50', 1234.5],
      ['1 234,50 kr', 1234.5],
      ['1.234,50 kr.', 1234.5],
      ['NOK 1 234', 1234],
      ['1234 nok', 1234],
      ['SEK 12,5', 12.5],
      ['DKK 100', 100],
      ['€ 1.234,50', 1234.5],
      ['€1,234.50', 1234.5],
      ['$1,234.50', 1234.5],
      ['1234 EUR', 1234],
      ['USD 99.90', 99.9],
      ['£5', 5],
      ['1.234,50 US$', 1234.5],
      ['Nkr 12', 12],
      ['kr 100,-', 100],
      ['100:-', 100],
      ['kr 1 000,-', 1000],
      [`${MINUS}kr 12`, -12],
      [`kr ${MINUS}12`, -12],
      ['-$1,234.50', -1234.5],
      ['$-5', -5],
      ['(kr 12)', -12],
      ['kr (12)', -12],
      ['€ € 12', null],
      ['kroner 12', null],
      ['12 krone', null],
    ]);
  });

  it('divides by 100 for a trailing percent sign, as Excel does', () => {
    cases([
      ['12%', 0.12],
      ['12 %', 0.12],
      [`12,5${NBSP}%`, 0.125],
      ['12.3%', 0.123],
      ['-40 %', -0.4],
      ['100 %', 1],
      ['12% kr', null],
    ]);
  });

  it('reads scientific notation as Excel writes huge numbers', () => {
    cases([
      ['1.5E+06', 1500000],
      ['1,5E+06', 1500000],
      ['1e3', 1000],
      ['2.5e-3', 0.0025],
      ['1 234e3', null],
      ['1e1000', null],
    ]);
  });
});

describe('detectDecimal', () => {
  it('finds the separator the texts prove', () => {
    expect(detectDecimal(['1,234', '12', '12,5'])).to.equal(',');
    expect(detectDecimal(['1.234,50'])).to.equal(',');
    expect(detectDecimal(['1,234', '1,234,567'])).to.equal('.');
    expect(detectDecimal(['0.125'])).to.equal('.');
    expect(detectDecimal(['1 234.5'])).to.equal('.');
  });

  it('gives null without evidence or on a tie', () => {
    expect(detectDecimal([])).to.equal(null);
    expect(detectDecimal(['1,234', '12', 7, null, '999.000'])).to.equal(null);
    expect(detectDecimal(['12,5', '12.5'])).to.equal(null);
  });

  it('lets the majority win', () => {
    expect(detectDecimal(['12,5', '1.5', '2,5'])).to.equal(',');
  });

  it('says what one text proves', () => {
    expect(decimalEvidence('kr 12,50')).to.equal(',');
    expect(decimalEvidence('$1,234')).to.equal(null);
    expect(decimalEvidence('1.234.567')).to.equal(',');
    expect(decimalEvidence('abc')).to.equal(null);
  });
});

describe('parseNumber properties', () => {
  const LOCALES = ['nb-NO', 'sv-SE', 'da-DK', 'nl-NL', 'en-US'] as const;
  const decimalOf = (locale: string): ',' | '.' =>
    new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')!.value as ',' | '.';
  // Cents up to a trillion, so every value has an exact 2-decimal text.
  const cents = fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 });

  it('reads back any amount Intl writes with 2 decimals, without being told the locale', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), cents, (locale, c) => {
        const value = c / 100;
        const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
        return parseNumber(text) === value;
      }),
    );
  });

  it('reads back 0 to 3 decimals when told the decimal separator', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (locale, n, digits) => {
        const value = n / 10 ** digits;
        const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
        return parseNumber(text, { decimal: decimalOf(locale) }) === value;
      }),
    );
  });

  it('reads back currency amounts in every locale, symbol or code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom('NOK', 'SEK', 'DKK', 'EUR', 'USD'),
        fc.constantFrom('symbol', 'code', 'narrowSymbol') as fc.Arbitrary<'symbol' | 'code' | 'narrowSymbol'>,
        cents,
        (locale, currency, currencyDisplay, c) => {
          const value = c / 100;
          const text = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).format(value);
          return parseNumber(text) === value;
        },
      ),
    );
  });

  it('reads back whole numbers with thousands groups in every locale', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.integer({ min: -1e15, max: 1e15 }), (locale, n) =>
        parseNumber(new Intl.NumberFormat(locale).format(n)) === n,
      ),
    );
  });

  it('reads String(x) exactly when told the decimal is "."', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }), (x) => {
        const expected = x === 0 ? 0 : x;
        return parseNumber(String(x), { decimal: '.' }) === expected;
      }),
    );
  });

  it('detects the separator of a column Intl wrote with 2 decimals', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCALES), fc.array(cents, { minLength: 1, maxLength: 20 }), (locale, list) => {
        const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 });
        return detectDecimal(list.map((c) => format.format(c / 100))) === decimalOf(locale);
      }),
    );
  });
});

describe('plainNumber (the quick reader of attributes)', () => {
  it('reads integers and up to two decimals after a dot, by hand', () => {
    expect(plainNumber('182400')).to.equal(182400);
    expect(plainNumber('-12')).to.equal(-12);
    expect(plainNumber('0.35')).to.equal(0.35);
    expect(plainNumber('1234.5')).to.equal(1234.5);
    expect(Object.is(plainNumber('-0'), 0)).to.equal(true);
  });

  it('leaves everything another reading could differ on to parseNumber', () => {
    // "1.234" is thousands to parseNumber; "007" and "+4" are numbers it reads, but not plain ones.
    for (const text of ['1.234', '0.125', '1,5', '1 234', '007', '+4', '1e3', '.5', '5.', '12 %', 'kr 12', '', ' 12']) {
      expect(plainNumber(text), text).to.equal(null);
    }
  });

  it('agrees with parseNumber on every text it reads', () => {
    fc.assert(fc.property(fc.oneof(fc.double({ noNaN: true }).map(String), fc.stringMatching(/^-?\d{1,12}(\.\d{1,4})?$/)), (text) => {
      const plain = plainNumber(text);
      if (plain !== null) expect(plain).to.equal(parseNumber(text));
    }), { numRuns: 2000 });
  });
});
