import { defineElement } from '../shared/define.js';
import { KpiDashboard } from './kpi-dashboard.js';

defineElement('kpi-dashboard', KpiDashboard);

export { KpiDashboard };

declare global {
  interface HTMLElementTagNameMap {
    'kpi-dashboard': KpiDashboard;
  }
}
