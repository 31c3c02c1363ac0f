/**
 * The one forecast of the kit: what a total that adds up day by day (revenue,
 * deals, leads) will reach at the end of a period. Goals and every trend-chart
 * granularity read their projection from here, so on the same data they agree.
 *
 * ELAPSED TIME, counted one way everywhere: a period has passed up to and
 * INCLUDING today, because today's records count in the value (a period's
 * value runs to `toDate` = min(end, today), see periods.ts). The day after
 * today is the first day still to come. Time is counted in units: calendar
 * days, or with pace 'working' working days (weekends and holidays are not
 * units; a period without any working day falls back to calendar days).
 *
 * THE MODEL (a chain ladder with a prior, as insurers reserve for claims
 * still to come): from up to HISTORY_PERIODS whole earlier periods of the same
 * length that the data covers (months step back by months, other spans by
 * their length in days), C(t) is the share of their pooled total that had
 * come in after the same share t/N of their units, drawn towards the straight
 * line t/N unless it stands SHAPE_ERRORS standard errors away from it (see
 * trust), and L is their mean total. With z = min(1, C / CREDIBLE_SHARE):
 *
 *   projected = z × value / C  +  (1 − z) × (value + (1 − C) × L)
 *
 * Early on what usually still comes (L) carries it, as a run rate of three
 * days is noise; from CREDIBLE_SHARE of the usual result on, the period's own
 * value alone (value / C: a run rate bent by the usual shape). The likely
 * range (`low`, `high`) is the same projection made with each earlier
 * period's own share and total. What is still to come is laid on the days
 * ahead along the curve, so day, week and month buckets sum to one total.
 *
 * With fewer than MIN_HISTORY earlier periods it is the plain run rate (value
 * per unit passed, counted from the data's first day when that is inside the
 * period, times the units still to come, added to the value), and no forecast
 * at all before MIN_RUN_SHARE of the period's units have passed with data.
 */
import type { DateRange, DayNumber } from './types.js';
import { isWorkingDay } from './working-days.js';

export type Pace = 'calendar' | 'working';

/** Without history, no forecast before this share of the units has passed. */
export const MIN_RUN_SHARE = 0.2;

export interface ForecastInput {
  /** What the period holds so far: from its start to today, today included. */
  value: number;
  period: DateRange;
  /** The last day that counts as passed (its records are in `value`). */
  today: DayNumber;
  pace?: Pace;
  holidays?: ReadonlySet<DayNumber>;
  /**
   * The first day the data covers, when it starts inside the period: the run
   * rate counts from there, as the days before it are unknown, not quiet.
   */
  dataStart?: DayNumber | null;
}

export type ForecastMethod = 'final' | 'history' | 'run-rate' | 'too-early';

export interface Forecast {
  /** The value projected for the end of the period; null for 'too-early'. */
  projected: number | null;
  /** The likely range (smallest and largest earlier total in place of the mean); null without history. */
  low: number | null;
  high: number | null;
  method: ForecastMethod;
  /** Units passed (today included) and units in the period. */
  elapsed: number;
  total: number;
  /** Earlier periods the history curve pooled (0 for the run rate). */
  periods: number;
  /**
   * What each day still to come, up to the period's end, is expected to add
   * (index 0 is the later of today + 1 and the period's start); sums to
   * projected − value. Empty when final or too early.
   */
  ahead: number[];
}

/** The days of a range that count as units of time. */
export function unitDays(range: DateRange, pace: Pace = 'calendar', holidays?: ReadonlySet<DayNumber>): DayNumber[] {
  const days: DayNumber[] = [];
  for (let day = range.start; day <= range.end; day++) days.push(day);
  if (pace !== 'working') return days;
  const working = days.filter((day) => isWorkingDay(day, holidays));
  return working.length > 0 ? working : days;
}

/** Where a period stands in its units of time, and the days still to come. */
export interface TimeFrame {
  units: DayNumber[];
  total: number;
  elapsed: number;
  /** The days after today (from the period's start, if later) to its end. */
  days: DayNumber[];
  /** Each unit's number, 1..total, by day. */
  unitIndex: Map<DayNumber, number>;
}

export function timeFrame(input: ForecastInput): TimeFrame {
  const { period, today } = input;
  const units = unitDays(period, input.pace ?? 'calendar', input.holidays);
  const days: DayNumber[] = [];
  for (let day = Math.max(today + 1, period.start); day <= period.end; day++) days.push(day);
  return {
    units, total: units.length, elapsed: units.filter((day) => day <= today).length, days,
    unitIndex: new Map(units.map((day, i) => [day, i + 1])),
  };
}

/**
 * The forecast for the end of `input.period` without history: final from its
 * last day on, else the run rate, or too early (see the top of this file;
 * forecastWithHistory in forecast-history.ts adds the history curve).
 */
export function forecast(input: ForecastInput): Forecast {
  const { value, period, today } = input;
  const { units, total, elapsed, days, unitIndex } = timeFrame(input);
  const base = { elapsed, total, low: null, high: null, periods: 0, ahead: [] as number[] };
  if (today >= period.end) return { ...base, projected: value, low: value, high: value, method: 'final' };
  const from = input.dataStart ?? period.start;
  const known = units.filter((day) => day >= from && day <= today).length;
  if (known === 0 || known / total < MIN_RUN_SHARE) return { ...base, projected: null, method: 'too-early' };
  const rate = value / known;
  return {
    ...base, method: 'run-rate',
    projected: value + rate * (total - elapsed),
    ahead: days.map((day) => (unitIndex.has(day) ? rate : 0)),
  };
}
