/**
 * The look of a bar chart (`type="bar"`): solid bars for the buckets that
 * have happened, a dashed outline over a faint fill for each later bucket's
 * forecast, and the budget as a short marker across each bucket's bar rather
 * than a line drawn through the bars. Kept apart from the line look in
 * trend-chart.config.ts, so that the look of a running bucket can change
 * here without touching the lines. Types only from chart.js: the plugin
 * object is registered by loadLook (trend-chart.config.ts), which loads this
 * module only for a bar or an area chart.
 */
import type { Chart, ChartDataset, Plugin, ScriptableContext } from 'chart.js';
import type { TrendModel, Values } from '../../core/series.js';
import type { ChartColours, Role, TrendDataset } from './trend-chart.config.js';
/** How wide a budget marker is against its bucket's slot (a bar takes 0.8 × 0.9 = 0.72 of it). */
const MARKER_SHARE = 0.84;

/** A dataset whose bars get a dashed outline from the plugin below. */
type Outlined = ChartDataset<'bar', Values> & { outlineDash?: number[] };

/**
 * The forecast as bars: only the buckets after the last one with data (the
 * model's projection starts at that bucket, to join a line to it).
 */
export function forecastBars(model: TrendModel): Values | null {
  if (!model.projection) return null;
  const from = model.last?.index ?? -1;
  return model.projection.map((value, i) => (i > from ? value : null));
}

/** Half the width of one bucket's slot on the x axis, in px, for a budget marker. */
function markerRadius(context: ScriptableContext<'line'>): number {
  const { chart } = context;
  const count = chart.data.labels?.length || 1;
  const width = chart.chartArea ? chart.chartArea.right - chart.chartArea.left : 0;
  return Math.max(4, ((width / count) * MARKER_SHARE) / 2);
}

export interface BarInput {
  model: TrendModel;
  names: Record<Role, string>;
  colours: ChartColours;
  hidden: ReadonlySet<Role>;
  /** The forecast bars' outline dash, the legend's (FORECAST_DASH); given, so this chunk imports nothing from the view's. */
  dash: number[];
}

/** The actual bars, the forecast bars and the budget markers, each only when the model has it. */
export function barDatasets({ model, names, colours, hidden, dash }: BarInput): TrendDataset[] {
  const datasets: TrendDataset[] = [
    { type: 'bar', role: 'actual', label: names.actual, data: model.actual, order: 1, backgroundColor: colours.line,
      borderColor: colours.line, borderRadius: 2, hidden: hidden.has('actual') } as TrendDataset,
  ];
  const forecast = forecastBars(model);
  if (forecast) {
    datasets.push({
      type: 'bar', role: 'projection', label: names.projection, data: forecast, order: 2, backgroundColor: colours.fill,
      borderColor: colours.line, borderWidth: 0, borderRadius: 2, grouped: false, outlineDash: dash,
      hidden: hidden.has('projection'),
    } as Outlined as TrendDataset);
  }
  if (model.budget) {
    datasets.push({
      type: 'line', role: 'budget', label: names.budget, data: model.budget, order: 0, showLine: false,
      pointStyle: 'line', pointRadius: markerRadius, pointHoverRadius: markerRadius, pointBorderWidth: 3, pointHoverBorderWidth: 3,
      borderColor: colours.budget, backgroundColor: colours.budget, hidden: hidden.has('budget'),
    } as unknown as TrendDataset);
  }
  return datasets;
}

/** Strokes the bars of every dataset with `outlineDash` in that dash, after the bars are drawn. */
export const dashedOutlines: Plugin<'bar' | 'line'> = {
  id: 'kpiDashedOutlines',
  afterDatasetsDraw(chart: Chart) {
    const { ctx } = chart;
    chart.data.datasets.forEach((dataset, index) => {
      const dash = (dataset as Outlined).outlineDash;
      if (!dash || !chart.isDatasetVisible(index)) return;
      ctx.save();
      ctx.setLineDash(dash);
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = String(dataset.borderColor);
      for (const bar of chart.getDatasetMeta(index).data) {
        const { x, y, base, width } = bar.getProps(['x', 'y', 'base', 'width'], true) as Record<string, number>;
        if (![x, y, base, width].every(Number.isFinite) || y === base) continue;
        // Inside the bar's edge by half the line, so the outline is as wide as a solid bar.
        ctx.strokeRect(x - width / 2 + 0.75, Math.min(y, base) + 0.75, width - 1.5, Math.abs(base - y) - 1.5);
      }
      ctx.restore();
    });
  },
};
