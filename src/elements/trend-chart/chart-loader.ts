/**
 * The only module that imports chart.js. The element imports it on demand, so
 * a page without a <trend-chart> downloads no chart.js byte; and it registers
 * only the parts a line / bar / area chart with overlays uses, instead of
 * 'chart.js/auto' (about 20 KB gzip more). No Legend plugin: the element
 * renders its legend as HTML toggles (trend-chart.view.ts).
 */
import {
  BarController, BarElement, CategoryScale, Chart, Filler, LinearScale, LineController, LineElement,
  PointElement, Tooltip,
} from 'chart.js';
import { dashedOutlines } from './trend-chart.bars.js';

Chart.register(
  LineController, BarController, LineElement, BarElement, PointElement, CategoryScale, LinearScale, Filler, Tooltip,
  dashedOutlines,
);

export { Chart };
