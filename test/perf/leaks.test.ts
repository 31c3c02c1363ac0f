/**
 * Issue 5, figure 6: 1,000 mount/unmount cycles of <trend-chart> and of
 * <kpi-card src=…> leave nothing behind: no live Chart instance, no fetch
 * under way, no timer or animation frame pending, and a JS heap after GC
 * within 5 % of where it started. Chromium runs with --js-flags=--expose-gc
 * (web-test-runner.config.mjs), so `gc()` collects before each reading.
 *
 * fetch, the timers and requestAnimationFrame are wrapped before chart.js
 * loads (chart.js keeps its own reference to requestAnimationFrame), and
 * only what the cycles start is counted.
 */
import { heapAfterGc } from './heap.js';
import { expect } from '@open-wc/testing';
import { CACHE_GRACE_MS, invalidate } from '../../src/data/cache.js';
import { TrendChart } from '../../src/elements/trend-chart/trend-chart.define.js';
import '../../src/elements/kpi-card/kpi-card.define.js';

const CYCLES = 1000;

// ---- instruments ----
const realSetTimeout = window.setTimeout.bind(window);
const pending = { timers: new Set<number>(), intervals: new Set<number>(), frames: new Set<number>(), fetches: 0 };
/** What the cycles started, to show the instruments saw them. */
const started = { timers: 0, frames: 0, fetches: 0 };
let counting = false;

const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, requestAnimationFrame: raf, cancelAnimationFrame: caf, fetch: realFetch } = window;
window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = st(
    (...a: unknown[]) => {
      pending.timers.delete(id);
      if (typeof handler === 'function') handler(...a);
    },
    ms,
    ...args,
  );
  if (counting) {
    pending.timers.add(id);
    started.timers++;
  }
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) pending.timers.delete(id);
  ct(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = si(handler, ms, ...args);
  if (counting) pending.intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) pending.intervals.delete(id);
  ci(id);
}) as typeof window.clearInterval;
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  const id = raf((time) => {
    pending.frames.delete(id);
    callback(time);
  });
  if (counting) {
    pending.frames.add(id);
    started.frames++;
  }
  return id;
};
window.cancelAnimationFrame = (id: number) => {
  pending.frames.delete(id);
  caf(id);
};
window.fetch = ((...args: Parameters<typeof fetch>) => {
  if (!counting) return realFetch(...args);
  pending.fetches++;
  started.fetches++;
  return realFetch(...args).finally(() => pending.fetches--);
}) as typeof fetch;

// ---- helpers ----
const sleep = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));
const heap = () => heapAfterGc(sleep);

async function until(check: () => unknown, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

const settled = (el: Element) =>
  el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[part~="skeleton"]');

/** Everything the cycles started and did not end, after a moment for aborts and last frames to finish. */
async function leftovers() {
  await sleep(300);
  return {
    timers: pending.timers.size,
    intervals: pending.intervals.size,
    frames: pending.frames.size,
    fetches: pending.fetches,
  };
}

const series = JSON.stringify([
  { date: '2026-01', value: 120 },
  { date: '2026-02', value: 150 },
  { date: '2026-03', value: 90 },
]);
let chartClass: { instances: Record<string, unknown> } | undefined;

async function chartCycle(i: number, stage: HTMLElement): Promise<void> {
  const el = document.createElement('trend-chart') as TrendChart;
  el.setAttribute('series', series);
  el.setAttribute('label', `Chart ${i}`);
  stage.append(el);
  // Every tenth leaves before its chart is drawn; the others after.
  if (i % 10 !== 0) {
    await until(() => el.chart, 'the chart');
    chartClass ??= el.chart!.constructor as unknown as typeof chartClass;
  }
  el.remove();
}

/** Ten documents in turn, so the data layer's cache stays the size it is. */
const src = (i: number) => `/api/fixture/kpi-card-kpis.json?key=perf-leak-${i % 10}&delay=${i % 2 ? 0 : 20}`;

async function cardCycle(i: number, stage: HTMLElement): Promise<void> {
  // Every fifth card fetches anew (the others are answered from the page-wide cache).
  if (i % 5 === 0) invalidate(src(i));
  const el = document.createElement('kpi-card');
  el.setAttribute('src', src(i));
  el.setAttribute('select', 'kpis.mrr');
  el.setAttribute('refresh', '60');
  stage.append(el);
  // Every tenth leaves while its fetch may be under way; the others once drawn.
  if (i % 10 !== 0) await until(() => settled(el), 'the card');
  el.remove();
}

async function cycles(run: (i: number, stage: HTMLElement) => Promise<void>, count: number) {
  const stage = document.createElement('div');
  document.body.append(stage);
  for (let i = 0; i < count; i++) await run(i, stage);
  stage.remove();
}

describe('1,000 mount/unmount cycles leave nothing behind', function () {
  this.timeout(60000);

  before(async () => {
    // Warm up: modules, chart.js, stylesheets and the ten cached documents, before the first reading.
    await cycles(chartCycle, 30);
    await cycles(cardCycle, 30);
  });

  it('of <trend-chart>: no Chart left, no timer or frame pending, heap within 5 %', async () => {
    const before = await heap();
    counting = true;
    const t0 = performance.now();
    await cycles(chartCycle, CYCLES);
    const left = await leftovers();
    counting = false;
    const after = await heap();
    const growth = (after - before) / before;
    console.log(`<trend-chart> × ${CYCLES}: ${Math.round(performance.now() - t0)} ms, ${started.timers} timers and ${started.frames} frames started; heap ${(before / 1e6).toFixed(2)} → ${(after / 1e6).toFixed(2)} MB (${(growth * 100).toFixed(1)} %)`);
    expect(Object.keys(chartClass!.instances)).to.have.length(0);
    expect(TrendChart.liveCharts).to.equal(0);
    expect(left).to.deep.equal({ timers: 0, intervals: 0, frames: 0, fetches: 0 });
    expect(Math.abs(growth)).to.be.below(0.05);
  });

  it('of <kpi-card src=… refresh=…>: no fetch under way, no timer pending, heap within 5 %', async () => {
    const before = await heap();
    Object.assign(started, { timers: 0, frames: 0, fetches: 0 });
    counting = true;
    const t0 = performance.now();
    await cycles(cardCycle, CYCLES);
    // The page-wide cache forgets the documents nobody holds after its grace period, with a timer of its own.
    await sleep(CACHE_GRACE_MS);
    const left = await leftovers();
    counting = false;
    const after = await heap();
    const growth = (after - before) / before;
    console.log(`<kpi-card src> × ${CYCLES}: ${Math.round(performance.now() - t0)} ms, ${started.fetches} fetches and ${started.timers} timers started; heap ${(before / 1e6).toFixed(2)} → ${(after / 1e6).toFixed(2)} MB (${(growth * 100).toFixed(1)} %)`);
    expect(left).to.deep.equal({ timers: 0, intervals: 0, frames: 0, fetches: 0 });
    expect(Math.abs(growth)).to.be.below(0.05);
  });
});
