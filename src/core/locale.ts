import type { Lang } from './types.js';

/**
 * Turns whatever a page or an editor gave as a locale into a well-formed,
 * canonical BCP 47 tag, or 'en' when it is not one.
 *
 * An underscore is read as a hyphen first, because `nb_NO` (the POSIX / Java
 * spelling) is what people copy from server configs, and refusing it would
 * silently switch a Norwegian page to English.
 */
export function normalizeLocale(tag?: string | null): string {
  if (typeof tag !== 'string') return 'en';
  // Every render asks several times for the same few tags; Intl's check is not free.
  let canonical = canonicalTags.get(tag);
  if (canonical === undefined) {
    canonical = canonicalize(tag);
    if (canonicalTags.size >= 64) canonicalTags.clear();
    canonicalTags.set(tag, canonical);
  }
  return canonical;
}

const canonicalTags = new Map<string, string>();

function canonicalize(tag: string): string {
  const cleaned = tag.trim().replaceAll('_', '-');
  if (cleaned === '') return 'en';
  try {
    return Intl.getCanonicalLocales(cleaned)[0] ?? 'en';
  } catch {
    // getCanonicalLocales throws RangeError for a malformed tag: that is the validity check.
    return 'en';
  }
}

/**
 * The language the kit's own strings are shown in. Nynorsk and the macro
 * language `no` map to Bokmål because the kit ships one Norwegian; anything
 * the kit does not ship falls back to English.
 */
export function resolveLang(locale?: string | null): Lang {
  const primary = normalizeLocale(locale).split('-')[0].toLowerCase();
  switch (primary) {
    case 'nb':
    case 'nn':
    case 'no':
      return 'nb';
    case 'sv':
      return 'sv';
    case 'da':
      return 'da';
    case 'nl':
      return 'nl';
    default:
      return 'en';
  }
}

/**
 * The tag to hand to Intl formatters: the normalized tag when the runtime has
 * formatting data for it, else the kit language (Chromium has no data for
 * `nn-NO` but does for `nb`), else 'en'. Without this step Intl silently
 * falls back to the browser's default locale, so the same widget would look
 * different on every visitor's machine.
 */
export function formattingLocale(locale?: string | null): string {
  const tag = normalizeLocale(locale);
  if (Intl.NumberFormat.supportedLocalesOf(tag).length > 0) return tag;
  const lang = resolveLang(tag);
  return Intl.NumberFormat.supportedLocalesOf(lang).length > 0 ? lang : 'en';
}
