/**
 * How much of a range the data covers. Data is taken to start on the first
 * day any record carries (recordSpan) and to run up to today: after the last
 * record a quiet spell is a real 0, before the first one nothing is known.
 * So a share below 1 means the range begins before the data does; a baseline
 * like that is compared as if it were whole unless its widget says so.
 */
import type { DateRange, DayNumber } from './types.js';

/** The share (0 to 1) of the range's days on or after `dataStart`; 1 without a start (nothing known to be missing). */
export function coverage(range: DateRange, dataStart: DayNumber | null): number {
  if (dataStart === null || range.end < range.start) return 1;
  const covered = range.end - Math.max(range.start, dataStart) + 1;
  return Math.min(1, Math.max(0, covered / (range.end - range.start + 1)));
}
