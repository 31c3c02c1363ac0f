/**
 * National public holidays of the kit's countries, for any year, from fixed
 * dates and the Gregorian Easter rule. No maintained library fit: the ones
 * with these calendars carry every country of the world (tens of KB), where
 * five calendars are a few lines.
 *
 * The lists are the statutory public holidays, the days a working-day count
 * leaves out:
 * - NO: helligdager and høytidsdager (lov om 1. og 17. mai, helligdagsloven);
 * - SE: allmänna helgdagar (lag 1989:253); Midsummer Eve, Christmas Eve and
 *   New Year's Eve are not on it, add them as dates where they are days off;
 * - DK: helligdage, without Store bededag from 2024 (abolished by law in 2023);
 * - FI: the holidays of the Finnish calendar act; eves as for SE;
 * - NL: the algemeen erkende feestdagen of the Algemene termijnenwet, with
 *   Easter and Whit Sunday; Good Friday is not one.
 */
import { addDays, dayFromYmd, isoWeekday, ymdFromDay } from './dates.js';
import type { DateRange, DayNumber } from './types.js';

export const HOLIDAY_COUNTRIES = ['NO', 'SE', 'DK', 'FI', 'NL'] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];

export function isHolidayCountry(code: string): code is HolidayCountry {
  return (HOLIDAY_COUNTRIES as readonly string[]).includes(code);
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromYmd(year, month, day);
}

/** The Saturday from `month`/`from` to six days after it (Midsummer Day, All Saints' Day in SE and FI). */
function saturdayFrom(year: number, month: number, from: number): DayNumber {
  const first = dayFromYmd(year, month, from);
  return first + ((6 - isoWeekday(first) + 7) % 7);
}

/** One country's public holidays in one year, in date order. */
export function nationalHolidays(country: HolidayCountry, year: number): DayNumber[] {
  const easter = easterSunday(year);
  const on = (month: number, day: number) => dayFromYmd(year, month, day);
  const fromEaster = (...offsets: number[]) => offsets.map((n) => addDays(easter, n));
  let days: DayNumber[];
  switch (country) {
    case 'NO':
      // Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension, Whit Sunday and Monday.
      days = [on(1, 1), ...fromEaster(-3, -2, 0, 1, 39, 49, 50), on(5, 1), on(5, 17), on(12, 25), on(12, 26)];
      break;
    case 'SE':
      days = [on(1, 1), on(1, 6), ...fromEaster(-2, 0, 1, 39, 49), on(5, 1), on(6, 6),
        saturdayFrom(year, 6, 20), saturdayFrom(year, 10, 31), on(12, 25), on(12, 26)];
      break;
    case 'DK':
      // Store bededag, the fourth Friday after Easter, until 2023.
      days = [on(1, 1), ...fromEaster(-3, -2, 0, 1, 39, 49, 50), ...(year < 2024 ? fromEaster(26) : []), on(12, 25), on(12, 26)];
      break;
    case 'FI':
      days = [on(1, 1), on(1, 6), ...fromEaster(-2, 0, 1, 39, 49), on(5, 1),
        saturdayFrom(year, 6, 20), saturdayFrom(year, 10, 31), on(12, 6), on(12, 25), on(12, 26)];
      break;
    case 'NL': {
      // King's Day is 27 April, or the 26th when the 27th is a Sunday.
      const kingsDay = isoWeekday(on(4, 27)) === 7 ? on(4, 26) : on(4, 27);
      days = [on(1, 1), ...fromEaster(0, 1, 39, 49, 50), kingsDay, on(5, 5), on(12, 25), on(12, 26)];
      break;
    }
  }
  return [...new Set(days)].sort((x, y) => x - y);
}

/**
 * What a `holidays` setting names: country codes and single dates, mixed
 * (`NO,2026-12-24`). Dates are already DayNumbers; reading the text is the
 * element's job, which words its own mistakes.
 */
export interface HolidaySpec {
  countries: readonly HolidayCountry[];
  dates: readonly DayNumber[];
}

/** Every holiday of the spec in the years `range` touches. */
export function holidayDays(spec: HolidaySpec, range: DateRange): Set<DayNumber> {
  const days = new Set<DayNumber>();
  const first = ymdFromDay(range.start).year;
  const last = ymdFromDay(range.end).year;
  for (const country of spec.countries) {
    for (let year = first; year <= last; year++) for (const day of nationalHolidays(country, year)) days.add(day);
  }
  for (const day of spec.dates) days.add(day);
  return days;
}
