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
 * date column (without one no deal would be in any period). Without a value
 * column the stages carry no `amount`.
 * @throws FieldsError `missing` (see requireColumns).
 */
export function funnelFromDataset(
  ds: Dataset,
  stageOrder: readonly string[],
  range?: DateRange | null,
): FunnelStageInput[] {
  const needs: ColumnNeeds = { deals: range ? [['stage'], ['created']] : [['stage']] };
  requireColumns(ds, needs);
  const stages = funnelFromDeals(ds.deals, stageOrder, range);
  // Without a value column the deals' amounts are not known, not 0.
  if (ds.columns?.deals && ds.columns.deals.fields.value === undefined) for (const stage of stages) delete stage.amount;
  return stages;
}
