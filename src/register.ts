import { defineElement } from './elements/shared/define.js';
import { defineWhenUsed } from './elements/shared/define-when-used.js';
// Each from its own module, not classes.ts, which also holds the lazily registered ones.
import { KpiCard } from './elements/kpi-card/kpi-card.js';
import { GoalProgress } from './elements/goal-progress/goal-progress.js';
import { KpiFunnel } from './elements/kpi-funnel/kpi-funnel.js';
import { FunnelStage } from './elements/funnel-stage/funnel-stage.js';
import { TrendChart } from './elements/trend-chart/trend-chart.js';
import { KpiDashboard } from './elements/kpi-dashboard/kpi-dashboard.js';

/** The kit's own tag names and their classes. The dashboard comes first: providers before consumers. */
export const elements = {
  'kpi-dashboard': KpiDashboard,
  'kpi-card': KpiCard,
  'goal-progress': GoalProgress,
  'kpi-funnel': KpiFunnel,
  'funnel-stage': FunnelStage,
  'trend-chart': TrendChart,
} as const;

/** Tags whose class loads only when a page uses them (see defineWhenUsed). */
export const lazyElements = {
  'kpi-table': () => import('./elements/kpi-table/kpi-table.js').then((m) => m.KpiTable),
} as const;

export type KitTag = keyof typeof elements | keyof typeof lazyElements;

/**
 * Registers the elements under other names, for a page that already has a
 * `kpi-card` of its own: `defineKpiElements({ prefix: 'acme' })` gives
 * `<acme-kpi-card>`, `<acme-goal-progress>`…; `tags` renames one by one.
 * Safe to call twice.
 */
export function defineKpiElements(options: { prefix?: string; tags?: Partial<Record<KitTag, string>> } = {}): void {
  const nameOf = (tag: KitTag) => options.tags?.[tag] ?? (options.prefix ? `${options.prefix}-${tag}` : tag);
  for (const [tag, ctor] of Object.entries(elements) as Array<[KitTag, CustomElementConstructor]>) defineElement(nameOf(tag), ctor);
  for (const [tag, load] of Object.entries(lazyElements) as Array<[KitTag, () => Promise<CustomElementConstructor>]>) {
    defineWhenUsed(nameOf(tag), load);
  }
}
