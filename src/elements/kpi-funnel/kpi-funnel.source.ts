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
import type { DataQuality } from '../../core/quality.js';
import type { EmptyReason } from '../../core/why-empty.js';
import type { RecordSettings } from '../shared/kpi-element.js';
import { loadNote } from '../shared/note-slot.js';

/** The funnel's settings that a fetch reads, as given (the dashboard's filled in). */
export interface FunnelSource extends Partial<RecordSettings> {
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

/** A funnel's stages, and for records how they were read and why no deal is in them. */
export interface FetchedStages {
  stages: FunnelStageInput[];
  quality?: DataQuality;
  why?: EmptyReason;
}

export async function fetchStages(source: FunnelSource): Promise<FetchedStages> {
  const { src, period, signal } = source;
  const today = readDate('today', source.today);
  const { funnelFromDataset, parseStageOrder } = await import('../../core/funnel-deals.js');
  const order = parseStageOrder(source.stageOrder);
  const [query, periods, schemas] = await Promise.all([
    import('../../data/query.js'),
    period ? import('../../core/periods.js') : undefined,
    order.length ? undefined : import('../../core/schemas.js'),
  ]);
  const base = { src, select: source.select, credentials: source.credentials, timeout: readTimeout('timeout', source.timeout), signal };
  if (schemas) {
    const doc = await query.queryDocument(base);
    return { stages: await atSource(src, () => parseStages(schemas.validate(schemas.FunnelDoc, doc), 'src')) };
  }
  const [{ readRecordSettings }, { getKpi }] = await Promise.all([
    import('../shared/record-settings.js'),
    import('../../core/catalogue.js'),
    loadNote(),
  ]);
  const range = periods?.parsePeriod(period!, { today: today ?? todayDay() });
  const records = await query.queryRecords({
    ...base, kind: 'deals', fields: source.fields, filter: source.filter, ...readRecordSettings(source),
  });
  const stages = funnelFromDataset(records.dataset, order, range);
  // A funnel counts deals by the day they were created, as opportunities-created does.
  const why = stages.every((stage) => stage.value === 0)
    ? query.explainEmpty(records, getKpi('opportunities-created')!, range ?? { start: -Infinity, end: Infinity })
    : undefined;
  return { stages, quality: records.quality, ...(why ? { why } : {}) };
}
