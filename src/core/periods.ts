/**
 * Period expressions (`this-quarter`, `2026-W12`, `rolling-30d` …), the range a
 * comparison looks at, working days and chart buckets. All DayNumber integer
 * arithmetic, so no period can gain or lose a day over a DST change.
 *
 * Fiscal years: `fiscalYearStart` is the month (1..12) a fiscal year begins in.
 * A fiscal year is NAMED BY THE CALENDAR YEAR IT STARTS IN: with
 * `fiscalYearStart: 4`, `2026` is 2026-04-01..2027-03-31 and `2026-Q4` is
 * 2027-01-01..2027-03-31. Quarters count from the fiscal year's first month.
 * Months, weeks and days never shift. The default 1 is the calendar year.
 */
import type { CompareMode, DateRange, DayNumber, Granularity } from './types.js';
import {
  addMonths, dayFromYmd, daysInMonth, formatIsoYear, isoWeek, isoWeeksInYear, isoWeekStart, isoWeekday,
  monthIndex, toIsoDate, toIsoMonth, toIsoWeekKey, ymdFromDay,
} from './dates.js';

export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'custom' | 'rolling';

export interface ResolvedPeriod extends DateRange {
  kind: PeriodKind;
  /** The expression as given, trimmed. */
  expr: string;
  /**
   * min(end, today): the last day that can have data. Less than `start` when the
   * period lies wholly in the future.
   */
  toDate: DayNumber;
}

/**
 * Why a period was refused, for the elements' translated message:
 * - `syntax`: not a period expression at all;
 * - `no-such-date`: the right shape for a day, week, month or quarter that does not
 *   exist (`2026-02-30`, `2025-W53`, `2026-Q5`, `2026-13`);
 * - `order`: a range whose end is before its start;
 * - `option`: `today`, `fiscalYearStart` or a granularity that is not valid;
 * - `too-long`: more than {@link MAX_PERIOD_DAYS} days (`0001-01-01/9999-12-31`,
 *   `rolling-99999y`): a chart of it by day would need millions of buckets and
 *   take the browser tab down.
 */
export type PeriodErrorReason = 'syntax' | 'no-such-date' | 'order' | 'option' | 'too-long';

/** The longest period: 100 years, which by day is 36 525 buckets. */
export const MAX_PERIOD_DAYS = 36_525;

export class PeriodError extends Error {
  readonly code = 'period' as const;
  readonly expr: string;
  readonly reason: PeriodErrorReason;

  constructor(expr: string, reason: PeriodErrorReason, detail?: string) {
    const what: Record<PeriodErrorReason, string> = {
      syntax: 'is not a period. Use e.g. this-month, last-quarter, 2026-Q1, 2026-03, 2026-W12, 2026-01-01/2026-03-31 or rolling-30d',
      'no-such-date': 'names a day, week, month or quarter that does not exist',
      order: 'ends before it starts',
      option: 'cannot be used',
      'too-long': `is longer than ${MAX_PERIOD_DAYS} days`,
    };
    super(`Period "${expr}" ${what[reason]}${detail ? ` (${detail})` : ''}.`);
    this.name = 'PeriodError';
    this.expr = expr;
    this.reason = reason;
  }
}

export interface PeriodOptions {
  today: DayNumber;
  /** Month 1..12 in which the fiscal year starts; 1 (default) is the calendar year. */
  fiscalYearStart?: number;
}

export interface FiscalOptions {
  fiscalYearStart?: number;
}

function checkFiscalYearStart(fiscalYearStart: number, expr: string): void {
  if (!Number.isInteger(fiscalYearStart) || fiscalYearStart < 1 || fiscalYearStart > 12) {
    throw new PeriodError(expr, 'option', `fiscalYearStart must be a month 1..12, got ${String(fiscalYearStart)}`);
  }
}

/** The first day of the month with this monthIndex (dayFromYmd rolls month over into years). */
function dayOfMonthIndex(index: number): DayNumber {
  return dayFromYmd(0, index + 1, 1);
}

/**
 * Months since the start of fiscal year 0: its /12 is the fiscal year's name,
 * its %12 the month within the fiscal year (0 = first).
 */
function fiscalMonthIndex(day: DayNumber, fiscalYearStart: number): number {
  return monthIndex(day) - (fiscalYearStart - 1);
}

function fiscalYearStartOf(day: DayNumber, fiscalYearStart: number): DayNumber {
  const fiscal = fiscalMonthIndex(day, fiscalYearStart);
  return dayOfMonthIndex(fiscal - (((fiscal % 12) + 12) % 12) + fiscalYearStart - 1);
}

function quarterStartOf(day: DayNumber, fiscalYearStart: number): DayNumber {
  const fiscal = fiscalMonthIndex(day, fiscalYearStart);
  return dayOfMonthIndex(fiscal - (((fiscal % 3) + 3) % 3) + fiscalYearStart - 1);
}

function monthStartOf(day: DayNumber): DayNumber {
  return dayOfMonthIndex(monthIndex(day));
}

/** The last day of the span of `months` whole months that starts on `monthStart`. */
function monthSpanEnd(monthStart: DayNumber, months: number): DayNumber {
  return dayOfMonthIndex(monthIndex(monthStart) + months) - 1;
}

function isMonthEnd(day: DayNumber): boolean {
  const { year, month, day: d } = ymdFromDay(day);
  return d === daysInMonth(year, month);
}

const ROLLING = /^rolling-(\d{1,5})([dwmy])$/;
const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-q(\d)$/;
const MONTH = /^(\d{4})-(\d{1,2})$/;
const WEEK = /^(\d{4})-w(\d{1,2})$/;
const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

type Span = Pick<ResolvedPeriod, 'start' | 'end' | 'kind'>;

function resolveSingle(text: string, expr: string, today: DayNumber, fys: number): Span {
  switch (text) {
    case 'today':
      return { kind: 'day', start: today, end: today };
    case 'yesterday':
      return { kind: 'day', start: today - 1, end: today - 1 };
    case 'this-week':
    case 'last-week': {
      const start = today - isoWeekday(today) + 1 - (text === 'last-week' ? 7 : 0);
      return { kind: 'week', start, end: start + 6 };
    }
    case 'this-month':
    case 'last-month': {
      const start = addMonths(monthStartOf(today), text === 'last-month' ? -1 : 0);
      return { kind: 'month', start, end: monthSpanEnd(start, 1) };
    }
    case 'this-quarter':
    case 'last-quarter': {
      const start = addMonths(quarterStartOf(today, fys), text === 'last-quarter' ? -3 : 0);
      return { kind: 'quarter', start, end: monthSpanEnd(start, 3) };
    }
    case 'this-year':
    case 'last-year': {
      const start = addMonths(fiscalYearStartOf(today, fys), text === 'last-year' ? -12 : 0);
      return { kind: 'year', start, end: monthSpanEnd(start, 12) };
    }
    case 'wtd':
      return { kind: 'week', start: today - isoWeekday(today) + 1, end: today };
    case 'mtd':
      return { kind: 'month', start: monthStartOf(today), end: today };
    case 'qtd':
      return { kind: 'quarter', start: quarterStartOf(today, fys), end: today };
    case 'ytd':
      return { kind: 'year', start: fiscalYearStartOf(today, fys), end: today };
  }

  let m = ROLLING.exec(text);
  if (m) {
    const n = Number(m[1]);
    if (n < 1) throw new PeriodError(expr, 'syntax', 'a rolling period needs at least 1 unit');
    const unit = m[2];
    const start = unit === 'd' ? today - n + 1
      : unit === 'w' ? today - 7 * n + 1
        : addMonths(today, -(unit === 'm' ? n : 12 * n)) + 1;
    return { kind: 'rolling', start, end: today };
  }

  m = YEAR.exec(text);
  if (m) {
    const start = dayFromYmd(Number(m[1]), fys, 1);
    return { kind: 'year', start, end: monthSpanEnd(start, 12) };
  }

  m = QUARTER.exec(text);
  if (m) {
    const q = Number(m[2]);
    if (q < 1 || q > 4) throw new PeriodError(expr, 'no-such-date', 'quarters are Q1..Q4');
    const start = dayFromYmd(Number(m[1]), fys + 3 * (q - 1), 1);
    return { kind: 'quarter', start, end: monthSpanEnd(start, 3) };
  }

  m = MONTH.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new PeriodError(expr, 'no-such-date', 'months are 01..12');
    const start = dayFromYmd(Number(m[1]), month, 1);
    return { kind: 'month', start, end: monthSpanEnd(start, 1) };
  }

  m = WEEK.exec(text);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    const weeks = isoWeeksInYear(year);
    if (week < 1 || week > weeks) throw new PeriodError(expr, 'no-such-date', `${year} has ISO weeks 1..${weeks}`);
    const start = isoWeekStart(year, week);
    return { kind: 'week', start, end: start + 6 };
  }

  m = DAY.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      throw new PeriodError(expr, 'no-such-date');
    }
    const start = dayFromYmd(year, month, day);
    return { kind: 'day', start, end: start };
  }

  throw new PeriodError(expr, 'syntax');
}

/**
 * Resolves a period expression against `today`:
 * `today`, `yesterday`, `this-`/`last-` + `week|month|quarter|year`, `wtd`, `mtd`,
 * `qtd`, `ytd`, `2026`, `2026-Q1`, `2026-03`, `2026-W12`, `2026-03-05`,
 * `rolling-30d|12w|6m|1y` (ending today), and ranges `A/B` whose sides are any of
 * the above (`2026-01-01/2026-03-31`, `2026-01/2026-03`), from the start of A to
 * the end of B. Case and surrounding spaces are ignored. Weeks are ISO weeks.
 * @throws PeriodError
 */
export function parsePeriod(expr: string, { today, fiscalYearStart = 1 }: PeriodOptions): ResolvedPeriod {
  const given = typeof expr === 'string' ? expr.trim() : String(expr);
  if (!Number.isInteger(today)) throw new PeriodError(given, 'option', `today must be a DayNumber, got ${String(today)}`);
  checkFiscalYearStart(fiscalYearStart, given);
  if (typeof expr !== 'string' || given === '') throw new PeriodError(given, 'syntax');

  const text = given.toLowerCase();
  const slash = text.indexOf('/');
  let span: Span;
  if (slash >= 0) {
    const left = text.slice(0, slash).trim();
    const right = text.slice(slash + 1).trim();
    if (left === '' || right === '' || right.includes('/')) throw new PeriodError(given, 'syntax');
    const from = resolveSingle(left, given, today, fiscalYearStart);
    const to = resolveSingle(right, given, today, fiscalYearStart);
    if (to.end < from.start) throw new PeriodError(given, 'order', `${toIsoDate(to.end)} is before ${toIsoDate(from.start)}`);
    span = { kind: 'custom', start: from.start, end: to.end };
  } else {
    span = resolveSingle(text, given, today, fiscalYearStart);
  }
  if (span.end - span.start + 1 > MAX_PERIOD_DAYS) throw new PeriodError(given, 'too-long');
  return { ...span, expr: given, toDate: Math.min(span.end, today) };
}

const MONTHS_PER_KIND: Partial<Record<PeriodKind, number>> = { month: 1, quarter: 3, year: 12 };

/**
 * The comparison for a span made of `unitMonths` whole months starting at `start`,
 * moved back by `shiftMonths`. `covered` is the last day that counts.
 */
function monthlyComparison(start: DayNumber, unitMonths: number, covered: DayNumber, shiftMonths: number): DateRange {
  const prevStart = addMonths(start, -shiftMonths);
  const prevUnitEnd = monthSpanEnd(prevStart, unitMonths);
  const complete = covered >= monthSpanEnd(start, unitMonths);
  return { start: prevStart, end: complete ? prevUnitEnd : Math.min(addMonths(covered, -shiftMonths), prevUnitEnd) };
}

/** Whole months from `start` (a 1st) through `end` (a last day), or 0 when the range is not whole months. */
function wholeMonths(start: DayNumber, end: DayNumber): number {
  if (ymdFromDay(start).day !== 1 || !isMonthEnd(end)) return 0;
  return monthIndex(end) - monthIndex(start) + 1;
}

/**
 * The range to compare `period` with, or null for `'none'` and for a period that
 * has not begun (nothing to compare yet). Expects a period from parsePeriod.
 *
 * `previous-period` is the period before, of the same kind (the quarter before a
 * quarter, the 30 days before `rolling-30d`, the same number of whole months
 * before a custom range of whole months, else the same number of days).
 * `previous-year` is the same span one year earlier: the same dates, whole months
 * stay whole (February 2025 → all of February 2024), a day moves by 12 months
 * (2024-02-29 → 2023-02-28), an ISO week moves to the same week number (W53 → W52
 * in a year without one), a rolling window keeps its length and ends a year ago.
 *
 * ELAPSED SHARE: while a period is still running (`toDate < end`, or a to-date
 * period like `mtd`), only the same elapsed part of the comparison period
 * counts, measured as the same calendar point: the same day of the month, the
 * same weekday, the same number of days into a custom range. `this-month` on
 * 2026-11-23 compares with 2026-10-01..2026-10-23; on 2026-03-30 with all of
 * February (the 30th clamps to the 28th). A finished period compares with the
 * whole previous one.
 */
export function comparisonRange(period: ResolvedPeriod, mode: CompareMode): DateRange | null {
  if (mode === 'none') return null;
  const { start, end } = period;
  const covered = Math.min(end, period.toDate);
  if (covered < start) return null;
  const lastYear = mode === 'previous-year';

  switch (period.kind) {
    case 'day': {
      const day = lastYear ? addMonths(start, -12) : start - 1;
      return { start: day, end: day };
    }
    case 'week': {
      let prevStart = start - 7;
      if (lastYear) {
        const { year, week } = isoWeek(start);
        prevStart = isoWeekStart(year - 1, Math.min(week, isoWeeksInYear(year - 1)));
      }
      return { start: prevStart, end: prevStart + Math.min(covered - start, 6) };
    }
    case 'month':
    case 'quarter':
    case 'year': {
      const unit = MONTHS_PER_KIND[period.kind] as number;
      return monthlyComparison(start, unit, covered, lastYear ? 12 : unit);
    }
    case 'rolling': {
      const m = ROLLING.exec(period.expr.trim().toLowerCase());
      const months = m && m[2] === 'm' ? Number(m[1]) : m && m[2] === 'y' ? 12 * Number(m[1]) : 0;
      if (lastYear) {
        // The same window computed as if today were a year ago.
        const prevEnd = addMonths(end, -12);
        return { start: months ? addMonths(prevEnd, -months) + 1 : prevEnd - (end - start), end: prevEnd };
      }
      // Month windows step back by whole months from their start, so six whole
      // months (Mar 1..Aug 31) compare with six whole months (Sep 1..Feb 28).
      return { start: months ? addMonths(start, -months) : start - (end - start + 1), end: start - 1 };
    }
    case 'custom': {
      const months = wholeMonths(start, end);
      if (months > 0) return monthlyComparison(start, months, covered, lastYear ? 12 : months);
      if (lastYear) return { start: addMonths(start, -12), end: addMonths(covered, -12) };
      const length = end - start + 1;
      return { start: start - length, end: covered - length };
    }
  }
}

// Working days live in their own module: goals need them on the attribute-only
// path, where the period parser is not loaded.
export { isWorkingDay, workingDaysIn } from './working-days.js';

export interface Bucket extends DateRange {
  key: string;
}

const GRANULARITIES: readonly string[] = ['day', 'week', 'month', 'quarter', 'year'];

export function isGranularity(value: unknown): value is Granularity {
  return typeof value === 'string' && GRANULARITIES.includes(value);
}

function granularityError(granularity: unknown): PeriodError {
  return new PeriodError(String(granularity), 'option', 'granularity must be day, week, month, quarter or year');
}

/**
 * The key of the bucket holding `day`: `2026-03-05`, `2026-W12` (ISO week-year),
 * `2026-03`, `2026-Q1`, `2026` (quarter and year keys are fiscal; see the top of
 * this file). Allocation-free except for the string: it runs once per record.
 */
export function bucketKey(day: DayNumber, granularity: Granularity, options?: FiscalOptions): string {
  switch (granularity) {
    case 'day':
      return toIsoDate(day);
    case 'month':
      return toIsoMonth(day);
    case 'week':
      return toIsoWeekKey(day);
    case 'quarter':
    case 'year': {
      const fys = options?.fiscalYearStart ?? 1;
      checkFiscalYearStart(fys, granularity);
      const fiscal = fiscalMonthIndex(day, fys);
      const name = Math.floor(fiscal / 12);
      const yearKey = formatIsoYear(name);
      return granularity === 'year' ? yearKey : yearKey + '-Q' + (Math.floor((fiscal - name * 12) / 3) + 1);
    }
    default:
      throw granularityError(granularity);
  }
}

function bucketStart(day: DayNumber, granularity: Granularity, fys: number): DayNumber {
  switch (granularity) {
    case 'day': return day;
    case 'week': return day - isoWeekday(day) + 1;
    case 'month': return monthStartOf(day);
    case 'quarter': return quarterStartOf(day, fys);
    case 'year': return fiscalYearStartOf(day, fys);
  }
}

function bucketEnd(start: DayNumber, granularity: Granularity): DayNumber {
  switch (granularity) {
    case 'day': return start;
    case 'week': return start + 6;
    case 'month': return monthSpanEnd(start, 1);
    case 'quarter': return monthSpanEnd(start, 3);
    case 'year': return monthSpanEnd(start, 12);
  }
}

/**
 * The range cut into consecutive buckets; the first and last are clipped to the
 * range, so the buckets tile it with no gap and no overlap. Empty for an empty
 * range (end before start).
 */
/**
 * How much of a whole bucket each of `buckets(range, granularity)` is: 1 for a
 * whole week, month, quarter or year; less where the range cuts one short, as
 * the week of Sunday 1 November 2026 in a chart of November (1/7).
 */
export function bucketShares(range: DateRange, granularity: Granularity, options?: FiscalOptions): number[] {
  const fys = options?.fiscalYearStart ?? 1;
  return buckets(range, granularity, options).map(({ start, end }) => {
    const wholeStart = bucketStart(start, granularity, fys);
    return (end - start + 1) / (bucketEnd(wholeStart, granularity) - wholeStart + 1);
  });
}

export function buckets(range: DateRange, granularity: Granularity, options?: FiscalOptions): Bucket[] {
  if (!isGranularity(granularity)) throw granularityError(granularity);
  const fys = options?.fiscalYearStart ?? 1;
  checkFiscalYearStart(fys, granularity);
  const result: Bucket[] = [];
  let day = range.start;
  while (day <= range.end) {
    const end = Math.min(bucketEnd(bucketStart(day, granularity, fys), granularity), range.end);
    result.push({ key: bucketKey(day, granularity, options), start: day, end });
    day = end + 1;
  }
  return result;
}

/**
 * Each of `buckets(range, granularity)` as the whole bucket it was cut from:
 * the week of Sunday 1 November 2026 in a chart of November is 26 October to
 * 1 November. Running and partial buckets are told by comparing the two.
 */
export function wholeBuckets(range: DateRange, granularity: Granularity, options?: FiscalOptions): DateRange[] {
  const fys = options?.fiscalYearStart ?? 1;
  return buckets(range, granularity, options).map(({ start }) => {
    const wholeStart = bucketStart(start, granularity, fys);
    return { start: wholeStart, end: bucketEnd(wholeStart, granularity) };
  });
}
