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
import { addMonths, daysInMonth, ymdFromDay } from './dates.js';
import type { DateRange, DayNumber } from './types.js';
import { isWorkingDay } from './working-days.js';

export type Pace = 'calendar' | 'working';

/** The most earlier periods the history curve pools. */
export const HISTORY_PERIODS = 6;
/** Fewer whole earlier periods than this: the run rate. */
export const MIN_HISTORY = 2;
/** The share of the usual result in from which the period's own value alone projects it. */
export const CREDIBLE_SHARE = 0.5;
/** How many standard errors from the straight line the history curve must stand to be kept (see trust). */
export const SHAPE_ERRORS = 3;
/** Without history, no forecast before this share of the units has passed. */
export const MIN_RUN_SHARE = 0.2;

/** A KPI's value per day, `values[i]` for day `start + i`, over the days the data covers. */
export interface DailyValues {
  start: DayNumber;
  values: readonly number[];
}

export interface ForecastInput {
  /** What the period holds so far: from its start to today, today included. */
  value: number;
  period: DateRange;
  /** The last day that counts as passed (its records are in `value`). */
  today: DayNumber;
  pace?: Pace;
  holidays?: ReadonlySet<DayNumber>;
  /** Daily values of the same KPI before the period (more is ignored), for the history curve. */
  history?: DailyValues | null;
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

/**
 * The history-led projection when a share `c` of the usual result is in: the
 * chain ladder (value / c) weighed by z = min(1, c / CREDIBLE_SHARE), the rest
 * what has come in plus the rest of a usual period (`whole`). Early the usual
 * period carries it; from CREDIBLE_SHARE on, the period's own value alone.
 */
function blend(value: number, c: number, whole: number): number {
  const z = Math.min(1, c / CREDIBLE_SHARE);
  return (z > 0 ? z * (value / c) : 0) + (1 - z) * (value + (1 - c) * whole);
}

/**
 * How much of the pooled curve's departure `d` from the straight line to keep:
 * 1 − (SHAPE_ERRORS × se / d)², at least 0, where se is the standard error of
 * the mean of the earlier periods' own shares. A shape every earlier period
 * shows (a month-end push) is kept; one that a few large deals made up, within
 * SHAPE_ERRORS standard errors of the line, is dropped.
 */
function trust(d: number, shares: readonly number[]): number {
  const k = shares.length;
  const mean = shares.reduce((a, b) => a + b, 0) / k;
  const variance = shares.reduce((sum, c) => sum + (c - mean) ** 2, 0) / (k - 1) / k;
  return d === 0 ? 0 : Math.max(0, 1 - (SHAPE_ERRORS ** 2 * variance) / (d * d));
}

/** The days of a range that count as units of time. */
export function unitDays(range: DateRange, pace: Pace = 'calendar', holidays?: ReadonlySet<DayNumber>): DayNumber[] {
  const days: DayNumber[] = [];
  for (let day = range.start; day <= range.end; day++) days.push(day);
  if (pace !== 'working') return days;
  const working = days.filter((day) => isWorkingDay(day, holidays));
  return working.length > 0 ? working : days;
}

/** Whether a range is whole months (1st to a last day): then earlier periods step back by months. */
function monthsIn(range: DateRange): number {
  const a = ymdFromDay(range.start);
  const b = ymdFromDay(range.end);
  if (a.day !== 1 || b.day !== daysInMonth(b.year, b.month)) return 0;
  return (b.year - a.year) * 12 + b.month - a.month + 1;
}

/** The k-th period before `range`, of the same number of months (whole months) or days. */
export function earlierPeriod(range: DateRange, k: number): DateRange {
  const months = monthsIn(range);
  if (months > 0) return { start: addMonths(range.start, -k * months), end: addMonths(range.start, -(k - 1) * months) - 1 };
  const length = range.end - range.start + 1;
  return { start: range.start - k * length, end: range.end - k * length };
}

interface Past {
  units: DayNumber[];
  /** cum[u]: the total from the period's start through its u-th unit; cum[units.length] is the whole period. */
  cum: number[];
}

function pastPeriod(range: DateRange, history: DailyValues, pace: Pace, holidays?: ReadonlySet<DayNumber>): Past {
  const at = (day: DayNumber) => history.values[day - history.start];
  const units = unitDays(range, pace, holidays);
  const cum = [0];
  let sum = 0;
  let u = 0;
  for (let day = range.start; day <= range.end; day++) {
    sum += at(day);
    if (day === units[u]) cum[++u] = sum;
  }
  // Values after the last unit (a closing weekend) belong to the whole.
  cum[units.length] = sum;
  return { units, cum };
}

/** Whole earlier periods the history covers, nearest first. */
function pastPeriods(input: ForecastInput, pace: Pace): Past[] {
  const { history, period, holidays } = input;
  if (!history) return [];
  const last = history.start + history.values.length - 1;
  const found: Past[] = [];
  for (let k = 1; k <= HISTORY_PERIODS; k++) {
    const range = earlierPeriod(period, k);
    if (range.start < history.start || range.end > last || range.end >= period.start) break;
    found.push(pastPeriod(range, history, pace, holidays));
  }
  return found;
}

/**
 * The forecast for the end of `input.period` (see the top of this file).
 * A period not yet begun has passed 0 units: history alone, or too early.
 */
export function forecast(input: ForecastInput): Forecast {
  const { value, period, today } = input;
  const pace = input.pace ?? 'calendar';
  const units = unitDays(period, pace, input.holidays);
  const total = units.length;
  const elapsed = units.filter((day) => day <= today).length;
  const base = { elapsed, total, low: null, high: null, periods: 0, ahead: [] as number[] };
  if (today >= period.end) return { ...base, projected: value, low: value, high: value, method: 'final' };
  // The days after today, each with the index of its unit (or -1 for a day that is not one).
  const days: DayNumber[] = [];
  for (let day = Math.max(today + 1, period.start); day <= period.end; day++) days.push(day);
  const unitIndex = new Map(units.map((day, i) => [day, i + 1]));

  const past = pastPeriods(input, pace);
  const pooled = past.reduce((sum, p) => sum + p.cum[p.units.length], 0);
  if (past.length >= MIN_HISTORY && pooled > 0) {
    // C(t): the pooled share of the earlier totals in after the same share of their units.
    const curve = (t: number) => past.map((p) => p.cum[Math.round((t * p.units.length) / total)]);
    const pooledShare = (t: number) => curve(t).reduce((a, b) => a + b, 0) / pooled;
    const totals = past.map((p) => p.cum[p.units.length]);
    const now = curve(elapsed).map((cum, i) => (totals[i] > 0 ? cum / totals[i] : elapsed / total));
    const keep = trust(pooledShare(elapsed) - elapsed / total, now);
    // The curve drawn towards the straight line as far as the earlier periods disagree.
    const share = (t: number) => t / total + keep * (pooledShare(t) - t / total);
    const mean = pooled / past.length;
    const projected = blend(value, share(elapsed), mean);
    const ranged = totals.map((whole, i) => blend(value, elapsed / total + keep * (now[i] - elapsed / total), whole));
    // What is still to come lies on the days ahead along the pooled curve.
    const from = share(elapsed);
    const rest = projected - value;
    const unitsLeft = total - elapsed;
    const ahead = days.map((day) => {
      const j = unitIndex.get(day);
      if (j === undefined) return 0;
      return from < 1 ? (rest * (share(j) - share(j - 1))) / (1 - from) : rest / unitsLeft;
    });
    return {
      ...base, method: 'history', periods: past.length, ahead,
      projected, low: Math.min(...ranged, projected), high: Math.max(...ranged, projected),
    };
  }
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
