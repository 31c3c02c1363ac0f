/**
 * A card whose KPI a server computes (`endpoint`): the question goes out with
 * the other widgets' in one request per frame (data/endpoint.ts); the answer
 * is shown as a card on `src` would show the same KPI computed in the browser.
 */
import { compareValues } from '../../core/compare.js';
import { coverage } from '../../core/coverage.js';
import { isoDay } from '../../core/dates.js';
import type { PeriodKind } from '../../core/periods.js';
import type { CompareMode, Lang } from '../../core/types.js';
import { readDate, readTimeout } from '../shared/attributes.js';
import { AttributeError } from '../shared/problems.js';
import { t } from '../shared/i18n.js';
import type { CardData, CardInputs } from './kpi-card.load.js';
import type { Look, OwnValues } from './kpi-card.source.js';

export async function fromEndpoint(
  input: CardInputs,
  query: { kpi: string; compare: CompareMode; signal: AbortSignal },
  own: OwnValues,
  look: Look,
): Promise<CardData> {
  const [{ askAndKeep }, { getKpi }] = await Promise.all([import('../../data/endpoint.js'), import('../../core/catalogue.js')]);
  const kpi = getKpi(query.kpi);
  if (!kpi) throw new AttributeError('kpi', 'kpi', query.kpi);
  const today = readDate('today', input.today);
  const question = {
    kpi: kpi.id,
    ...(input.period ? { period: input.period } : {}),
    compare: query.compare,
    ...(input.filter ? { filter: input.filter } : {}),
    ...(input.fields ? { fields: input.fields } : {}),
    ...(input.today && today !== undefined ? { today: input.today.trim() } : {}),
  };
  let answer;
  const asked: NonNullable<CardData['asked']> = [];
  try {
    answer = await askAndKeep(input.endpoint!, question, {
      credentials: input.credentials, timeout: readTimeout('timeout', input.timeout), signal: query.signal,
    }, asked);
  } catch (error) {
    // The server's own words for a refused question, inside the widget's sentence in its language.
    if ((error as { code?: string }).code === 'endpoint') {
      const message = (error as Error).message;
      Object.assign(error as object, { describe: (lang: Lang) => t(lang, 'error.endpoint', { message }) });
    }
    throw error;
  }
  // The baseline's coverage from the server's data start, read as a card on `src` reads it from the records.
  const day = (iso: string | null | undefined) => (iso ? isoDay(iso) : null);
  const dataStart = day(answer.dataStart);
  const span = (range: { start: string; end: string } | null | undefined) => {
    const [start, end] = [day(range?.start), day(range?.end)];
    return start === null || end === null ? null : coverage({ start, end }, dataStart);
  };
  const direction = look.direction ?? kpi.direction;
  const compared = query.compare === 'none' || kpi.selfComparing ? null : query.compare;
  return {
    value: answer.value,
    previous: answer.previous,
    compared,
    periodKind: answer.periodKind as PeriodKind | undefined,
    delta: compared ? compareValues(answer.value, answer.previous, { direction, rate: kpi.rate }) : null,
    mode: look.mode,
    target: own.target ?? null,
    series: own.series ?? null,
    names: kpi.names,
    format: look.format ?? kpi.format,
    direction,
    rate: kpi.rate,
    asked,
    ...(answer.range ? { coverage: { current: span(answer.range) ?? 1, baseline: span(answer.previousRange) }, dataStart } : {}),
  };
}
