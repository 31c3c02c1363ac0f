/**
 * The demo's monthly budget (data/budget.json, written by data/generate.mjs).
 * A real intranet page would type the month's target into the snippet; the
 * demo's data moves with the calendar, so its pages look the target up here.
 */
import { todayDay } from '../src/core/dates.js';
import { buckets, parsePeriod, workingDaysIn } from '../src/core/periods.js';
import { holidayDays, type HolidayCountry } from '../src/core/holidays.js';

export interface BudgetPoint {
  date: string;
  value: number;
}

export interface Budget {
  team: BudgetPoint[];
  reps: Record<string, BudgetPoint[]>;
}

export async function loadBudget(url = 'data/budget.json'): Promise<Budget> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as Budget;
}

/** `2026-11` for a local date. */
export function monthKey(date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The budget of one month, for the team or for one rep; undefined when the budget has no such month. */
export function budgetFor(budget: Budget, month: string, rep?: string): number | undefined {
  const list = rep ? budget.reps[rep] : budget.team;
  return list?.find((point) => point.date === month)?.value;
}

/** First and last day of the month `2026-11` as ISO dates. */
export function monthBounds(month: string): { start: string; end: string } {
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { start: `${month}-01`, end: `${month}-${String(last).padStart(2, '0')}` };
}

/** A month's name in a locale: `november 2026`. */
export function monthName(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(new Date(year, m - 1, 1));
}

/**
 * A month's budget spread over its days or ISO weeks in proportion to their
 * working days, as a series by date for trend-chart's `budget`: sales are
 * booked on working days, so a weekend or a public holiday (`countries`, by
 * default Norway's) adds nothing to the budget line.
 */
export function budgetSeries(
  total: number, month: string, granularity: 'day' | 'week', countries: HolidayCountry[] = ['NO'],
): Array<{ date: string; value: number }> {
  const period = parsePeriod(month, { today: todayDay() });
  const holidays = holidayDays({ countries, dates: [] }, period);
  const all = workingDaysIn(period, holidays);
  return buckets(period, granularity).map((bucket) => ({
    date: bucket.key,
    value: all === 0 ? 0 : Math.round((total * workingDaysIn(bucket, holidays)) / all),
  }));
}
