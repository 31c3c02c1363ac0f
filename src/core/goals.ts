import { forecast, type DailyValues, type ForecastMethod } from './forecast.js';
import type { DayNumber, Direction } from './types.js';
import { workingDaysIn } from './working-days.js';

export type GoalStatus = 'ahead' | 'on-track' | 'at-risk' | 'behind';

/** Whether the straight line from baseline to target runs over calendar days or working days. */
export type GoalPace = 'calendar' | 'working';

/**
 * Where a goal's status changes, as a pace ratio:
 *
 *   paceRatio = progress / expectedShare
 *             = (value − baseline) / (expected − baseline)
 *
 * i.e. the share of the way to the target made so far, divided by the share
 * the straight line says should be made by now. It equals the plain run
 * rate's progress at the end date, so 1.05 reads "on this run rate we end
 * 5 % past the target" (the projection shown may differ: see forecast.ts). Dividing by (target − baseline) makes it work unchanged for
 * goals to reduce (churn from 5 % to 3 %).
 *
 * - ratio >= 1.05 (`ahead`): clearly ahead of the line;
 * - ratio >= 0.95 (`onTrack`): within ±5 % of the line: on track;
 * - ratio >= 0.85 (`atRisk`): up to 15 % short: at risk, still recoverable;
 * - below 0.85: behind.
 *
 * The status applies these thresholds to the projection's share of the way
 * at the end date, which for the run rate is this ratio; history may bend it
 * (forecast.ts), and while it is too early to project, only the direction of
 * the value so far counts.
 *
 * Rules that override the ratio: a reached goal is always `ahead`; a goal not
 * reached after its end date is `behind`; a goal whose target equals its
 * baseline (a level to hold) is `ahead` while held and `behind` otherwise.
 */
export const GOAL_THRESHOLDS = Object.freeze({ ahead: 1.05, onTrack: 0.95, atRisk: 0.85 } as const);

export interface GoalInput {
  value: number;
  target: number;
  /** Where the goal starts from; 0 for a total that starts from nothing (revenue). */
  baseline?: number;
  /** First day of the goal. */
  start: DayNumber;
  /** Last day of the goal: the target is due at the end of this day. */
  end: DayNumber;
  /**
   * The day in progress. It counts as passed for the expected line and the
   * projection, as its records count in the value; it is still a day to act
   * on for what is needed per day (see evaluateGoal).
   */
  today: DayNumber;
  /** Default 'calendar'. */
  pace?: GoalPace;
  holidays?: ReadonlySet<DayNumber>;
  /**
   * Only read when target equals baseline (a level to hold), where the numbers
   * cannot tell whether the level is a floor ('up', the default) or a ceiling
   * ('down'). Otherwise the direction is target vs baseline.
   */
  direction?: Direction;
  /**
   * The value is a rate or share (churn, win rate: 0.05 is 5 %), not a total
   * that adds up day by day. Its remaining distance is also given in
   * percentage points, and nothing is needed per day, week or working day: a
   * rate does not accumulate, so "0.02 % per day" would mean nothing.
   */
  rate?: boolean;
  /** The KPI's daily values before the goal, for the forecast's history curve (see forecast.ts). */
  history?: DailyValues | null;
  /** The first day the data covers, when it starts inside the goal: the run rate counts from there. */
  dataStart?: DayNumber | null;
}

export interface GoalEvaluation {
  /** 'up' when the target is above the baseline, 'down' for a goal to reduce. */
  direction: 'up' | 'down';
  /** Share of the way from baseline to target: 0 at baseline, 1 at target; may leave 0..1. */
  progress: number;
  /** The value the straight line from baseline to target expects today. */
  expected: number;
  /** Share of the goal's time (calendar or working days) that has passed, 0..1. */
  expectedShare: number;
  /** The value forecast for the end date (forecast.ts); null while it is too early to tell. */
  projected: number | null;
  /** The likely range of the projection; null without history to measure it by. */
  projectedLow: number | null;
  projectedHigh: number | null;
  /** How the projection was made: from history, the run rate, final (the goal has ended), or too early. */
  forecastMethod: ForecastMethod;
  /** progress / expectedShare (see GOAL_THRESHOLDS); null when no time has passed or target = baseline. */
  paceRatio: number | null;
  status: GoalStatus;
  /** Distance still to cover towards the target, always >= 0 (also for goals to reduce). */
  remaining: number;
  /** For a rate: remaining in percentage points (0.04 − 0.03 = 0.01 → 1); null for a total. */
  remainingPoints: number | null;
  /**
   * Whether "needed per day, week or working day" applies: true for a total
   * (revenue, deals), false for a rate, whose needed* are then all null.
   */
  perDayNeeds: boolean;
  /** remaining / days left; 0 when reached; null when not reached and no days are left, and for a rate. */
  neededPerDay: number | null;
  /** remaining / (days left / 7): a pace, so with 2 days left it is 3.5 × remaining. */
  neededPerWeek: number | null;
  neededPerWorkingDay: number | null;
  /** Calendar days left, today included; the whole span before the start. */
  daysLeft: number;
  workingDaysLeft: number;
  /** The value is at the target or beyond it in the goal's direction. */
  reached: boolean;
  /** The value is strictly beyond the target. */
  overTarget: boolean;
}

export type GoalField = 'value' | 'target' | 'baseline' | 'start' | 'end' | 'today';

/** A goal that cannot be evaluated. `field` and `reason` are stable, for translation. */
export class GoalError extends Error {
  readonly code = 'goal' as const;
  readonly field: GoalField;
  readonly reason: 'not-a-number' | 'not-a-day' | 'end-before-start';
  readonly value: unknown;

  constructor(field: GoalField, reason: GoalError['reason'], value: unknown) {
    super(
      reason === 'end-before-start'
        ? `The goal ends (${String(value)}) before it starts.`
        : `The goal's ${field} is not a ${reason === 'not-a-day' ? 'day' : 'number'}: ${String(value)}`,
    );
    this.name = 'GoalError';
    this.field = field;
    this.reason = reason;
    this.value = value;
  }
}

/** Maps a pace ratio to a status with GOAL_THRESHOLDS. */
export function goalStatusFromRatio(ratio: number): GoalStatus {
  if (ratio >= GOAL_THRESHOLDS.ahead) return 'ahead';
  if (ratio >= GOAL_THRESHOLDS.onTrack) return 'on-track';
  if (ratio >= GOAL_THRESHOLDS.atRisk) return 'at-risk';
  return 'behind';
}

/**
 * Evaluates a SMART goal on a given day: progress, where the straight line
 * from baseline (at the start) to target (at the end) expects the value to
 * be, the projection of the run rate so far, the status, and what is still
 * needed per day, week and working day (for a total; a `rate` gets its
 * remaining distance in percentage points instead, see GoalInput.rate).
 *
 * Time: the goal runs from the beginning of `start` to the end of `end`.
 * For the expected line and the projection `today` has passed, as everywhere
 * in the kit (forecast.ts), because the value already holds today's records:
 * on the start day one day of the line has passed, on the end day all of it.
 * For what is still needed per day, week or working day, today is still a day
 * to act on: on the end day one day is left, and it needs all that remains.
 *
 * With pace 'working' the line runs over working days (weekends and
 * `holidays` are flat); a goal without any working day uses calendar days.
 *
 * @throws GoalError when a number is not finite, a day is not an integer or
 *   the end is before the start.
 */
export function evaluateGoal(input: GoalInput): GoalEvaluation {
  const { value, target, start, end, today } = input;
  const baseline = input.baseline ?? 0;
  requireNumber('value', value);
  requireNumber('target', target);
  requireNumber('baseline', baseline);
  requireDay('start', start);
  requireDay('end', end);
  requireDay('today', today);
  if (end < start) throw new GoalError('end', 'end-before-start', end);

  const span = target - baseline;
  const direction: 'up' | 'down' =
    span > 0 ? 'up' : span < 0 ? 'down' : input.direction === 'down' ? 'down' : 'up';
  // Distance to the target measured in the goal's direction: > 0 means still to go.
  const gap = direction === 'up' ? target - value : value - target;
  const reached = gap <= 0;
  const progress = span !== 0 ? (value - baseline) / span : reached ? 1 : 0;

  // The first day that has not passed, clamped into start..end+1.
  const firstOpen = Math.min(Math.max(today, start), end + 1);
  const calendarTotal = end - start + 1;
  const daysLeft = end - firstOpen + 1;
  const workingTotal = workingDaysIn({ start, end }, input.holidays);
  const workingDaysLeft = daysLeft > 0 ? workingDaysIn({ start: firstOpen, end }, input.holidays) : 0;

  const byWorkingDays = input.pace === 'working' && workingTotal > 0;
  const total = byWorkingDays ? workingTotal : calendarTotal;
  const passed = today < start ? 0 : byWorkingDays ? workingDaysIn({ start, end: Math.min(today, end) }, input.holidays) : Math.min(today, end) - start + 1;
  const expectedShare = passed / total;

  // The ends are pinned so float rounding in baseline + share × span cannot miss them.
  const expected = passed === 0 ? baseline : passed === total ? target : baseline + expectedShare * span;
  // The forecast runs on what has been added since the start, which is what accumulates.
  const ahead = forecast({
    value: value - baseline, period: { start, end }, today, pace: byWorkingDays ? 'working' : 'calendar',
    holidays: input.holidays, history: input.history, dataStart: input.dataStart,
  });
  const shift = (x: number | null) => (x === null ? null : baseline + x);
  const projected = shift(ahead.projected);
  const paceRatio = passed > 0 && span !== 0 ? progress / expectedShare : null;

  // The status judges the projection: the share of the way it reaches by the end (with the run rate
  // that is paceRatio). Before there is one, any move towards the target is ahead, any move away behind.
  let status: GoalStatus;
  if (reached) status = 'ahead';
  else if (today > end || span === 0) status = 'behind';
  else if (projected !== null) status = goalStatusFromRatio((projected - baseline) / span);
  else status = progress > 0 ? 'ahead' : progress === 0 ? 'on-track' : 'behind';

  const remaining = reached ? 0 : gap;
  const perDayNeeds = input.rate !== true;
  const need = (left: number, per: number): number | null =>
    !perDayNeeds ? null : reached ? 0 : left > 0 ? (remaining * per) / left : null;
  return {
    direction,
    progress,
    expected,
    expectedShare,
    projected,
    projectedLow: shift(ahead.low),
    projectedHigh: shift(ahead.high),
    forecastMethod: ahead.method,
    paceRatio,
    status,
    remaining,
    remainingPoints: perDayNeeds ? null : remaining * 100,
    perDayNeeds,
    neededPerDay: need(daysLeft, 1),
    neededPerWeek: need(daysLeft, 7),
    neededPerWorkingDay: need(workingDaysLeft, 1),
    daysLeft,
    workingDaysLeft,
    reached,
    overTarget: gap < 0,
  };
}

function requireNumber(field: GoalField, x: unknown): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new GoalError(field, 'not-a-number', x);
}

function requireDay(field: GoalField, x: unknown): void {
  if (typeof x !== 'number' || !Number.isInteger(x)) throw new GoalError(field, 'not-a-day', x);
}
