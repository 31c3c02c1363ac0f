import { defineStrings } from '../shared/i18n.js';

/**
 * The chart's own words: dataset names (legend, tooltip, table header), the
 * table toggle, and the one-sentence summary a screen reader hears for the
 * chart: "Revenue per month, January 2026 – December 2026. Last value
 * 120 000 kr (November 2026), trend up." ("Total so far …" when cumulative).
 * {trend} arrives as the shared word.
 */
export const chartText = defineStrings('trend-chart', {
  actual: 'Actual',
  target: 'Target',
  budget: 'Budget',
  'previous-year': 'Last year',
  'previous-period': 'Previous period',
  projection: 'Projection',
  period: 'Period',
  table: 'Data table',
  showTable: 'Show table',
  hideTable: 'Hide table',
  range: '{from} – {to}',
  last: 'Last value {value} ({bucket})',
  total: 'Total so far {value} ({bucket})',
  trend: 'trend {trend}',
  quarter: 'Q{quarter} {year}',
  sofar: '{bucket} so far {value}',
  onpace: 'on pace for {value}',
  'row.running': '{bucket} (so far)',
  'row.partial': '{bucket} (partial)',
});
