/**
 * Reading funnel stages from what an editor wrote: <funnel-stage> attributes,
 * a `stages` JSON attribute, a JSON script child or a fetched document. Every
 * path goes through toStageInput, so "abc" or "-5" gives the same message
 * wherever it was typed. Hand-written instead of zod: this is the attribute
 * path, and the bundle budget has no room for a schema library there.
 */
import type { FunnelStageInput } from '../../core/funnel.js';
import type { Lang } from '../../core/types.js';
import { readNumber } from '../shared/attributes.js';
import { AttributeError, describeProblem } from '../shared/problems.js';
import { funnelText } from './kpi-funnel.strings.js';

/** One stage as written: attribute strings or JSON values. */
export interface RawStage {
  label?: unknown;
  value?: unknown;
  probability?: unknown;
  avgDays?: unknown;
  amount?: unknown;
}

/**
 * What a funnel asks of a child. Children are recognised by this flag, not by
 * tag name, so the kit keeps working when registered under other names (or
 * loaded twice, where `instanceof` would fail across the two copies).
 */
export interface StageSource {
  readonly isFunnelStage: true;
  stageInput(): FunnelStageInput;
}

export function isStageSource(node: unknown): node is StageSource {
  return (node as Partial<StageSource> | null)?.isFunnelStage === true;
}

/** The counterpart flag a stage looks for on its parent. */
export function isFunnelHost(node: unknown): boolean {
  return (node as { isKpiFunnel?: unknown } | null)?.isKpiFunnel === true;
}

/** Wrong shape of a JSON stages document; `detail` points at the place. */
export class StagesShapeError extends Error {
  readonly code = 'schema';
  constructor(readonly detail: string) {
    super(`The data has the wrong shape: ${detail}`);
  }
}

/**
 * A `<funnel-stage>` child's bad attribute, said with the stage it is on:
 * "Stage “Qualified”: The value “abc” is not a number.", or "Stage 2: …"
 * for a stage without a label. Code, attribute and value stay the child's.
 */
export class StageProblem extends Error {
  readonly code: string;
  readonly attribute?: string;
  readonly value?: string;
  constructor(
    readonly problem: unknown,
    readonly stage: string,
    readonly position: number,
  ) {
    super();
    this.name = 'StageProblem';
    const inner = describeProblem(problem, 'en');
    this.code = inner.code;
    this.attribute = inner.attribute;
    this.value = inner.value;
    this.message = this.describe('en');
  }

  describe(lang: Lang): string {
    const message = describeProblem(this.problem, lang).message;
    return this.stage
      ? funnelText(lang, 'error.stage', { stage: this.stage, message })
      : funnelText(lang, 'error.stageAt', { position: this.position, message });
  }
}

function readFinite(attribute: string, raw: unknown): number | undefined {
  if (typeof raw !== 'number') return readNumber(attribute, raw);
  if (!Number.isFinite(raw)) throw new AttributeError('number', attribute, String(raw));
  return raw;
}

function readCount(attribute: string, raw: unknown): number | undefined {
  const value = readFinite(attribute, raw);
  if (value !== undefined && value < 0) throw new AttributeError('range', attribute, String(raw), ['≥ 0']);
  return value;
}

/** 0..1; "40 %" also reads as 0.4 (parseNumber understands the percent sign). */
function readProbability(attribute: string, raw: unknown): number | undefined {
  const p = readFinite(attribute, raw);
  if (p !== undefined && !(p >= 0 && p <= 1)) throw new AttributeError('range', attribute, String(raw), ['0–1']);
  return p;
}

/**
 * One validated stage. `name` maps a field to what the editor calls it
 * (`avg-days` on an element, `stages[1].avgDays` in JSON) for the message.
 */
export function toStageInput(raw: RawStage, name: (field: keyof RawStage) => string): FunnelStageInput {
  const value = readCount(name('value'), raw.value);
  if (value === undefined) throw new AttributeError('number', name('value'), '');
  const stage: FunnelStageInput = { label: raw.label === undefined || raw.label === null ? '' : String(raw.label), value };
  const probability = readProbability(name('probability'), raw.probability);
  const avgDays = readCount(name('avgDays'), raw.avgDays);
  const amount = readFinite(name('amount'), raw.amount);
  if (probability !== undefined) stage.probability = probability;
  if (avgDays !== undefined) stage.avgDays = avgDays;
  if (amount !== undefined) stage.amount = amount;
  return stage;
}

const EXAMPLE = 'expected [{"label": "Leads", "value": 1200}, …]';

/** A FunnelDoc: an array of stages, or `{ "stages": [...] }`. */
export function parseStages(doc: unknown, source: string): FunnelStageInput[] {
  const list = Array.isArray(doc) ? doc : (doc as { stages?: unknown } | null)?.stages;
  if (!Array.isArray(list)) throw new StagesShapeError(`${source}: ${EXAMPLE}`);
  return list.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) throw new StagesShapeError(`${source}[${i}]: ${EXAMPLE}`);
    return toStageInput(item as RawStage, (field) => `${source}[${i}].${field}`);
  });
}
