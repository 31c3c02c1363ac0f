/**
 * The forecast of a KPI computed from records: its daily values from the
 * first day the data covers, cut where the period starts (the history
 * curve) and summed over the period up to today (the value so far). Goals
 * and charts of the same period, data and pace call this, then forecast.ts,
 * with the same numbers, so their projections are one.
 */
import { kpiSeries } from './evaluate.js';
import { forecast, type Forecast, type Pace, type DailyValues } from './forecast.js';
import { holidayDays, type HolidaySpec } from './holidays.js';
import { buckets, wholeBuckets, type ResolvedPeriod } from './periods.js';
import { bucketStates, forecastByBucket, type BucketState } from './running.js';
import { ADDITIVE_KPIS } from './series.js';
import type { Dataset, DateRange, DayNumber, Granularity } from './types.js';

export interface KpiHistory {
  /** The KPI over the period up to today, today included. */
  value: number;
  /** Its daily values from the data's first day to the day before the period; null when the data starts in it. */
  history: DailyValues | null;
}

/**
 * Null for a KPI that does not add up day by day (a rate, an average, MRR):
 * it has no total to project. `dataStart` is the first day of the whole
 * export (recordSpan before any filter); without it, no history.
 */
export function kpiHistory(ds: Dataset, kpiId: string, period: DateRange, today: DayNumber, dataStart: DayNumber | null): KpiHistory | null {
  if (!ADDITIVE_KPIS.has(kpiId)) return null;
  const from = dataStart !== null && dataStart < period.start ? dataStart : period.start;
  const to = Math.min(today, period.end);
  const days = to >= from ? kpiSeries(ds, kpiId, { start: from, end: to }, 'day').map((point) => point.value ?? 0) : [];
  const before = period.start - from;
  const value = days.slice(before).reduce((sum, x) => sum + x, 0);
  return { value, history: before > 0 ? { start: from, values: days.slice(0, before) } : null };
}

/** kpiHistory, then the forecast for the end of `period`. */
export function kpiForecast(
  ds: Dataset, kpiId: string, period: DateRange, today: DayNumber,
  options: { dataStart: DayNumber | null; pace?: Pace; holidays?: ReadonlySet<DayNumber> },
): (KpiHistory & { forecast: Forecast }) | null {
  const found = kpiHistory(ds, kpiId, period, today, options.dataStart);
  if (!found) return null;
  const dataStart = options.dataStart !== null && options.dataStart > period.start ? options.dataStart : null;
  return { ...found, forecast: forecast({ ...found, period, today, pace: options.pace, holidays: options.holidays, dataStart }) };
}

export interface ChartForecast {
  /** Each bucket's state (running.ts). */
  states: BucketState[];
  /** What the forecast adds to each bucket; null for a KPI that does not add up, or while it is too early. */
  added: number[] | null;
  /** The forecast itself, when made. */
  forecast: Forecast | null;
}

/**
 * The forecast of a chart of `period` by `granularity`: the states of its
 * buckets and what the one forecast adds to each. A period that ends today
 * (rolling-12m) is forecast to the end of its running bucket, so that bucket
 * still shows where it is heading.
 */
export function chartForecast(
  ds: Dataset, kpiId: string, period: ResolvedPeriod, granularity: Granularity,
  options: { dataStart: DayNumber | null; pace?: Pace; holidays?: HolidaySpec },
): ChartForecast {
  const spans = buckets(period, granularity);
  const whole = wholeBuckets(period, granularity);
  const states = bucketStates(spans, whole, period.toDate, options.dataStart);
  if (period.toDate < period.start || spans.length === 0) return { states, added: null, forecast: null };
  const horizon = period.toDate === period.end && states.at(-1) === 'running' ? Math.max(period.end, whole[whole.length - 1].end) : period.end;
  const holidays = options.holidays && holidayDays(options.holidays, { start: options.dataStart ?? period.start, end: horizon });
  const made = kpiForecast(ds, kpiId, { start: period.start, end: horizon }, period.toDate, { ...options, holidays });
  if (!made || made.forecast.projected === null) return { states, added: null, forecast: made?.forecast ?? null };
  return { states, added: forecastByBucket(spans, made.forecast.ahead, period.toDate + 1), forecast: made.forecast };
}
