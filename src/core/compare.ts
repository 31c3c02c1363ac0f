import type { Direction } from './types.js';

/** The change from a baseline (previous period, last year) to the current value. */
export interface Delta {
  /** current − baseline, in the KPI's own unit (a ratio for rates). */
  absolute: number;
  /** absolute / |baseline|; null for rates, whose change is told in points. */
  relative: number | null;
  /** (current − baseline) × 100 for rates (0..1); null for everything else. */
  points: number | null;
  trend: 'up' | 'down' | 'flat';
  /** Judged by the KPI's direction, so a falling churn rate is good. */
  sentiment: 'good' | 'bad' | 'neutral';
}

export interface CompareOptions {
  direction: Direction;
  /** The KPI is a rate 0..1 (win rate, churn): its change is shown in percentage points. */
  rate?: boolean;
}

/**
 * Relative size under which a difference is float noise (0.1 + 0.2 vs 0.3),
 * not a change a user should see as an arrow.
 */
const NOISE = 1e-12;

/**
 * Compares a value with its baseline.
 *
 * Null when either side is missing or not finite, and for non-rates when the
 * baseline is 0: a change from nothing has no meaningful percentage, and
 * showing "+∞ %" is worse than showing none.
 *
 * `relative` divides by |baseline| so that a negative baseline that improves
 * (−100 → −50) reads as +50 %, in the same direction as the absolute change.
 */
export function compareValues(
  current: number | null | undefined,
  baseline: number | null | undefined,
  options: CompareOptions,
): Delta | null {
  if (typeof current !== 'number' || typeof baseline !== 'number') return null;
  if (!Number.isFinite(current) || !Number.isFinite(baseline)) return null;
  const rate = options.rate === true;
  if (!rate && baseline === 0) return null;

  let absolute = current - baseline;
  // `<=` also turns −0 into 0, so a formatted delta never reads "−0".
  if (Math.abs(absolute) <= NOISE * Math.max(Math.abs(current), Math.abs(baseline))) absolute = 0;
  // −1e308 against 1e308: the difference overflows the largest number, but the
  // change is still real (−200 %). Halves do not overflow; the absolute change
  // stays ±Infinity, which formatDelta shows as "—" and chooseDelta passes over.
  const relative = Number.isFinite(absolute) ? absolute / Math.abs(baseline) : (current / 2 - baseline / 2) / (Math.abs(baseline) / 2);

  const trend = absolute > 0 ? 'up' : absolute < 0 ? 'down' : 'flat';
  return {
    absolute,
    relative: rate ? null : finiteOrNull(relative),
    points: rate ? finiteOrNull(absolute * 100) : null,
    trend,
    sentiment: sentimentOf(trend, options.direction),
  };
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function sentimentOf(trend: Delta['trend'], direction: Direction): Delta['sentiment'] {
  if (trend === 'flat' || direction === 'neutral') return 'neutral';
  return (trend === 'up') === (direction === 'up') ? 'good' : 'bad';
}
