import { ContextRoot, createContext } from '@lit/context';

/** What a <kpi-dashboard> hands down to the widgets inside it. A child's own attribute wins. */
export interface DashboardSettings {
  locale?: string;
  currency?: string;
  src?: string;
  period?: string;
  compare?: string;
  filter?: string;
  theme?: string;
}

/**
 * A string key, not a symbol: when the one-file bundle and the npm build are
 * both on a page, their two copies of this module must still find each other.
 */
export const dashboardContext = createContext<DashboardSettings>('kpi-dashboard-settings');

const rootFlag = '__kpiContextRoot';

/**
 * A widget defined before <kpi-dashboard> asks for the context before anyone
 * can answer. A ContextRoot on the document holds such requests and replays
 * them when a provider appears, so definition order does not matter.
 */
export function ensureContextRoot(): void {
  const store = globalThis as unknown as Record<string, unknown>;
  if (store[rootFlag] || typeof document === 'undefined') return;
  store[rootFlag] = true;
  new ContextRoot().attach(document.documentElement);
}
