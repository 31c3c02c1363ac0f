import { ContextEvent, createContext, type ContextCallback } from '@lit/context';

/** What a <kpi-dashboard> hands down to the widgets inside it. A child's own attribute wins. */
export interface DashboardSettings {
  locale?: string;
  currency?: string;
  src?: string;
  endpoint?: string;
  period?: string;
  compare?: string;
  filter?: string;
  theme?: string;
  /** URL of a goals document: each widget's target for its KPI, period and person. */
  goals?: string;
  /** Owners' teams: `Anna Berg:Vest,Ola Nordmann:Øst`, or the URL of a teams document. */
  teams?: string;
  /** Country codes and dates (`NO,2026-12-24`) for working days, read by goals and charts. */
  holidays?: string;
  /** `calendar` or `working`: the days a goal's line and every forecast count. */
  pace?: string;
  /** How the shared `src` is read: every widget on one export reads it the same way. */
  fields?: string;
  dateOrder?: string;
  won?: string;
  lost?: string;
  probabilities?: string;
}

/**
 * A string key, not a symbol: when the one-file bundle and the npm build are
 * both on a page, their two copies of this module must still find each other.
 */
export const dashboardContext = createContext<DashboardSettings>('kpi-dashboard-settings');

const rootFlag = '__kpiContextRoot';

/**
 * A widget defined before <kpi-dashboard> asks for the context before anyone
 * can answer. A root on the document holds such requests and replays them
 * when a provider appears, so definition order does not matter.
 *
 * It does what @lit/context's ContextRoot does for this one context, except
 * that it forgets the requests of widgets that have left the page (a widget
 * asks again when it reconnects). ContextRoot keeps an entry for every widget
 * ever connected until a provider appears, so a page that mounts and unmounts
 * widgets without a dashboard grows without end (test/perf/leaks.test.ts).
 */
export function ensureContextRoot(): void {
  const store = globalThis as unknown as Record<string, unknown>;
  if (store[rootFlag] || typeof document === 'undefined') return;
  store[rootFlag] = true;
  type Callback = ContextCallback<DashboardSettings>;
  let pending: Array<{ element: WeakRef<Element>; callback: WeakRef<Callback> }> = [];
  let asked = new WeakMap<Element, WeakSet<Callback>>();
  let limit = 64;
  const root = document.documentElement;
  root.addEventListener('context-request', (event) => {
    if (event.context !== dashboardContext || event.subscribe !== true) return;
    const element = (event.contextTarget ?? event.composedPath()[0]) as Element;
    const callback = event.callback as Callback;
    let callbacks = asked.get(element);
    if (!callbacks) asked.set(element, (callbacks = new WeakSet()));
    if (callbacks.has(callback)) return;
    callbacks.add(callback);
    pending.push({ element: new WeakRef(element), callback: new WeakRef(callback) });
    if (pending.length > limit) {
      // Amortised: prune only when the list has doubled since the last time.
      pending = pending.filter(({ element: ref }) => {
        const el = ref.deref();
        if (el?.isConnected) return true;
        if (el) asked.delete(el);
        return false;
      });
      limit = Math.max(64, pending.length * 2);
    }
  });
  root.addEventListener('context-provider', (event) => {
    if (event.context !== dashboardContext) return;
    const requests = pending;
    pending = [];
    asked = new WeakMap();
    // Widgets outside this provider ask again, and land here again.
    for (const { element: elementRef, callback: callbackRef } of requests) {
      const element = elementRef.deref();
      const callback = callbackRef.deref();
      if (element?.isConnected && callback) element.dispatchEvent(new ContextEvent(dashboardContext, element, callback, true));
    }
  });
}
