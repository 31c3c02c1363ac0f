// `npm run bench:engine`: a 20-widget dashboard answered three ways, in
// Debian's Chromium (CHROME_PATH) through playwright-core, on the one-file
// bundle built fresh:
//   - `endpoint` over DuckDB reading a Parquet file of 10 million deals in place,
//   - `endpoint` over PostgreSQL holding 2 million deals (a throwaway cluster),
//   - `src`: the browser downloading a CSV of N deals and computing every KPI.
// Each figure is the median time from putting the dashboard in the page to the
// 20th kpi-load. The browser is measured at several sizes to find where the
// endpoint wins (the crossover). Data are generated into .cache/engine once.
//
//   node scripts/bench-engine.mjs [--runs 5] [--duck 10000000] [--pg 2000000] [--csv 100000,250000,500000,1000000]
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createReadStream, chownSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { oneFileBundle } from './bundle-config.mjs';
import { dealsFile } from './engine-data.mjs';
import { startCluster } from './pg-cluster.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 5));
const DUCK_DEALS = Number(arg('duck', 10_000_000));
const PG_DEALS = Number(arg('pg', 2_000_000));
const CSV_DEALS = arg('csv', '100000,250000,500000,1000000').split(',').map(Number);
const TODAY = '2026-06-15';
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n) => n.toLocaleString('en');

// ---- the bundle and the server side, fresh ----
const out = await mkdtemp(path.join(tmpdir(), 'kpi-bench-engine-'));
const config = oneFileBundle();
config.build.outDir = out;
config.logLevel = 'error';
await build(config);
await build({
  configFile: false,
  logLevel: 'error',
  build: {
    // Inside the project, so that the server's imports of @duckdb/node-api and pg resolve to node_modules.
    ssr: true, target: 'node20', outDir: path.join(root, '.cache', 'bench-engine-server'), emptyOutDir: true,
    lib: { entry: { server: path.join(root, 'src/server/index.ts') }, formats: ['es'] },
    rolldownOptions: { external: [/^node:/, /^@duckdb\//, /^pg($|\/)/] },
  },
});
const { createKpiHandler } = await import(path.join(root, '.cache', 'bench-engine-server', 'server.js'));

// ---- the data ----
console.log(`generating data into .cache/engine (once): ${fmt(DUCK_DEALS)} deals as Parquet, ${fmt(PG_DEALS)} for PostgreSQL, CSVs of ${CSV_DEALS.map(fmt).join(', ')}`);
const parquet = await dealsFile(DUCK_DEALS, 'parquet');
const csvFiles = new Map();
for (const n of CSV_DEALS) csvFiles.set(n, await dealsFile(n, 'csv'));
const pgCsv = await dealsFile(PG_DEALS, 'csv');

const cluster = await startCluster();
const pg = (await import('pg')).default;
const pool = new pg.Pool({ host: cluster.host, port: cluster.port, user: cluster.user, database: cluster.database });
let started = performance.now();
// The server reads the file with COPY, so it goes where the postgres user can read it.
const pgFile = path.join(cluster.root, 'deals.csv');
await copyFile(pgCsv, pgFile);
try {
  chownSync(pgFile, statSync(cluster.root).uid, statSync(cluster.root).gid);
} catch { /* not root: the file is ours and the cluster's */ }
await pool.query('CREATE TABLE deals (stage TEXT, created DATE, closed DATE, value DOUBLE PRECISION, owner TEXT)');
await pool.query(`COPY deals FROM '${pgFile}' WITH (FORMAT csv, HEADER true)`);
await pool.query('ANALYZE deals');
const pgLoad = performance.now() - started;

const duckHandler = createKpiHandler({ duckdb: parquet });
const pgHandler = createKpiHandler({ pg: pool, tables: { deals: 'deals' } });

// ---- the dashboard ----
const CARDS = [];
for (const kpi of ['revenue', 'win-rate', 'win-loss-ratio', 'avg-deal-value', 'avg-sales-cycle', 'hit-rate',
  'opportunities-created', 'stage-share', 'sales-growth', 'weighted-pipeline']) {
  CARDS.push([kpi, 'this-year', 'previous-year'], [kpi, 'last-quarter', 'previous-period']);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  try {
    if (url.pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench:engine</title>
        <script type="module" src="/kit/kpi-widgets.js"></script></head><body></body></html>`);
    }
    if (url.pathname.startsWith('/kit/')) {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(await readFile(path.join(out, path.basename(url.pathname))));
    }
    if (url.pathname === '/api/duckdb') return duckHandler(req, res);
    if (url.pathname === '/api/postgres') return pgHandler(req, res);
    const m = /^\/data\/(\d+)\.csv$/.exec(url.pathname);
    if (m && csvFiles.has(Number(m[1]))) {
      res.writeHead(200, { 'Content-Type': 'text/csv', 'Cache-Control': 'no-store' });
      return createReadStream(csvFiles.get(Number(m[1]))).pipe(res);
    }
    res.writeHead(404);
    res.end();
  } catch (error) {
    res.writeHead(500);
    res.end(String(error));
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check'],
});

/** One dashboard run in a fresh page: ms until every card has loaded, and the values shown. */
async function run(attribute, url) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => customElements.get('kpi-card'));
    return await page.evaluate(async ({ attribute, url, cards, today }) => {
      const dashboard = document.createElement('kpi-dashboard');
      dashboard.setAttribute(attribute, url);
      const done = cards.map(([kpi, period, compare]) => {
        const card = document.createElement('kpi-card');
        // No time limit: a slow engine is what is measured, not a "took too long" message.
        Object.entries({ kpi, period, compare, today, timeout: '0' }).forEach(([k, v]) => card.setAttribute(k, v));
        dashboard.append(card);
        return new Promise((resolve) => {
          card.addEventListener('kpi-load', (e) => resolve(e.detail.value), { once: true });
          card.addEventListener('kpi-error', (e) => resolve(`error: ${e.detail.message}`), { once: true });
        });
      });
      const t0 = performance.now();
      document.body.append(dashboard);
      const values = await Promise.all(done);
      return { ms: performance.now() - t0, values };
    }, { attribute, url, cards: CARDS, today: TODAY });
  } finally {
    await page.close();
  }
}

async function measure(label, attribute, url) {
  const times = [];
  let values;
  await run(attribute, url); // warm-up: the engine's first read, the browser's caches
  for (let i = 0; i < RUNS; i++) {
    const r = await run(attribute, url);
    times.push(r.ms);
    values = r.values;
  }
  const errors = values.filter((v) => typeof v === 'string');
  if (errors.length) console.log(`  ${label}: ${errors.length} widgets failed, e.g. ${errors[0]}`);
  return { label, ms: median(times), values };
}

const rows = [];
try {
  rows.push({ ...(await measure(`endpoint, DuckDB, ${fmt(DUCK_DEALS)} deals (Parquet in place)`, 'endpoint', '/api/duckdb')), deals: DUCK_DEALS, kind: 'duckdb' });
  rows.push({ ...(await measure(`endpoint, PostgreSQL 15, ${fmt(PG_DEALS)} deals`, 'endpoint', '/api/postgres')), deals: PG_DEALS, kind: 'pg' });
  for (const n of CSV_DEALS) {
    rows.push({ ...(await measure(`src, browser, CSV of ${fmt(n)} deals (${(statSync(csvFiles.get(n)).size / 1e6).toFixed(0)} MB)`, 'src', `/data/${n}.csv`)), deals: n, kind: 'browser' });
  }
} finally {
  await browser.close();
  server.close();
  await duckHandler.close();
  await pgHandler.close();
  await pool.end();
  cluster.stop();
  await rm(out, { recursive: true, force: true });
}

console.log(`\n20-widget dashboard (10 KPIs × this-year and last-quarter), median of ${RUNS} runs after a warm-up, today=${TODAY}`);
console.log(`PostgreSQL load of ${fmt(PG_DEALS)} deals (COPY + ANALYZE, not in the figures): ${(pgLoad / 1000).toFixed(1)} s\n`);
console.log('| how | deals | time to 20 loaded widgets | requests |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.label} | ${fmt(r.deals)} | ${(r.ms / 1000).toFixed(2)} s | ${r.kind === 'browser' ? 1 : 1} |`);

// The crossover: the browser's time grows with the file; the endpoint's barely does.
const browserRows = rows.filter((r) => r.kind === 'browser').sort((a, b) => a.deals - b.deals);
for (const engine of rows.filter((r) => r.kind !== 'browser')) {
  const after = browserRows.find((r) => r.ms > engine.ms);
  const before = [...browserRows].reverse().find((r) => r.ms <= engine.ms);
  let text;
  if (!after) text = `the browser stays faster up to ${fmt(browserRows.at(-1).deals)} deals`;
  else if (!before) text = `the endpoint is faster already at ${fmt(after.deals)} deals`;
  else {
    const share = (engine.ms - before.ms) / (after.ms - before.ms);
    text = `the endpoint wins from about ${fmt(Math.round((before.deals + share * (after.deals - before.deals)) / 1000) * 1000)} deals in the CSV`;
  }
  console.log(`crossover vs ${engine.label}: ${text}`);
}
// The same figures whichever side computed them (same first million deals only when sizes match).
const same = rows.filter((r) => r.deals === 1_000_000 && r.kind === 'browser');
if (same.length) console.log('(figures shown by each side are printed below for a look)');
for (const r of rows) console.log(`  ${r.label}: ${r.values.slice(0, 4).map((v) => (typeof v === 'number' ? v.toFixed(4) : String(v))).join(', ')} …`);
