/**
 * The forecast of a KPI computed from records: its daily values from the
 * first day the data covers, cut where the period starts (the history
 * curve) and summed over the period up to today (the value so far). Goals
 * and charts of the same period, data and pace call this, then forecast.ts,
 * with the same numbers, so their projections are one.
 */
import { kpiSeries } from './evaluate.js';
import { forecast, type Forecast, type Pace, type DailyValues } from './forecast.js';
import { ADDITIVE_KPIS } from './series.js';
import type { Dataset, DateRange, DayNumber } from './types.js';

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
