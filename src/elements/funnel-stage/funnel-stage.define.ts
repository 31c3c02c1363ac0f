import { defineElement } from '../shared/define.js';
import { FunnelStage } from './funnel-stage.js';

defineElement('funnel-stage', FunnelStage);

export { FunnelStage };

declare global {
  interface HTMLElementTagNameMap {
    'funnel-stage': FunnelStage;
  }
}
