/** Working days: Monday to Friday, minus the holidays given. DayNumber arithmetic only. */
import type { DateRange, DayNumber } from './types.js';
import { isoWeekday } from './dates.js';

export function isWorkingDay(day: DayNumber, holidays?: ReadonlySet<DayNumber>): boolean {
  return isoWeekday(day) <= 5 && !(holidays?.has(day) ?? false);
}

/** 1969-12-29, a Monday: weekday counts are taken relative to it. */
const MONDAY_ZERO = -3;

/** Mondays-to-Fridays among the `n` days that start on MONDAY_ZERO (n may be negative). */
function weekdaysFromMondayZero(n: number): number {
  const weeks = Math.floor(n / 7);
  return weeks * 5 + Math.min(n - weeks * 7, 5);
}

/**
 * Monday-to-Friday days in the range, minus holidays that fall on one of them
 * (a holiday on a Sunday costs nothing). Constant time in the range's length.
 */
export function workingDaysIn(range: DateRange, holidays?: ReadonlySet<DayNumber>): number {
  if (range.end < range.start) return 0;
  let count = weekdaysFromMondayZero(range.end + 1 - MONDAY_ZERO) - weekdaysFromMondayZero(range.start - MONDAY_ZERO);
  if (holidays) {
    for (const day of holidays) {
      if (day >= range.start && day <= range.end && isoWeekday(day) <= 5) count--;
    }
  }
  return count;
}
