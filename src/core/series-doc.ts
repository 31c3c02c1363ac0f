/**
 * A series document, `[{"date":"2026-01","value":120}, …]`, read without the
 * schemas chunk: a chart given its series inline checks it here and draws,
 * and only a series with a mistake loads zod to say what is wrong (schemas.ts
 * holds the same rules as a schema).
 */
import type { SeriesPoint } from './evaluate.js';

/** Bucket keys as periods.ts writes them: year, month, day, ISO week, quarter. */
export const SERIES_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-W(?:0[1-9]|[1-4]\d|5[0-3])|-Q[1-4])?$/;

/**
 * The points of a series document that has no mistake, as the schema would
 * give them (only `date` and `value` kept); null when anything is wrong, so
 * the caller asks the schema for the words.
 */
export function seriesPoints(doc: unknown): SeriesPoint[] | null {
  if (!Array.isArray(doc)) return null;
  const points: SeriesPoint[] = [];
  for (const item of doc) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
    const { date, value } = item as { date?: unknown; value?: unknown };
    if (typeof date !== 'string' || !SERIES_DATE.test(date)) return null;
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) return null;
    points.push({ date, value });
  }
  return points;
}
