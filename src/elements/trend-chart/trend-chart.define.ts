import { defineElement } from '../shared/define.js';
import { TrendChart } from './trend-chart.js';

defineElement('trend-chart', TrendChart);

export { TrendChart };

declare global {
  interface HTMLElementTagNameMap {
    'trend-chart': TrendChart;
  }
}
