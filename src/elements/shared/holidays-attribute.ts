/**
 * The `holidays` setting: country codes and dates, mixed (`NO,2026-12-24`),
 * or as a property an array of them. What the codes mean is src/core/holidays.ts.
 */
import { HOLIDAY_COUNTRIES, isHolidayCountry, type HolidayCountry, type HolidaySpec } from '../../core/holidays.js';
import type { DayNumber } from '../../core/types.js';
import { readDate } from './attributes.js';
import { AttributeError } from './problems.js';

/** @throws AttributeError `option` for a code the kit has no calendar for, `date` for anything else it cannot read. */
export function readHolidays(attribute: string, raw: unknown): HolidaySpec | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const countries: HolidayCountry[] = [];
  const dates: DayNumber[] = [];
  for (const item of Array.isArray(raw) ? raw : String(raw).split(',')) {
    const token = typeof item === 'string' ? item.trim() : item;
    if (token === '') continue;
    if (typeof token === 'string' && /^[a-z]{2}$/i.test(token)) {
      const code = token.toUpperCase();
      if (!isHolidayCountry(code)) throw new AttributeError('option', attribute, token, [...HOLIDAY_COUNTRIES, '2026-12-24']);
      if (!countries.includes(code)) countries.push(code);
      continue;
    }
    const day = readDate(attribute, token);
    if (day !== undefined) dates.push(day);
  }
  return { countries, dates };
}
