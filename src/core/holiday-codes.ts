/**
 * The countries the kit has holiday calendars for, and what a `holidays`
 * setting names. Apart from holidays.ts, which computes the days, so that
 * reading the setting costs a page nothing until a country is named.
 */
import type { DayNumber } from './types.js';

export const HOLIDAY_COUNTRIES = ['NO', 'SE', 'DK', 'FI', 'NL'] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];

export function isHolidayCountry(code: string): code is HolidayCountry {
  return (HOLIDAY_COUNTRIES as readonly string[]).includes(code);
}

/** A `holidays` setting: country codes and single dates, mixed (`NO,2026-12-24`). */
export interface HolidaySpec {
  countries: readonly HolidayCountry[];
  dates: readonly DayNumber[];
}
