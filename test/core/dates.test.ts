import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addMonths as dfAddMonths } from 'date-fns/addMonths';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { getISODay } from 'date-fns/getISODay';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { getISOWeeksInYear } from 'date-fns/getISOWeeksInYear';
import {
  addDays, addMonths, dayFromYmd, dayToLocalDate, daysInMonth, formatIsoYear, isLeapYear, isoDay, isoWeek,
  isoWeekStart, isoWeekday, isoWeeksInYear, monthIndex, toIsoDate, toIsoMonth, toIsoWeekKey, todayDay, validDay, ymdFromDay,
} from '../../src/core/dates.js';
import { detectDateFormat, isDateFormat, parseDate } from '../../src/core/date-parse.js';

/** DayNumber of an ISO date written in the test; dayFromYmd itself is pinned by hand values below. */
function d(iso: string): number {
  const [y, m, day] = iso.split('-').map(Number);
  return dayFromYmd(y, m, day);
}

const FIRST_1900 = -25567; // 70 years * 365 + 17 leap days (1904..1968) before 1970
const LAST_2100 = d('2100-12-31');

/**
 * Whether the host time zone had this calendar day. Kiritimati skipped 1994-12-31
 * and Samoa 2011-12-30 when they crossed the date line; a local Date cannot hold
 * those days, so the date-fns comparisons below leave them out.
 */
function existsLocally(day: number): boolean {
  return todayDay(dayToLocalDate(day)) === day;
}

describe('dayFromYmd / ymdFromDay', () => {
  it('pins the epoch and a few days worked out by hand', () => {
    expect(dayFromYmd(1970, 1, 1)).to.equal(0);
    expect(dayFromYmd(1969, 12, 31)).to.equal(-1);
    // 30 years * 365 + 7 leap days (1972..1996)
    expect(dayFromYmd(2000, 1, 1)).to.equal(10957);
    // 56 years * 365 + 14 leap days (1972..2024)
    expect(dayFromYmd(2026, 1, 1)).to.equal(20454);
    // 2024-01-01 = 54 * 365 + 13 = 19723; + 31 (Jan) + 28 = 19782
    expect(dayFromYmd(2024, 2, 29)).to.equal(19782);
    expect(dayFromYmd(1900, 1, 1)).to.equal(FIRST_1900);
  });

  it('rolls months and days over like Date.UTC', () => {
    expect(dayFromYmd(2026, 13, 1)).to.equal(20454 + 365); // 2027-01-01
    expect(toIsoDate(dayFromYmd(2026, 3, 0))).to.equal('2026-02-28');
    expect(toIsoDate(dayFromYmd(2024, 3, 0))).to.equal('2024-02-29');
    expect(toIsoDate(dayFromYmd(2026, 0, 1))).to.equal('2025-12-01');
    expect(toIsoDate(dayFromYmd(2026, -11, 1))).to.equal('2025-01-01');
    expect(toIsoDate(dayFromYmd(2026, 1, 32))).to.equal('2026-02-01');
  });

  it('reads a DayNumber back as year, month and day', () => {
    expect(ymdFromDay(0)).to.deep.equal({ year: 1970, month: 1, day: 1 });
    expect(ymdFromDay(-1)).to.deep.equal({ year: 1969, month: 12, day: 31 });
    expect(ymdFromDay(19782)).to.deep.equal({ year: 2024, month: 2, day: 29 });
    expect(ymdFromDay(dayFromYmd(1, 1, 1))).to.deep.equal({ year: 1, month: 1, day: 1 });
    expect(ymdFromDay(dayFromYmd(-400, 3, 1))).to.deep.equal({ year: -400, month: 3, day: 1 });
  });

  it('round-trips every day of years -1000..10000 (property)', () => {
    fc.assert(fc.property(fc.integer({ min: dayFromYmd(-1000, 1, 1), max: dayFromYmd(10000, 12, 31) }), (day) => {
      const { year, month, day: dom } = ymdFromDay(day);
      expect(month).to.be.within(1, 12);
      expect(dom).to.be.within(1, daysInMonth(year, month));
      expect(dayFromYmd(year, month, dom)).to.equal(day);
    }), { numRuns: 2000 });
  });
});

describe('daysInMonth / isLeapYear', () => {
  it('knows the Gregorian leap rule', () => {
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(2026, 2)).to.equal(28);
    expect(daysInMonth(1900, 2)).to.equal(28); // divisible by 100, not by 400
    expect(daysInMonth(2000, 2)).to.equal(29); // divisible by 400
    expect(daysInMonth(2026, 4)).to.equal(30);
    expect(daysInMonth(2026, 12)).to.equal(31);
    expect(isLeapYear(2024)).to.equal(true);
    expect(isLeapYear(2100)).to.equal(false);
  });
});

describe('validDay / isoDay', () => {
  it('reads exactly YYYY-MM-DD, and only days that exist', () => {
    // 1970-01-01 is day 0; 2026-03-31 is 56 years on: 56 × 365 + 14 leap days (1972 … 2024) + 31 + 28 + 30 = 20543.
    expect(isoDay('2026-03-31')).to.equal(20543);
    expect(isoDay('1970-01-01')).to.equal(0);
    expect(isoDay('2024-02-29')).to.equal(dayFromYmd(2024, 2, 29));
    for (const text of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-1', '31.03.2026', ' 2026-03-31', '2026-03-31T10:00', '']) {
      expect(isoDay(text), text).to.equal(null);
    }
  });

  it('gives the same day as parseDate for every ISO date it accepts', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, day) => {
      const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      expect(isoDay(text)).to.equal(parseDate(text));
      expect(validDay(y, m, day)).to.equal(parseDate(text));
    }));
  });
});

describe('toIsoDate / toIsoMonth / formatIsoYear / monthIndex', () => {
  it('formats with zero padding', () => {
    expect(toIsoDate(0)).to.equal('1970-01-01');
    expect(toIsoDate(-1)).to.equal('1969-12-31');
    expect(toIsoDate(19782)).to.equal('2024-02-29');
    expect(toIsoDate(dayFromYmd(999, 1, 5))).to.equal('0999-01-05');
    expect(toIsoMonth(19782)).to.equal('2024-02');
  });

  it('uses ISO 8601 expanded years outside 0..9999', () => {
    expect(formatIsoYear(2026)).to.equal('2026');
    expect(formatIsoYear(7)).to.equal('0007');
    expect(formatIsoYear(12345)).to.equal('+012345');
    expect(formatIsoYear(-1)).to.equal('-000001');
    expect(toIsoDate(dayFromYmd(10000, 1, 1))).to.equal('+010000-01-01');
  });

  it('puts year and month in one number', () => {
    expect(monthIndex(d('2026-03-05'))).to.equal(2026 * 12 + 2);
    expect(monthIndex(d('1969-12-31'))).to.equal(1969 * 12 + 11);
  });

  it('parseDate(toIsoDate(d)) === d for years 0..9999 (property)', () => {
    fc.assert(fc.property(fc.integer({ min: d('0000-01-01'), max: d('9999-12-31') }), (day) => {
      expect(parseDate(toIsoDate(day))).to.equal(day);
    }), { numRuns: 2000 });
  });
});

describe('todayDay / dayToLocalDate', () => {
  it('takes the LOCAL calendar date: 00:30 and 23:30 local are the same day whatever the time zone', () => {
    // Built from local components, so in Oslo, Kiritimati (UTC+14) or Pago Pago (UTC-11)
    // these are March 29th on the wall clock; UTC getters would give the 28th or 30th somewhere.
    expect(todayDay(new Date(2026, 2, 29, 0, 30))).to.equal(d('2026-03-29'));
    expect(todayDay(new Date(2026, 2, 29, 23, 30))).to.equal(d('2026-03-29'));
    // Europe's clocks jump 02:00 -> 03:00 that night; still the 29th.
    expect(todayDay(new Date(2026, 2, 29, 3, 0))).to.equal(d('2026-03-29'));
    expect(todayDay(new Date(2026, 9, 25, 2, 30))).to.equal(d('2026-10-25'));
  });

  it('defaults to now and refuses an invalid Date', () => {
    const now = new Date();
    expect(todayDay()).to.equal(dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()));
    expect(() => todayDay(new Date(Number.NaN))).to.throw(RangeError);
  });

  it('gives local midnight of the day', () => {
    const date = dayToLocalDate(d('2026-03-29'));
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).to.deep.equal([2026, 2, 29]);
    expect([date.getMinutes(), date.getSeconds(), date.getMilliseconds()]).to.deep.equal([0, 0, 0]);
    const jan = dayToLocalDate(d('2026-01-15'));
    expect(jan.getHours()).to.equal(0);
  });

  it('keeps years below 100 (the Date constructor would make 0045 into 1945)', () => {
    expect(dayToLocalDate(dayFromYmd(45, 6, 1)).getFullYear()).to.equal(45);
  });

  it('round-trips every day from 1900 to 2100, across every DST change of the host zone', () => {
    const skipped: string[] = [];
    for (let day = FIRST_1900; day <= LAST_2100; day++) {
      const back = todayDay(dayToLocalDate(day));
      if (back === day) continue;
      // Only a day the zone skipped whole may fail, and it lands on the next day.
      const { year, month, day: dom } = ymdFromDay(day);
      const noon = new Date(2000, 0, 1, 12);
      noon.setFullYear(year, month - 1, dom);
      if (back !== day + 1 || noon.getDate() === dom) expect.fail(`round trip broke at ${toIsoDate(day)}`);
      skipped.push(toIsoDate(day));
    }
    expect(skipped.length, skipped.join()).to.be.at.most(2);
  });
});

describe('isoWeekday / isoWeek / isoWeekStart / isoWeeksInYear', () => {
  it('numbers weekdays Monday 1 .. Sunday 7', () => {
    expect(isoWeekday(0)).to.equal(4); // 1970-01-01 was a Thursday
    expect(isoWeekday(d('2026-01-01'))).to.equal(4);
    expect(isoWeekday(d('2026-03-29'))).to.equal(7);
    expect(isoWeekday(d('2026-03-30'))).to.equal(1);
    expect(isoWeekday(-3)).to.equal(1); // 1969-12-29, a Monday: negative days work
  });

  it('puts 2020-12-31 and 2021-01-03 in 2020-W53 (2020 began on a Wednesday and was a leap year)', () => {
    expect(isoWeek(d('2020-12-31'))).to.deep.equal({ year: 2020, week: 53 });
    expect(isoWeek(d('2021-01-03'))).to.deep.equal({ year: 2020, week: 53 });
    expect(isoWeek(d('2021-01-04'))).to.deep.equal({ year: 2021, week: 1 });
    expect(isoWeeksInYear(2020)).to.equal(53);
    expect(isoWeeksInYear(2021)).to.equal(52);
  });

  it('gives 2026 a week 53: Jan 1 2026 is a Thursday, so Dec 31 2026 is one too', () => {
    expect(isoWeeksInYear(2026)).to.equal(53);
    expect(isoWeeksInYear(2025)).to.equal(52);
    expect(isoWeek(d('2026-12-31'))).to.deep.equal({ year: 2026, week: 53 });
    expect(isoWeek(d('2027-01-03'))).to.deep.equal({ year: 2026, week: 53 });
    expect(isoWeekStart(2026, 53)).to.equal(d('2026-12-28'));
    expect(toIsoWeekKey(d('2027-01-01'))).to.equal('2026-W53');
  });

  it('starts week 1 in the previous December when Jan 1 is Tuesday..Thursday', () => {
    // Jan 1 2026 is a Thursday, so its Monday, Dec 29 2025, opens 2026-W01.
    expect(isoWeek(d('2025-12-29'))).to.deep.equal({ year: 2026, week: 1 });
    expect(isoWeek(d('2025-12-28'))).to.deep.equal({ year: 2025, week: 52 });
    expect(isoWeekStart(2026, 1)).to.equal(d('2025-12-29'));
    // Jan 1 2025 is a Wednesday: 2025-W01 opens on Monday Dec 30 2024.
    expect(isoWeek(d('2024-12-30'))).to.deep.equal({ year: 2025, week: 1 });
    expect(toIsoWeekKey(d('2024-12-31'))).to.equal('2025-W01');
  });

  it('finds 2026-W12: Dec 29 2025 + 11 weeks = Monday Mar 16 2026', () => {
    expect(isoWeekStart(2026, 12)).to.equal(d('2026-03-16'));
    expect(isoWeek(d('2026-03-22'))).to.deep.equal({ year: 2026, week: 12 });
    expect(toIsoWeekKey(d('2026-03-05'))).to.equal('2026-W10');
  });

  it('agrees with date-fns getISOWeek/getISOWeekYear/getISODay on every day from 1900 to 2100', () => {
    for (let day = FIRST_1900; day <= LAST_2100; day++) {
      if (!existsLocally(day)) continue;
      const local = dayToLocalDate(day);
      const week = isoWeek(day);
      if (week.week !== getISOWeek(local) || week.year !== getISOWeekYear(local) || isoWeekday(day) !== getISODay(local)) {
        expect.fail(`ISO week differs from date-fns at ${toIsoDate(day)}`);
      }
    }
  });

  it('agrees with date-fns getISOWeeksInYear for 1900..2100', () => {
    for (let year = 1900; year <= 2100; year++) {
      expect(isoWeeksInYear(year), String(year)).to.equal(getISOWeeksInYear(new Date(year, 5, 1)));
    }
  });
});

describe('addDays / addMonths', () => {
  it('adds days as integers', () => {
    expect(addDays(d('2026-03-28'), 2)).to.equal(d('2026-03-30')); // across Europe's DST night
    expect(addDays(d('2026-01-01'), -1)).to.equal(d('2025-12-31'));
  });

  it('clamps the 29th..31st to a shorter month', () => {
    expect(toIsoDate(addMonths(d('2026-01-31'), 1))).to.equal('2026-02-28');
    expect(toIsoDate(addMonths(d('2024-01-31'), 1))).to.equal('2024-02-29');
    expect(toIsoDate(addMonths(d('2026-01-31'), 3))).to.equal('2026-04-30');
    expect(toIsoDate(addMonths(d('2026-03-31'), -1))).to.equal('2026-02-28');
  });

  it('moves a leap day to Feb 28 in common years and keeps it in leap years', () => {
    expect(toIsoDate(addMonths(d('2024-02-29'), -12))).to.equal('2023-02-28');
    expect(toIsoDate(addMonths(d('2024-02-29'), 12))).to.equal('2025-02-28');
    expect(toIsoDate(addMonths(d('2024-02-29'), 48))).to.equal('2028-02-29');
  });

  it('crosses year ends both ways and leaves n = 0 alone', () => {
    expect(toIsoDate(addMonths(d('2025-12-15'), 1))).to.equal('2026-01-15');
    expect(toIsoDate(addMonths(d('2026-01-15'), -13))).to.equal('2024-12-15');
    expect(addMonths(d('2026-05-31'), 0)).to.equal(d('2026-05-31'));
  });

  it('agrees with date-fns addMonths and getDaysInMonth (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: FIRST_1900, max: LAST_2100 - 366 * 21 }),
      fc.integer({ min: -240, max: 240 }),
      (day, n) => {
        const result = addMonths(day, n);
        const { year, month } = ymdFromDay(result);
        // date-fns finds month ends through the local calendar, so it needs the target month whole.
        fc.pre(existsLocally(day) && existsLocally(result) && existsLocally(dayFromYmd(year, month + 1, 0)));
        expect(result).to.equal(todayDay(dfAddMonths(dayToLocalDate(day), n)));
        expect(daysInMonth(year, month)).to.equal(getDaysInMonth(dayToLocalDate(result)));
      },
    ), { numRuns: 3000 });
  });
});

describe('parseDate', () => {
  const march5 = d('2026-03-05');

  it('reads ISO dates', () => {
    expect(parseDate('2026-03-05')).to.equal(march5);
    expect(parseDate('2026-3-5')).to.equal(march5);
    expect(parseDate('2026/03/05')).to.equal(march5);
    expect(parseDate('20260305')).to.equal(march5);
    expect(parseDate('  2026-03-05\u00a0')).to.equal(march5);
    expect(parseDate('2024-02-29')).to.equal(19782);
  });

  it('takes the calendar date of an ISO date-time as written, whatever its offset', () => {
    // 23:30 at UTC-8 is already March 6th in UTC; the export meant March 5th.
    expect(parseDate('2026-03-05T23:30:00-08:00')).to.equal(march5);
    expect(parseDate('2026-03-05T00:30:00+14:00')).to.equal(march5);
    expect(parseDate('2026-03-05T23:59:59.999Z')).to.equal(march5);
    expect(parseDate('2026-03-05 14:30')).to.equal(march5);
    expect(parseDate('2026-03-05T14:30:00+0100')).to.equal(march5);
  });

  it('never shifts a date-only string, whatever the host time zone', () => {
    // Pure integer parsing; new Date('2026-03-29') would be UTC midnight = March 28th in America.
    expect(parseDate('2026-03-29')).to.equal(d('2026-03-29'));
    expect(toIsoDate(parseDate('2026-10-25') as number)).to.equal('2026-10-25');
  });

  it('reads day-first dates with dots, dashes and slashes', () => {
    expect(parseDate('05.03.2026')).to.equal(march5);
    expect(parseDate('5.3.2026')).to.equal(march5);
    expect(parseDate('05-03-2026')).to.equal(march5);
    expect(parseDate('05/03/2026')).to.equal(march5);
    expect(parseDate('05.03.2026 14:30')).to.equal(march5);
    expect(parseDate('05.03.2026 kl. 14.30')).to.equal(null); // words are not a time
  });

  it('auto: reads month-first only when the second part is > 12 and the first is not', () => {
    expect(parseDate('03/25/2026')).to.equal(d('2026-03-25'));
    expect(parseDate('25/03/2026')).to.equal(d('2026-03-25'));
    expect(parseDate('03/04/2026')).to.equal(d('2026-04-03')); // ambiguous: day-first
    expect(parseDate('13/13/2026')).to.equal(null);
    expect(parseDate('3/5/2026, 2:30 PM')).to.equal(d('2026-05-03'));
  });

  it('lets the format settle the order, with any separator', () => {
    expect(parseDate('03/05/2026', 'MM/DD/YYYY')).to.equal(march5);
    expect(parseDate('3/5/2026, 2:30 PM', 'MM/DD/YYYY')).to.equal(march5);
    expect(parseDate('25/03/2026', 'MM/DD/YYYY')).to.equal(null);
    expect(parseDate('03/25/2026', 'DD/MM/YYYY')).to.equal(null);
    expect(parseDate('05/03/2026', 'DD.MM.YYYY')).to.equal(march5);
    expect(parseDate('05.03.2026', 'DD-MM-YYYY')).to.equal(march5);
    // A year-first date can only be year-month-day, so every format reads it.
    expect(parseDate('2026-03-05', 'DD.MM.YYYY')).to.equal(march5);
    expect(parseDate('2026-03-05', 'MM/DD/YYYY')).to.equal(march5);
    // A year-first format refuses day/month-first text instead of guessing.
    expect(parseDate('05.03.2026', 'YYYY-MM-DD')).to.equal(null);
    expect(parseDate('05/03/2026', 'YYYY/MM/DD')).to.equal(null);
    expect(parseDate('2026/03/05', 'YYYY/MM/DD')).to.equal(march5);
  });

  it('reads two-digit years with the 69 pivot', () => {
    expect(parseDate('05.03.26')).to.equal(march5);
    expect(parseDate('31.12.68')).to.equal(d('2068-12-31'));
    expect(parseDate('01.01.69')).to.equal(d('1969-01-01'));
    expect(parseDate('03/25/26')).to.equal(d('2026-03-25'));
    expect(parseDate('05.03.026')).to.equal(null);
  });

  it('reads Excel serial numbers, with the 1900 leap-year bug', () => {
    // 45000 - 25569 (1899-12-30) = 19431 = 2023-01-01 (19358) + 73 days = March 15th
    expect(parseDate(45000)).to.equal(d('2023-03-15'));
    expect(parseDate('45000')).to.equal(d('2023-03-15'));
    expect(parseDate(45000.75)).to.equal(d('2023-03-15')); // 18:00 that day
    expect(parseDate('45000,5')).to.equal(d('2023-03-15'));
    expect(parseDate(45000, 'MM/DD/YYYY')).to.equal(d('2023-03-15'));
    expect(parseDate('100')).to.equal(d('1900-04-09')); // -25569 + 100
    expect(parseDate('12.5')).to.equal(null); // a day and month without a year, not a serial
    expect(parseDate('045000')).to.equal(null);
    expect(parseDate(1)).to.equal(d('1900-01-01'));
    expect(parseDate(59)).to.equal(d('1900-02-28'));
    expect(parseDate(60)).to.equal(null); // Excel's 1900-02-29, a day that never was
    expect(parseDate(61)).to.equal(d('1900-03-01'));
    expect(parseDate(2958465)).to.equal(d('9999-12-31'));
    expect(parseDate(2958466)).to.equal(null);
    expect(parseDate(0)).to.equal(null);
    expect(parseDate(-5)).to.equal(null);
    expect(parseDate(Number.NaN)).to.equal(null);
    expect(parseDate(Number.POSITIVE_INFINITY)).to.equal(null);
  });

  it('takes the local calendar date of a Date object', () => {
    expect(parseDate(new Date(2026, 2, 5, 23, 59))).to.equal(march5);
    expect(parseDate(new Date(Number.NaN))).to.equal(null);
  });

  it('returns null for dates that do not exist and for non-dates', () => {
    for (const bad of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '31.02.2026', '00.01.2026',
      '', '   ', 'n/a', '2026-03', '05.03', '2026-03-05T', '2026-03-05x', '2026-03/05', '05.03-2026', '20261305']) {
      expect(parseDate(bad), JSON.stringify(bad)).to.equal(null);
    }
    for (const bad of [null, undefined, {}, [], true]) {
      expect(parseDate(bad), String(bad)).to.equal(null);
    }
  });

  it('reads every day the same through toIsoDate, DD.MM.YYYY and MM/DD/YYYY text (property)', () => {
    fc.assert(fc.property(fc.integer({ min: d('1000-01-01'), max: d('9999-12-31') }), (day) => {
      const { year, month, day: dom } = ymdFromDay(day);
      expect(parseDate(`${dom}.${month}.${year}`, 'DD.MM.YYYY')).to.equal(day);
      expect(parseDate(`${month}/${dom}/${year}`, 'MM/DD/YYYY')).to.equal(day);
    }), { numRuns: 1000 });
  });
});

describe('detectDateFormat / isDateFormat', () => {
  it('decides a column by the values only one order can read', () => {
    expect(detectDateFormat(['03/04/2026', '03/25/2026'])).to.equal('MM/DD/YYYY');
    expect(detectDateFormat(['03/04/2026', '25.03.2026'])).to.equal('DD/MM/YYYY');
    expect(detectDateFormat(['03/04/2026'])).to.equal('auto');
    expect(detectDateFormat(['25/03/2026', '03/25/2026'])).to.equal('auto');
    expect(detectDateFormat([])).to.equal('auto');
    expect(detectDateFormat(['2026-03-05', 45000, null])).to.equal('auto');
  });

  it('reads a US column consistently once detected', () => {
    const column = ['03/04/2026', '03/25/2026'];
    const format = detectDateFormat(column);
    expect(column.map((v) => toIsoDate(parseDate(v, format) as number))).to.deep.equal(['2026-03-04', '2026-03-25']);
  });

  it('recognises the format names', () => {
    expect(isDateFormat('MM/DD/YYYY')).to.equal(true);
    expect(isDateFormat('auto')).to.equal(true);
    expect(isDateFormat('mm/dd/yyyy')).to.equal(false);
    expect(isDateFormat(undefined)).to.equal(false);
  });
});
