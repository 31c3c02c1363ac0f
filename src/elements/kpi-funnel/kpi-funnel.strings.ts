import { defineStrings } from '../shared/i18n.js';

/** The funnel's own words; {rate} and {count} arrive formatted for the locale. */
export const funnelText = defineStrings('kpi-funnel', {
  stages: 'Funnel stages',
  conversion: '{rate} from {from}',
  dropOff: '{count} dropped off ({rate})',
  bottleneck: 'Bottleneck: {from} → {to}',
  avgDays: 'Avg. {days} in stage',
  weighted: 'Weighted: {amount}',
  weightedTotal: 'Weighted pipeline: {amount}',
  overall: '{last} / {first}: {rate}',
  /** A stage child's own problem, named by the stage's label, or by its position when it has none. */
  'error.stage': 'Stage “{stage}”: {message}',
  'error.stageAt': 'Stage {position}: {message}',
  /** A funnel with no stages and no src: what to add. */
  noStages: 'No stages yet. Add <funnel-stage> elements or a src.',
  /** stage-order names no deal's stage has. */
  'error.stageOrder': 'No deal in the data has the stage {names} from stage-order. The data has these stages: {stages}.',
});
