/**
 * Where a card's numbers come from: attributes, inline JSON, a fetched JSON
 * document, or records computed into a KPI. Attribute-only cards resolve
 * synchronously and load nothing more; every other path continues in
 * kpi-card.source.ts, which imports what it needs (schemas, catalogue, data
 * layer) on demand, so a page of pasted snippets never downloads zod or the
 * CSV parser.
 */
import { compareValues, type Delta } from '../../core/compare.js';
import { DELTA_MODES, type DeltaMode } from '../../core/headline.js';
import { seriesValues } from '../../core/sparkline.js';
import type { CompareMode, DayNumber, Direction, FormatKind, Lang } from '../../core/types.js';
import type { KpiDefinition } from '../../core/catalogue.js';
import type { KpiValueDoc } from '../../core/schemas.js';
import type { PeriodKind } from '../../core/periods.js';
import type { CardSource } from './kpi-card.source.js';
import type { DataReport } from '../shared/data-note.js';
import type { RecordSettings } from '../shared/kpi-element.js';
import type { Asked } from '../../data/endpoint.js';
import { COMPARES, FORMATS, readJson, readNumber, readOption, readScriptJson } from '../shared/attributes.js';
import { cardText } from './kpi-card.strings.js';

/** The raw settings a card loads from: its attributes, with the dashboard's filled in. */
export interface CardInputs extends Partial<RecordSettings> {
  value?: unknown;
  previous?: unknown;
  target?: unknown;
  series?: unknown;
  data?: unknown;
  /** Text of a `<script type="application/json">` child. */
  script?: string;
  src?: string;
  /** A KPI server that computes `kpi` (the card's own or its dashboard's); used when the card has no `src` of its own. */
  endpoint?: string;
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
  /** The `max-size` attribute as given. */
  maxSize?: unknown;
  format?: string;
  direction?: string;
  delta?: string;
  sparkline: boolean;
  /** `calendar` or `working`, for the forecast of a running period. */
  pace?: string;
  /** Country codes and dates (holidays-attribute.ts). */
  holidays?: unknown;
  /** Density: checked here with the card's other options, drawn by the stylesheet. */
  size?: string;
  /** With `src` and `kpi`: a goals document the target comes from (unless `target` is given). */
  goals?: string;
  teams?: string;
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
  /** From records while the period runs: the sparkline's last point is this period so far, heading for `projected`. */
  running?: { projected: number | null } | null;
  /** From records: the share of the period and of its baseline that the data covers (coverage.ts). */
  coverage?: { current: number; baseline: number | null };
  /** From records: the data's first day, to name when the baseline starts before it. */
  dataStart?: DayNumber | null;
  /** From records: how the rows were read, and why there is no value. */
  report?: DataReport;
  /** On `endpoint`: the question asked and the answer shown, for `refresh`. */
  asked?: Asked[];
}

const DIRECTIONS = ['up', 'down', 'neutral'] as const;
export const CARD_SIZES = ['s', 'm', 'l'] as const;

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

/**
 * Resolves a card's data. Throws (synchronously for attribute mistakes) an
 * error with a `code` that the card turns into a readable message.
 */
export function loadCard(input: CardInputs, signal: AbortSignal): CardData | Promise<CardData> {
  const format = input.format ? (readOption('format', input.format, FORMATS, 'number') as FormatKind) : undefined;
  const direction = input.direction ? readOption('direction', input.direction, DIRECTIONS, 'up') : undefined;
  const mode = readOption('delta', input.delta, DELTA_MODES, 'auto');
  readOption('size', input.size, CARD_SIZES, 'm');
  const compare = readOption('compare', input.compare, COMPARES, 'previous-period');
  const own = {
    value: readNumber('value', input.value),
    previous: readNumber('previous', input.previous),
    target: readNumber('target', input.target),
    series: readSeries(input.series),
  };
  const inline = readJson('data', input.data) ?? readScriptJson(input.script);

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
  // A KPI computed from records with no records to compute it from, and no server to ask: say what to add, not "No data".
  if (kpi && !src && !input.endpoint && inline === undefined && own.value === undefined) {
    throw problem('needs-src', `The KPI "${kpi}" needs data: add src.`, { attribute: 'src', value: kpi });
  }
  const source: CardSource | undefined = input.endpoint && !input.ownSrc && kpi && own.value === undefined ? 'endpoint'
    : src && kpi && own.value === undefined ? 'records'
    : src && (input.ownSrc || input.select) ? 'document'
      : inline !== undefined || kpi ? 'inline'
        : undefined;
  // Only attributes: no document, no catalogue, nothing to load.
  if (!source) return assemble(undefined, undefined);
  return import('./kpi-card.source.js').then((module) =>
    module.loadCardSource(input, { source, own, inline, compare, look: { format, direction, mode }, signal }, assemble));
}
