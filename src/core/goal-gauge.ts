/**
 * What a goal gauge shows besides the goal's numbers: the state it names and
 * where it draws its fill and its pace marker. The gauge spans baseline →
 * target, so a progress outside 0..1 (over target, or below the baseline) is
 * pinned to the nearest end: the text says "112 % of target", the bar stays full.
 */
import type { GoalEvaluation, GoalStatus } from './goals.js';
import type { DateRange, DayNumber } from './types.js';

/** The pace status while the goal runs; before and after it, words that fit better. */
export type GoalState = GoalStatus | 'reached' | 'not-started' | 'missed';

/**
 * A reached goal is `reached` whenever it is looked at. Otherwise, before its
 * start it is `not-started` (there is no pace to judge yet), after its end
 * `missed`, and in between the pace status of evaluateGoal.
 */
export function goalState(evaluation: Pick<GoalEvaluation, 'reached' | 'status'>, range: DateRange, today: DayNumber): GoalState {
  if (evaluation.reached) return 'reached';
  if (today < range.start) return 'not-started';
  if (today > range.end) return 'missed';
  return evaluation.status;
}

/** A goal's progress (0 at baseline, 1 at target) as a share 0..1 of the gauge; 0 for NaN. */
export function gaugeShare(progress: number): number {
  if (Number.isNaN(progress)) return 0;
  return Math.min(1, Math.max(0, progress));
}

export interface RingGauge {
  /** Length of the whole circle, the second number of `stroke-dasharray`. */
  circumference: number;
  /** Length of the filled arc, the first number of `stroke-dasharray`. */
  fillLength: number;
  /** Degrees clockwise from 12 o'clock where the pace marker sits. */
  markerAngle: number;
}

/** A ring gauge of the given radius: the filled arc for `fill` and the marker angle for `marker` (both progress values). */
export function ringGauge(fill: number, marker: number, radius: number): RingGauge {
  const circumference = 2 * Math.PI * radius;
  return {
    circumference,
    fillLength: circumference * gaugeShare(fill),
    markerAngle: 360 * gaugeShare(marker),
  };
}
