/**
 * Reading what an editor typed into an attribute. Each reader returns the
 * usable value or throws an AttributeError that the widget shows in words
 * (or, for a number or date the plain readers cannot read, ParsersLoading:
 * see parsers.ts).
 */
import { dateOf, numberOf } from './parsers.js';
import { resolveLang } from '../../core/locale.js';
import type { DayNumber } from '../../core/types.js';
import { AttributeError } from './problems.js';

/** A number as people write it ("1 234,50", "12.5"); undefined when the attribute is absent, empty or only spaces. */
export function readNumber(attribute: string, raw: unknown): number | undefined {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
  const value = numberOf(raw);
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

/** The JSON of a `<script type="application/json">` child; undefined when it is empty. */
export function readScriptJson(text: string | null | undefined): unknown {
  if (text === undefined || text === null || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw Object.assign(new Error('The <script type="application/json"> child is not valid JSON.'), { code: 'parse' });
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
  const day = dateOf(raw);
  if (day === null) throw new AttributeError('date', attribute, String(raw));
  return day;
}

export const FORMATS = ['number', 'currency', 'percent', 'compact', 'days', 'hours'] as const;
/** How a goal's straight line runs, over calendar days or working days (goal and table `pace`). */
export const PACES = ['calendar', 'working'] as const;

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
  const value = numberOf(amount);
  if (value === null || !Number.isFinite(value)) throw new AttributeError('number', attribute, String(raw));
  if (value < 0) throw new AttributeError('range', attribute, String(raw), ['≥ 0']);
  // Past what a timer can wait, the data layer sets no limit at all (load.ts).
  return unit === 'ms' ? value : value * 1000;
}


export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Absent: undefined, null, or text that is empty or only spaces. */
export function absent(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/** A value as the message quotes it; never throws (a null-prototype object has no string form). */
export function quoted(raw: unknown): string {
  try {
    return String(raw);
  } catch {
    return typeof raw;
  }
}

/** `light`, `dark` or `auto`, any case; undefined when absent. */
export function readTheme(attribute: string, raw: unknown): Theme | undefined {
  if (absent(raw)) return undefined;
  if (typeof raw !== 'string') throw new AttributeError('option', attribute, quoted(raw), THEMES);
  return readOption(attribute, raw, THEMES, 'light');
}

/**
 * A locale an editor typed, as a canonical BCP 47 tag (`nb_no` → `nb-NO`).
 * Refused: a tag that is not well-formed (`norsk` is, but `nb NO` is not),
 * and one the browser has no number formats for unless the kit has words for
 * it (`nn-NO` is shown in Bokmål with `nb` numbers, so it stays allowed).
 * Either would otherwise switch the widget to English without a word.
 */
export function readLocale(attribute: string, raw: unknown): string | undefined {
  if (absent(raw)) return undefined;
  // Every render asks several times for the same few tags; Intl's checks are not free.
  let tag = typeof raw === 'string' ? locales.get(raw) : null;
  if (tag === undefined) {
    tag = usableTag(raw as string);
    if (locales.size >= 64) locales.clear();
    locales.set(raw as string, tag);
  }
  if (tag === null) throw new AttributeError('locale', attribute, quoted(raw));
  return tag;
}

const locales = new Map<string, string | null>();

function usableTag(raw: string): string | null {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(raw.trim().replaceAll('_', '-'))[0];
  } catch {
    return null; // not well-formed
  }
  if (!tag) return null;
  const speaks = tag.split('-')[0].toLowerCase() === 'en' || resolveLang(tag) !== 'en';
  return speaks || Intl.NumberFormat.supportedLocalesOf(tag).length > 0 ? tag : null;
}

let currencies: ReadonlySet<string> | null | undefined;

/** The ISO 4217 codes this browser formats; null where Intl cannot list them (then three letters pass). */
function knownCurrencies(): ReadonlySet<string> | null {
  if (currencies === undefined) {
    const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
    try {
      currencies = typeof intl.supportedValuesOf === 'function' ? new Set(intl.supportedValuesOf('currency')) : null;
    } catch {
      currencies = null;
    }
  }
  return currencies;
}

/** An ISO 4217 code (`NOK`, `nok`), upper-cased; refused when it is not three letters Intl knows (`kroner`, `ABC`). */
export function readCurrency(attribute: string, raw: unknown): string | undefined {
  if (absent(raw)) return undefined;
  const code = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  const known = knownCurrencies();
  if (!/^[A-Z]{3}$/.test(code) || (known !== null && !known.has(code))) {
    throw new AttributeError('currency', attribute, quoted(raw));
  }
  return code;
}
