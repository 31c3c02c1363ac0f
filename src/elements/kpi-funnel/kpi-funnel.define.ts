// The stages first, so the DESIGN.md snippet works with this one import.
import '../funnel-stage/funnel-stage.define.js';
import { defineElement } from '../shared/define.js';
import { KpiFunnel } from './kpi-funnel.js';

defineElement('kpi-funnel', KpiFunnel);

export { KpiFunnel };
export type { StageSelectDetail } from './kpi-funnel.js';

declare global {
  interface HTMLElementTagNameMap {
    'kpi-funnel': KpiFunnel;
  }
}
