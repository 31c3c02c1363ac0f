/**
 * A goal's fields from a JSON document (the `data` attribute, a script child
 * or `src`) or from records computed into a KPI over a period. Only such a
 * goal loads this module.
 */
import { isoDay, toIsoDate } from '../../core/dates.js';
import type { DayNumber } from '../../core/types.js';
import { readTimeout } from '../shared/attributes.js';
import { readMaxSize } from '../shared/source-link.js';
import { atSource } from '../shared/problems.js';
import type { GoalInputs, Parts } from './goal-progress.load.js';
import { loadDataNote } from '../shared/lazy.js';

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
    holidays: goal.holidays && { countries: [], dates: goal.holidays.map(checkedDay) },
  };
}

async function fromSource(input: GoalInputs & { src: string }, own: Parts, today: DayNumber, signal: AbortSignal): Promise<Parts> {
  const query = await import('../../data/query.js');
  const { src, select, credentials } = input;
  const timeout = readTimeout('timeout', input.timeout);
  const maxSize = readMaxSize('max-size', input.maxSize);
  if (!input.kpi) {
    const doc = await query.queryDocument({ src, select, credentials, timeout, maxSize, signal });
    return atSource(src, () => fromDoc(doc, own));
  }
  const plans = input.goals || input.teams ? await import('../shared/goals-source.js') : undefined;
  const fetching = { credentials, timeout, maxSize, signal };
  const [{ readRecordSettings }, { dataReport }, teams] = await Promise.all([
    import('../shared/record-settings.js'),
    loadDataNote(),
    input.teams ? plans!.loadTeams(input.teams, fetching) : undefined,
  ]);
  const read = readRecordSettings(input);
  const { value, period, kpi, dataset, quality, why } = await query.queryKpi({
    src, select, credentials, timeout, maxSize, signal, kpi: input.kpi, fields: input.fields, period: input.period,
    filter: input.filter, compare: 'none', today, ...read, teams,
  });
  const [{ kpiHistory }, { recordSpan }, { forecastWithHistory }] = await Promise.all([
    import('../../core/kpi-forecast.js'), import('../../core/records.js'), import('../../core/forecast-history.js'),
  ]);
  // Where the export's data starts, of all its records (as a chart reads it): before the filter.
  const all = input.filter
    ? await query.queryDataset({ src, select, fields: input.fields, kind: kpi.source, credentials, timeout, maxSize, signal, ...read, teams })
    : dataset;
  const first = recordSpan(all)?.start ?? null;
  const history = kpiHistory(dataset, kpi.id, period, today, first)?.history ?? null;
  const dataStart = first !== null && first > period.start ? first : null;
  // The goal for the whole period, by the rule every widget uses (goals-source.ts), unless `target` is given.
  const goal = own.target === undefined && input.goals
    ? await plans!.goalFor(input.goals, fetching, {
      kpi: kpi.id, filter: input.filter, range: { start: period.start, end: period.end }, pace: own.pace, holidays: own.holidays,
    })
    : null;
  // A goal over a period not begun has its own state, "Not started", and a sum has come to nothing yet;
  // a card says "has not begun" instead (the data layer gives no value for a period after today).
  const reached = value === null && why?.reason === 'future' && kpi.additive ? 0 : value;
  return {
    value: reached, start: period.start, end: period.end, format: kpi.format, rate: kpi.rate, names: kpi.names, dataStart,
    forecaster: (request) => forecastWithHistory({ ...request, history }), report: dataReport(quality, why),
    target: goal?.target, baseline: goal?.baseline,
  };
}

/** Later sources win field by field; an absent field never hides an earlier one. */
function merge<T extends object>(...sources: T[]): T {
  const out: Record<string, unknown> = {};
  for (const source of sources) for (const [key, value] of Object.entries(source)) if (value !== undefined) out[key] = value;
  return out as T;
}

/**
 * The goal's fields from its document or source, its own attributes winning
 * field by field, so an editor can correct a target without touching the feed.
 */
export async function goalParts(
  input: GoalInputs,
  own: Parts,
  context: { inline: unknown; today: DayNumber; signal: AbortSignal },
): Promise<Parts> {
  const { src, endpoint, kpi } = input;
  // Asked of a server when the goal has no document of its own: a chunk of its own.
  if (!src && context.inline === undefined && endpoint && kpi) {
    return import('./goal-progress.endpoint.js').then((m) => m.goalFromEndpoint({ ...input, endpoint, kpi }, own, context.today, context.signal));
  }
  const found = src ? await fromSource({ ...input, src }, own, context.today, context.signal) : await fromDoc(context.inline, own);
  return merge(found, own);
}
