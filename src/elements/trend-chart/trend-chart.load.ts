/**
 * Where a trend chart's series comes from: the `series` attribute or
 * property, a `<script type="application/json">` child, a series document at
 * `src`, or records at `src` computed into a KPI per bucket; and what the
 * chart makes of it with its own attributes. Attribute mistakes throw at once;
 * schemas, the catalogue and the data layer are imported only on the path
 * that needs them.
 */
import type { KpiDefinition } from '../../core/catalogue.js';
import type { SeriesPoint } from '../../core/evaluate.js';
import {
  budgetLine, buildTrend, type Progress, type TrendModel, type Values,
} from '../../core/series.js';
import type { BucketState } from '../../core/running.js';
import type { CompareMode, FormatKind } from '../../core/types.js';
import { seriesPoints } from '../../core/series-doc.js';
import { COMPARES, FORMATS, readDate, readJson, readNumber, readOption, readScriptJson, readTimeout } from '../shared/attributes.js';
import { AttributeError, atSource } from '../shared/problems.js';
import { CHART_KINDS, type ChartKind } from './trend-chart.config.js';
import type { RecordSettings } from '../shared/kpi-element.js';
import type { DataReport } from '../shared/data-note.js';
import type { Asked } from '../../data/endpoint.js';

/** A chart's raw settings: its attributes, with the dashboard's filled in. */
export interface TrendInputs extends Partial<RecordSettings> {
  series?: unknown;
  /** Text of a `<script type="application/json">` child. */
  script?: string;
  src?: string;
  /** A KPI server that computes `kpi` (the chart's own or its dashboard's); used when the chart has no `src` or series of its own. */
  endpoint?: string;
  select?: string;
  kpi?: string;
  fields?: string;
  period?: string;
  compare?: string;
  filter?: string;
  granularity?: string;
  today?: string;
  /** `calendar` or `working`: the days the forecast counts and lays what is to come on. */
  pace?: string;
  /** Country codes and dates (see holidays-attribute.ts). */
  holidays?: unknown;
  credentials?: RequestCredentials;
  /** The `timeout` attribute as given; read when the chart fetches. */
  timeout?: unknown;
  /** The `max-size` attribute as given; read when the chart fetches. */
  maxSize?: unknown;
  /** With `src` and `kpi`: a goals document the budget per bucket comes from, unless `budget` is given. */
  goals?: string;
  teams?: string;
}

/** The series and what the chart needs to know about it. */
export interface TrendSource {
  series: SeriesPoint[];
  /** The comparison series (last year), one value per bucket by position. */
  previous: Values | null;
  compare: CompareMode;
  /** Where the period stands; absent for a ready-made series (read off its trailing nulls). */
  progress?: Progress;
  kpi?: KpiDefinition;
  /** From records: each bucket's state (running.ts). */
  states?: BucketState[];
  /** From records, for a KPI that adds up: what the one forecast adds to each bucket. */
  added?: number[] | null;
  /** From records: how the rows were read, and why no bucket has a value. */
  report?: DataReport;
  /** Each bucket's target from the goals document (null where it has none). */
  budget?: Values | null;
  /** On `endpoint`: the questions asked and the answers drawn, for `refresh`. */
  asked?: Asked[];
}

export const GRANULARITIES = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const PACES = ['calendar', 'working'] as const;

// Kept once imported, so that a new `series` on a chart already drawn is
// validated synchronously and updates it in the same render, not a frame later.
let schemas: typeof import('../../core/schemas.js') | undefined;
let catalogue: typeof import('../../core/catalogue.js') | undefined;

function validSeries(doc: unknown): SeriesPoint[] | Promise<SeriesPoint[]> {
  // A series without a mistake needs no schema: zod loads only to word one.
  const points = seriesPoints(doc);
  if (points) return points;
  if (schemas) return schemas.validate(schemas.SeriesDoc, doc);
  return import('../../core/schemas.js').then((m) => (schemas = m).validate(m.SeriesDoc, doc));
}

function kpiMeta(id: string): KpiDefinition | Promise<KpiDefinition> {
  const find = (m: NonNullable<typeof catalogue>) => {
    const kpi = m.getKpi(id);
    if (!kpi) throw new AttributeError('kpi', 'kpi', id);
    return kpi;
  };
  return catalogue ? find(catalogue) : import('../../core/catalogue.js').then((m) => find((catalogue = m)));
}

/**
 * Resolves a chart's series. Attribute mistakes throw synchronously, before
 * anything loads, so the widget shows them at once.
 */
export function loadTrend(input: TrendInputs, signal: AbortSignal): TrendSource | Promise<TrendSource> {
  const compare = readOption('compare', input.compare, COMPARES, 'none');
  const granularity = readOption('granularity', input.granularity, GRANULARITIES, 'month');
  const today = readDate('today', input.today);
  const pace = readOption('pace', input.pace, PACES, 'calendar');
  const inline = readJson('series', input.series) ?? readScriptJson(input.script);
  const { src, kpi } = input;

  if (inline !== undefined) {
    const series = validSeries(inline);
    const meta = kpi ? kpiMeta(kpi) : undefined;
    if (series instanceof Promise || meta instanceof Promise) {
      return Promise.all([series, meta]).then(([s, m]) => ({ series: s, previous: null, compare, kpi: m }));
    }
    return { series, previous: null, compare, kpi: meta };
  }
  if (input.endpoint && kpi) {
    const { fields, period, filter, credentials, timeout, maxSize, goals } = input;
    // Asked of a server: a chunk of its own, so a chart on `src` or with its series loads none of it.
    return import('./trend-chart.endpoint.js').then(({ fromEndpoint }) => fromEndpoint({
      endpoint: input.endpoint!, kpi, fields, period, filter, credentials, timeout, maxSize, goals, today, granularity, compare, signal,
    }, GRANULARITIES));
  }
  if (!src && kpi) {
    throw Object.assign(new Error(`The KPI "${kpi}" needs data: add src.`), { code: 'needs-src', attribute: 'src', value: kpi });
  }
  if (!src) return { series: [], previous: null, compare };
  if (!kpi) {
    return Promise.all([import('../../data/query.js'), import('../shared/source-link.js')])
      .then(([{ queryDocument }, { readMaxSize }]) =>
        queryDocument({ src, select: input.select, credentials: input.credentials, timeout: readTimeout('timeout', input.timeout),
          maxSize: readMaxSize('max-size', input.maxSize), signal }))
      .then((doc) => atSource(src, () => validSeries(doc)))
      .then((series) => ({ series, previous: null, compare }));
  }
  const { select, fields, period, filter, credentials, timeout, maxSize, goals, teams } = input;
  // Records computed per bucket: a chunk of its own, so a chart given its series loads none of it.
  return import('./trend-chart.records.js').then(({ fromRecords }) => fromRecords({
    src, select, fields, period, filter, credentials, timeout, maxSize, kpi, today, granularity, compare, signal, pace,
    holidays: input.holidays, settings: input, goals, teams,
  }, GRANULARITIES));
}

/** What the chart shows, decided from the data and the chart's own attributes. */
export interface TrendView {
  model: TrendModel;
  kind: ChartKind;
  format: FormatKind;
  previousName: 'previous-year' | 'previous-period';
}

export interface ViewInputs {
  target?: unknown;
  budget?: unknown;
  cumulative: boolean;
  type?: unknown;
  format?: unknown;
}

/** Attribute mistakes throw, with the code and attribute the widget reports. */
export function decideView(source: TrendSource, raw: ViewInputs): TrendView {
  const kind = readOption('type', raw.type, CHART_KINDS, 'line');
  const format = raw.format ? (readOption('format', raw.format, FORMATS, 'number') as FormatKind) : source.kpi?.format ?? 'number';
  const model = buildTrend({
    series: source.series,
    progress: source.progress,
    previous: source.previous,
    budget: readBudget(raw.budget, source.series.map((point) => point.date)) ?? source.budget ?? null,
    target: readNumber('target', raw.target),
    cumulative: raw.cumulative,
    additive: source.kpi ? source.kpi.additive === true : format !== 'percent',
    states: source.states,
    added: source.added,
  });
  return { model, kind, format, previousName: source.compare === 'previous-period' ? 'previous-period' : 'previous-year' };
}

/** `budget="150000"` (as people write numbers) or JSON: a list, or a series by date. */
function readBudget(raw: unknown, keys: readonly string[]): Values | null {
  if (raw === undefined || raw === null || raw === '') return null;
  const doc = typeof raw === 'string' && !/^\s*[[{]/.test(raw) ? readNumber('budget', raw) : readJson('budget', raw);
  const line = budgetLine(doc, keys);
  if (line) return line;
  throw Object.assign(new Error('budget is not a budget'), {
    code: 'schema',
    attribute: 'budget',
    detail: 'budget must be a number, a list of numbers or a series like [{"date":"2026-01","value":100}]',
  });
}
