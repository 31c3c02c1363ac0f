/**
 * Reading what an editor typed into an attribute. Each reader returns the
 * usable value or throws an AttributeError that the widget shows in words.
 */
import { parseNumber } from '../../core/numbers.js';
import { parseDate } from '../../core/dates.js';
import type { DayNumber } from '../../core/types.js';
import { AttributeError } from './problems.js';

/** A number as people write it ("1 234,50", "12.5"); undefined when the attribute is absent, empty or only spaces. */
export function readNumber(attribute: string, raw: unknown): number | undefined {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
  const value = parseNumber(raw);
  if (value === null || !Number.isFinite(value)) throw new AttributeError('number', attribute, String(raw));
  return value;
}

/** A JSON attribute (or an already parsed value set as a property). */
export function readJson(attribute: string, raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    throw new AttributeError('json', attribute, raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
  }
}

/** One of a fixed list of words; `fallback` when absent. */
export function readOption<T extends string>(attribute: string, raw: unknown, options: readonly T[], fallback: T): T {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = String(raw).trim().toLowerCase();
  if (!(options as readonly string[]).includes(value)) throw new AttributeError('option', attribute, String(raw), options);
  return value as T;
}

/** A calendar date such as 2026-03-31. */
export function readDate(attribute: string, raw: unknown): DayNumber | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const day = parseDate(raw);
  if (day === null) throw new AttributeError('date', attribute, String(raw));
  return day;
}

export const FORMATS = ['number', 'currency', 'percent', 'compact', 'days', 'hours'] as const;
export const COMPARES = ['previous-period', 'previous-year', 'none'] as const;

/**
 * A fetch time limit in milliseconds: seconds as people write them (`15`,
 * `2,5`), or with a unit (`500ms`, `2s`); a number property is seconds too.
 * `0` means no limit. Undefined when absent: the data layer's default, 15 s.
 */
export function readTimeout(attribute: string, raw: unknown): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const unit = typeof raw === 'string' ? /(ms|s)\s*$/i.exec(raw)?.[1]?.toLowerCase() : undefined;
  const amount = typeof raw === 'string' && unit ? raw.trim().slice(0, -unit.length) : raw;
  const value = parseNumber(amount);
  if (value === null || !Number.isFinite(value)) throw new AttributeError('number', attribute, String(raw));
  if (value < 0) throw new AttributeError('range', attribute, String(raw), ['≥ 0']);
  return unit === 'ms' ? value : value * 1000;
}
