import type { Lang } from '../../core/types.js';
import { t } from './i18n.js';
import { track } from './lazy.js';
import { clipText } from '../../core/quote.js';

/** An attribute an editor typed that the widget cannot use. */
export class AttributeError extends Error {
  constructor(
    readonly code: 'number' | 'json' | 'option' | 'date' | 'kpi' | 'range' | 'locale' | 'currency',
    readonly attribute: string,
    readonly value: string,
    readonly options: readonly string[] = [],
  ) {
    super(`${attribute}="${value}" is not valid (${code})`);
    this.name = 'AttributeError';
  }
}

/** The `detail` of a `kpi-error` event. */
export interface KpiErrorDetail {
  /** Stable code: network, http, timeout, parse, schema, empty, html, period, fields, filter, select, kpi, number, json, option, date, range, locale, currency, needs-src, unknown; or an element's own (goal, stage-order). */
  code: string;
  /** The readable message the widget shows, in its language. */
  message: string;
  attribute?: string;
  value?: string;
  status?: number;
  url?: string;
}

/** Codes only fetched, validated or computed data can have; their words are data-problems.ts. */
const DATA_CODES = new Set([
  'network', 'http', 'timeout', 'schema', 'empty', 'html', 'period', 'fields', 'filter', 'select', 'kpi', 'too-large', 'needs-src',
  'too-big', 'records', 'date-order',
]);
/** Codes of what an editor typed, worded by the common table every widget has. */
const COMMON_CODES = new Set(['parse', 'number', 'json', 'option', 'date', 'range', 'locale', 'currency']);

type DataWords = typeof import('./data-problems.js');
let dataWords: DataWords | undefined;
let dataWordsLoad: Promise<void> | undefined;
/** The load has ended; had the chunk failed, such problems read "Something went wrong" rather than wait forever. */
let dataWordsTried = false;

const fields = (error: unknown) => (error ?? {}) as Record<string, unknown>;
/** An element's own problem words itself: its strings live with the element, not in a shared table. */
const ownWords = (e: Record<string, unknown>) => typeof e.describe === 'function' && typeof e.code === 'string';

/**
 * Runs `show` once the words `error` is told in are here: at once when they
 * are (the usual case), else after their chunk has loaded. Returns false when
 * it had to wait. Widgets show and report a problem only through this
 * (DataController, RefreshController), so the editor reads the real message,
 * never a placeholder.
 */
export function whenWorded(error: unknown, show: () => void): boolean {
  const e = fields(error);
  if (dataWordsTried || ownWords(e) || !DATA_CODES.has(e.code as string)) {
    show();
    return true;
  }
  dataWordsLoad ??= track(
    import('./data-problems.js')
      .then((module) => void (dataWords = module), () => undefined)
      .finally(() => void (dataWordsTried = true)),
  );
  void dataWordsLoad.then(show);
  return false;
}

/**
 * Turns whatever went wrong into the words an intranet editor reads in the widget.
 * Errors are recognised by their `code`, so this module needs to import none of
 * the error classes (and the card bundle stays free of the data layer).
 */
export function describeProblem(error: unknown, lang: Lang): KpiErrorDetail {
  const e = fields(error);
  const own = ownWords(e) ? String((e.describe as (lang: Lang) => unknown)(lang)) : undefined;
  const code = own !== undefined || COMMON_CODES.has(e.code as string) || (dataWords && DATA_CODES.has(e.code as string))
    ? (e.code as string)
    : 'unknown';
  // What the editor wrote that is wrong: a FieldsError or FilterError names its `part`, a SelectError its `path`.
  const value = clipText(text(e.value ?? e.expr ?? e.input ?? e.part ?? e.path));
  const detail: KpiErrorDetail = {
    code,
    message: own
      ?? (DATA_CODES.has(code)
        ? dataWords!.dataProblemMessage(code, e, lang, value)
        : t(lang, `error.${code as 'parse'}`, {
          value,
          attribute: text(e.attribute),
          options: Array.isArray(e.options) ? e.options.join(', ') : '',
        })),
  };
  if (e.attribute) detail.attribute = text(e.attribute);
  if (value) detail.value = value;
  if (typeof e.status === 'number') detail.status = e.status;
  if (typeof e.url === 'string') detail.url = e.url;
  return detail;
}

/** A value as a message quotes it; '' for none. */
export function text(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

/**
 * Runs `read` on a document fetched from `url` and tags what it throws with
 * that address, so a wrong-shaped document's `kpi-error` says where it came
 * from, as a failed fetch's does.
 */
export async function atSource<T>(url: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (typeof error === 'object' && error !== null && !('url' in error)) Object.assign(error, { url });
    throw error;
  }
}
