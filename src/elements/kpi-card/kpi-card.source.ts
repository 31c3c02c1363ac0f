/**
 * A card's data from anywhere but its number attributes: an inline or fetched
 * JSON document, the catalogue's definition of a `kpi`, or records computed
 * into that KPI. Only such a card loads this module; it loads the schemas,
 * the catalogue and the data layer in turn, each only when the card needs it.
 */
import { compareValues } from '../../core/compare.js';
import type { DeltaMode } from '../../core/headline.js';
import { SPARKLINE_PERIODS } from '../../core/sparkline.js';
import type { CompareMode, Direction, FormatKind } from '../../core/types.js';
import type { KpiDefinition } from '../../core/catalogue.js';
import type { KpiValueDoc } from '../../core/schemas.js';
import { readDate, readOption, readTimeout } from '../shared/attributes.js';
import { readMaxSize } from '../shared/source-link.js';
import { AttributeError, atSource } from '../shared/problems.js';
import type { CardData, CardInputs } from './kpi-card.load.js';
import { loadDataNote } from '../shared/lazy.js';

/** The card's own number attributes, read. */
export interface OwnValues {
  value?: number;
  target?: number;
  series?: Array<number | null>;
}

/** How the card shows what it finds, where its attributes say. */
export interface Look {
  format?: FormatKind;
  direction?: Direction;
  mode: DeltaMode;
}

/**
 * Where the card's data come from, beyond its attributes (loadCard decides):
 * records computed into its `kpi`, a JSON document at its `src`, or an inline
 * document and/or the catalogue's definition of its `kpi`.
 */
export type CardSource = 'records' | 'endpoint' | 'document' | 'inline';

/** What loadCard has read, for the path that continues here. */
export interface CardSourceRequest {
  source: CardSource;
  own: OwnValues;
  /** The `data` attribute or the JSON script child, parsed. */
  inline: unknown;
  compare: CompareMode;
  look: Look;
  signal: AbortSignal;
}

/** Builds the card's data from a document and a KPI definition, the attributes winning (loadCard's). */
type Assemble = (doc: KpiValueDoc | undefined, kpi: KpiDefinition | undefined) => CardData;

export function loadCardSource(input: CardInputs, request: CardSourceRequest, assemble: Assemble): Promise<CardData> {
  const { own, inline, compare, look, signal } = request;
  const { src, kpi } = input;
  if (request.source === 'records') return fromRecords(input, { src: src!, kpi: kpi!, compare, signal }, own, look);
  if (request.source === 'endpoint') {
    return import('./kpi-card.endpoint.js').then((m) => m.fromEndpoint(input, { kpi: kpi!, compare, signal }, own, look));
  }
  if (request.source === 'document') {
    return (async () => {
      const { queryDocument } = await import('../../data/query.js');
      const timeout = readTimeout('timeout', input.timeout);
      const maxSize = readMaxSize('max-size', input.maxSize);
      const doc = await queryDocument({ src: src!, select: input.select, credentials: input.credentials, timeout, maxSize, signal });
      return assemble(await atSource(src!, () => validated(doc)), kpi ? await kpiMeta(kpi) : undefined);
    })();
  }
  return (async () =>
    assemble(inline === undefined ? undefined : await validated(inline), kpi ? await kpiMeta(kpi) : undefined))();
}

async function kpiMeta(id: string): Promise<KpiDefinition> {
  const { getKpi } = await import('../../core/catalogue.js');
  const kpi = getKpi(id);
  if (!kpi) throw new AttributeError('kpi', 'kpi', id);
  return kpi;
}

async function validated(doc: unknown): Promise<KpiValueDoc> {
  // A backend that serves the bare number is the simplest contract there is.
  if (typeof doc === 'number') return { value: doc };
  const { validate, KpiValueDoc } = await import('../../core/schemas.js');
  return validate(KpiValueDoc, doc);
}

async function fromRecords(
  input: CardInputs,
  query: { src: string; kpi: string; compare: CompareMode; signal: AbortSignal },
  own: OwnValues,
  look: Look,
): Promise<CardData> {
  const [{ queryKpi }, { readRecordSettings }, { dataReport }] = await Promise.all([
    import('../../data/query.js'),
    import('../shared/record-settings.js'),
    loadDataNote(),
  ]);
  const request = {
    ...query,
    ...readRecordSettings(input),
    select: input.select,
    fields: input.fields,
    period: input.period,
    filter: input.filter,
    today: readDate('today', input.today),
    credentials: input.credentials,
    timeout: readTimeout('timeout', input.timeout),
    maxSize: readMaxSize('max-size', input.maxSize),
  };
  const plans = input.goals || input.teams ? await import('../shared/goals-source.js') : undefined;
  const fetching = { credentials: request.credentials, timeout: request.timeout, maxSize: request.maxSize, signal: query.signal };
  const teams = input.teams ? await plans!.loadTeams(input.teams, fetching) : undefined;
  const result = await queryKpi({ ...request, teams });
  const { kpi, period, dataset } = result;
  // The goal for the whole period (not the part elapsed), as <goal-progress> and <kpi-table> take it.
  const goal = own.target === undefined && input.goals
    ? await plans!.goalFor(input.goals, fetching, { kpi: kpi.id, filter: input.filter, range: { start: period.start, end: period.end } })
    : null;
  const [{ recordSpan }, { coverage }] = await Promise.all([import('../../core/records.js'), import('../../core/coverage.js')]);
  // Where the export's data starts, of all its records (as charts and goals read it): before the filter.
  const all = input.filter
    ? await (await import('../../data/query.js')).queryDataset({ ...request, kind: kpi.source, filter: undefined, teams })
    : dataset;
  const dataStart = recordSpan(all)?.start ?? null;
  let series = own.series ?? null;
  if (!series && input.sparkline) {
    // The KPI over the periods up to and including this one (this-month: the last 12 months, this one so far),
    // so the line ends at the value shown.
    const { kpiTrail } = await import('../../core/trail.js');
    series = kpiTrail(dataset, kpi.id, { period, compare: query.compare, count: SPARKLINE_PERIODS[period.kind] })
      .map((point) => point.value);
  }
  // The last point is this period so far: said so, with where the one forecast says it is heading.
  let running: CardData['running'] = null;
  if (series && !own.series && period.toDate >= period.start && period.toDate < period.end) {
    const [{ kpiForecast }, { holidayDays }, { readHolidays }] = await Promise.all([
      import('../../core/kpi-forecast.js'), import('../../core/holidays.js'), import('../shared/holidays-attribute.js'),
    ]);
    const pace = readOption('pace', input.pace, ['calendar', 'working'] as const, 'calendar');
    const spec = readHolidays('holidays', input.holidays);
    const holidays = spec && holidayDays(spec, { start: Math.min(dataStart ?? period.start, period.start), end: period.end });
    running = { projected: kpiForecast(dataset, kpi.id, period, period.toDate, { dataStart, pace, holidays })?.forecast.projected ?? null };
  }
  const direction = look.direction ?? kpi.direction;
  const compared = query.compare === 'none' || kpi.selfComparing ? null : query.compare;
  return {
    value: result.value,
    previous: result.previous,
    compared,
    periodKind: result.period.kind,
    delta: compared ? compareValues(result.value, result.previous, { direction, rate: kpi.rate }) : null,
    mode: look.mode,
    target: own.target ?? goal?.target ?? null,
    series,
    names: kpi.names,
    format: look.format ?? kpi.format,
    direction,
    rate: kpi.rate,
    running,
    coverage: { current: coverage(result.range, dataStart), baseline: result.previousRange ? coverage(result.previousRange, dataStart) : null },
    dataStart,
    report: dataReport(result.quality, result.why),
  };
}
