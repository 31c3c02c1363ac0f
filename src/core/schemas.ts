/**
 * The JSON documents a widget accepts, as zod/mini schemas, and a validate()
 * that turns zod's issues into messages an intranet editor can act on.
 *
 * zod/mini rather than classic zod: it tree-shakes, which keeps the card
 * bundle inside its budget. Import this module only where a JSON document is
 * validated; a bundle that imports the core index without validating anything
 * drops them and zod with them.
 * scripts/schemas.mjs publishes each as JSON Schema for backends.
 */
import * as z from 'zod/mini';
import { isoDay } from './dates.js';
import { clipText } from './quote.js';
import { SERIES_DATE } from './series-doc.js';

const FORMATS = ['number', 'currency', 'percent', 'compact', 'days', 'points'] as const;


const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const optionalNumber = () => z.optional(z.nullable(z.number()));

const isRealDate = (text: string) => isoDay(text) !== null;

const isoDate = () =>
  z.string().check(
    z.regex(ISO_DATE, { message: 'expected a date written YYYY-MM-DD' }),
    // Only for the right shape, so '2026-3-5' gets one message, not two.
    z.refine((text) => !ISO_DATE.test(text) || isRealDate(text), { message: 'expected a real calendar date' }),
  );

const currency = () => z.string().check(z.regex(/^[A-Za-z]{3}$/, { message: 'expected a 3-letter currency code such as NOK' }));
const format = () => z.enum(FORMATS);

// Each document is built by a function called once under a pure mark: a
// bundler can drop a call without arguments, but not nested schema calls.
const seriesDoc = () =>
  z.array(
    z.object({
      date: z.string().check(
        z.regex(SERIES_DATE, { message: 'expected a date like 2026-03, 2026-03-05, 2026-W12, 2026-Q1 or 2026' }),
      ),
      value: z.nullable(z.number()),
    }),
  );

export const SeriesDoc = /* @__PURE__ */ seriesDoc();
export type SeriesDoc = z.infer<typeof SeriesDoc>;

const kpiValueDoc = () => z.object({
  /** null: the backend has no value yet; the widget shows "—". */
  value: z.nullable(z.number()),
  previous: optionalNumber(),
  target: optionalNumber(),
  label: z.optional(z.string()),
  format: z.optional(format()),
  currency: z.optional(currency()),
  series: z.optional(seriesDoc()),
});

export const KpiValueDoc = /* @__PURE__ */ kpiValueDoc();
export type KpiValueDoc = z.infer<typeof KpiValueDoc>;

const goalDoc = () => z.object({
  value: z.number(),
  target: z.number(),
  baseline: z.optional(z.number()),
  start: isoDate(),
  end: isoDate(),
  label: z.optional(z.string()),
  format: z.optional(format()),
  currency: z.optional(currency()),
  pace: z.optional(z.enum(['calendar', 'working'])),
  holidays: z.optional(z.array(isoDate())),
}).check(
  // ISO dates compare as text. A start or end that is no date has its own issue already.
  z.refine((goal) => !isRealDate(goal.start) || !isRealDate(goal.end) || goal.start <= goal.end, {
    path: ['end'],
    message: 'expected a date on or after start',
  }),
);

export const GoalDoc = /* @__PURE__ */ goalDoc();
export type GoalDoc = z.infer<typeof GoalDoc>;

const funnelStage = () =>
  z.object({
    label: z.string(),
    value: z.number().check(z.minimum(0)),
    probability: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    avgDays: z.optional(z.number().check(z.minimum(0))),
    amount: z.optional(z.number()),
  });

const funnelDoc = () => z.union([
  z.array(funnelStage()),
  z.looseObject({ stages: z.array(funnelStage()) }),
]);

/** The stages top to bottom: an array, or `{ stages: [...] }`. */
export const FunnelDoc = /* @__PURE__ */ funnelDoc();
export type FunnelDoc = z.infer<typeof FunnelDoc>;

const goalRow = () => z.object({
  owner: z.optional(z.string()),
  team: z.optional(z.string()),
  customer: z.optional(z.string()),
  kpi: z.string().check(z.minLength(1, { message: 'expected a KPI id such as revenue' })),
  /** 2026, 2026-Q1, 2026-03, 2026-W12, a day, or a range of them (2026-01/2026-06); checked by readGoals. */
  period: z.union([z.string(), z.number()]),
  target: z.number(),
  baseline: z.optional(z.number()),
});

/** One goal: whom it is for (one of owner, team, customer; none for the whole company), KPI, period, target. */
export const GoalRow = /* @__PURE__ */ goalRow();
export type GoalRow = z.infer<typeof GoalRow>;

const goalsDoc = () => z.union([z.array(goalRow()), z.looseObject({ goals: z.array(goalRow()) })]);

/** A goals document: an array of goals, or `{ goals: [...] }`. */
export const GoalsDoc = /* @__PURE__ */ goalsDoc();
export type GoalsDoc = z.infer<typeof GoalsDoc>;

const rows = () => z.array(z.record(z.string(), z.unknown()));
const RECORD_KINDS = ['deals', 'leads', 'activities', 'customers', 'costs'] as const;

const recordsDoc = () => z.union([
  rows(),
  z.looseObject({
    deals: z.optional(rows()),
    leads: z.optional(rows()),
    activities: z.optional(rows()),
    customers: z.optional(rows()),
    costs: z.optional(rows()),
  }).check(
    z.refine((doc) => RECORD_KINDS.some((kind) => doc[kind] !== undefined), {
      message: 'expected an array of rows, or an object with deals, leads, activities, customers or costs',
    }),
  ),
]);

/** Rows of one record kind, or `{ deals?, leads?, activities?, customers?, costs? }`. */
export const RecordsDoc = /* @__PURE__ */ recordsDoc();
export type RecordsDoc = z.infer<typeof RecordsDoc>;

// ---- validation ----------------------------------------------------------

export interface SchemaIssue {
  /** Where in the document: 'stages[2].value'; '' for the document itself. */
  path: string;
  /** zod's issue code ('invalid_type', 'too_small', …), stable for translation. */
  code: string;
  /** Plain English: 'expected a number, got a string'. */
  message: string;
}

/** A JSON document that does not have the shape a widget needs. */
export class SchemaError extends Error {
  readonly code = 'schema';
  constructor(readonly issues: SchemaIssue[]) {
    const lines = issues.slice(0, 3).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    super(`The data does not have the expected shape: ${lines.join('; ')}${more}.`);
    this.name = 'SchemaError';
  }
}

/** The document as the schema types it, or a SchemaError saying what is wrong where. */
export function validate<S extends z.ZodMiniType>(schema: S, doc: unknown): z.infer<S> {
  const result = schema.safeParse(doc);
  if (result.success) return result.data;
  throw new SchemaError(result.error.issues.flatMap((issue) => describeIssue(issue, [], doc)));
}

type Path = readonly PropertyKey[];
type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, base: Path, doc: unknown): SchemaIssue[] {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union') return describeUnion(issue.errors, path, doc);
  return [{ path: pathText(path), code: issue.code, message: messageOf(issue, valueAt(doc, path)) }];
}

/**
 * A union fails in every branch; the branch that got furthest into the
 * document is the one the author meant. When every branch fails on the value
 * itself, say which types would have done.
 */
function describeUnion(branches: Issue[][], path: Path, doc: unknown): SchemaIssue[] {
  const depth = (issues: Issue[]) => Math.max(...issues.map((i) => (i.code === 'invalid_type' ? i.path.length : i.path.length + 0.5)));
  const atRoot = branches.every((issues) => issues.every((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (atRoot) {
    const expected = [...new Set(branches.flatMap((issues) => issues.map((i) => (i as z.core.$ZodIssueInvalidType).expected)))];
    return [{
      path: pathText(path),
      code: 'invalid_type',
      message: `expected ${expected.map(withArticle).join(' or ')}, got ${kindOf(valueAt(doc, path))}`,
    }];
  }
  const best = branches.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  return best.flatMap((issue) => describeIssue(issue, path, doc));
}

function messageOf(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `expected ${withArticle(issue.expected)}, but it is missing`
        : `expected ${withArticle(issue.expected)}, got ${kindOf(value)}`;
    case 'too_small':
      return `expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, got ${String(value)}`;
    case 'too_big':
      return `expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, got ${String(value)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${kindOf(value)}`;
    case 'invalid_format':
      return `${ownMessage(issue)}, got ${kindOf(value)}`;
    default:
      return ownMessage(issue);
  }
}

/** Our own checks (regex, refine) carry their message; zod/mini's default says only "Invalid input". */
function ownMessage(issue: Issue): string {
  return issue.message && issue.message !== 'Invalid input' ? issue.message : 'not valid here';
}

function withArticle(zodType: string): string {
  // z.record() is a row: to an editor it is just an object.
  const type = zodType === 'record' ? 'object' : zodType;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * How a wrong value is described back to the editor: a text by its shape only.
 * It is data the page's author may never have meant to show (see quote.ts),
 * and the path already says where to look.
 */
function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : 'a text';
  // A number is short and says what is wrong with it (a count of −1).
  if (typeof value === 'number') return String(value);
  return withArticle(typeof value);
}

function valueAt(doc: unknown, path: Path): unknown {
  let value = doc;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function pathText(path: Path): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text ? `.${clipText(key)}` : clipText(key);
    else text += `[${JSON.stringify(clipText(String(key)))}]`;
  }
  return text;
}
