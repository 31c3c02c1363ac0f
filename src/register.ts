import { defineElement } from './elements/shared/define.js';
import { KpiCard, GoalProgress, KpiFunnel, FunnelStage, TrendChart, KpiDashboard } from './classes.js';

/** The kit's own tag names and their classes. The dashboard comes first: providers before consumers. */
export const elements = {
  'kpi-dashboard': KpiDashboard,
  'kpi-card': KpiCard,
  'goal-progress': GoalProgress,
  'kpi-funnel': KpiFunnel,
  'funnel-stage': FunnelStage,
  'trend-chart': TrendChart,
} as const;

export type KitTag = keyof typeof elements;

/**
 * Registers the elements under other names, for a page that already has a
 * `kpi-card` of its own: `defineKpiElements({ prefix: 'acme' })` gives
 * `<acme-kpi-card>`, `<acme-goal-progress>`…; `tags` renames one by one.
 * Safe to call twice.
 */
export function defineKpiElements(options: { prefix?: string; tags?: Partial<Record<KitTag, string>> } = {}): void {
  for (const [tag, ctor] of Object.entries(elements) as Array<[KitTag, CustomElementConstructor]>) {
    const name = options.tags?.[tag] ?? (options.prefix ? `${options.prefix}-${tag}` : tag);
    defineElement(name, ctor);
  }
}
