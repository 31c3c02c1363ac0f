/**
 * Calendar arithmetic on DayNumbers. Reading the date strings CRM exports
 * contain is date-parse.ts: widgets whose dates are ISO never load it.
 *
 * Why integer formulas and not date-fns here: date-fns computes on `Date`
 * objects with LOCAL getters, so every call would need a DayNumber→Date→DayNumber
 * round trip. That allocates on the hot paths (a bucket key per row of a
 * million-row export) and makes the answer depend on the host time zone, which is
 * exactly what DayNumber exists to rule out. The Gregorian rules below are a few
 * lines each (Howard Hinnant's civil-date algorithms and the ISO "Thursday" rule);
 * test/core/dates.test.ts checks ISO weeks, weekdays, month lengths and month
 * arithmetic against date-fns (`getISOWeek`, `getISOWeekYear`, `getISODay`,
 * `getDaysInMonth`, `addMonths`) for every day from 1900 to 2100, so the
 * solved problem stays solved by date-fns' definition.
 */
import type { DayNumber } from './types.js';

export interface Ymd {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around New Year. */
  year: number;
  /** 1..53 */
  week: number;
}

/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const EPOCH_SHIFT = 719468;
const DAYS_PER_400_YEARS = 146097;

/**
 * The DayNumber of a calendar date. Out-of-range months and days roll over the way
 * `Date.UTC` does (month 13 is January of the next year, day 0 the last day of the
 * previous month), which keeps period arithmetic free of special cases.
 */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  if (month < 1 || month > 12) {
    const m0 = month - 1;
    year += Math.floor(m0 / 12);
    month = m0 - Math.floor(m0 / 12) * 12 + 1;
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * DAYS_PER_400_YEARS + doe - EPOCH_SHIFT;
}

// The civil date of the last `civil()` call. Bucket keys and ISO weeks read these
// instead of receiving a fresh object, so a million-row loop allocates no garbage.
let cYear = 1970;
let cMonth = 1;
let cDay = 1;

function civil(dayNumber: DayNumber): void {
  const z = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_400_YEARS);
  const doe = z - era * DAYS_PER_400_YEARS;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  cDay = doy - Math.floor((153 * mp + 2) / 5) + 1;
  cMonth = mp < 10 ? mp + 3 : mp - 9;
  cYear = yoe + era * 400 + (cMonth <= 2 ? 1 : 0);
}

export function ymdFromDay(day: DayNumber): Ymd {
  civil(day);
  return { year: cYear, month: cMonth, day: cDay };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month; `month` is 1..12. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

const PAD2: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);

/** Four digits for years 0..9999; outside that, ISO 8601's expanded form (`+010000`, `-000001`). */
export function formatIsoYear(year: number): string {
  if (year >= 1000 && year <= 9999) return String(year);
  if (year >= 0 && year < 1000) return String(year).padStart(4, '0');
  return (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
}

/** `YYYY-MM-DD`. */
export function toIsoDate(day: DayNumber): string {
  civil(day);
  return formatIsoYear(cYear) + '-' + PAD2[cMonth] + '-' + PAD2[cDay];
}

/**
 * Months since January of year 0 (`year * 12 + month - 1`): year and month in one
 * number, so per-row code can get both without an object.
 */
export function monthIndex(day: DayNumber): number {
  civil(day);
  return cYear * 12 + cMonth - 1;
}

/** `YYYY-MM`, the key of a month bucket; no allocation besides the string. */
export function toIsoMonth(day: DayNumber): string {
  civil(day);
  return formatIsoYear(cYear) + '-' + PAD2[cMonth];
}

/**
 * The calendar date `now` shows on the user's wall clock. Local getters on purpose:
 * at 00:30 in Oslo it is already tomorrow there while UTC still says today.
 */
export function todayDay(now: Date = new Date()): DayNumber {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError('todayDay: invalid Date');
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Local midnight of a day, for `Intl.DateTimeFormat` in the elements. Where the
 * host zone skipped midnight for DST the Date falls an hour later, same day; a
 * day the zone skipped whole (Kiritimati 1994-12-31, Samoa 2011-12-30) cannot
 * be a local Date and comes out as the next day.
 */
export function dayToLocalDate(day: DayNumber): Date {
  civil(day);
  // setFullYear because the Date constructor maps years 0..99 to 1900..1999.
  const date = new Date(2000, 0, 1, 0, 0, 0, 0);
  date.setFullYear(cYear, cMonth - 1, cDay);
  return date;
}

/** ISO weekday: Monday 1 … Sunday 7. 1970-01-01 was a Thursday. */
export function isoWeekday(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * ISO 8601 week: the week (Monday first) belongs to the year that holds its
 * Thursday, so 2025-12-29 is 2026-W01 and 2021-01-03 is 2020-W53.
 */
export function isoWeek(day: DayNumber): IsoWeek {
  const thursday = day - isoWeekday(day) + 4;
  civil(thursday);
  const year = cYear;
  return { year, week: Math.floor((thursday - dayFromYmd(year, 1, 1)) / 7) + 1 };
}

/** `YYYY-Www`, the key of a week bucket. */
export function toIsoWeekKey(day: DayNumber): string {
  const thursday = day - isoWeekday(day) + 4;
  civil(thursday);
  const week = Math.floor((thursday - dayFromYmd(cYear, 1, 1)) / 7) + 1;
  return formatIsoYear(cYear) + '-W' + PAD2[week];
}

/** The Monday of ISO week `week` of ISO year `year`: week 1 is the week holding January 4th. */
export function isoWeekStart(year: number, week: number): DayNumber {
  const jan4 = dayFromYmd(year, 1, 4);
  return jan4 - isoWeekday(jan4) + 1 + (week - 1) * 7;
}

/** 52 or 53. December 28th is always in the last ISO week of its year. */
export function isoWeeksInYear(year: number): number {
  return isoWeek(dayFromYmd(year, 12, 28)).week;
}

export function addDays(day: DayNumber, n: number): DayNumber {
  return day + n;
}

/**
 * The same day of the month `n` months later (or earlier for negative `n`); a day
 * the target month lacks clamps to its last day: Jan 31 + 1 month = Feb 28/29.
 * Same rule as date-fns `addMonths`.
 */
export function addMonths(day: DayNumber, n: number): DayNumber {
  civil(day);
  const total = cYear * 12 + (cMonth - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayFromYmd(year, month, Math.min(cDay, daysInMonth(year, month)));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day of a year, month and day that exist together (2026-02-30 does not); null otherwise. */
export function validDay(year: number, month: number, day: number): DayNumber | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromYmd(year, month, day);
}

/** A real calendar date written exactly as YYYY-MM-DD; null otherwise. */
export function isoDay(text: string): DayNumber | null {
  const m = ISO_DATE.exec(text);
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
