/**
 * The chart's tooltip by keyboard: with the chart focused, ← and → step from
 * bucket to bucket, Home and End jump to the first and the last, Escape puts
 * the tooltip away. The canvas shows Chart.js's own tooltip at that bucket,
 * the one a pointer gets, and a live region says the same words the data
 * table has ("March 2026: Actual: 120 000 kr; Budget: 110 000 kr").
 */
import type { Chart } from 'chart.js';

/** The bucket a key moves to from `index` (null: none shown yet); undefined for a key the chart does not use. */
export function stepBucket(key: string, index: number | null, count: number): number | null | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return index === null ? 0 : Math.min(count - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return index === null ? count - 1 : Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}

/**
 * Shows the tooltip and the hover look at one bucket, for every line that is
 * visible and has a value there, or clears them (null).
 */
export function showBucket(chart: Chart, index: number | null): void {
  const active = index === null ? [] : chart.data.datasets.flatMap((dataset, datasetIndex) =>
    chart.isDatasetVisible(datasetIndex) && dataset.data[index] !== null && dataset.data[index] !== undefined
      ? [{ datasetIndex, index }] : []);
  chart.setActiveElements(active);
  const anchor = active[0] && chart.getDatasetMeta(active[0].datasetIndex).data[index as number];
  chart.tooltip?.setActiveElements(active, anchor ? { x: anchor.x, y: anchor.y } : { x: 0, y: 0 });
  chart.update('none');
}
