/**
 * A funnel's stages from `src`: a funnel document, or deal records counted
 * into the stages of `stage-order`. Only a funnel with `src` loads this
 * module, and it loads the data layer, the schemas and the period parser only
 * when the request needs them: none of it is on the attribute-only path.
 */
import type { FunnelStageInput } from '../../core/funnel.js';
import { todayDay } from '../../core/dates.js';
import { readDate, readTimeout } from '../shared/attributes.js';
import { readMaxSize } from '../shared/source-link.js';
import { atSource } from '../shared/problems.js';
import { parseStages } from './kpi-funnel.stages.js';

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
  maxSize?: string | number;
  signal: AbortSignal;
}

export async function fetchStages(source: FunnelSource): Promise<FunnelStageInput[]> {
  const { src, period, signal } = source;
  const today = readDate('today', source.today);
  const { funnelFromDataset, parseStageOrder } = await import('../../core/funnel-deals.js');
  const order = parseStageOrder(source.stageOrder);
  const [query, periods, schemas] = await Promise.all([
    import('../../data/query.js'),
    period ? import('../../core/periods.js') : undefined,
    order.length ? undefined : import('../../core/schemas.js'),
  ]);
  const base = { src, select: source.select, credentials: source.credentials, timeout: readTimeout('timeout', source.timeout),
    maxSize: readMaxSize('max-size', source.maxSize), signal };
  if (schemas) {
    const doc = await query.queryDocument(base);
    return atSource(src, () => parseStages(schemas.validate(schemas.FunnelDoc, doc), 'src'));
  }
  const range = periods?.parsePeriod(period!, { today: today ?? todayDay() });
  const dataset = await query.queryDataset({ ...base, kind: 'deals', fields: source.fields, filter: source.filter });
  return funnelFromDataset(dataset, order, range);
}
