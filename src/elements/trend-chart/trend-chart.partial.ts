/**
 * How running and partial buckets are drawn (their states come from the core,
 * running.ts): a lighter bar with an outline, or a hollow point, so no bucket
 * that holds only part of its period looks complete. The forecast completion
 * is the projection line, dashed (DASHES in trend-chart.config.ts).
 */
import type { ChartDataset } from 'chart.js';
import type { BucketState } from '../../core/running.js';
import type { Values } from '../../core/series.js';
import type { ChartColours, ChartKind } from './trend-chart.config.js';

const isPart = (state: BucketState | undefined) => state === 'running' || state === 'partial';

/** Per-bucket style overrides of the actual dataset; none when every bucket is whole. */
export function partialStyle(
  states: readonly BucketState[],
  colours: ChartColours,
  kind: ChartKind,
): Record<string, unknown> {
  if (!states.some(isPart)) return {};
  const each = <T>(part: T, whole: T) => states.map((state) => (isPart(state) ? part : whole));
  if (kind === 'bar') {
    return { backgroundColor: each(colours.fill, colours.line), borderColor: colours.line, borderWidth: each(1.5, 0) } satisfies Partial<ChartDataset<'bar', Values>>;
  }
  return {
    pointBackgroundColor: each('transparent', colours.line),
    pointBorderColor: colours.line,
    pointBorderWidth: each(1.5, 1),
    pointRadius: each(4, 2),
  } satisfies Partial<ChartDataset<'line', Values>>;
}
