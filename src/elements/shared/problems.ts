import type { Lang } from '../../core/types.js';
import { english, t } from './i18n.js';

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
  /** Stable code: network, http, timeout, parse, schema, empty, html, period, fields, filter, select, kpi, number, json, option, date, range, locale, currency, unknown; or an element's own (goal). */
  code: string;
  /** The readable message the widget shows, in its language. */
  message: string;
  attribute?: string;
  value?: string;
  status?: number;
  url?: string;
}

const known = new Set([
  'network', 'http', 'timeout', 'parse', 'schema', 'empty', 'html',
  'period', 'fields', 'filter', 'kpi', 'number', 'json', 'option', 'date', 'range', 'too-large', 'locale', 'currency',
  'select',
]);

/**
 * Turns whatever went wrong into the words an intranet editor reads in the widget.
 * Errors are recognised by their `code`, so this module needs to import none of
 * the error classes (and the card bundle stays free of the data layer).
 */
export function describeProblem(error: unknown, lang: Lang): KpiErrorDetail {
  const e = (error ?? {}) as Record<string, unknown>;
  // An element's own problem words itself: its strings live with the element, not in the common table.
  const own = typeof e.describe === 'function' && typeof e.code === 'string' ? String(e.describe(lang)) : undefined;
  const code = typeof e.code === 'string' && (known.has(e.code) || own !== undefined) ? e.code : 'unknown';
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  // What the editor wrote that is wrong: a FieldsError or FilterError names its `part`, a SelectError its `path`.
  const value = text(e.value ?? e.expr ?? e.input ?? e.part ?? e.path);
  const detail: KpiErrorDetail = {
    code,
    message: own ?? t(lang, messageKey(code, e), {
      value,
      attribute: text(e.attribute),
      status: text(e.status),
      options: Array.isArray(e.options) ? e.options.join(', ') : '',
      detail: text(e.detail ?? schemaIssues(e.issues) ?? e.message),
      columns: shortList(e.columns, 12),
      looked: shortList(e.looked, 8),
      keys: shortList(e.keys, 20) || '—',
      found: text(e.found),
      example: text(e.example),
      what: columnWords(lang, e.fields),
    }),
  };
  if (e.attribute) detail.attribute = text(e.attribute);
  if (value) detail.value = value;
  if (typeof e.status === 'number') detail.status = e.status;
  if (typeof e.url === 'string') detail.url = e.url;
  return detail;
}

type Key = Parameters<typeof t>[1];
const hasKey = (key: string): key is Key => key in english.common!;

/**
 * The message for a code, or for its `reason` where the table words that
 * reason on its own (`error.fields.missing`, `error.select.syntax`…).
 */
function messageKey(code: string, e: Record<string, unknown>): Key {
  let reason = e.reason;
  // A path that stops inside the document says what is there instead.
  if (code === 'select' && reason === 'missing' && e.found) reason = shortList(e.keys, 1) ? 'missing-in' : 'missing-end';
  // No column of the data looks like the missing one: there is no mapping to suggest.
  if (code === 'fields' && reason === 'missing' && !e.example) reason = 'missing-none';
  const specific = `error.${code}.${String(reason)}`;
  if (typeof reason === 'string' && hasKey(specific)) return specific;
  const general = `error.${code}`;
  return hasKey(general) ? general : 'error.unknown';
}

/** The first `max` names of a list, then "…"; '' for anything else. */
function shortList(names: unknown, max: number): string {
  if (!Array.isArray(names)) return '';
  return names.length > max ? `${names.slice(0, max).join(', ')}, …` : names.join(', ');
}

/** A field a column is missing for, in words: "the deal value"; the field names themselves when the table has no words for them. */
function columnWords(lang: Lang, fields: unknown): string {
  if (!Array.isArray(fields) || fields.length === 0) return '';
  const key = `column.${fields.join('-')}`;
  return hasKey(key) ? t(lang, key) : fields.join(' / ');
}

/** A SchemaError's first issues as "path: problem", without its English preamble. */
function schemaIssues(issues: unknown): string | undefined {
  if (!Array.isArray(issues) || issues.length === 0) return undefined;
  return issues
    .slice(0, 3)
    .map((i: { path?: string; message?: string }) => (i.path ? `${i.path}: ${i.message}` : String(i.message)))
    .join('; ');
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
