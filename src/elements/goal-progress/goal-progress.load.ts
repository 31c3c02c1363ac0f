/**
 * Where a goal's numbers come from: attributes, an inline GoalDoc (`data`
 * attribute or `<script type="application/json">` child), a fetched GoalDoc,
 * or records computed into a KPI over a period. An attribute wins over the
 * same field of a document, so an editor can correct a target without
 * touching the feed. Attribute-only goals resolve synchronously and load
 * nothing more; documents and sources continue in goal-progress.source.ts,
 * which pulls in the schemas for documents and the data layer for records.
 */
import { evaluateGoal, type GoalEvaluation, type GoalPace } from '../../core/goals.js';
import type { Forecast, ForecastInput } from '../../core/forecast.js';
import type { HolidaySpec } from '../../core/holiday-codes.js';
import { todayDay, toIsoDate } from '../../core/dates.js';
import type { DayNumber, FormatKind, Lang } from '../../core/types.js';
import { FORMATS, PACES, readDate, readJson, readNumber, readOption, readScriptJson } from '../shared/attributes.js';
import { goalText } from './goal-progress.strings.js';
import type { DataReport } from '../shared/data-note.js';
import type { RecordSettings, SourceInputs } from '../shared/kpi-element.js';
import type { Asked } from '../../data/endpoint.js';

/** The raw settings a goal loads from: its attributes, with the dashboard's filled in. */
export interface GoalInputs extends Partial<RecordSettings>, SourceInputs {
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
  /** A KPI server that computes `kpi` over the goal's period; used when the goal has no `src` or document of its own. */
  endpoint?: string;
  kpi?: string;
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
  /** From records: how the rows were read, and why there is no value. */
  report?: DataReport;
  /** On `endpoint`: the question asked and the answer shown, for `refresh`. */
  asked?: Asked[];
}

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
export interface Parts {
  value?: number | null;
  target?: number;
  baseline?: number;
  start?: DayNumber;
  end?: DayNumber;
  pace?: GoalPace;
  holidays?: HolidaySpec;
  /** With `kpi`: the KPI's daily values before the goal, for the forecast (forecast.ts). */
  /** With `kpi`: the forecast over the KPI's history (loaded with the records, so an attribute-only goal does not carry it). */
  forecaster?: (input: ForecastInput) => Forecast;
  /** With `kpi`: the first day of the data, when it starts inside the goal. */
  dataStart?: DayNumber | null;
  format?: FormatKind;
  /** A KPI from the catalogue says whether it is a rate; otherwise format="percent" does. */
  rate?: boolean;
  currency?: string;
  label?: string;
  names?: Record<Lang, string>;
  report?: DataReport;
  asked?: Asked[];
}

// A `holidays` attribute loads its reader and the national calendars; a goal without one carries neither.
// Once loaded they are kept, so later goals with holidays resolve at once, as attribute-only goals do.
let calendars: typeof import('../../core/holidays.js') | undefined;
let holidayReader: typeof import('../shared/holidays-attribute.js') | undefined;

function withHolidays<T>(raw: unknown, then: (spec: HolidaySpec | undefined) => T): T | Promise<T> {
  if (raw === undefined || raw === null || raw === '') return then(undefined);
  if (holidayReader && calendars) return then(holidayReader.readHolidays('holidays', raw));
  return Promise.all([import('../shared/holidays-attribute.js'), import('../../core/holidays.js')]).then(([reader, module]) => {
    [holidayReader, calendars] = [reader, module];
    return then(reader.readHolidays('holidays', raw));
  });
}

/** The days off a spec names over a range (its countries' holidays need the calendars loaded). */
function daysOff(spec: HolidaySpec, range: { start: DayNumber; end: DayNumber }): ReadonlySet<DayNumber> {
  return calendars ? calendars.holidayDays(spec, range) : new Set(spec.dates);
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
  // Also over the six earlier periods of the same length a forecast with history may read (forecast-history.ts).
  const holidays = parts.holidays && daysOff(parts.holidays, { start: start - 6 * (end - start + 1) - 366, end });
  return {
    value, target, baseline: parts.baseline ?? 0, start, end, today, variant: look.variant,
    per: look.per ?? (pace === 'working' ? 'working-day' : 'day'),
    format, currency: parts.currency, label: parts.label, names: parts.names, report: parts.report, asked: parts.asked,
    evaluation: value === null
      ? null
      : evaluateGoal({
        value, target, baseline: parts.baseline, start, end, today, pace, holidays, rate, dataStart: parts.dataStart,
        forecaster: parts.forecaster,
      }),
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
    format: input.format ? readOption('format', input.format, FORMATS, 'number') : undefined,
  };
  const look = {
    today: readDate('today', input.today) ?? todayDay(),
    variant: readOption('variant', input.variant, VARIANTS, 'bar'),
    per: input.per ? readOption('per', input.per, PERS, 'day') : undefined,
  };
  const { src } = input;
  const inline = src ? undefined : (readJson('data', input.data) ?? readScriptJson(input.script));
  if (!src && inline === undefined && !input.endpoint) return withHolidays(input.holidays, (holidays) => decide({ ...own, holidays }, look));
  return import('./goal-progress.source.js')
    .then((source) => source.goalParts(input, own, { inline, today: look.today, signal }))
    .then((parts) => withHolidays(input.holidays, (holidays) => decide({ ...parts, holidays: holidays ?? parts.holidays }, look)));
}
