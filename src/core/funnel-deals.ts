import type { DateRange, Deal } from './types.js';
import { stageCountsFromDeals, type FunnelStageInput } from './funnel.js';

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
