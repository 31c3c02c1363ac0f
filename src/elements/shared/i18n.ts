import type { Lang } from '../../core/types.js';

export type Strings<K extends string> = Record<K, string>;

type Table = Record<string, string>;

/** Every table in English, by name: the keys every language must have. */
export const english: Record<string, Table> = {};

/** The other languages' tables, once a page has asked for that language. */
const loaded: Partial<Record<Lang, Record<string, Table>>> = { en: english };
const loading: Partial<Record<Lang, Promise<void>>> = {};

/**
 * One chunk per language, holding the words of every widget (see lang/*.ts).
 * An English page downloads none of them; a Norwegian page downloads nb once.
 */
const importers: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Record<string, Table> }>> = {
  nb: () => import('./lang/nb.js'),
  sv: () => import('./lang/sv.js'),
  da: () => import('./lang/da.js'),
  nl: () => import('./lang/nl.js'),
};

/**
 * Declares a table's English words under a name. The other languages live in
 * lang/<lang>.ts, whose `Translation` type (lang/translation.ts) makes a key
 * missing in one of them a compile error; test/elements/i18n.test.ts checks the
 * same at run time for every table.
 */
export function defineStrings<K extends string>(name: string, en: Strings<K>) {
  english[name] = en;
  return (lang: Lang, key: K, params?: Record<string, string | number>): string => {
    const text = loaded[lang]?.[name]?.[key] ?? en[key];
    return params ? text.replace(/\{(\w+)\}/g, (_, param: string) => String(params[param] ?? '')) : text;
  };
}

/** Whether a language's words are at hand, so a widget can render in it without waiting. */
export function stringsReady(lang: Lang): boolean {
  return lang in loaded;
}

/**
 * Loads a language's words. Never rejects: if the chunk cannot be fetched,
 * the widget falls back to English rather than stay blank.
 */
export function loadStrings(lang: Lang): Promise<void> {
  if (stringsReady(lang)) return Promise.resolve();
  return (loading[lang] ??= importers[lang as Exclude<Lang, 'en'>]().then(
    (module) => void (loaded[lang] = module.default),
    () => void (loaded[lang] = {}),
  ));
}

/** Strings every widget uses: states, errors, comparisons and statuses. */
export const t = defineStrings('common', {
  loading: 'Loading…',
  empty: 'No data for this period.',
  stale: 'Showing data from {age} ago: the data source is not answering.',
  'error.parse': 'The data could not be read. It must be valid JSON or CSV.',
  'error.number': 'The {attribute} “{value}” is not a number.',
  'error.json': 'The {attribute} attribute is not valid JSON.',
  'error.option': 'The {attribute} “{value}” is not one of: {options}.',
  'error.date': 'The {attribute} “{value}” is not a date. Write it as 2026-03-31.',
  'error.range': 'The {attribute} “{value}” must be {options}.',
  'error.locale': 'The locale “{value}” is not a language code this browser knows. Write it as nb-NO, sv-SE, da-DK, nl-NL or en-GB.',
  'error.currency': 'The currency “{value}” is not a currency code. Write it as NOK, SEK, DKK or EUR.',
  'error.unknown': 'Something went wrong while showing this widget.',
  'compare.previous': 'vs previous',
  'compare.previous-period': 'vs previous period',
  'compare.previous-year': 'vs same period last year',
  'trend.up': 'up',
  'trend.down': 'down',
  'trend.flat': 'unchanged',
  'sentiment.good': 'good',
  'sentiment.bad': 'bad',
  'sentiment.neutral': 'neutral',
  'status.ahead': 'Ahead',
  'status.on-track': 'On track',
  'status.at-risk': 'At risk',
  'status.behind': 'Behind',
  'status.reached': 'Target reached',
  week: 'week {week}',
  'dashboard.empty': 'This dashboard has no widgets yet. Put widgets inside it, such as <kpi-card kpi="revenue"></kpi-card>.',
  'error.endpoint': 'The KPI server could not answer this widget: {message}',
  'error.needs-src': 'The KPI “{value}” is computed from your sales records, so it needs data: add src="/crm/deals.csv" (a CSV or JSON export), or put it inside a <kpi-dashboard src="…">.',
});
