// `npm run bench`: every figure of issue 5 beside its baseline, measured in the
// same run, as a ratio (absolute times on a shared machine are noisy; ratios
// much less). A script, not a test: it exits 1 only when a correctness check
// fails (Chart identity, request counts, 304s), never on a missed time target.
//
// The browser figures run in Debian's Chromium (CHROME_PATH, else
// /usr/bin/chromium) through playwright-core, headless, on the one-file bundle
// built fresh into a temporary folder and served by a small local server that
// also plays the data source. Runs of the kit and of its baseline alternate;
// each figure is the median of RUNS runs after WARMUP runs.
//
//   node scripts/bench.mjs            everything
//   node scripts/bench.mjs --no-core  without the core throughput (bench-core, ~1 min)
//   node scripts/bench.mjs --serve    only serve the bench page, for a profiler
//   node scripts/bench.mjs --issue17  only the figures of issue 17 (fresh pages, big CSVs)
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { oneFileBundle } from './bundle-config.mjs';
import { dealsCsv } from '../test/server/big-bodies.mjs';

const WARMUP = 3;
const RUNS = 21;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const withCore = !process.argv.includes('--no-core');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (n) => `${n.toFixed(1)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
let broken = 0;
const verdict = (ok) => (ok ? 'met' : 'NOT MET');
function expectThat(ok, what) {
  if (!ok) broken++;
  return ok ? 'ok' : `FAILED: ${what}`;
}

// ---- the bundle, fresh ----
const out = await mkdtemp(path.join(tmpdir(), 'kpi-bench-'));
const config = oneFileBundle();
config.build.outDir = out;
config.logLevel = 'error';
await build(config);

// ---- the server: the page, the bundle, and a data source that counts ----
const sources = new Map();
function source(key) {
  if (!sources.has(key)) sources.set(key, { requests: 0, conditional: 0, notModified: 0, ifNoneMatch: 0, ifModifiedSince: 0, version: 1 });
  return sources.get(key);
}
const csv = await readFile(path.join(root, 'test/fixtures/crm-export.csv'));
const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.csv': 'text/csv' };

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const send = (status, body, headers = {}) => {
    res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  };
  try {
    if (url.pathname === '/') {
      return send(200, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
        <style>body { margin: 0; font-family: sans-serif } .stage { display: grid; grid-template-columns: repeat(5, 200px) }</style>
        <script type="module" src="/kit/kpi-widgets.js"></script><script type="module" src="/bench-page.js"></script></head><body></body></html>`,
      { 'Content-Type': 'text/html' });
    }
    if (url.pathname === '/bench-page.js') {
      return send(200, await readFile(path.join(root, 'scripts/bench-page.js')), { 'Content-Type': types['.js'] });
    }
    if (url.pathname.startsWith('/kit/')) {
      const file = path.join(out, path.basename(url.pathname));
      return send(200, await readFile(file), { 'Content-Type': types['.js'] });
    }
    const key = url.searchParams.get('key') ?? '';
    if (url.pathname === '/data/crm.csv') {
      source(key).requests++;
      return send(200, csv, { 'Content-Type': types['.csv'] });
    }
    if (url.pathname === '/data/big.csv') {
      // A deals export of `rows` rows, about 100 bytes each (test/server/big-bodies.mjs).
      source(key).requests++;
      return send(200, dealsCsv(Number(url.searchParams.get('rows') ?? 1000)), { 'Content-Type': types['.csv'] });
    }
    if (url.pathname === '/data/kpi.json') {
      // A KPI document with validators: ETag, Last-Modified, or both.
      const s = source(key);
      s.requests++;
      const mode = url.searchParams.get('validators') ?? 'etag';
      const etag = `"v${s.version}"`;
      const modified = new Date(Date.UTC(2026, 0, s.version)).toUTCString();
      const headers = { 'Content-Type': types['.json'] };
      if (mode !== 'last-modified') headers.ETag = etag;
      if (mode !== 'etag') headers['Last-Modified'] = modified;
      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      if (inm) s.ifNoneMatch++;
      if (ims) s.ifModifiedSince++;
      if (inm || ims) s.conditional++;
      const fresh = (inm && mode !== 'last-modified' && inm === etag) || (!inm && ims && mode !== 'etag' && Date.parse(ims) >= Date.parse(modified));
      if (fresh) {
        s.notModified++;
        return send(304, '', headers);
      }
      return send(200, JSON.stringify({ value: 1000 * s.version, previous: 900 }), headers);
    }
    if (url.pathname === '/data/bump') {
      source(key).version++;
      return send(200, '{}', { 'Content-Type': types['.json'] });
    }
    send(404, 'not found');
  } catch (error) {
    send(500, String(error));
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
if (process.argv.includes('--serve')) {
  // For a look with a profiler: the page and the bundle stay served until Ctrl-C.
  console.log(`serving ${origin}/ (window.bench in the console)`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => rm(out, { recursive: true, force: true }).finally(() => process.exit(0)));
  }
  await new Promise(() => {});
}

// ---- the browser ----
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check',
    '--js-flags=--expose-gc',
  ],
});

try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.bench);
  const ready = await page.evaluate(() => window.bench.ready());
  const same = await page.evaluate(() => window.bench.compare());
  console.log(`Chromium ${browser.version()}, one-file bundle (minified), ${RUNS} runs after ${WARMUP} warm-up runs, kit and baseline alternating${ready.gc ? ', gc() between runs' : ''}; figures are medians, a ratio is the median of the pairs' ratios`);
  console.log(`Baseline card: ${same.handNodes} elements, kit card: ${same.kitNodes}; texts ${same.kit === same.hand ? 'identical' : 'differ'}`);
  if (same.kit !== same.hand) console.log(`  kit:  ${same.kit}\n  hand: ${same.hand}`);

  // The renderer's main-thread CPU time (DevTools' TaskDuration in thread
  // ticks) besides the wall time: other processes on a shared machine stretch
  // the wall time of a run, much less its CPU time.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;

  // Alternating pairs; the order flips every run so neither side always goes
  // first. A ratio is the median of each pair's ratio: the two runs of a pair
  // follow each other, so a busy machine slows both alike.
  async function pair(fn, setup, as = 'kit') {
    const runs = { kit: [], hand: [] };
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const kind of i % 2 ? ['hand', as] : [as, 'hand']) {
        await page.evaluate(setup, kind);
        const before = await cpu();
        const wall = await page.evaluate(fn, kind);
        const busy = (await cpu()) - before;
        if (i >= WARMUP) runs[kind === 'hand' ? 'hand' : 'kit'].push({ wall, busy });
      }
    }
    const of = (side, key) => runs[side].map((run) => run[key]);
    const ratioOf = (key) => median(runs.kit.map((run, i) => run[key] / runs.hand[i][key]));
    return {
      cpu: { kit: median(of('kit', 'busy')), hand: median(of('hand', 'busy')), ratio: ratioOf('busy') },
      wall: { kit: median(of('kit', 'wall')), hand: median(of('hand', 'wall')), ratio: ratioOf('wall') },
    };
  }
  const line = (name, { cpu: c, wall: w }) =>
    `  ${name.padEnd(22)}  CPU  kit ${ms(c.kit).padStart(9)}   hand-written DOM ${ms(c.hand).padStart(9)}   ratio ${c.ratio.toFixed(2)}×   target ≤ 1.50×  ${verdict(c.ratio <= 1.5)}\n` +
    `  ${''.padEnd(22)}  wall kit ${ms(w.kit).padStart(9)}   hand-written DOM ${ms(w.hand).padStart(9)}   ratio ${w.ratio.toFixed(2)}×`;
  const fresh = () => window.bench.clear();
  const drawn = (kind) => window.bench.clear().then(() => window.bench.render(kind)).then(() => window.bench.frame());

  // ---- issue 17: a fresh page per run, as a visitor meets it ----
  const freshPage = async () => {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.bench && customElements.get('kpi-card'));
  };
  const COLD = 9;
  console.log(`\nIssue 17, each run on a fresh page (first use of every lazy part included), ${COLD} runs, medians`);
  {
    const runs = { kit: [], plain: [] };
    for (let i = 0; i < COLD + 1; i++) {
      for (const kind of i % 2 ? ['plain', 'attributes'] : ['attributes', 'plain']) {
        await freshPage();
        const ms = await page.evaluate((k) => window.bench.render(k), kind);
        if (i > 0) runs[kind === 'plain' ? 'plain' : 'kit'].push(ms);
      }
    }
    const r = median(runs.kit.map((k, i) => k / runs.plain[i]));
    console.log(`  1,000 cards from attributes (set before connecting) until all numbers shown and painted:`);
    console.log(`    kit ${ms(median(runs.kit))}   plain hand-written card ${ms(median(runs.plain))}   ratio ${r.toFixed(2)}×   target ≤ 1.50×  ${verdict(r <= 1.5)}`);
  }
  {
    const KPIS = ['revenue', 'win-rate', 'avg-deal-value', 'avg-sales-cycle'];
    const months = Array.from({ length: 25 }, (_, m) => `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
    const card = (src, kpi, period) => `<kpi-card src="${src}" kpi="${kpi}" period="${period}" compare="previous-period" today="2026-12-31" locale="en"></kpi-card>`;
    const runs = { one: [], many: [], longest: [] };
    for (let i = 0; i < 3; i++) {
      const src = `/data/big.csv?rows=200000&key=many-${i}-${Date.now()}`;
      await freshPage();
      const one = await page.evaluate((m) => window.bench.underLoad(m), card(src, 'revenue', '2026-03'));
      await freshPage();
      const markup = Array.from({ length: 100 }, (_, c) => card(src, KPIS[c % 4], months[c % 25])).join('');
      const many = await page.evaluate((m) => window.bench.underLoad(m), markup);
      if (one.errors.length || many.errors.length) console.log(`    errors: ${[...one.errors, ...many.errors].join(' | ')}`);
      runs.one.push(one.ms);
      runs.many.push(many.ms);
      runs.longest.push(many.longest);
    }
    const r = median(runs.many.map((m, i) => m / runs.one[i]));
    console.log(`  100 cards on one 200,000-row CSV, each a different KPI or period, to all values (3 runs):`);
    console.log(`    100 cards ${ms(median(runs.many))}   one card ${ms(median(runs.one))}   ratio ${r.toFixed(2)}×   target ≤ 2.00×  ${verdict(r <= 2)}   longest task ${ms(median(runs.longest))}`);
  }
  {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      await freshPage();
      const src = `/data/big.csv?rows=500000&key=big-${i}-${Date.now()}`;
      runs.push(await page.evaluate((m) => window.bench.underLoad(m, 120000),
        `<kpi-card src="${src}" kpi="revenue" period="2026-03" today="2026-12-31" locale="en" max-size="60MB"></kpi-card>`));
    }
    const longest = median(runs.map((r) => r.longest));
    if (runs[0].errors.length) console.log(`    errors: ${runs[0].errors.join(' | ')}`);
    console.log(`  one card on a 50 MB, 500,000-row CSV (3 runs): to its value ${ms(median(runs.map((r) => r.ms)))}; longest main-thread task ${longest ? ms(longest) : 'none over 50 ms'} (longest frame gap ${ms(median(runs.map((r) => r.gap)))})   target ≤ 50 ms  ${verdict(longest <= 50)}`);
  }
  if (process.argv.includes('--issue17')) throw Object.assign(new Error('done'), { done: true });
  await freshPage();
  await page.evaluate(() => window.bench.ready());

  console.log('\n1,000 <kpi-card> with value, delta and sparkline, until painted (script, style, layout, paint)');
  console.log('  given the same JS values as the baseline (properties):');
  console.log(line('first complete render', await pair((kind) => window.bench.render(kind), fresh)));
  console.log(line('value change on all', await pair((kind) => window.bench.update(kind), drawn)));
  console.log('  given as pasted HTML (attributes: numbers and the series parsed from text):');
  console.log(line('first complete render', await pair((kind) => window.bench.render(kind), fresh, 'attributes')));

  const chart = await page.evaluate(() => window.bench.chartIdentity());
  console.log(`\n<trend-chart> series change: the same Chart instance: ${chart.same ? 'yes' : 'NO'}, data updated: ${chart.updated ? 'yes' : 'NO'}, live charts ${chart.before} → ${chart.after} (${ms(chart.ms)})  ${expectThat(chart.same && chart.updated && chart.after === chart.before, 'the chart was re-created or not updated')}`);

  console.log('\nRequests');
  const key = `shared-${Date.now()}`;
  const sharedPage = await page.evaluate((src) => window.bench.shared(src), `/data/crm.csv?key=${key}`);
  const requests = source(key).requests;
  console.log(`  ${sharedPage.widgets} widgets (14 cards, 3 funnels, 3 charts) on one src: ${requests} request; baseline one per widget: ${sharedPage.widgets}; ratio ${ratio(requests, sharedPage.widgets)}   target exactly 1  ${expectThat(requests === 1 && sharedPage.errors.length === 0, `${requests} requests, errors: ${sharedPage.errors.join(' | ')}`)}`);

  for (const validators of ['etag', 'last-modified']) {
    const k = `refresh-${validators}-${Date.now()}`;
    const src = `/data/kpi.json?key=${k}&validators=${validators}`;
    // 5 s is the shortest refresh (issue 17).
    const started = await page.evaluate((s) => window.bench.refresh(s, { cards: 5, seconds: 5 }), src);
    await page.waitForTimeout(11500);
    const quiet = await page.evaluate((n) => window.bench.rendersSince(n), started.start);
    const s = { ...source(k) };
    const header = validators === 'etag' ? s.ifNoneMatch : s.ifModifiedSince;
    const refreshes = s.requests - 1;
    // Then the document changes: the next refresh gets a 200, and each card renders it.
    await fetch(`${origin}/data/bump?key=${k}`);
    await page.waitForTimeout(5500);
    const changed = await page.evaluate((n) => window.bench.rendersSince(n), started.start);
    const shown = await page.evaluate(() => window.bench.shownValues());
    const name = validators === 'etag' ? 'ETag → If-None-Match' : 'Last-Modified → If-Modified-Since';
    const ok = refreshes >= 2 && header === refreshes && s.notModified === refreshes && quiet === 0 && changed >= started.widgets && shown.every((v) => v === '2,000');
    console.log(`  refresh="5", ${started.widgets} cards, ${name}: ${refreshes} refreshes, ${header} conditional, ${s.notModified}× 304, renders during 304s: ${quiet} (an unconditional refresh: the whole body and ${started.widgets} renders each time); after a change: ${changed - quiet} renders  ${expectThat(ok, JSON.stringify({ refreshes, header, s, quiet, changed, shown }))}`);
  }
  await page.evaluate(() => window.bench.clear());
} catch (error) {
  if (!error.done) throw error;
} finally {
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
}

// ---- the core: bench-core's figures, in its own process ----
if (withCore && !process.argv.includes('--issue17')) {
  console.log('\nKPI core (scripts/bench-core.mjs)');
  const text = await new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(process.execPath, ['--expose-gc', path.join(root, 'scripts/bench-core.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`bench-core exited ${code}`))));
  });
  const line = (name) => text.split('\n').find((l) => l.startsWith(name));
  const times = (l) => [...l.matchAll(/([\d.]+) ms/g)].map((m) => Number(m[1]));
  for (const name of ['revenue per month', 'win rate', 'funnel counts', 'all three']) {
    const [core, d3] = times(line(name));
    const target = name === 'all three' ? `   target ≤ 0.50×  ${verdict(core / d3 <= 0.5)}` : '';
    console.log(`  ${name.padEnd(18)} core ${ms(core).padStart(10)}   d3-array rollup ${ms(d3).padStart(10)}   ratio ${ratio(core, d3)}${target}`);
  }
  const csvLines = text.split('\n').filter((l) => /^(CSV|papaparse|toRecords|together|JSON.parse)/.test(l));
  for (const l of csvLines) console.log(`  ${l}`);
  // Issue 15: a <kpi-table> of 50 owners × 4 KPIs against one card on the same 200,000-row export (target ≤ 2×).
  const tableLines = text.split('\n').filter((l) => /^(KPI table|period 2025|one kpi-card|kpi-table|from the export)/.test(l));
  for (const l of tableLines) console.log(`  ${l}`);
}

console.log(broken ? `\n${broken} check(s) FAILED` : '\nall checks passed');
process.exit(broken ? 1 : 0);
