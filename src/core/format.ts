import type { FormatKind, Lang } from './types.js';
import type { Delta } from './compare.js';
import { formattingLocale, resolveLang } from './locale.js';

/** Shown instead of a number that is missing, NaN or infinite. */
export const NO_VALUE_TEXT = '—';

export interface FormatOptions {
  format: FormatKind;
  /** BCP 47; a malformed or unknown tag falls back (see formattingLocale), never throws. */
  locale?: string;
  /** ISO 4217 code for format 'currency'; without a valid one the value is shown as a plain number. */
  currency?: string;
  /** Fixed number of fraction digits (0..20), overriding the format's default. */
  digits?: number;
  /** Intl's compact notation ("2,5 mill. kr", "NOK 3M") on top of the format; for chart axes (axis.ts). */
  compact?: boolean;
}

/**
 * Which number of a Delta formatDelta shows. 'auto': points for a rate
 * (never "+100 %" for a rate going from 10 % to 20 %), else the absolute
 * change in the KPI's own format.
 */
export type DeltaPart = 'auto' | 'absolute' | 'relative' | 'points';

export interface DeltaFormatOptions extends FormatOptions {
  part?: DeltaPart;
}

/**
 * Suffix for a percentage-point difference, after a no-break space so it
 * never wraps away from its number. The short forms are those each
 * language's business press uses: pp (percentage points), p.p.
 * (prosentpoeng), p.e. (procentenheter), pct.-point (procentpoint) and pp
 * (procentpunt).
 */
export const POINTS_SUFFIX: Readonly<Record<Lang, string>> = Object.freeze({
  en: 'pp',
  nb: 'p.p.',
  sv: 'p.e.',
  da: 'pct.-point',
  nl: 'pp',
});

/**
 * Constructing an Intl.NumberFormat costs far more than formatting with one,
 * and a dashboard formats the same few option sets hundreds of times. The cap
 * keeps a page that feeds ever-new locale strings from growing the cache
 * without bound.
 */
const formatters = new Map<string, Intl.NumberFormat>();
const MAX_FORMATTERS = 200;

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}\u0000${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.NumberFormat(formattingLocale(locale), options);
    } catch {
      // Options are checked before they get here; this is the last line that keeps a widget from going blank.
      formatter = new Intl.NumberFormat('en');
    }
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

function currencyCode(currency: string | undefined): string | null {
  if (typeof currency !== 'string') return null;
  const code = currency.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

function fractionDigits(digits: number | undefined): Intl.NumberFormatOptions | null {
  if (typeof digits !== 'number' || !Number.isFinite(digits)) return null;
  const d = Math.min(20, Math.max(0, Math.trunc(digits)));
  return { minimumFractionDigits: d, maximumFractionDigits: d };
}

/**
 * Plain numbers follow the same rule as money: whole units from 100 up
 * ("1 466 667", not "1 466 666,67": a goal's expected value or an editor's
 * value="1234.5" shows "1 235", as a currency amount already does), and up to
 * two decimals below 100 ("12,5", "0,25"), where a decimal still tells
 * something. `digits` overrides it.
 */
function plainNumber(value: number): Intl.NumberFormatOptions {
  return { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2 };
}

/**
 * Intl options per format. The defaults are for dashboards: ratios and
 * durations with at most one decimal, plain numbers and money in whole units
 * from 100 up (a KPI card showing "182 400,00 kr" wastes space on noise),
 * plain numbers with up to two decimals below 100, and money with the
 * currency's own decimals below 100 (a cost per lead of 45,50 € keeps them),
 * except on a whole amount: "0 kr" and "45 kr", not "0,00 kr".
 */
function intlOptions(
  kind: FormatKind,
  value: number,
  currency: string | undefined,
  digits: number | undefined,
  signDisplay: 'negative' | 'exceptZero',
): Intl.NumberFormatOptions {
  const fixed = fractionDigits(digits);
  switch (kind) {
    case 'currency': {
      const code = currencyCode(currency);
      if (code === null) return { ...(fixed ?? plainNumber(value)), signDisplay };
      const whole: Intl.NumberFormatOptions =
        Math.abs(value) >= 100 ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : { trailingZeroDisplay: 'stripIfInteger' };
      return { style: 'currency', currency: code, ...(fixed ?? whole), signDisplay };
    }
    case 'percent':
      return { style: 'percent', ...(fixed ?? { maximumFractionDigits: 1 }), signDisplay };
    case 'compact':
      return { notation: 'compact', ...(fixed ?? {}), signDisplay };
    case 'days':
    case 'hours':
    case 'points':
      return { ...(fixed ?? { maximumFractionDigits: 1 }), signDisplay };
    case 'number':
    default:
      return { ...(fixed ?? plainNumber(value)), signDisplay };
  }
}

/**
 * Words for durations. Intl's `day` unit says "døgn" / "dygn" (a 24-hour day)
 * in nb and sv, which is not how a sales team talks about a sales cycle.
 */
const UNIT_WORDS: Record<'days' | 'hours', Record<Lang, { one: string; other: string }>> = {
  days: {
    en: { one: 'day', other: 'days' },
    nb: { one: 'dag', other: 'dager' },
    sv: { one: 'dag', other: 'dagar' },
    da: { one: 'dag', other: 'dage' },
    nl: { one: 'dag', other: 'dagen' },
  },
  hours: {
    en: { one: 'hour', other: 'hours' },
    nb: { one: 'time', other: 'timer' },
    sv: { one: 'timme', other: 'timmar' },
    da: { one: 'time', other: 'timer' },
    nl: { one: 'uur', other: 'uur' },
  },
};

/**
 * From 10^15 on, a double no longer holds every whole number (Intl would print
 * made-up digits) and 1e308 would be 309 digits wide: such a magnitude is shown
 * in scientific notation with at most two decimals, "1.23E17", "1E308".
 */
const HUGE = 1e15;

function format(value: number, options: FormatOptions, signDisplay: 'negative' | 'exceptZero'): string {
  const base = intlOptions(options.format, value, options.currency, options.digits, signDisplay);
  const huge = Math.abs(options.format === 'percent' ? value * 100 : value) >= HUGE;
  const opts: Intl.NumberFormatOptions = huge
    ? { ...base, notation: 'scientific', minimumFractionDigits: 0, maximumFractionDigits: 2 }
    : options.compact ? { ...base, notation: 'compact' } : base;
  const formatter = numberFormat(options.locale, opts);
  const text = formatter.format(value);
  if (options.format === 'points') return `${text}\u00a0${POINTS_SUFFIX[resolveLang(options.locale)]}`;
  if (options.format !== 'days' && options.format !== 'hours') return text;
  // Plural by the number as shown: 1.0 rounds to "1 day", 1.5 is "1.5 days".
  const parts = formatter.formatToParts(value);
  const digits = (type: string) => parts.filter((p) => p.type === type).map((p) => p.value).join('');
  const shown = Number(`${digits('integer') || '0'}.${digits('fraction') || '0'}`);
  const words = UNIT_WORDS[options.format][resolveLang(options.locale)];
  return `${text}\u00a0${shown === 1 && !huge ? words.one : words.other}`;
}

/**
 * Formats a number for display. Null, NaN and ±Infinity show as '—'.
 * A value that rounds to zero never shows a minus sign ('negative' sign
 * display), so −0 and −0.001 both read "0".
 *
 * 'percent' takes a ratio (0.25 → "25 %"); 'points' takes points already
 * (2.1 → "2.1 pp"); 'currency' without a valid ISO code shows a plain number.
 */
export function formatValue(value: number | null | undefined, options: FormatOptions): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO_VALUE_TEXT;
  return format(value, options, 'negative');
}

/**
 * Formats one number of a Delta with an explicit sign ("+2.1 pp", "−11 400 kr");
 * a change that rounds to zero shows no sign. '—' when there is no delta or
 * the chosen part is null (e.g. `relative` of a rate).
 */
export function formatDelta(delta: Delta | null | undefined, options: DeltaFormatOptions): string {
  if (delta === null || delta === undefined) return NO_VALUE_TEXT;
  const part = options.part ?? 'auto';
  let value: number | null;
  let kind: FormatKind;
  if (part === 'points' || (part === 'auto' && delta.points !== null)) {
    value = delta.points;
    kind = 'points';
  } else if (part === 'relative') {
    value = delta.relative;
    kind = 'percent';
  } else {
    value = delta.absolute;
    kind = options.format;
  }
  if (value === null || !Number.isFinite(value)) return NO_VALUE_TEXT;
  return format(value, { ...options, format: kind }, 'exceptZero');
}
