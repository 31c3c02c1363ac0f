/**
 * Where a goal's numbers come from: attributes, an inline GoalDoc (`data`
 * attribute or `<script type="application/json">` child), a fetched GoalDoc,
 * or records computed into a KPI over a period. An attribute wins over the
 * same field of a document, so an editor can correct a target without
 * touching the feed. Attribute-only goals resolve synchronously and load
 * nothing more; documents pull in the schemas, records the data layer.
 */
import { evaluateGoal, type GoalEvaluation, type GoalPace } from '../../core/goals.js';
import { isoDay, todayDay, toIsoDate } from '../../core/dates.js';
import type { DayNumber, FormatKind, Lang } from '../../core/types.js';
import { FORMATS, readDate, readJson, readNumber, readOption, readTimeout } from '../shared/attributes.js';
import { atSource } from '../shared/problems.js';
import { goalText } from './goal-progress.strings.js';

/** The raw settings a goal loads from: its attributes, with the dashboard's filled in. */
export interface GoalInputs {
  value?: unknown;
  target?: unknown;
  baseline?: unknown;
  start?: unknown;
  end?: unknown;
  today?: unknown;
  pace?: unknown;
  holidays?: unknown;
  per?: unknown;
  variant?: unknown;
  format?: unknown;
  data?: unknown;
  /** Text of a `<script type="application/json">` child. */
  script?: string;
  src?: string;
  select?: string;
  kpi?: string;
  fields?: string;
  period?: string;
  filter?: string;
  credentials?: RequestCredentials;
  /** The `timeout` attribute as given. */
  timeout?: unknown;
}

export type GoalVariant = 'bar' | 'ring';
export type GoalPer = 'day' | 'week' | 'working-day';

/** Everything the goal shows, decided; the element only formats it. */
export interface GoalData {
  /** Null when the source has no value (a KPI over a period without records): the empty state. */
  value: number | null;
  target: number;
  baseline: number;
  start: DayNumber;
  end: DayNumber;
  today: DayNumber;
  per: GoalPer;
  variant: GoalVariant;
  format: FormatKind;
  currency?: string;
  label?: string;
  /** With `kpi`: the KPI's name in every language, the title when there is no label. */
  names?: Record<Lang, string>;
  evaluation: GoalEvaluation | null;
}

export const PACES = ['calendar', 'working'] as const;
export const VARIANTS = ['bar', 'ring'] as const;
export const PERS = ['day', 'week', 'working-day'] as const;

type GoalProblemReason = 'missing.target' | 'missing.start' | 'missing.end' | 'order';

/** A goal that cannot be drawn. It words itself, in the goal's own string table. */
export class GoalProblem extends Error {
  readonly code = 'goal';
  constructor(
    readonly reason: GoalProblemReason,
    readonly attribute: string,
    readonly value = '',
    private readonly params: Record<string, string> = {},
  ) {
    super(goalText('en', `error.${reason}`, params));
    this.name = 'GoalProblem';
  }

  describe(lang: Lang): string {
    return goalText(lang, `error.${this.reason}`, this.params);
  }
}

/** One goal's fields from one source; absent ones are undefined. */
interface Parts {
  value?: number | null;
  target?: number;
  baseline?: number;
  start?: DayNumber;
  end?: DayNumber;
  pace?: GoalPace;
  holidays?: ReadonlySet<DayNumber>;
  format?: FormatKind;
  /** A KPI from the catalogue says whether it is a rate; otherwise format="percent" does. */
  rate?: boolean;
  currency?: string;
  label?: string;
  names?: Record<Lang, string>;
}

/** `holidays="2026-04-02, 2026-04-03"` or, as a property, an array of dates. */
export function readHolidays(attribute: string, raw: unknown): ReadonlySet<DayNumber> | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const days = new Set<DayNumber>();
  for (const item of Array.isArray(raw) ? raw : String(raw).split(',')) {
    const day = readDate(attribute, typeof item === 'string' ? item.trim() : item);
    if (day !== undefined) days.add(day);
  }
  return days;
}

function readScript(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw Object.assign(new Error('The <script type="application/json"> child is not valid JSON.'), { code: 'parse' });
  }
}

/** Later sources win field by field; an absent field never hides an earlier one. */
function merge<T extends object>(...sources: T[]): T {
  const out: Record<string, unknown> = {};
  for (const source of sources) for (const [key, value] of Object.entries(source)) if (value !== undefined) out[key] = value;
  return out as T;
}

/** The schema has checked these dates: each is a real YYYY-MM-DD. */
const checkedDay = (text: string): DayNumber => isoDay(text) as DayNumber;

async function fromDoc(doc: unknown, own: Parts): Promise<Parts> {
  // A backend that serves the bare number is the simplest contract there is.
  if (typeof doc === 'number') return { value: doc };
  const { validate, GoalDoc } = await import('../../core/schemas.js');
  // The document is validated as the goal will use it: a field the attributes give need not be in it.
  const given = {
    value: own.value ?? undefined,
    target: own.target,
    baseline: own.baseline,
    start: own.start === undefined ? undefined : toIsoDate(own.start),
    end: own.end === undefined ? undefined : toIsoDate(own.end),
  };
  const isObject = typeof doc === 'object' && doc !== null && !Array.isArray(doc);
  const goal = validate(GoalDoc, isObject ? { ...doc, ...merge(given) } : doc);
  return {
    ...goal,
    start: checkedDay(goal.start),
    end: checkedDay(goal.end),
    holidays: goal.holidays && new Set(goal.holidays.map(checkedDay)),
  };
}

async function fromSource(input: GoalInputs & { src: string }, own: Parts, today: DayNumber, signal: AbortSignal): Promise<Parts> {
  const query = await import('../../data/query.js');
  const { src, select, credentials } = input;
  const timeout = readTimeout('timeout', input.timeout);
  if (!input.kpi) {
    const doc = await query.queryDocument({ src, select, credentials, timeout, signal });
    return atSource(src, () => fromDoc(doc, own));
  }
  const { value, period, kpi } = await query.queryKpi({
    src, select, credentials, timeout, signal, kpi: input.kpi, fields: input.fields, period: input.period,
    filter: input.filter, compare: 'none', today,
  });
  return { value, start: period.start, end: period.end, format: kpi.format, rate: kpi.rate, names: kpi.names };
}

function decide(parts: Parts, look: { today: DayNumber; variant: GoalVariant; per?: GoalPer }): GoalData {
  const { target, start, end } = parts;
  if (target === undefined) throw new GoalProblem('missing.target', 'target');
  if (start === undefined) throw new GoalProblem('missing.start', 'start');
  if (end === undefined) throw new GoalProblem('missing.end', 'end');
  if (end < start) throw new GoalProblem('order', 'end', toIsoDate(end), { start: toIsoDate(start), end: toIsoDate(end) });
  const pace = parts.pace ?? 'calendar';
  const value = parts.value ?? null;
  const { today } = look;
  const format = parts.format ?? 'number';
  // A rate (churn 5 % → 3 %) is told in points and needs nothing per day (see GoalInput.rate).
  const rate = parts.rate ?? format === 'percent';
  return {
    value, target, baseline: parts.baseline ?? 0, start, end, today, variant: look.variant,
    per: look.per ?? (pace === 'working' ? 'working-day' : 'day'),
    format, currency: parts.currency, label: parts.label, names: parts.names,
    evaluation: value === null
      ? null
      : evaluateGoal({ value, target, baseline: parts.baseline, start, end, today, pace, holidays: parts.holidays, rate }),
  };
}

/**
 * Resolves a goal. Throws (synchronously for attribute mistakes) an error
 * with a `code` that the element turns into a readable message.
 */
export function loadGoal(input: GoalInputs, signal: AbortSignal): GoalData | Promise<GoalData> {
  const own: Parts = {
    value: readNumber('value', input.value),
    target: readNumber('target', input.target),
    baseline: readNumber('baseline', input.baseline),
    start: readDate('start', input.start),
    end: readDate('end', input.end),
    pace: input.pace ? readOption('pace', input.pace, PACES, 'calendar') : undefined,
    holidays: readHolidays('holidays', input.holidays),
    format: input.format ? readOption('format', input.format, FORMATS, 'number') : undefined,
  };
  const look = {
    today: readDate('today', input.today) ?? todayDay(),
    variant: readOption('variant', input.variant, VARIANTS, 'bar'),
    per: input.per ? readOption('per', input.per, PERS, 'day') : undefined,
  };
  const { src } = input;
  if (src) return fromSource({ ...input, src }, own, look.today, signal).then((fetched) => decide(merge(fetched, own), look));
  const inline = readJson('data', input.data) ?? readScript(input.script);
  if (inline !== undefined) return fromDoc(inline, own).then((doc) => decide(merge(doc, own), look));
  return decide(own, look);
}
