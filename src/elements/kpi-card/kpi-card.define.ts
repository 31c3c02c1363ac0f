import { defineElement } from '../shared/define.js';
import { KpiCard } from './kpi-card.js';

defineElement('kpi-card', KpiCard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-card': KpiCard;
  }
}

export { KpiCard };
