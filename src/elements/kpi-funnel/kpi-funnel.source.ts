/**
 * A funnel's stages from `src`: a funnel document, or deal records counted
 * into the stages of `stage-order`. Only a funnel with `src` loads this
 * module, and it loads the data layer, the schemas and the period parser only
 * when the request needs them: none of it is on the attribute-only path.
 */
import { analyzeFunnel, type FunnelAnalysis } from '../../core/funnel.js';
import { todayDay } from '../../core/dates.js';
import { readDate, readTimeout } from '../shared/attributes.js';
import { readMaxSize } from '../shared/source-link.js';
import { atSource } from '../shared/problems.js';
import { parseStages } from './kpi-funnel.stages.js';
import type { RecordSettings } from '../shared/kpi-element.js';
import type { DataReport } from '../shared/data-note.js';
import { loadDataNote } from '../shared/lazy.js';
import { funnelText } from './kpi-funnel.strings.js';
import type { Lang } from '../../core/types.js';

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
  maxSize?: string | number;
  signal: AbortSignal;
}

/** A funnel's stages analysed and, from records, how they were read and why no deal is in them. */
export type FetchedFunnel = FunnelAnalysis & { report?: DataReport };

export async function fetchStages(source: FunnelSource): Promise<FetchedFunnel> {
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
  const base = { src, select: source.select, credentials: source.credentials, timeout: readTimeout('timeout', source.timeout),
    maxSize: readMaxSize('max-size', source.maxSize), signal };
  if (schemas) {
    const doc = await query.queryDocument(base);
    return analyzeFunnel(await atSource(src, () => parseStages(schemas.validate(schemas.FunnelDoc, doc), 'src')));
  }
  const [{ readRecordSettings }, { getKpi }, { dataReport }] = await Promise.all([
    import('../shared/record-settings.js'),
    import('../../core/catalogue.js'),
    loadDataNote(),
  ]);
  const range = periods?.parsePeriod(period!, { today: today ?? todayDay() });
  const records = await query.queryRecords({
    ...base, kind: 'deals', fields: source.fields, filter: source.filter, ...readRecordSettings(source),
  });
  let stages;
  try {
    stages = funnelFromDataset(records.dataset, order, range);
  } catch (error) {
    if (!(error instanceof StageOrderError)) throw error;
    // Worded in the widget's language: the names that match nothing, and the stages to choose from.
    throw Object.assign(error, {
      attribute: 'stage-order',
      value: error.unknown.join(', '),
      describe: (lang: Lang) => funnelText(lang, 'error.stageOrder', { names: error.unknown.join(', '), stages: shortList([...error.stages]) }),
    });
  }
  // A funnel counts deals by the day they were created, as opportunities-created does.
  const why = stages.every((stage) => stage.value === 0)
    ? query.explainEmpty(records, getKpi('opportunities-created')!, range ?? { start: -Infinity, end: Infinity }, {}, today ?? todayDay())
    : undefined;
  return { ...analyzeFunnel(stages), report: dataReport(records.quality, why) };
}
