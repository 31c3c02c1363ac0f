/**
 * How earlier periods filled up: the history half of the forecast (see
 * forecast.ts for the model). Loaded only where there is history to read,
 * that is with records (`src` and `kpi`), so a goal from attributes does not
 * carry it.
 */
import { addMonths, daysInMonth, ymdFromDay } from './dates.js';
import { forecast, timeFrame, unitDays, type Forecast, type ForecastInput, type Pace } from './forecast.js';
import type { DateRange, DayNumber } from './types.js';

/** The share of the usual result in from which the period's own value alone projects it. */
export const CREDIBLE_SHARE = 0.5;
/** The most earlier periods the history curve pools. */
export const HISTORY_PERIODS = 6;
/** Fewer whole earlier periods than this: no curve, the run rate. */
export const MIN_HISTORY = 2;
/** How many standard errors from the straight line the history curve must stand to be kept (see trust). */
export const SHAPE_ERRORS = 3;

/** A KPI's value per day, `values[i]` for day `start + i`, over the days the data covers. */
export interface DailyValues {
  start: DayNumber;
  values: readonly number[];
}

/** What forecast() reads of the history, for one period, today, pace and holidays. */
export interface HistoryCurve {
  /** share[t], t = 0..N units of the period: the pooled share of the earlier totals in by then, drawn towards t/N. */
  share: number[];
  /** Each earlier period's total, nearest first. */
  totals: number[];
  /** Each earlier period's own share at today's point, drawn towards the line as `share` is (for the range). */
  now: number[];
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
function pastPeriods(period: DateRange, history: DailyValues, pace: Pace, holidays?: ReadonlySet<DayNumber>): Past[] {
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

/**
 * The curve of up to HISTORY_PERIODS whole earlier periods the history
 * covers, for a forecast of `period` on `today`; null with fewer than
 * MIN_HISTORY of them or nothing in them (then the run rate).
 */
export function historyCurve(
  period: DateRange, today: DayNumber, history: DailyValues | null | undefined,
  pace: Pace = 'calendar', holidays?: ReadonlySet<DayNumber>,
): HistoryCurve | null {
  if (!history) return null;
  const past = pastPeriods(period, history, pace, holidays);
  const pooled = past.reduce((sum, p) => sum + p.cum[p.units.length], 0);
  if (past.length < MIN_HISTORY || !(pooled > 0)) return null;
  const units = unitDays(period, pace, holidays);
  const total = units.length;
  const elapsed = units.filter((day) => day <= today).length;
  // C(t): the pooled share of the earlier totals in after the same share of their units.
  const curve = (t: number) => past.map((p) => p.cum[Math.round((t * p.units.length) / total)]);
  const pooledShare = (t: number) => curve(t).reduce((a, b) => a + b, 0) / pooled;
  const totals = past.map((p) => p.cum[p.units.length]);
  const own = curve(elapsed).map((cum, i) => (totals[i] > 0 ? cum / totals[i] : elapsed / total));
  const keep = trust(pooledShare(elapsed) - elapsed / total, own);
  // The curve drawn towards the straight line as far as the earlier periods disagree.
  const towards = (line: number, c: number) => line + keep * (c - line);
  return {
    share: Array.from({ length: total + 1 }, (_, t) => towards(t / total, pooledShare(t))),
    totals,
    now: own.map((c) => towards(elapsed / total, c)),
  };
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
 * The forecast with history: the curve of `history` built for the same
 * period, today, pace and holidays, blended with the value so far (see
 * forecast.ts); forecast()'s run rate when there is no curve, and its final
 * value from the period's last day on.
 */
export function forecastWithHistory(input: ForecastInput & { history?: DailyValues | null }): Forecast {
  const { history, ...rest } = input;
  const curve = rest.today >= rest.period.end ? null : historyCurve(rest.period, rest.today, history, rest.pace, rest.holidays);
  if (!curve) return forecast(rest);
  const { value } = rest;
  const { total, elapsed, days, unitIndex } = timeFrame(rest);
  const { share, totals, now } = curve;
  const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
  const projected = blend(value, share[elapsed], mean);
  const ranged = totals.map((whole, i) => blend(value, now[i], whole));
  // What is still to come lies on the days ahead along the curve.
  const from = share[elapsed];
  const left = projected - value;
  const ahead = days.map((day) => {
    const j = unitIndex.get(day);
    if (j === undefined) return 0;
    return from < 1 ? (left * (share[j] - share[j - 1])) / (1 - from) : left / (total - elapsed);
  });
  return {
    elapsed, total, method: 'history', periods: totals.length, ahead,
    projected, low: Math.min(...ranged, projected), high: Math.max(...ranged, projected),
  };
}
