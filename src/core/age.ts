import { formattingLocale } from './locale.js';

/**
 * How old data is, in the largest whole unit that fits, for "Showing data from
 * 3 minutes ago": seconds under a minute, minutes under an hour, hours under a
 * day, then days. Rounded down, so a notice never makes data look older than
 * it is; a clock that went backwards reads 0 seconds.
 */
export function ageUnit(ms: number): { value: number; unit: 'second' | 'minute' | 'hour' | 'day' } {
  const seconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  if (seconds < 60) return { value: seconds, unit: 'second' };
  if (seconds < 3600) return { value: Math.floor(seconds / 60), unit: 'minute' };
  if (seconds < 86400) return { value: Math.floor(seconds / 3600), unit: 'hour' };
  return { value: Math.floor(seconds / 86400), unit: 'day' };
}

/** The age in words of the locale: "45 seconds", "3 minutter", "2 timmar". */
export function formatAge(ms: number, locale?: string): string {
  const { value, unit } = ageUnit(ms);
  return new Intl.NumberFormat(formattingLocale(locale), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
