// Type-level test of the JSX typings scripts/manifest-outputs.mjs generates (dist/jsx.d.ts).
// It reads their twin over src/, kpi-jsx.generated.ts (same generator, same text but the
// import paths and React's JSX hook), so `npm run typecheck` checks it before any build.
// Not a browser test: nothing here runs. Each `@ts-expect-error` must meet an error.
import type { KpiIntrinsicElements } from './kpi-jsx.generated.js';

/** What `<tag {...props} />` accepts under React 19's typing of custom elements. */
function jsx<T extends keyof KpiIntrinsicElements>(tag: T, props: KpiIntrinsicElements[T]): void {
  void tag;
  void props;
}

// Rich data as properties (React 19 sets them as properties; DESIGN: rich data through JS properties).
jsx('kpi-card', { label: 'Revenue', value: 120, series: [{ date: '2026-01', value: 120 }], data: { value: 1 }, sparkline: true });
jsx('kpi-card', { value: '182400', series: '[{"date":"2026-01","value":120}]', refresh: 30, timeout: '2s', credentials: 'include' });
jsx('goal-progress', { holidays: ['2026-04-02'], target: 1_500_000, data: { value: 1, target: 2 } });
jsx('kpi-funnel', { stages: [{ label: 'Leads', value: 1 }], 'stage-order': 'Leads,Won', stageOrder: 'Leads,Won' });
jsx('trend-chart', { series: [{ date: '2026-01', value: 120 }], budget: [1, 2], showTable: true, 'show-table': true });
jsx('funnel-stage', { label: 'Won', value: 12, avgDays: 3, 'avg-days': '3' });
jsx('kpi-dashboard', { layout: 'none', 'aria-label': 'Sales', 'data-x': 1, class: 'wide' });

// Events with their `detail`.
jsx('kpi-card', {
  'onkpi-load': (e) => {
    const value: number | null = e.detail.value;
    void value;
  },
  'onkpi-error': (e) => {
    const code: string = e.detail.code;
    const message: string = e.detail.message;
    const status: number | undefined = e.detail.status;
    void [code, message, status];
  },
});
jsx('goal-progress', {
  'onkpi-goal-reached': (e) => {
    const both: number = e.detail.value + e.detail.target;
    void both;
  },
});
jsx('kpi-funnel', {
  'onkpi-stage-select': (e) => {
    const { index, label, value } = e.detail;
    const typed: [number, string, number] = [index, label, value];
    void typed;
  },
});
jsx('kpi-dashboard', { 'onkpi-error': (e) => void e.detail.message });

// Wrong ones.
// @ts-expect-error a series point is no number
jsx('trend-chart', { series: [1, 2] });
// @ts-expect-error a stage needs a label and a value
jsx('kpi-funnel', { stages: [{ name: 'Leads' }] });
// @ts-expect-error holidays are date strings
jsx('goal-progress', { holidays: [20260402] });
// @ts-expect-error refresh is a number of seconds as a property
jsx('kpi-card', { refresh: {} });
// @ts-expect-error layout is grid or none
jsx('kpi-dashboard', { layout: 'masonry' });
// @ts-expect-error no such property
jsx('kpi-card', { seriess: [] });
// @ts-expect-error the dashboard fires no kpi-load
jsx('kpi-dashboard', { 'onkpi-load': () => {} });
jsx('kpi-funnel', {
  // @ts-expect-error kpi-stage-select's detail has no `stage`
  'onkpi-stage-select': (e) => void e.detail.stage,
});
jsx('goal-progress', {
  // @ts-expect-error kpi-goal-reached's value is a number, not text
  'onkpi-goal-reached': (e) => void e.detail.value.toUpperCase(),
});
jsx('kpi-card', {
  // @ts-expect-error kpi-load's value may be null
  'onkpi-load': (e) => void e.detail.value.toFixed(),
});
// @ts-expect-error no phantom "type" event
jsx('kpi-card', { onType: () => {} });
