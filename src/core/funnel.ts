import type { Deal } from './types.js';

export interface FunnelStageInput {
  label: string;
  /** How many leads or deals are in (or reached) this stage. */
  value: number;
  /** Win probability 0..1 of the stage, for the weighted pipeline. */
  probability?: number;
  /** Average days spent in the stage. */
  avgDays?: number;
  /** Money in the stage (sum of deal values). */
  amount?: number;
}

export interface FunnelStage extends FunnelStageInput {
  /** value / sum of all stage values: the stage's share of everything in the funnel. */
  share: number | null;
  /** value / previous stage's value; null for the first stage. */
  fromPrevious: number | null;
  /** value / first stage's value (1 for the first stage); null when the first stage is 0. */
  fromFirst: number | null;
  /** previous value − value; negative when a stage grew. Null for the first stage. */
  dropOff: number | null;
  /** dropOff / previous value = 1 − fromPrevious. */
  dropOffRate: number | null;
  bottleneck: boolean;
  /** amount × probability; null unless the stage has both. */
  weighted: number | null;
}

export interface FunnelAnalysis {
  stages: FunnelStage[];
  /**
   * The stage (never the first) with the lowest conversion from the previous one; ties → the earliest.
   * Null with fewer than three stages: one step has nothing to be worse than.
   */
  bottleneckIndex: number | null;
  /** Last stage / first stage; null with fewer than two stages. */
  overall: number | null;
  /** Sum of the stages' `weighted`; null when no stage has one. */
  weightedTotal: number | null;
}

/**
 * Conversion between stages. A ratio needs a positive, finite base: a stage
 * of 0 (or a broken value) gives "no conversion", never Infinity or NaN.
 */
function ratio(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return null;
  return part / whole;
}

function difference(a: number, b: number): number | null {
  return Number.isFinite(a) && Number.isFinite(b) ? a - b : null;
}

export function analyzeFunnel(stages: readonly FunnelStageInput[]): FunnelAnalysis {
  const total = stages.reduce((sum, s) => (Number.isFinite(s.value) ? sum + s.value : sum), 0);
  const first = stages.length > 0 ? stages[0].value : Number.NaN;

  const analyzed = stages.map((stage, i): FunnelStage => {
    const previous = i > 0 ? stages[i - 1].value : Number.NaN;
    const dropOff = i > 0 ? difference(previous, stage.value) : null;
    return {
      ...stage,
      share: ratio(stage.value, total),
      fromPrevious: i > 0 ? ratio(stage.value, previous) : null,
      fromFirst: ratio(stage.value, first),
      dropOff,
      dropOffRate: dropOff === null ? null : ratio(dropOff, previous),
      bottleneck: false,
      weighted:
        isProbability(stage.probability) && typeof stage.amount === 'number' && Number.isFinite(stage.amount)
          ? stage.amount * stage.probability
          : null,
    };
  });

  let bottleneckIndex: number | null = null;
  let lowest = Number.POSITIVE_INFINITY;
  // A bottleneck is the worst of at least two steps: Leads → Won alone, even at 150 %, is not one.
  for (let i = 1; i < analyzed.length && analyzed.length >= 3; i++) {
    const conversion = analyzed[i].fromPrevious;
    // Strictly lower, so on a tie the earliest stage stays the bottleneck.
    if (conversion !== null && conversion < lowest) {
      lowest = conversion;
      bottleneckIndex = i;
    }
  }
  if (bottleneckIndex !== null) analyzed[bottleneckIndex].bottleneck = true;

  const weighted = analyzed.flatMap((stage) => (stage.weighted === null ? [] : [stage.weighted]));
  return {
    stages: analyzed,
    bottleneckIndex,
    overall: stages.length >= 2 ? ratio(stages[stages.length - 1].value, first) : null,
    weightedTotal: weighted.length > 0 ? weighted.reduce((sum, w) => sum + w, 0) : null,
  };
}

function isProbability(p: unknown): p is number {
  return typeof p === 'number' && p >= 0 && p <= 1;
}

function stageKey(stage: string): string {
  return stage.trim().toLowerCase();
}

/**
 * Builds funnel stages from deals, counting how many deals REACHED each stage
 * (so the funnel narrows and `fromPrevious` is a real conversion):
 *
 * - an open deal reached its own stage and every stage before it in `stageOrder`;
 * - a won deal reached every stage;
 * - a lost deal reached the stages up to the last one recorded on it (its `stage`);
 * - a deal whose stage is not in `stageOrder` (a lost deal the export only calls
 *   "Lost", a stage nobody listed) counts in the first stage only: it entered
 *   the funnel, but nothing says how far it got.
 *
 * Stage names match case-insensitively, ignoring surrounding spaces.
 * `amount` is the summed value of the same deals; `probability` is left unset.
 */
export function stageCountsFromDeals(deals: readonly Deal[], stageOrder: readonly string[]): FunnelStageInput[] {
  if (stageOrder.length === 0) return [];
  const position = new Map<string, number>();
  stageOrder.forEach((label, i) => {
    const key = stageKey(label);
    if (!position.has(key)) position.set(key, i);
  });
  const counts = stageOrder.map(() => 0);
  const amounts = stageOrder.map(() => 0);

  for (const deal of deals) {
    const reachedIndex =
      deal.status === 'won' ? stageOrder.length - 1 : (position.get(stageKey(deal.stage)) ?? 0);
    const amount = Number.isFinite(deal.value) ? deal.value : 0;
    for (let i = 0; i <= reachedIndex; i++) {
      counts[i] += 1;
      amounts[i] += amount;
    }
  }
  return stageOrder.map((label, i) => ({ label, value: counts[i], amount: amounts[i] }));
}

/**
 * Σ value × probability over OPEN deals: won and lost deals are no longer a
 * forecast. A deal's own probability wins over its stage's; a probability
 * outside 0..1 (e.g. 40 meaning 40 %) is ignored rather than guessed at, and
 * a deal with no usable probability adds nothing.
 */
export function weightedPipeline(deals: readonly Deal[], probabilities: Readonly<Record<string, number>>): number {
  // Stage names from settings rarely match the export's capitalisation; the first spelling wins.
  const byStage = new Map<string, number>();
  for (const [stage, p] of Object.entries(probabilities)) {
    const key = stageKey(stage);
    if (isProbability(p) && !byStage.has(key)) byStage.set(key, p);
  }
  let sum = 0;
  for (const deal of deals) {
    if (deal.status !== 'open' || !Number.isFinite(deal.value)) continue;
    const p = isProbability(deal.probability) ? deal.probability : stageProbability(deal.stage, probabilities, byStage);
    if (p !== undefined) sum += deal.value * p;
  }
  return sum;
}

function stageProbability(
  stage: string,
  probabilities: Readonly<Record<string, number>>,
  byKey: ReadonlyMap<string, number>,
): number | undefined {
  // hasOwn: a stage called "constructor" must not find Object.prototype's.
  if (Object.hasOwn(probabilities, stage) && isProbability(probabilities[stage])) return probabilities[stage];
  return byKey.get(stageKey(stage));
}
