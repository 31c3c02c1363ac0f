/**
 * The only module that imports chart.js. The element imports it on demand, so
 * a page without a <trend-chart> downloads no chart.js byte; and it registers
 * only the parts a line / bar / area chart with overlays uses, instead of
 * 'chart.js/auto' (about 20 KB gzip more). No Legend plugin: the element
 * renders its legend as HTML toggles (trend-chart.view.ts).
 */
import {
  BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement,
  PointElement, Tooltip,
} from 'chart.js';

// No Filler (2.5 KB gzip): an area chart's fill is trend-chart.area.ts. It and
// the bar look's dashed outlines are registered with the look, which only a
// bar or area chart loads (loadLook in trend-chart.config.ts).
Chart.register(
  LineController, BarController, LineElement, BarElement, PointElement, CategoryScale, LinearScale, Tooltip,
);

export { Chart };
