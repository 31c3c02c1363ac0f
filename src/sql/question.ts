/**
 * The question a widget sends to an endpoint, read and checked with messages
 * in words, and resolved into the ranges (units) the SQL computes. The same
 * defaults as a widget on `src`: this month, against the previous period.
 */
import { isoDay, todayDay, toIsoDate } from '../core/dates.js';
import { getKpi, type KpiDefinition } from '../core/catalogue.js';
import { parseFilter, type Filter } from '../core/filter.js';
import { buckets, comparisonRange, isGranularity, parsePeriod, type ResolvedPeriod } from '../core/periods.js';
import { parseFields, type FieldMap } from '../core/records.js';
import type { CompareMode, DateRange, Granularity } from '../core/types.js';
import { QuestionError } from './errors.js';
import type { Unit } from './forms.js';

/** A question as JSON: what a widget on `endpoint` sends (see dist/schemas/kpi-question.schema.json). */
export interface KpiQuestion {
  /** Echoed in the answer, so a batch's answers can be matched to their widgets. */
  id?: string;
  kpi: string;
  period?: string;
  compare?: CompareMode;
  filter?: string;
  groupBy?: string;
  /** Adds `series`: the KPI per bucket over the period. */
  granularity?: Granularity;
  fields?: string;
  /** YYYY-MM-DD; default the server's today. */
  today?: string;
  fiscalYearStart?: number;
  stage?: string;
  probabilities?: Record<string, number>;
  won?: string[];
  lost?: string[];
}

const KEYS = new Set(['id', 'kpi', 'period', 'compare', 'filter', 'groupBy', 'granularity', 'fields', 'today',
  'fiscalYearStart', 'stage', 'probabilities', 'won', 'lost']);
const COMPARES: readonly CompareMode[] = ['previous-period', 'previous-year', 'none'];

export interface Limits {
  /** Longest period a question may cover, in days (default 3,660: ten years). */
  maxDays?: number;
  /** Most buckets in a series (default 400). */
  maxBuckets?: number;
}

export interface ResolvedQuestion {
  question: KpiQuestion;
  kpi: KpiDefinition;
  period: ResolvedPeriod;
  compare: CompareMode;
  filter?: Filter;
  fields?: FieldMap;
  /** The value's unit first, then the previous period's (if any), then the buckets. */
  units: Unit[];
  previousRange: DateRange | null;
  buckets: string[];
}

function text(q: Record<string, unknown>, key: string): string | undefined {
  const v = q[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new QuestionError(`"${key}" must be text.`, key);
  return v;
}

function words(q: Record<string, unknown>, key: string): string[] | undefined {
  const v = q[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.some((w) => typeof w !== 'string')) throw new QuestionError(`"${key}" must be a list of words.`, key);
  return v as string[];
}

/** Reads a question; every mistake is a QuestionError (or the core's FilterError, FieldsError, PeriodError) saying what to fix. */
export function resolveQuestion(raw: unknown, limits: Limits = {}): ResolvedQuestion {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new QuestionError('A question must be a JSON object with at least "kpi".');
  const q = raw as Record<string, unknown>;
  for (const key of Object.keys(q)) {
    if (!KEYS.has(key)) throw new QuestionError(`"${key}" is not part of a question. Known: ${[...KEYS].join(', ')}.`, key);
  }
  const id = text(q, 'id');
  const kpiId = text(q, 'kpi');
  if (!kpiId) throw new QuestionError('The question names no KPI ("kpi").', 'kpi');
  const kpi = getKpi(kpiId);
  if (!kpi) throw new QuestionError(`There is no KPI called "${kpiId}".`, 'kpi');
  const compareText = text(q, 'compare') ?? 'previous-period';
  if (!COMPARES.includes(compareText as CompareMode)) throw new QuestionError(`"compare" must be one of ${COMPARES.join(', ')}.`, 'compare');
  const compare = compareText as CompareMode;
  const todayText = text(q, 'today');
  const today = todayText === undefined ? todayDay() : isoDay(todayText);
  if (today === null) throw new QuestionError(`"today" must be a date written YYYY-MM-DD, not "${todayText}".`, 'today');
  const fiscal = q.fiscalYearStart;
  if (fiscal !== undefined && !(Number.isInteger(fiscal) && (fiscal as number) >= 1 && (fiscal as number) <= 12)) {
    throw new QuestionError('"fiscalYearStart" must be a month number 1 to 12.', 'fiscalYearStart');
  }
  const fiscalYearStart = fiscal as number | undefined;
  const period = parsePeriod(text(q, 'period') ?? 'this-month', { today, fiscalYearStart });
  const maxDays = limits.maxDays ?? 3660;
  if (period.end - period.start + 1 > maxDays) {
    throw new QuestionError(`The period "${period.expr}" covers ${period.end - period.start + 1} days; this server answers at most ${maxDays}.`, 'period');
  }
  const granularityText = text(q, 'granularity');
  if (granularityText !== undefined && !isGranularity(granularityText)) {
    throw new QuestionError('"granularity" must be day, week, month, quarter or year.', 'granularity');
  }
  const probabilities = q.probabilities;
  if (probabilities !== undefined && (typeof probabilities !== 'object' || probabilities === null
    || Object.values(probabilities).some((p) => typeof p !== 'number'))) {
    throw new QuestionError('"probabilities" must map stage names to numbers 0 to 1.', 'probabilities');
  }
  const filterText = text(q, 'filter');
  const fieldsText = text(q, 'fields');
  const question: KpiQuestion = {
    id, kpi: kpi.id, compare, groupBy: text(q, 'groupBy'), stage: text(q, 'stage'),
    probabilities: probabilities as Record<string, number> | undefined,
    granularity: granularityText as Granularity | undefined, fiscalYearStart,
    won: words(q, 'won'), lost: words(q, 'lost'),
  };

  // As evaluateKpi: a running period is computed up to today.
  const range = { start: period.start, end: period.toDate >= period.start ? period.toDate : period.end };
  const units: Unit[] = [];
  let previousRange: DateRange | null;
  if (kpi.selfComparing) {
    previousRange = comparisonRange(period, compare === 'none' ? 'previous-period' : compare);
    units.push({ ...range, previous: previousRange ?? undefined });
  } else {
    previousRange = comparisonRange(period, compare);
    units.push(range);
    if (previousRange) units.push(previousRange);
  }
  let keys: string[] = [];
  if (question.granularity) {
    // As kpiSeries: buckets over the whole period; a self-comparing KPI against the bucket before.
    const bs = buckets(period, question.granularity, { fiscalYearStart });
    const maxBuckets = limits.maxBuckets ?? 400;
    if (bs.length > maxBuckets) {
      throw new QuestionError(`A series of "${period.expr}" by ${question.granularity} has ${bs.length} points; this server answers at most ${maxBuckets}.`, 'granularity');
    }
    const before = bs.length ? buckets({ start: bs[0].start - 400, end: bs[0].start - 1 }, question.granularity, { fiscalYearStart }).at(-1) : undefined;
    bs.forEach((b, i) => {
      const previous = i > 0 ? bs[i - 1] : before;
      units.push(kpi.selfComparing && previous ? { start: b.start, end: b.end, previous: { start: previous.start, end: previous.end } } : { start: b.start, end: b.end });
    });
    keys = bs.map((b) => b.key);
  }
  return {
    question, kpi, period, compare, units, previousRange, buckets: keys,
    filter: filterText ? parseFilter(filterText) : undefined,
    fields: fieldsText ? parseFields(fieldsText) : undefined,
  };
}

export const isoRange = (r: DateRange | null) => (r ? { start: toIsoDate(r.start), end: toIsoDate(r.end) } : null);
