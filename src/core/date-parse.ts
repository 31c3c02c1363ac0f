/**
 * Reading the date strings CRM exports and editors write: ISO, day-first and
 * month-first orders, two-digit years and Excel serials. It sits apart from the
 * calendar arithmetic (dates.ts) so that a page whose widgets hold only ISO
 * dates never downloads it.
 */
import { dayFromYmd, todayDay, validDay } from './dates.js';
import type { DayNumber } from './types.js';

export type DateFormat = 'auto' | 'YYYY-MM-DD' | 'DD.MM.YYYY' | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'DD-MM-YYYY' | 'YYYY/MM/DD';

export const DATE_FORMATS: readonly DateFormat[] = [
  'auto', 'YYYY-MM-DD', 'DD.MM.YYYY', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD-MM-YYYY', 'YYYY/MM/DD',
];

export function isDateFormat(value: unknown): value is DateFormat {
  return typeof value === 'string' && (DATE_FORMATS as readonly string[]).includes(value);
}

/**
 * Two-digit years below this become 20yy, the rest 19yy (the POSIX/Python
 * `%y` rule): '31.12.68' is 2068, '01.01.69' is 1969.
 */
export const TWO_DIGIT_YEAR_PIVOT = 69;

// Excel's serial 1 is 1900-01-01 and it counts a 1900-02-29 that never was
// (serial 60, kept from Lotus 1-2-3), so from serial 61 on the epoch is 1899-12-30.
const EXCEL_EPOCH = dayFromYmd(1899, 12, 30);
const EXCEL_MAX_SERIAL = 2958465; // 9999-12-31, Excel's last date

// A time after the date is allowed and ignored: the calendar date is taken as
// written, never converted from its offset, because the export meant that date.
const TIME = String.raw`(?:(?:T|,?\s+)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`, 'i');
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`, 'i');
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// Serials in text need three digits (1900-04-09 on): '5.3' or '12.5' is a day and a
// month whose year got lost, not a date in January 1900.
const SERIAL = /^[1-9]\d{2,6}(?:[.,]\d+)?$/;

function fromExcelSerial(serial: number): DayNumber | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= EXCEL_MAX_SERIAL + 1) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  return whole < 60 ? EXCEL_EPOCH + whole + 1 : EXCEL_EPOCH + whole;
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}

/**
 * Reads a calendar date from a CRM cell. Returns null for anything that is not a
 * real date (2026-02-30, '', 'n/a').
 *
 * - ISO `2026-03-05`, and ISO date-times: the date as written, offset ignored
 *   (`2026-03-05T23:30:00-08:00` is March 5th). Also `2026/03/05`, `20260305`.
 * - Day/month orders `5.3.2026`, `5-3-2026`, `5/3/2026`, `03/05/26`, with an
 *   optional time. `format` fixes which part is the day; the separator may be any
 *   of `. / -`. With `'auto'` a value whose first part is ≤ 12 and second part
 *   > 12 is read month-first, everything else day-first (Europe's order). For a
 *   whole column, ask {@link detectDateFormat} first, so that '03/04/2026' and
 *   '03/25/2026' in one column are read the same way.
 * - Two-digit years: see {@link TWO_DIGIT_YEAR_PIVOT}.
 * - Numbers, and numeric strings of 3 to 7 digits, are Excel serial dates
 *   (45000 = 2023-03-15) in every format; a fraction (the time of day) is dropped.
 * - A `Date` gives its local calendar date, like {@link todayDay}.
 */
export function parseDate(text: unknown, format: DateFormat = 'auto'): DayNumber | null {
  if (typeof text === 'number') return fromExcelSerial(text);
  if (text instanceof Date) return Number.isNaN(text.getTime()) ? null : todayDay(text);
  if (typeof text !== 'string') return null;
  const s = text.trim();

  let m = YEAR_FIRST.exec(s);
  if (m) return validDay(Number(m[1]), Number(m[3]), Number(m[4]));

  if (SERIAL.test(s)) return fromExcelSerial(Number(s.replace(',', '.')));

  m = COMPACT.exec(s);
  if (m) return format === 'auto' || format === 'YYYY-MM-DD' ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;

  m = YEAR_LAST.exec(s);
  // Year first with a two-digit year (`24/03/05`): only when the file's order says so.
  if (format === 'YYYY/MM/DD' && m && m[4].length === 2) return validDay(fullYear(m[1].padStart(2, '0')), Number(m[3]), Number(m[4]));
  if (format === 'YYYY-MM-DD' || format === 'YYYY/MM/DD') return null;
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = fullYear(m[4]);
  const monthFirst = format === 'MM/DD/YYYY' || (format === 'auto' && first <= 12 && second > 12);
  return monthFirst ? validDay(year, first, second) : validDay(year, second, first);
}

/**
 * Decides the day/month order of a whole column from its values: month-first when
 * some value can only be month-first (`03/25/2026`) and none can only be day-first,
 * day-first in the opposite case, `'auto'` when the column gives no evidence or
 * contradicts itself (then each value is read on its own).
 */
export function detectDateFormat(values: Iterable<unknown>): DateFormat {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const m = YEAR_LAST.exec(value.trim());
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 && second <= 12) dayFirst = true;
    else if (second > 12 && first <= 12) monthFirst = true;
    if (dayFirst && monthFirst) return 'auto';
  }
  if (monthFirst) return 'MM/DD/YYYY';
  if (dayFirst) return 'DD/MM/YYYY';
  return 'auto';
}

/** The order of day, month and year in a file's dates that could be read either way. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

/** The parseDate format that reads dates in an order. */
export function formatOfOrder(order: DateOrder): DateFormat {
  return order === 'mdy' ? 'MM/DD/YYYY' : order === 'ymd' ? 'YYYY/MM/DD' : 'DD/MM/YYYY';
}

/**
 * What one column's values say about the order: how many can only be
 * day-first (`25/03/2024`), how many only month-first (`03/25/2024`), and how
 * many could be either (`03/04/2024`: both parts ≤ 12, and not the same).
 */
export interface OrderEvidence {
  dmy: number;
  mdy: number;
  ambiguous: number;
}

export function orderEvidence(values: Iterable<unknown>): OrderEvidence {
  const evidence: OrderEvidence = { dmy: 0, mdy: 0, ambiguous: 0 };
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const m = YEAR_LAST.exec(value.trim());
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 && second <= 12) evidence.dmy++;
    else if (second > 12 && first <= 12) evidence.mdy++;
    else if (first !== second && first <= 12 && second <= 12) evidence.ambiguous++;
  }
  return evidence;
}

/**
 * The order a locale writes dates in, for a file that proves none: month-first
 * where the locale writes the month before the day (`en-US`), day-first
 * everywhere else (`en-GB`, nb, da, nl; sv writes ISO dates, and a Swede's
 * `3/4` is 3 April).
 */
export function localeDateOrder(locale: string): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(2024, 10, 22))
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month' || t === 'year');
    // A locale that writes the year first (sv: 2024-11-22) writes ISO dates, not 11/22.
    return parts[0] === 'month' ? 'mdy' : 'dmy';
  } catch {
    return 'dmy';
  }
}
