/**
 * A goal whose KPI a server computes (`endpoint`): the value is the answer's
 * over the goal's period (asked with the other widgets' questions in one
 * request per frame, data/endpoint.ts); start and end are the period's, as
 * for a goal on `src`, and a goals document still gives the target.
 *
 * What only records can do is left out, never made up: a goal on `src` reads
 * the KPI's daily history to shape its forecast (forecast-history.ts); the
 * answer carries no history, so a goal on endpoint projects by the run rate,
 * as a goal given its value as an attribute does (the same projection a goal
 * on `src` shows when the KPI has no history). The data note (rows read, rows
 * left out) is the browser's reading of a file and has no counterpart here.
 * Only a goal with `endpoint` and `kpi` loads this module.
 */
import { isoDay, toIsoDate } from '../../core/dates.js';
import type { DayNumber } from '../../core/types.js';
import { readTimeout } from '../shared/attributes.js';
import { AttributeError } from '../shared/problems.js';
import { wordEndpointError } from '../shared/endpoint-words.js';
import type { GoalInputs, Parts } from './goal-progress.load.js';
import type { Asked } from '../../data/endpoint.js';

export async function goalFromEndpoint(
  input: GoalInputs & { endpoint: string; kpi: string },
  own: Parts,
  today: DayNumber,
  signal: AbortSignal,
): Promise<Parts> {
  const [{ askAndKeep }, { getKpi }, { parsePeriod }] = await Promise.all([
    import('../../data/endpoint.js'), import('../../core/catalogue.js'), import('../../core/periods.js'),
  ]);
  const kpi = getKpi(input.kpi);
  if (!kpi) throw new AttributeError('kpi', 'kpi', input.kpi);
  // The period a goal on `src` computes (its default included), with the goal's today.
  const periodText = input.period || 'this-month';
  const period = parsePeriod(periodText, { today });
  const timeout = readTimeout('timeout', input.timeout);
  const asked: Asked[] = [];
  const question = {
    kpi: kpi.id, period: periodText, compare: 'none', today: toIsoDate(today),
    ...(input.filter ? { filter: input.filter } : {}),
    ...(input.fields ? { fields: input.fields } : {}),
  };
  const plans = own.target === undefined && input.goals
    ? await Promise.all([import('../shared/goals-source.js'), import('../shared/source-link.js')])
    : undefined;
  let answer;
  let goal;
  try {
    [answer, goal] = await Promise.all([
      askAndKeep(input.endpoint, question, { credentials: input.credentials, timeout, signal }, asked),
      // The goal for the whole period, by the rule every widget uses (goals-source.ts), unless `target` is given.
      plans
        ? plans[0].goalFor(input.goals!, { credentials: input.credentials, timeout, maxSize: plans[1].readMaxSize('max-size', input.maxSize), signal }, {
          kpi: kpi.id, filter: input.filter, range: { start: period.start, end: period.end }, pace: own.pace, holidays: own.holidays,
        })
        : null,
    ]);
  } catch (error) {
    throw wordEndpointError(error);
  }
  const first = answer.dataStart ? isoDay(answer.dataStart) : null;
  const found: Parts = {
    value: answer.value, start: period.start, end: period.end, format: kpi.format, rate: kpi.rate, names: kpi.names,
    dataStart: first !== null && first > period.start ? first : null,
    target: goal?.target, baseline: goal?.baseline, asked,
  };
  // The goal's own attributes win field by field, as over records.
  const out: Record<string, unknown> = { ...found };
  for (const [key, value] of Object.entries(own)) if (value !== undefined) out[key] = value;
  return out as Parts;
}
