import { defineElement } from '../shared/define.js';
import { KpiTable } from './kpi-table.js';

defineElement('kpi-table', KpiTable);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-table': KpiTable;
  }
}

export { KpiTable };
