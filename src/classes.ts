/** The element classes, registered under no tag. For pages that choose their own tag names. */
export { KpiCard } from './elements/kpi-card/kpi-card.js';
export { GoalProgress } from './elements/goal-progress/goal-progress.js';
export { KpiFunnel } from './elements/kpi-funnel/kpi-funnel.js';
export { FunnelStage } from './elements/funnel-stage/funnel-stage.js';
export { TrendChart } from './elements/trend-chart/trend-chart.js';
export { KpiDashboard } from './elements/kpi-dashboard/kpi-dashboard.js';
export { KpiTable } from './elements/kpi-table/kpi-table.js';
