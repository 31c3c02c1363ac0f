import { expect } from '@open-wc/testing';
import { easterSunday, holidayDays, nationalHolidays, type HolidayCountry } from '../../src/core/holidays.js';
import { toIsoDate } from '../../src/core/dates.js';
import { workingDaysIn } from '../../src/core/working-days.js';

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86400000;
const iso = (country: HolidayCountry, year: number) => nationalHolidays(country, year).map(toIsoDate);
/** "01-01 03-28" → ISO dates of `year`. */
const list = (year: number, text: string) => text.split(' ').map((md) => `${year}-${md}`);

// Copied by hand from the official calendars (Easter 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16):
// NO: lovdata.no helligdagsloven + 1./17. mai; SE: lag 1989:253 (Midsummer Day and All Saints' Day are the
// Saturdays 20-26 June and 31 Oct-6 Nov); DK: borger.dk helligdage (no Store bededag from 2024); FI: the holidays
// of the Finnish almanac (Helsinki University); NL: Algemene termijnenwet art. 3 (King's Day 26 April when 27 is a Sunday).
const OFFICIAL: Record<HolidayCountry, Record<number, string>> = {
  NO: {
    2024: '01-01 03-28 03-29 03-31 04-01 05-01 05-09 05-17 05-19 05-20 12-25 12-26',
    2025: '01-01 04-17 04-18 04-20 04-21 05-01 05-17 05-29 06-08 06-09 12-25 12-26',
    2026: '01-01 04-02 04-03 04-05 04-06 05-01 05-14 05-17 05-24 05-25 12-25 12-26',
    2027: '01-01 03-25 03-26 03-28 03-29 05-01 05-06 05-16 05-17 12-25 12-26',
    2028: '01-01 04-13 04-14 04-16 04-17 05-01 05-17 05-25 06-04 06-05 12-25 12-26',
  },
  SE: {
    2024: '01-01 01-06 03-29 03-31 04-01 05-01 05-09 05-19 06-06 06-22 11-02 12-25 12-26',
    2025: '01-01 01-06 04-18 04-20 04-21 05-01 05-29 06-06 06-08 06-21 11-01 12-25 12-26',
    2026: '01-01 01-06 04-03 04-05 04-06 05-01 05-14 05-24 06-06 06-20 10-31 12-25 12-26',
    2027: '01-01 01-06 03-26 03-28 03-29 05-01 05-06 05-16 06-06 06-26 11-06 12-25 12-26',
    2028: '01-01 01-06 04-14 04-16 04-17 05-01 05-25 06-04 06-06 06-24 11-04 12-25 12-26',
  },
  DK: {
    2024: '01-01 03-28 03-29 03-31 04-01 05-09 05-19 05-20 12-25 12-26',
    2025: '01-01 04-17 04-18 04-20 04-21 05-29 06-08 06-09 12-25 12-26',
    2026: '01-01 04-02 04-03 04-05 04-06 05-14 05-24 05-25 12-25 12-26',
    2027: '01-01 03-25 03-26 03-28 03-29 05-06 05-16 05-17 12-25 12-26',
    2028: '01-01 04-13 04-14 04-16 04-17 05-25 06-04 06-05 12-25 12-26',
  },
  FI: {
    2024: '01-01 01-06 03-29 03-31 04-01 05-01 05-09 05-19 06-22 11-02 12-06 12-25 12-26',
    2025: '01-01 01-06 04-18 04-20 04-21 05-01 05-29 06-08 06-21 11-01 12-06 12-25 12-26',
    2026: '01-01 01-06 04-03 04-05 04-06 05-01 05-14 05-24 06-20 10-31 12-06 12-25 12-26',
    2027: '01-01 01-06 03-26 03-28 03-29 05-01 05-06 05-16 06-26 11-06 12-06 12-25 12-26',
    2028: '01-01 01-06 04-14 04-16 04-17 05-01 05-25 06-04 06-24 11-04 12-06 12-25 12-26',
  },
  NL: {
    2024: '01-01 03-31 04-01 04-27 05-05 05-09 05-19 05-20 12-25 12-26',
    2025: '01-01 04-20 04-21 04-26 05-05 05-29 06-08 06-09 12-25 12-26',
    2026: '01-01 04-05 04-06 04-27 05-05 05-14 05-24 05-25 12-25 12-26',
    2027: '01-01 03-28 03-29 04-27 05-05 05-06 05-16 05-17 12-25 12-26',
    2028: '01-01 04-16 04-17 04-27 05-05 05-25 06-04 06-05 12-25 12-26',
  },
};

describe('easterSunday', () => {
  it('matches the published dates, the earliest and latest possible included', () => {
    const dates = [2024, 2025, 2026, 2027, 2028, 1818, 2038, 2285].map((y) => toIsoDate(easterSunday(y)));
    // 1818-03-22 is the earliest possible Easter, 2038-04-25 and 2285-03-22 the extremes of the next centuries.
    expect(dates).to.deep.equal(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '1818-03-22', '2038-04-25', '2285-03-22']);
  });
});

describe('nationalHolidays against the official lists 2024-2028', () => {
  for (const country of Object.keys(OFFICIAL) as HolidayCountry[]) {
    for (const year of [2024, 2025, 2026, 2027, 2028]) {
      it(`${country} ${year}`, () => {
        expect(iso(country, year)).to.deep.equal(list(year, OFFICIAL[country][year]));
      });
    }
  }

  it('DK kept Store bededag until 2023 (the fourth Friday after Easter: 2023-05-05)', () => {
    expect(iso('DK', 2023)).to.include('2023-05-05');
    expect(iso('DK', 2024)).not.to.include('2024-04-26');
  });
});

describe('holidayDays', () => {
  it('NO gives 18 working days in May 2026', () => {
    const may = { start: day(2026, 5, 1), end: day(2026, 5, 31) };
    // 21 weekdays (Fri 1, 4-8, 11-15, 18-22, 25-29) less Fri 1 May, Thu 14 May (Ascension), Mon 25 May
    // (Whit Monday); 17 May is a Sunday and costs nothing: 21 − 3 = 18.
    expect(workingDaysIn(may)).to.equal(21);
    expect(workingDaysIn(may, holidayDays({ countries: ['NO'], dates: [] }, may))).to.equal(18);
  });

  it('mixes countries and dates, over every year a range touches', () => {
    const range = { start: day(2026, 12, 1), end: day(2027, 1, 31) };
    const days = [...holidayDays({ countries: ['NO'], dates: [day(2026, 12, 24)] }, range)].map(toIsoDate).sort();
    // The whole of both years is given; the ones near the range show that both years and the date are in.
    expect(days).to.include.members(['2026-12-24', '2026-12-25', '2026-12-26', '2027-01-01', '2027-03-25']);
    // NO has 12 a year (11 in 2027, when Whit Monday is 17 May) plus the one date: 12 + 11 + 1.
    expect(days).to.have.length(24);
  });
});
