/**
 * Where a card's numbers come from: attributes, inline JSON, a fetched JSON
 * document, or records computed into a KPI. Attribute-only cards resolve
 * synchronously and load nothing more; every other path imports what it needs
 * (schemas, catalogue, data layer) on demand, so a page of pasted snippets
 * never downloads zod or the CSV parser.
 */
import { compareValues, type Delta } from '../../core/compare.js';
import { DELTA_MODES, type DeltaMode } from '../../core/headline.js';
import { seriesValues, SPARKLINE_PERIODS } from '../../core/sparkline.js';
import type { CompareMode, Direction, FormatKind, Lang } from '../../core/types.js';
import type { KpiDefinition } from '../../core/catalogue.js';
import type { KpiValueDoc } from '../../core/schemas.js';
import type { PeriodKind } from '../../core/periods.js';
import { COMPARES, FORMATS, readDate, readJson, readNumber, readOption, readTimeout } from '../shared/attributes.js';
import { AttributeError, atSource } from '../shared/problems.js';
import { cardText } from './kpi-card.strings.js';

/** The raw settings a card loads from: its attributes, with the dashboard's filled in. */
export interface CardInputs {
  value?: unknown;
  previous?: unknown;
  target?: unknown;
  series?: unknown;
  data?: unknown;
  /** Text of a `<script type="application/json">` child. */
  script?: string;
  src?: string;
  /** `src` is the card's own, not handed down by a dashboard. */
  ownSrc: boolean;
  select?: string;
  kpi?: string;
  fields?: string;
  period?: string;
  compare?: string;
  filter?: string;
  today?: string;
  credentials?: RequestCredentials;
  /** The `timeout` attribute as given. */
  timeout?: unknown;
  format?: string;
  direction?: string;
  delta?: string;
  sparkline: boolean;
}

/** Everything the card shows, decided; the element only formats it. */
export interface CardData {
  value: number | null;
  previous: number | null;
  /** What the value is compared with; null when no comparison was asked for (no delta shown). */
  compared: 'previous' | Exclude<CompareMode, 'none'> | null;
  /** The kind of period compared (month, quarter…), so the words can name it: "vs last quarter". */
  periodKind?: PeriodKind;
  /** Null with `compared` set: the baseline is missing or zero, shown as "—". */
  delta: Delta | null;
  mode: DeltaMode;
  target: number | null;
  series: Array<number | null> | null;
  label?: string;
  names?: Record<Lang, string>;
  format: FormatKind;
  currency?: string;
  direction: Direction;
  rate: boolean;
}

const DIRECTIONS = ['up', 'down', 'neutral'] as const;

/** Thrown objects carry the `code` describeProblem translates; no class needed on this path. */
function problem(code: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { code, ...extra });
}

function readSeries(raw: unknown): Array<number | null> | undefined {
  const doc = readJson('series', raw);
  if (doc === undefined) return undefined;
  const values = seriesValues(doc);
  if (values === null) {
    throw problem('schema', 'The series attribute is not a list of {date, value}.', {
      attribute: 'series',
      describe: (lang: Lang) => cardText(lang, 'badSeries'),
    });
  }
  return values;
}

function readScript(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw problem('parse', 'The <script type="application/json"> child is not valid JSON.');
  }
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

/**
 * Resolves a card's data. Throws (synchronously for attribute mistakes) an
 * error with a `code` that the card turns into a readable message.
 */
export function loadCard(input: CardInputs, signal: AbortSignal): CardData | Promise<CardData> {
  const format = input.format ? (readOption('format', input.format, FORMATS, 'number') as FormatKind) : undefined;
  const direction = input.direction ? readOption('direction', input.direction, DIRECTIONS, 'up') : undefined;
  const mode = readOption('delta', input.delta, DELTA_MODES, 'auto');
  const compare = readOption('compare', input.compare, COMPARES, 'previous-period');
  const own = {
    value: readNumber('value', input.value),
    previous: readNumber('previous', input.previous),
    target: readNumber('target', input.target),
    series: readSeries(input.series),
  };
  const inline = readJson('data', input.data) ?? readScript(input.script);

  const assemble = (doc: KpiValueDoc | undefined, kpi: KpiDefinition | undefined): CardData => {
    const value = own.value ?? doc?.value ?? null;
    const previous = own.previous ?? doc?.previous ?? null;
    const shownFormat = format ?? doc?.format ?? kpi?.format ?? 'number';
    const rate = kpi ? kpi.rate : shownFormat === 'percent';
    const dir = direction ?? kpi?.direction ?? 'up';
    const compared = own.previous !== undefined || doc?.previous !== undefined ? 'previous' : null;
    return {
      value,
      previous,
      compared,
      delta: compared ? compareValues(value, previous, { direction: dir, rate }) : null,
      mode,
      target: own.target ?? doc?.target ?? null,
      series: own.series ?? (doc?.series ? seriesValues(doc.series) : null),
      label: doc?.label,
      names: kpi?.names,
      format: shownFormat,
      currency: doc?.currency,
      direction: dir,
      rate,
    };
  };

  const { src, kpi } = input;
  if (src && kpi && own.value === undefined) {
    return fromRecords(input, { src, kpi, compare, signal }, own, { format, direction, mode });
  }
  if (src && (input.ownSrc || input.select)) {
    return (async () => {
      const { queryDocument } = await import('../../data/query.js');
      const timeout = readTimeout('timeout', input.timeout);
      const doc = await queryDocument({ src, select: input.select, credentials: input.credentials, timeout, signal });
      return assemble(await atSource(src, () => validated(doc)), kpi ? await kpiMeta(kpi) : undefined);
    })();
  }
  if (inline !== undefined || kpi) {
    return (async () =>
      assemble(inline === undefined ? undefined : await validated(inline), kpi ? await kpiMeta(kpi) : undefined))();
  }
  return assemble(undefined, undefined);
}

async function fromRecords(
  input: CardInputs,
  query: { src: string; kpi: string; compare: CompareMode; signal: AbortSignal },
  own: { target?: number; series?: Array<number | null> },
  look: { format?: FormatKind; direction?: Direction; mode: DeltaMode },
): Promise<CardData> {
  const { queryKpi } = await import('../../data/query.js');
  const request = {
    ...query,
    select: input.select,
    fields: input.fields,
    period: input.period,
    filter: input.filter,
    today: readDate('today', input.today),
    credentials: input.credentials,
    timeout: readTimeout('timeout', input.timeout),
  };
  const result = await queryKpi(request);
  const { kpi } = result;
  let series = own.series ?? null;
  if (!series && input.sparkline) {
    // The KPI over the periods up to and including this one (this-month: the last 12 months, this one so far),
    // so the line ends at the value shown.
    const { kpiTrail } = await import('../../core/trail.js');
    const { period, dataset } = result;
    series = kpiTrail(dataset, kpi.id, { period, compare: query.compare, count: SPARKLINE_PERIODS[period.kind] })
      .map((point) => point.value);
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
    target: own.target ?? null,
    series,
    names: kpi.names,
    format: look.format ?? kpi.format,
    direction,
    rate: kpi.rate,
  };
}
