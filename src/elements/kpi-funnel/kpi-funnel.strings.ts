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
});
