/**
 * A funnel's stages from `src`: a funnel document, or deal records counted
 * into the stages of `stage-order`. Only a funnel with `src` loads this
 * module, and it loads the data layer, the schemas and the period parser only
 * when the request needs them: none of it is on the attribute-only path.
 */
import type { FunnelStageInput } from '../../core/funnel.js';
import { todayDay } from '../../core/dates.js';
import { readDate, readTimeout } from '../shared/attributes.js';
import { atSource } from '../shared/problems.js';
import { parseStages } from './kpi-funnel.stages.js';
import { funnelText } from './kpi-funnel.strings.js';
import type { Lang } from '../../core/types.js';

/** The funnel's settings that a fetch reads, as given (the dashboard's filled in). */
export interface FunnelSource {
  src: string;
  select?: string;
  stageOrder?: string;
  fields?: string;
  filter?: string;
  period?: string;
  today?: string;
  credentials?: RequestCredentials;
  timeout?: string | number;
  signal: AbortSignal;
}

export async function fetchStages(source: FunnelSource): Promise<FunnelStageInput[]> {
  const { src, period, signal } = source;
  const today = readDate('today', source.today);
  const { funnelFromDataset, parseStageOrder, StageOrderError } = await import('../../core/funnel-deals.js');
  const { shortList } = await import('../../core/records.js');
  const order = parseStageOrder(source.stageOrder);
  const [query, periods, schemas] = await Promise.all([
    import('../../data/query.js'),
    period ? import('../../core/periods.js') : undefined,
    order.length ? undefined : import('../../core/schemas.js'),
  ]);
  const base = { src, select: source.select, credentials: source.credentials, timeout: readTimeout('timeout', source.timeout), signal };
  if (schemas) {
    const doc = await query.queryDocument(base);
    return atSource(src, () => parseStages(schemas.validate(schemas.FunnelDoc, doc), 'src'));
  }
  const range = periods?.parsePeriod(period!, { today: today ?? todayDay() });
  const dataset = await query.queryDataset({ ...base, kind: 'deals', fields: source.fields, filter: source.filter });
  try {
    return funnelFromDataset(dataset, order, range);
  } catch (error) {
    if (!(error instanceof StageOrderError)) throw error;
    // Worded in the widget's language: the names that match nothing, and the stages to choose from.
    throw Object.assign(error, {
      attribute: 'stage-order',
      value: error.unknown.join(', '),
      describe: (lang: Lang) => funnelText(lang, 'error.stageOrder', { names: error.unknown.join(', '), stages: shortList([...error.stages]) }),
    });
  }
}
