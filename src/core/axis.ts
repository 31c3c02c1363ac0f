/**
 * Chart axes that leave room for the data: numbers in the locale's compact
 * notation ("2,5 mill. kr", "NOK 3M") once they run into the tens of
 * thousands, and as many ticks as the chart's size holds without crowding.
 * The trend chart asks these for every axis label and tick count it draws.
 */
import { formatValue, type FormatOptions } from './format.js';
import { axisDigits } from './series.js';

/** From here on a full number ("12 500 kr") is wider than its compact form ("12,5k kr"). */
export const COMPACT_FROM = 10_000;

/** Formats whose axis labels may go compact; a percent, a duration or points keep their own unit. */
const COMPACTABLE = new Set(['number', 'currency', 'compact']);

/**
 * Fraction digits a compact label needs to be exact: 1 250 000 is "1,25 mill."
 * (2), 1 500 000 "1,5 mill." (1), 500 000 "500k" (0). Compact notation counts
 * in thousands, millions and billions, so the unit is the power of 1000 at or
 * below the value. Ticks are round numbers; more than two digits would be noise.
 */
function compactDigits(value: number): number {
  const size = Math.abs(value);
  const unit = size < 1000 ? 1 : 1000 ** Math.min(4, Math.floor(Math.log10(size) / 3));
  return Math.min(2, axisDigits(value / unit, 'number') ?? 0);
}

/**
 * The label of one axis tick. `step` is the distance between ticks (it sets
 * the decimals of a full number), `largest` the largest absolute tick on the
 * axis: the whole axis goes compact or none of it, so "5 000" never stands
 * under "10k".
 */
export function axisTick(value: number, step: number, largest: number, options: FormatOptions): string {
  if (COMPACTABLE.has(options.format) && largest >= COMPACT_FROM) {
    return formatValue(value, { ...options, compact: true, digits: compactDigits(value) });
  }
  return formatValue(value, { ...options, digits: axisDigits(step, options.format) });
}

/**
 * How many ticks fit along an axis `length` px long when each needs `spacing`
 * px, between `min` and `max`: a 160 px high chart gets 4 value ticks at 48 px
 * each, a 320 px one 7. Nothing measured yet (0) gets `min`.
 */
export function tickCount(length: number, spacing: number, min = 2, max = 8): number {
  if (!(length > 0) || !(spacing > 0)) return min;
  return Math.max(min, Math.min(max, Math.floor(length / spacing) + 1));
}

/** Pixels a y tick label needs above the next one, and an x label beside the next one (12 px text). */
export const Y_TICK_SPACING = 48;
export const X_TICK_SPACING = 72;
