import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { DateRange, DayNumber, Granularity } from '../../src/core/types.js';
import { dayFromYmd, isoWeekday, toIsoDate } from '../../src/core/dates.js';
import {
  PeriodError, bucketKey, bucketShares, buckets, comparisonRange, isGranularity, isWorkingDay, parsePeriod, workingDaysIn,
  type ResolvedPeriod,
} from '../../src/core/periods.js';

function d(iso: string): DayNumber {
  const [y, m, day] = iso.split('-').map(Number);
  return dayFromYmd(y, m, day);
}

/** A range as ISO text, so failures read as dates. */
function iso(range: DateRange | null): [string, string] | null {
  return range && [toIsoDate(range.start), toIsoDate(range.end)];
}

// 2026-11-23 is a Monday in 2026-W48: Nov 1 is day 305 of a year that began on a
// Thursday (304 % 7 = 3 -> Sunday), so Nov 23 = Sunday + 22 days = Monday.
const TODAY = d('2026-11-23');

function period(expr: string, today = TODAY, fiscalYearStart = 1): ResolvedPeriod {
  return parsePeriod(expr, { today, fiscalYearStart });
}

function expectPeriod(p: ResolvedPeriod, kind: ResolvedPeriod['kind'], start: string, end: string, toDate: string): void {
  expect({ kind: p.kind, range: iso(p), toDate: toIsoDate(p.toDate) }).to.deep.equal({ kind, range: [start, end], toDate });
}

function periodError(fn: () => unknown): PeriodError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(PeriodError);
    return error as PeriodError;
  }
  return expect.fail('expected a PeriodError') as never;
}

describe('parsePeriod: relative expressions (today 2026-11-23, a Monday)', () => {
  it('today and yesterday', () => {
    expectPeriod(period('today'), 'day', '2026-11-23', '2026-11-23', '2026-11-23');
    expectPeriod(period('yesterday'), 'day', '2026-11-22', '2026-11-22', '2026-11-22');
  });

  it('ISO weeks, Monday to Sunday', () => {
    expectPeriod(period('this-week'), 'week', '2026-11-23', '2026-11-29', '2026-11-23');
    expectPeriod(period('last-week'), 'week', '2026-11-16', '2026-11-22', '2026-11-22');
    expectPeriod(period('wtd'), 'week', '2026-11-23', '2026-11-23', '2026-11-23');
    // On a Sunday the week is still the one that began on Monday.
    expectPeriod(period('this-week', d('2026-03-29')), 'week', '2026-03-23', '2026-03-29', '2026-03-29');
  });

  it('months', () => {
    expectPeriod(period('this-month'), 'month', '2026-11-01', '2026-11-30', '2026-11-23');
    expectPeriod(period('last-month'), 'month', '2026-10-01', '2026-10-31', '2026-10-31');
    expectPeriod(period('mtd'), 'month', '2026-11-01', '2026-11-23', '2026-11-23');
    expectPeriod(period('last-month', d('2026-03-31')), 'month', '2026-02-01', '2026-02-28', '2026-02-28');
    expectPeriod(period('last-month', d('2026-01-10')), 'month', '2025-12-01', '2025-12-31', '2025-12-31');
  });

  it('quarters', () => {
    expectPeriod(period('this-quarter'), 'quarter', '2026-10-01', '2026-12-31', '2026-11-23');
    expectPeriod(period('last-quarter'), 'quarter', '2026-07-01', '2026-09-30', '2026-09-30');
    expectPeriod(period('qtd'), 'quarter', '2026-10-01', '2026-11-23', '2026-11-23');
    expectPeriod(period('last-quarter', d('2026-02-10')), 'quarter', '2025-10-01', '2025-12-31', '2025-12-31');
  });

  it('years', () => {
    expectPeriod(period('this-year'), 'year', '2026-01-01', '2026-12-31', '2026-11-23');
    expectPeriod(period('last-year'), 'year', '2025-01-01', '2025-12-31', '2025-12-31');
    expectPeriod(period('ytd'), 'year', '2026-01-01', '2026-11-23', '2026-11-23');
  });

  it('rolling windows end today', () => {
    // Nov 23 - 29 days: 23 days back is Oct 31, 6 more is Oct 25.
    expectPeriod(period('rolling-30d'), 'rolling', '2026-10-25', '2026-11-23', '2026-11-23');
    // 12 weeks = 84 days: Nov 23 - 83 = Nov 23 - 23 - 30 - 30 = Sep 1.
    expectPeriod(period('rolling-12w'), 'rolling', '2026-09-01', '2026-11-23', '2026-11-23');
    // The day after Nov 23 minus 6 months.
    expectPeriod(period('rolling-6m'), 'rolling', '2026-05-24', '2026-11-23', '2026-11-23');
    expectPeriod(period('rolling-1y'), 'rolling', '2025-11-24', '2026-11-23', '2026-11-23');
    expectPeriod(period('rolling-1d'), 'rolling', '2026-11-23', '2026-11-23', '2026-11-23');
    // Aug 31 - 6 months = Feb 28 (clamped), + 1 = Mar 1: six whole months.
    expectPeriod(period('rolling-6m', d('2026-08-31')), 'rolling', '2026-03-01', '2026-08-31', '2026-08-31');
  });

  it('ignores case and surrounding spaces, and keeps the expression as given', () => {
    const p = period('  This-Month ');
    expect(p.expr).to.equal('This-Month');
    expectPeriod(p, 'month', '2026-11-01', '2026-11-30', '2026-11-23');
  });
});

describe('parsePeriod: absolute expressions', () => {
  it('a year, a quarter, a month, an ISO week and a day', () => {
    expectPeriod(period('2026'), 'year', '2026-01-01', '2026-12-31', '2026-11-23');
    expectPeriod(period('2026-Q1'), 'quarter', '2026-01-01', '2026-03-31', '2026-03-31');
    expectPeriod(period('2026-q4'), 'quarter', '2026-10-01', '2026-12-31', '2026-11-23');
    expectPeriod(period('2026-03'), 'month', '2026-03-01', '2026-03-31', '2026-03-31');
    expectPeriod(period('2024-02'), 'month', '2024-02-01', '2024-02-29', '2024-02-29');
    expectPeriod(period('2026-W12'), 'week', '2026-03-16', '2026-03-22', '2026-03-22');
    expectPeriod(period('2026-W01'), 'week', '2025-12-29', '2026-01-04', '2026-01-04');
    expectPeriod(period('2026-W53', d('2027-06-01')), 'week', '2026-12-28', '2027-01-03', '2027-01-03');
    expectPeriod(period('2020-W53'), 'week', '2020-12-28', '2021-01-03', '2021-01-03');
    expectPeriod(period('2026-03-05'), 'day', '2026-03-05', '2026-03-05', '2026-03-05');
    expectPeriod(period('2024-02-29'), 'day', '2024-02-29', '2024-02-29', '2024-02-29');
  });

  it('ranges, from the start of the left side to the end of the right side', () => {
    expectPeriod(period('2026-01-01/2026-03-31'), 'custom', '2026-01-01', '2026-03-31', '2026-03-31');
    expectPeriod(period('2026-01 / 2026-03'), 'custom', '2026-01-01', '2026-03-31', '2026-03-31');
    expectPeriod(period('2026-03-05/2026-03-05'), 'custom', '2026-03-05', '2026-03-05', '2026-03-05');
    expectPeriod(period('2026-11-01/2026-12-10'), 'custom', '2026-11-01', '2026-12-10', '2026-11-23');
  });

  it('a future period has a toDate before its start: nothing can have data yet', () => {
    const p = period('2027-01');
    expectPeriod(p, 'month', '2027-01-01', '2027-01-31', '2026-11-23');
    expect(p.toDate < p.start).to.equal(true);
  });

  it('a period spanning the DST change (2026-03-29 in Europe) has exactly its days', () => {
    const week = period('2026-W13'); // Monday Mar 23 .. Sunday Mar 29, clocks go forward on the 29th
    expectPeriod(week, 'week', '2026-03-23', '2026-03-29', '2026-03-29');
    expect(week.end - week.start + 1).to.equal(7);
    expect(buckets(week, 'day').map((b) => b.key)).to.deep.equal([
      '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29',
    ]);
    expect(workingDaysIn(week)).to.equal(5);
    const march = period('2026-03');
    expect(buckets(march, 'day')).to.have.length(31);
    const october = period('2026-10'); // clocks go back on Oct 25
    expect(october.end - october.start + 1).to.equal(31);
  });
});

describe('parsePeriod: fiscal years (named by the calendar year they start in)', () => {
  it('fiscalYearStart 4: 2026 is April 2026 .. March 2027', () => {
    expectPeriod(period('2026', TODAY, 4), 'year', '2026-04-01', '2027-03-31', '2026-11-23');
    expectPeriod(period('2026-Q1', TODAY, 4), 'quarter', '2026-04-01', '2026-06-30', '2026-06-30');
    expectPeriod(period('2026-Q4', TODAY, 4), 'quarter', '2027-01-01', '2027-03-31', '2026-11-23');
  });

  it('fiscalYearStart 4 on 2026-02-10: still fiscal 2025, in its Q4', () => {
    const feb10 = d('2026-02-10');
    expectPeriod(period('this-year', feb10, 4), 'year', '2025-04-01', '2026-03-31', '2026-02-10');
    expectPeriod(period('last-year', feb10, 4), 'year', '2024-04-01', '2025-03-31', '2025-03-31');
    expectPeriod(period('ytd', feb10, 4), 'year', '2025-04-01', '2026-02-10', '2026-02-10');
    expectPeriod(period('this-quarter', feb10, 4), 'quarter', '2026-01-01', '2026-03-31', '2026-02-10');
    expectPeriod(period('last-quarter', feb10, 4), 'quarter', '2025-10-01', '2025-12-31', '2025-12-31');
    expectPeriod(period('qtd', feb10, 4), 'quarter', '2026-01-01', '2026-02-10', '2026-02-10');
  });

  it('fiscalYearStart 2: quarters Feb-Apr, May-Jul, Aug-Oct, Nov-Jan', () => {
    expectPeriod(period('this-quarter', TODAY, 2), 'quarter', '2026-11-01', '2027-01-31', '2026-11-23');
    expectPeriod(period('last-quarter', TODAY, 2), 'quarter', '2026-08-01', '2026-10-31', '2026-10-31');
    expectPeriod(period('this-year', TODAY, 2), 'year', '2026-02-01', '2027-01-31', '2026-11-23');
  });

  it('fiscalYearStart 12: 2026 is December 2026 .. November 2027', () => {
    expectPeriod(period('2026', TODAY, 12), 'year', '2026-12-01', '2027-11-30', '2026-11-23');
    expectPeriod(period('this-year', TODAY, 12), 'year', '2025-12-01', '2026-11-30', '2026-11-23');
  });

  it('does not move months, weeks or days', () => {
    expectPeriod(period('this-month', TODAY, 4), 'month', '2026-11-01', '2026-11-30', '2026-11-23');
    expectPeriod(period('2026-03', TODAY, 7), 'month', '2026-03-01', '2026-03-31', '2026-03-31');
    expectPeriod(period('2026-W12', TODAY, 7), 'week', '2026-03-16', '2026-03-22', '2026-03-22');
  });
});

describe('parsePeriod: invalid input throws PeriodError', () => {
  it('refuses what is not a period', () => {
    for (const expr of ['', '   ', 'next-month', 'this-decade', 'rolling-30x', 'rolling-30', 'rolling--1d',
      '26-03', '2026-', '2026/', '/2026', '2026-01-01/2026-02-01/2026-03-01', '2026-03-05T10:00', 'Q1-2026']) {
      const error = periodError(() => period(expr));
      expect(error.reason, expr).to.equal('syntax');
    }
  });

  it('refuses days, weeks, months and quarters that do not exist', () => {
    for (const expr of ['2026-Q5', '2026-Q0', '2026-13', '2026-00', '2026-W54', '2025-W53', '2026-W00',
      '2026-02-29', '2026-02-30', '2026-04-31', '2026-01-01/2026-02-30']) {
      const error = periodError(() => period(expr));
      expect(error.reason, expr).to.equal('no-such-date');
    }
  });

  it('refuses a range that ends before it starts, and an empty rolling window', () => {
    expect(periodError(() => period('2026-03-31/2026-03-01')).reason).to.equal('order');
    expect(periodError(() => period('rolling-0d')).reason).to.equal('syntax');
  });

  it('refuses a period longer than 100 years (36 525 days), so no chart is asked for millions of days', () => {
    // 1950-01-01..2049-12-31 is 100 × 365 days + 25 leap days (1952, 1956, …, 2048; 2000 is one) = 36 525.
    const century = period('1950-01-01/2049-12-31');
    expect(century.end - century.start + 1).to.equal(36525);
    const longer = periodError(() => period('1950-01-01/2050-01-01'));
    expect(longer.reason).to.equal('too-long');
    expect(longer.message).to.equal('Period "1950-01-01/2050-01-01" is longer than 36525 days.');
    expect(periodError(() => period('0001-01-01/9999-12-31')).reason).to.equal('too-long');
    expect(periodError(() => period('rolling-99999y')).reason).to.equal('too-long');
  });

  it('refuses bad options', () => {
    for (const fiscalYearStart of [0, 13, 1.5, Number.NaN]) {
      expect(periodError(() => parsePeriod('this-year', { today: TODAY, fiscalYearStart })).reason).to.equal('option');
    }
    expect(periodError(() => parsePeriod('today', { today: Number.NaN })).reason).to.equal('option');
    expect(periodError(() => parsePeriod(null as unknown as string, { today: TODAY })).reason).to.equal('syntax');
  });

  it('carries a stable code, the expression and a plain English message', () => {
    const error = periodError(() => period(' 2025-W53 '));
    expect(error).to.be.instanceOf(Error);
    expect(error.code).to.equal('period');
    expect(error.expr).to.equal('2025-W53');
    expect(error.name).to.equal('PeriodError');
    expect(error.message).to.contain('"2025-W53"').and.contain('2025 has ISO weeks 1..52');
  });
});

describe('comparisonRange', () => {
  it("'none' compares with nothing", () => {
    expect(comparisonRange(period('this-month'), 'none')).to.equal(null);
  });

  it('elapsed share: this-month on 2026-11-23 compares Nov 1..23 with Oct 1..23', () => {
    expect(iso(comparisonRange(period('this-month'), 'previous-period'))).to.deep.equal(['2026-10-01', '2026-10-23']);
    expect(iso(comparisonRange(period('mtd'), 'previous-period'))).to.deep.equal(['2026-10-01', '2026-10-23']);
    expect(iso(comparisonRange(period('this-month'), 'previous-year'))).to.deep.equal(['2025-11-01', '2025-11-23']);
  });

  it('elapsed share clamps to a shorter previous month', () => {
    // March 30th -> February has no 30th: all of February.
    expect(iso(comparisonRange(period('this-month', d('2026-03-30')), 'previous-period'))).to.deep.equal(['2026-02-01', '2026-02-28']);
    expect(iso(comparisonRange(period('this-month', d('2024-03-30')), 'previous-period'))).to.deep.equal(['2024-02-01', '2024-02-29']);
    // Feb 27th: not finished, so Jan 1..27.
    expect(iso(comparisonRange(period('this-month', d('2026-02-27')), 'previous-period'))).to.deep.equal(['2026-01-01', '2026-01-27']);
  });

  it('a finished period compares with the whole previous one', () => {
    // On Feb 28th February is complete: all of January, not Jan 1..28.
    expect(iso(comparisonRange(period('this-month', d('2026-02-28')), 'previous-period'))).to.deep.equal(['2026-01-01', '2026-01-31']);
    expect(iso(comparisonRange(period('last-month'), 'previous-period'))).to.deep.equal(['2026-09-01', '2026-09-30']);
    expect(iso(comparisonRange(period('last-month'), 'previous-year'))).to.deep.equal(['2025-10-01', '2025-10-31']);
    expect(iso(comparisonRange(period('2026-03'), 'previous-period'))).to.deep.equal(['2026-02-01', '2026-02-28']);
    expect(iso(comparisonRange(period('2024-03'), 'previous-period'))).to.deep.equal(['2024-02-01', '2024-02-29']);
  });

  it('keeps whole months whole a year earlier across leap years', () => {
    expect(iso(comparisonRange(period('2024-02'), 'previous-year'))).to.deep.equal(['2023-02-01', '2023-02-28']);
    expect(iso(comparisonRange(period('2025-02'), 'previous-year'))).to.deep.equal(['2024-02-01', '2024-02-29']);
  });

  it('quarters: Oct 1..Nov 23 compares with Jul 1..Aug 23', () => {
    expect(iso(comparisonRange(period('this-quarter'), 'previous-period'))).to.deep.equal(['2026-07-01', '2026-08-23']);
    expect(iso(comparisonRange(period('qtd'), 'previous-period'))).to.deep.equal(['2026-07-01', '2026-08-23']);
    expect(iso(comparisonRange(period('this-quarter'), 'previous-year'))).to.deep.equal(['2025-10-01', '2025-11-23']);
    expect(iso(comparisonRange(period('last-quarter'), 'previous-period'))).to.deep.equal(['2026-04-01', '2026-06-30']);
    expect(iso(comparisonRange(period('2026-Q1'), 'previous-period'))).to.deep.equal(['2025-10-01', '2025-12-31']);
  });

  it('fiscal quarters and years (fiscalYearStart 4, today 2026-02-10)', () => {
    const feb10 = d('2026-02-10');
    expect(iso(comparisonRange(period('this-quarter', feb10, 4), 'previous-period'))).to.deep.equal(['2025-10-01', '2025-11-10']);
    expect(iso(comparisonRange(period('ytd', feb10, 4), 'previous-period'))).to.deep.equal(['2024-04-01', '2025-02-10']);
    expect(iso(comparisonRange(period('2026', TODAY, 4), 'previous-year'))).to.deep.equal(['2025-04-01', '2025-11-23']);
  });

  it('years: previous period and previous year agree', () => {
    expect(iso(comparisonRange(period('this-year'), 'previous-period'))).to.deep.equal(['2025-01-01', '2025-11-23']);
    expect(iso(comparisonRange(period('this-year'), 'previous-year'))).to.deep.equal(['2025-01-01', '2025-11-23']);
    expect(iso(comparisonRange(period('ytd'), 'previous-period'))).to.deep.equal(['2025-01-01', '2025-11-23']);
    expect(iso(comparisonRange(period('last-year'), 'previous-period'))).to.deep.equal(['2024-01-01', '2024-12-31']);
  });

  it('leap day: ytd and a single day one year earlier', () => {
    expect(iso(comparisonRange(period('ytd', d('2024-02-29')), 'previous-year'))).to.deep.equal(['2023-01-01', '2023-02-28']);
    expect(iso(comparisonRange(period('ytd', d('2025-03-01')), 'previous-year'))).to.deep.equal(['2024-01-01', '2024-03-01']);
    expect(iso(comparisonRange(period('2024-02-29'), 'previous-year'))).to.deep.equal(['2023-02-28', '2023-02-28']);
    expect(iso(comparisonRange(period('2024-02-29'), 'previous-period'))).to.deep.equal(['2024-02-28', '2024-02-28']);
  });

  it('days', () => {
    expect(iso(comparisonRange(period('today'), 'previous-period'))).to.deep.equal(['2026-11-22', '2026-11-22']);
    expect(iso(comparisonRange(period('today'), 'previous-year'))).to.deep.equal(['2025-11-23', '2025-11-23']);
    expect(iso(comparisonRange(period('yesterday'), 'previous-period'))).to.deep.equal(['2026-11-21', '2026-11-21']);
  });

  it('weeks: the same weekdays of the week before, or of the same ISO week number a year earlier', () => {
    // Monday of W48: only Mondays compare.
    expect(iso(comparisonRange(period('this-week'), 'previous-period'))).to.deep.equal(['2026-11-16', '2026-11-16']);
    // 2025-W01 starts Mon Dec 30 2024; + 47 weeks (329 days) = Mon Nov 24 2025.
    expect(iso(comparisonRange(period('this-week'), 'previous-year'))).to.deep.equal(['2025-11-24', '2025-11-24']);
    expect(iso(comparisonRange(period('last-week'), 'previous-year'))).to.deep.equal(['2025-11-17', '2025-11-23']);
    expect(iso(comparisonRange(period('this-week', d('2026-11-26')), 'previous-period'))).to.deep.equal(['2026-11-16', '2026-11-19']);
    expect(iso(comparisonRange(period('2026-W12'), 'previous-period'))).to.deep.equal(['2026-03-09', '2026-03-15']);
  });

  it('week 53 compares with week 52 of a year that has none', () => {
    const w53 = period('2026-W53', d('2027-06-01'));
    // 2026-W01 starts Dec 29 2025, so 2025-W52 is Dec 22..28 2025.
    expect(iso(comparisonRange(w53, 'previous-year'))).to.deep.equal(['2025-12-22', '2025-12-28']);
    expect(iso(comparisonRange(w53, 'previous-period'))).to.deep.equal(['2026-12-21', '2026-12-27']);
    // 2020-W53 -> 2019-W52: 2019-W01 starts Dec 31 2018, + 51 weeks = Dec 23 2019.
    expect(iso(comparisonRange(period('2020-W53'), 'previous-year'))).to.deep.equal(['2019-12-23', '2019-12-29']);
    // A year with 53 weeks before it keeps the number: 2021-W53 does not exist, 2027-W01 -> 2026-W01.
    expect(iso(comparisonRange(period('2027-W01', d('2027-06-01')), 'previous-year'))).to.deep.equal(['2025-12-29', '2026-01-04']);
  });

  it('custom ranges of whole months step back by whole months', () => {
    expect(iso(comparisonRange(period('2026-01-01/2026-03-31'), 'previous-period'))).to.deep.equal(['2025-10-01', '2025-12-31']);
    expect(iso(comparisonRange(period('2026-01-01/2026-03-31'), 'previous-year'))).to.deep.equal(['2025-01-01', '2025-03-31']);
    expect(iso(comparisonRange(period('2025-02-01/2025-02-28'), 'previous-year'))).to.deep.equal(['2024-02-01', '2024-02-29']);
    // Running: Oct 1..Nov 23 of Oct..Dec -> Jul 1..Aug 23.
    expect(iso(comparisonRange(period('2026-10-01/2026-12-31'), 'previous-period'))).to.deep.equal(['2026-07-01', '2026-08-23']);
  });

  it('other custom ranges step back by their number of days', () => {
    // 10 days (Mar 10..19) -> the 10 days before: Feb 28..Mar 9.
    expect(iso(comparisonRange(period('2026-03-10/2026-03-19'), 'previous-period'))).to.deep.equal(['2026-02-28', '2026-03-09']);
    expect(iso(comparisonRange(period('2026-03-10/2026-03-19'), 'previous-year'))).to.deep.equal(['2025-03-10', '2025-03-19']);
    // Running: Nov 1..Dec 10 is 40 days, 23 elapsed -> Nov 1 - 40 = Sep 22, + 22 = Oct 14.
    expect(iso(comparisonRange(period('2026-11-01/2026-12-10'), 'previous-period'))).to.deep.equal(['2026-09-22', '2026-10-14']);
    expect(iso(comparisonRange(period('2026-11-01/2026-12-10'), 'previous-year'))).to.deep.equal(['2025-11-01', '2025-11-23']);
  });

  it('rolling windows: the window before, or the same window ending a year ago', () => {
    expect(iso(comparisonRange(period('rolling-30d'), 'previous-period'))).to.deep.equal(['2026-09-25', '2026-10-24']);
    expect(iso(comparisonRange(period('rolling-30d'), 'previous-year'))).to.deep.equal(['2025-10-25', '2025-11-23']);
    // 84 days ending Aug 31: Aug 31 - 83 = Aug 31 - 30 - 31 - 22 = Jun 9.
    expect(iso(comparisonRange(period('rolling-12w'), 'previous-period'))).to.deep.equal(['2026-06-09', '2026-08-31']);
    expect(iso(comparisonRange(period('rolling-6m'), 'previous-period'))).to.deep.equal(['2025-11-24', '2026-05-23']);
    expect(iso(comparisonRange(period('rolling-6m'), 'previous-year'))).to.deep.equal(['2025-05-24', '2025-11-23']);
    // Six whole months (Mar..Aug) compare with six whole months (Sep..Feb).
    expect(iso(comparisonRange(period('rolling-6m', d('2026-08-31')), 'previous-period'))).to.deep.equal(['2025-09-01', '2026-02-28']);
    // 30 days ending Mar 15 2024 (Feb 15..Mar 15, over the leap day) -> 30 days ending Mar 15 2023.
    expect(iso(comparisonRange(period('rolling-30d', d('2024-03-15')), 'previous-year'))).to.deep.equal(['2023-02-14', '2023-03-15']);
  });

  it('a period that has not begun has nothing to compare with', () => {
    expect(comparisonRange(period('2027-01'), 'previous-period')).to.equal(null);
    expect(comparisonRange(period('2027'), 'previous-year')).to.equal(null);
  });

  const todays = fc.integer({ min: d('1990-01-01'), max: d('2060-12-31') });
  const fiscalStarts = fc.integer({ min: 1, max: 12 });

  it('the period before last-X is this-X of the day before last-X began (property)', () => {
    fc.assert(fc.property(todays, fiscalStarts, fc.constantFrom('week', 'month', 'quarter', 'year'), (today, fys, unit) => {
      const last = period(`last-${unit}`, today, fys);
      const before = period(`this-${unit}`, last.start - 1, fys);
      expect(comparisonRange(last, 'previous-period')).to.deep.equal({ start: before.start, end: before.end });
    }), { numRuns: 1000 });
  });

  it('a running period compares with a part of the previous one about as long as the part elapsed (property)', () => {
    fc.assert(fc.property(todays, fiscalStarts, fc.constantFrom('month', 'quarter', 'year'), (today, fys, unit) => {
      const current = period(`this-${unit}`, today, fys);
      const previous = period(`last-${unit}`, today, fys);
      const range = comparisonRange(current, 'previous-period') as DateRange;
      expect(range.start).to.equal(previous.start);
      expect(range.end).to.be.at.most(previous.end);
      // Month lengths differ by up to 3 days; a year by the leap day.
      expect(Math.abs((range.end - range.start) - (current.toDate - current.start))).to.be.at.most(unit === 'year' ? 1 : 3);
    }), { numRuns: 1000 });
  });
});

describe('isWorkingDay / workingDaysIn', () => {
  // Norway, May 2026. May 1 2026 is a Friday (day 121 of a year that began on a Thursday).
  const norway = new Set([
    d('2026-05-01'), // Labour Day, Friday
    d('2026-05-14'), // Ascension Day, Thursday
    d('2026-05-17'), // Constitution Day, a Sunday this year
    d('2026-05-25'), // Whit Monday
  ]);
  const may = { start: d('2026-05-01'), end: d('2026-05-31') };

  it('counts May 2026: 21 weekdays (Fri, Sat, Sun five times, Mon..Thu four) minus 3 weekday holidays = 18', () => {
    expect(workingDaysIn(may)).to.equal(21);
    expect(workingDaysIn(may, norway)).to.equal(18);
  });

  it('knows which days are working days', () => {
    expect(isWorkingDay(d('2026-05-01'), norway)).to.equal(false);
    expect(isWorkingDay(d('2026-05-01'))).to.equal(true);
    expect(isWorkingDay(d('2026-05-04'), norway)).to.equal(true); // Monday
    expect(isWorkingDay(d('2026-05-16'), norway)).to.equal(false); // Saturday
    expect(isWorkingDay(d('2026-05-17'), norway)).to.equal(false); // Sunday and holiday
  });

  it('handles empty, single-day, whole-year and pre-1970 ranges', () => {
    expect(workingDaysIn({ start: d('2026-05-02'), end: d('2026-05-01') })).to.equal(0);
    expect(workingDaysIn({ start: d('2026-05-01'), end: d('2026-05-01') }, norway)).to.equal(0);
    expect(workingDaysIn({ start: d('2026-05-04'), end: d('2026-05-04') })).to.equal(1);
    expect(workingDaysIn({ start: d('2026-05-02'), end: d('2026-05-03') })).to.equal(0);
    // 2026: 52 weeks + Thursday Jan 1 = 261; 2024: 52 weeks + Mon, Tue (leap) = 262.
    expect(workingDaysIn({ start: d('2026-01-01'), end: d('2026-12-31') })).to.equal(261);
    expect(workingDaysIn({ start: d('2024-01-01'), end: d('2024-12-31') })).to.equal(262);
    expect(workingDaysIn({ start: d('1969-12-29'), end: d('1970-01-04') })).to.equal(5);
  });

  it('ignores holidays outside the range', () => {
    expect(workingDaysIn({ start: d('2026-05-02'), end: d('2026-05-13') }, norway)).to.equal(8);
  });

  it('matches counting day by day (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: d('1950-01-01'), max: d('2050-01-01') }),
      fc.integer({ min: -3, max: 800 }),
      fc.array(fc.integer({ min: 0, max: 800 }), { maxLength: 20 }),
      (start, length, offsets) => {
        const range = { start, end: start + length };
        const holidays = new Set(offsets.map((o) => start - 10 + o));
        let expected = 0;
        for (let day = range.start; day <= range.end; day++) if (isoWeekday(day) <= 5 && !holidays.has(day)) expected++;
        expect(workingDaysIn(range, holidays)).to.equal(expected);
      },
    ), { numRuns: 500 });
  });
});

describe('bucketKey', () => {
  it('keys a day at each granularity', () => {
    const day = d('2026-03-05'); // Thursday of 2026-W10 (W12 starts Mar 16)
    expect(bucketKey(day, 'day')).to.equal('2026-03-05');
    expect(bucketKey(day, 'week')).to.equal('2026-W10');
    expect(bucketKey(day, 'month')).to.equal('2026-03');
    expect(bucketKey(day, 'quarter')).to.equal('2026-Q1');
    expect(bucketKey(day, 'year')).to.equal('2026');
  });

  it('uses the ISO week-year around New Year', () => {
    expect(bucketKey(d('2027-01-01'), 'week')).to.equal('2026-W53');
    expect(bucketKey(d('2025-12-29'), 'week')).to.equal('2026-W01');
    expect(bucketKey(d('2021-01-03'), 'week')).to.equal('2020-W53');
  });

  it('uses fiscal quarters and years', () => {
    expect(bucketKey(d('2026-03-31'), 'quarter', { fiscalYearStart: 4 })).to.equal('2025-Q4');
    expect(bucketKey(d('2026-03-31'), 'year', { fiscalYearStart: 4 })).to.equal('2025');
    expect(bucketKey(d('2026-04-01'), 'quarter', { fiscalYearStart: 4 })).to.equal('2026-Q1');
    expect(bucketKey(d('2027-02-15'), 'quarter', { fiscalYearStart: 4 })).to.equal('2026-Q4');
    expect(bucketKey(d('2026-12-01'), 'year', { fiscalYearStart: 12 })).to.equal('2026');
    expect(bucketKey(d('2026-11-30'), 'year', { fiscalYearStart: 12 })).to.equal('2025');
    expect(bucketKey(d('2026-03-31'), 'month', { fiscalYearStart: 4 })).to.equal('2026-03');
  });

  it('refuses an unknown granularity or fiscal start', () => {
    expect(periodError(() => bucketKey(0, 'hour' as Granularity)).reason).to.equal('option');
    expect(periodError(() => bucketKey(0, 'year', { fiscalYearStart: 0 })).reason).to.equal('option');
    expect(isGranularity('week')).to.equal(true);
    expect(isGranularity('hour')).to.equal(false);
  });

  it('names a bucket that parsePeriod reads back as the period holding the day (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: d('1000-01-01'), max: d('9999-06-30') }),
      fc.integer({ min: 1, max: 12 }),
      fc.constantFrom<Granularity>('day', 'week', 'month', 'quarter', 'year'),
      (day, fiscalYearStart, granularity) => {
        const p = parsePeriod(bucketKey(day, granularity, { fiscalYearStart }), { today: day, fiscalYearStart });
        expect(day).to.be.within(p.start, p.end);
      },
    ), { numRuns: 2000 });
  });
});

describe('bucketShares', () => {
  it('1 for a whole bucket, the share of its days where the range cuts one short', () => {
    // November 2026 by ISO week: Sun 1 Nov is 1 day of W44, W45..W48 whole, Mon 30 Nov 1 day of W49.
    expect(bucketShares({ start: d('2026-11-01'), end: d('2026-11-30') }, 'week')).to.deep.equal([1 / 7, 1, 1, 1, 1, 1 / 7]);
    // 15 Jan..15 Mar 2026 by month: 17 of 31 days, all 28 of February, 15 of 31.
    expect(bucketShares({ start: d('2026-01-15'), end: d('2026-03-15') }, 'month')).to.deep.equal([17 / 31, 1, 15 / 31]);
    // A whole year by quarter: every quarter whole.
    expect(bucketShares({ start: d('2026-01-01'), end: d('2026-12-31') }, 'quarter')).to.deep.equal([1, 1, 1, 1]);
  });
});

describe('buckets', () => {
  const keysAndRanges = (list: ReturnType<typeof buckets>) => list.map((b) => [b.key, toIsoDate(b.start), toIsoDate(b.end)]);

  it('days', () => {
    expect(keysAndRanges(buckets({ start: d('2026-02-27'), end: d('2026-03-02') }, 'day'))).to.deep.equal([
      ['2026-02-27', '2026-02-27', '2026-02-27'],
      ['2026-02-28', '2026-02-28', '2026-02-28'],
      ['2026-03-01', '2026-03-01', '2026-03-01'],
      ['2026-03-02', '2026-03-02', '2026-03-02'],
    ]);
  });

  it('ISO weeks, clipped to the range, across New Year', () => {
    expect(keysAndRanges(buckets({ start: d('2025-12-24'), end: d('2026-01-14') }, 'week'))).to.deep.equal([
      ['2025-W52', '2025-12-24', '2025-12-28'],
      ['2026-W01', '2025-12-29', '2026-01-04'],
      ['2026-W02', '2026-01-05', '2026-01-11'],
      ['2026-W03', '2026-01-12', '2026-01-14'],
    ]);
    expect(keysAndRanges(buckets({ start: d('2026-12-21'), end: d('2027-01-10') }, 'week'))).to.deep.equal([
      ['2026-W52', '2026-12-21', '2026-12-27'],
      ['2026-W53', '2026-12-28', '2027-01-03'],
      ['2027-W01', '2027-01-04', '2027-01-10'],
    ]);
  });

  it('months', () => {
    expect(keysAndRanges(buckets({ start: d('2024-01-15'), end: d('2024-04-10') }, 'month'))).to.deep.equal([
      ['2024-01', '2024-01-15', '2024-01-31'],
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2024-03', '2024-03-01', '2024-03-31'],
      ['2024-04', '2024-04-01', '2024-04-10'],
    ]);
  });

  it('quarters, calendar and fiscal', () => {
    expect(keysAndRanges(buckets({ start: d('2025-11-15'), end: d('2026-07-01') }, 'quarter'))).to.deep.equal([
      ['2025-Q4', '2025-11-15', '2025-12-31'],
      ['2026-Q1', '2026-01-01', '2026-03-31'],
      ['2026-Q2', '2026-04-01', '2026-06-30'],
      ['2026-Q3', '2026-07-01', '2026-07-01'],
    ]);
    expect(keysAndRanges(buckets({ start: d('2026-01-01'), end: d('2026-12-31') }, 'quarter', { fiscalYearStart: 4 }))).to.deep.equal([
      ['2025-Q4', '2026-01-01', '2026-03-31'],
      ['2026-Q1', '2026-04-01', '2026-06-30'],
      ['2026-Q2', '2026-07-01', '2026-09-30'],
      ['2026-Q3', '2026-10-01', '2026-12-31'],
    ]);
  });

  it('years, calendar and fiscal', () => {
    expect(keysAndRanges(buckets({ start: d('2024-02-29'), end: d('2026-01-01') }, 'year'))).to.deep.equal([
      ['2024', '2024-02-29', '2024-12-31'],
      ['2025', '2025-01-01', '2025-12-31'],
      ['2026', '2026-01-01', '2026-01-01'],
    ]);
    expect(keysAndRanges(buckets({ start: d('2025-01-01'), end: d('2026-12-31') }, 'year', { fiscalYearStart: 7 }))).to.deep.equal([
      ['2024', '2025-01-01', '2025-06-30'],
      ['2025', '2025-07-01', '2026-06-30'],
      ['2026', '2026-07-01', '2026-12-31'],
    ]);
  });

  it('an empty range has no buckets, a single day one', () => {
    expect(buckets({ start: d('2026-03-02'), end: d('2026-03-01') }, 'day')).to.deep.equal([]);
    expect(keysAndRanges(buckets({ start: d('2026-03-01'), end: d('2026-03-01') }, 'year'))).to.deep.equal([['2026', '2026-03-01', '2026-03-01']]);
  });

  it('refuses an unknown granularity', () => {
    expect(periodError(() => buckets({ start: 0, end: 1 }, 'hour' as Granularity)).reason).to.equal('option');
  });

  it('tile the range with no gap and no overlap, each bucket one key (property)', function () {
    // Up to 100 ranges of 1,200 days, each checked day by day: slow on a loaded CI machine.
    this.timeout(40000);
    fc.assert(fc.property(
      fc.integer({ min: d('1900-01-01'), max: d('2100-01-01') }),
      fc.integer({ min: 0, max: 1200 }),
      fc.integer({ min: 1, max: 12 }),
      fc.constantFrom<Granularity>('day', 'week', 'month', 'quarter', 'year'),
      (start, length, fiscalYearStart, granularity) => {
        const range = { start, end: start + length };
        const list = buckets(range, granularity, { fiscalYearStart });
        expect(list[0].start).to.equal(range.start);
        expect(list[list.length - 1].end).to.equal(range.end);
        const keys = new Set<string>();
        list.forEach((bucket, i) => {
          expect(bucket.start).to.be.at.most(bucket.end);
          if (i > 0) expect(bucket.start).to.equal(list[i - 1].end + 1);
          expect(bucketKey(bucket.start, granularity, { fiscalYearStart })).to.equal(bucket.key);
          expect(bucketKey(bucket.end, granularity, { fiscalYearStart })).to.equal(bucket.key);
          keys.add(bucket.key);
        });
        expect(keys.size).to.equal(list.length);
      },
    ), { numRuns: 500 });
  });
});
