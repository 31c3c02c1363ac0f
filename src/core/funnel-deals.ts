import type { ColumnNeeds, Dataset, DateRange, Deal } from './types.js';
import { stageCountsFromDeals, type FunnelStageInput } from './funnel.js';
import { requireColumns } from './records.js';

/** `"Prospecting, Engaging,Won"` → the stage names in funnel order; blanks dropped. */
export function parseStageOrder(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * `stage-order` names no deal's stage has: the funnel would count every deal
 * in the first stage and the won ones in all the others (817 → 307 → 307 → 307,
 * a "bottleneck" that is only a misspelt name), so the widget says which names
 * match nothing and which stages the data has.
 */
export class StageOrderError extends Error {
  readonly code = 'stage-order' as const;
  constructor(
    /** The names in `stage-order` that match no deal's stage. */
    readonly unknown: readonly string[],
    /** The stages the deals have, in the order first seen. */
    readonly stages: readonly string[],
  ) {
    super(`stage-order names ${unknown.map((name) => `"${name}"`).join(', ')}, which no deal has. The data's stages: ${stages.join(', ')}.`);
    this.name = 'StageOrderError';
  }
}

/**
 * @throws StageOrderError when a name in `stageOrder` matches no deal's stage
 * (case and spaces ignored) while open deals sit in a stage the order does not
 * name: a name that was meant for that stage. A stage that is merely empty
 * today, with every open deal's stage named, is no mistake.
 */
export function checkStageOrder(deals: readonly Deal[], stageOrder: readonly string[]): void {
  const key = (name: string) => name.trim().toLowerCase();
  const named = new Set(stageOrder.map(key));
  const seen = new Map<string, string>();
  let unnamed = false;
  for (const deal of deals) {
    const stage = key(deal.stage);
    if (stage && !seen.has(stage)) seen.set(stage, deal.stage.trim());
    if (deal.status === 'open' && stage && !named.has(stage)) unnamed = true;
  }
  const unknown = stageOrder.filter((name) => !seen.has(key(name)));
  if (unknown.length > 0 && unnamed) throw new StageOrderError(unknown, [...seen.values()]);
}

/**
 * The funnel of the deals created in `range`, or of all deals without one.
 * A deal enters the funnel when it is created, so its created date places it
 * in a period, as for the other opportunity counts. A deal without a created
 * date cannot be placed and stays out of a period funnel. Counting follows
 * stageCountsFromDeals (a deal counts in every stage it reached).
 */
export function funnelFromDeals(
  deals: readonly Deal[],
  stageOrder: readonly string[],
  range?: DateRange | null,
): FunnelStageInput[] {
  const picked = range
    ? deals.filter((deal) => deal.created !== null && deal.created >= range.start && deal.created <= range.end)
    : deals;
  return stageCountsFromDeals(picked, stageOrder);
}

/**
 * funnelFromDeals over a dataset read from an export, once the export is
 * known to have what the funnel reads: a stage column (without one every deal
 * would sit in the first stage) and, when a period picks the deals, a created
 * date column (without one no deal would be in any period), and stage names
 * that its deals have (checkStageOrder). Without a value column the stages
 * carry no `amount`.
 * @throws FieldsError `missing` (see requireColumns); StageOrderError.
 */
export function funnelFromDataset(
  ds: Dataset,
  stageOrder: readonly string[],
  range?: DateRange | null,
): FunnelStageInput[] {
  const needs: ColumnNeeds = { deals: range ? [['stage'], ['created']] : [['stage']] };
  requireColumns(ds, needs);
  checkStageOrder(ds.deals, stageOrder);
  const stages = funnelFromDeals(ds.deals, stageOrder, range);
  // Without a value column the deals' amounts are not known, not 0.
  if (ds.columns?.deals && ds.columns.deals.fields.value === undefined) for (const stage of stages) delete stage.amount;
  return stages;
}
