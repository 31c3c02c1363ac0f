/**
 * The fill under an area chart (`type="area"`), in place of chart.js's Filler
 * plugin: that one fills to any line, dataset or value and costs 2.5 KB gzip
 * in every chart; an area chart fills only from its actual line down to the
 * axis's origin, and this module loads only for an area or a bar chart
 * (loadLook in trend-chart.config.ts). Types only from chart.js: the plugin is
 * registered by loadLook.
 *
 * Drawn as Filler draws `fill: 'origin'`: before the dataset's own line, in
 * its backgroundColor, clipped to the plot, one band per run of points
 * without a gap (a null breaks the band as it breaks the line).
 */
import type { Chart, Plugin } from 'chart.js';

interface Point {
  x: number;
  y: number;
  skip?: boolean;
}

export const areaFill: Plugin<'line'> = {
  id: 'filler',
  beforeDatasetDraw(chart: Chart, args: { index: number }) {
    const dataset = chart.data.datasets[args.index] as { fill?: unknown; backgroundColor?: unknown } | undefined;
    if (dataset?.fill !== 'origin' || !chart.isDatasetVisible(args.index)) return;
    const meta = chart.getDatasetMeta(args.index);
    const scale = chart.scales[meta.yAxisID ?? 'y'];
    const area = chart.chartArea;
    if (!scale || !area) return;
    const base = scale.getBasePixel();
    const { ctx } = chart;
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
    ctx.clip();
    ctx.fillStyle = String(dataset.backgroundColor);
    let run: Point[] = [];
    const band = () => {
      if (run.length > 1) {
        ctx.beginPath();
        ctx.moveTo(run[0].x, base);
        for (const point of run) ctx.lineTo(point.x, point.y);
        ctx.lineTo(run[run.length - 1].x, base);
        ctx.closePath();
        ctx.fill();
      }
      run = [];
    };
    for (const element of meta.data as unknown as Point[]) {
      if (element.skip || !Number.isFinite(element.x) || !Number.isFinite(element.y)) band();
      else run.push(element);
    }
    band();
    ctx.restore();
  },
};
