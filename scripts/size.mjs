// `npm run size`: what a page downloads, minified and gzipped (level 9, 1 KB =
// 1000 bytes), against the targets of issue 5. Exits 1 over a ceiling; the
// last line is "N passed, N failed" for scripts/test.mjs.
//
// It builds in memory with the one-file bundle's own config
// (scripts/bundle-config.mjs), so it always measures the current sources.
// Each file a page fetches is gzipped on its own, as a server sends it.
//
//   (a) the attribute-only path: <kpi-card>, <goal-progress> and the funnel
//       (<kpi-funnel> + <funnel-stage>), the core they need and lit: what a page
//       with those elements downloads before any src fetch, in English (another
//       language adds its string chunk, shown below). Measured twice:
//       - as a bundler builds an app from the npm modules (only those three), and
//       - as the one-file bundle serves it (kpi-widgets.js registers all six tags).
//   (b) the <trend-chart> part: every chunk a chart adds to that, chart.js included:
//       all a chart given its `series` inline loads (it checks the series
//       without the schemas chunk; test/perf/chart-inline-bytes.test.ts counts
//       the requests in a browser). A chart from records loads more on demand.
//   (c) the one-file bundle's main file and its static imports hold no chart.js
//       module; test/perf/no-chart-bytes.test.ts proves the same in a browser by
//       counting requests.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { oneFileBundle } from './bundle-config.mjs';

const KB = 1000;
// The targets of issue 5, and the ceilings `npm test` enforces. (b) is met, so
// its ceiling is its budget. (a) is not (docs/performance.md says
// why and what it would take): its ceilings sit a little above today's sizes so
// that any growth fails the build instead of passing unnoticed. Lower them as
// the sizes come down.
const TARGET = { attributes: 15 * KB, chart: 60 * KB };
// Issue 17 raised (a) by 0.2 KB: every widget now checks refresh, credentials
// and max-size (their readers are a lazy chunk, the check that loads them is
// not), holds its document in the page cache, and cuts what a message quotes.
// Issues 12, 13 and 15 raised (a) by 2.1 KB, deliberately: the attribute path now
// counts elapsed time one way over calendar or working days (pace), tells a running
// period and a goal to reduce apart, holds the goal's disclosure, hands the data
// note and "why empty" to the lazy words, and reads `goals` and `teams`.
// Issue 16 and the dashboard's record settings added 0.2 KB more: which src or
// endpoint a goal reads, and fields, date-order, won, lost and probabilities from
// the dashboard.
const CEILING = { npm: 28.2 * KB, bundle: 31.3 * KB, chart: 60 * KB };

const kb = (bytes) => `${(bytes / KB).toFixed(process.env.SIZE_EXACT ? 3 : 1)} KB`;
const gz = (code) => gzipSync(code, { level: 9 }).length;

/** Builds entries in memory; returns the chunks by file name. */
async function bundle(entry, modules) {
  const config = oneFileBundle({ write: false, entry });
  // A page's entry that exists only here: import the modules it uses.
  config.plugins = [...config.plugins, {
    name: 'size-page',
    resolveId: (id) => (id.endsWith('virtual:size-page') ? '\0size-page' : undefined),
    load: (id) => (id === '\0size-page' ? modules.map((m) => `import '/${m}';`).join('\n') : undefined),
  }];
  config.logLevel = 'error';
  const result = await build(config);
  const output = (Array.isArray(result) ? result[0] : result).output;
  return new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
}

/** The chunks a page loads from `start` by static imports. */
function closure(chunks, start) {
  const seen = new Set();
  const todo = [...start];
  while (todo.length) {
    const name = todo.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    todo.push(...chunks.get(name).imports);
  }
  return seen;
}

const total = (chunks, names) => [...names].reduce((sum, name) => sum + gz(chunks.get(name).code), 0);
const holding = (chunks, pattern) =>
  [...chunks.values()].filter((c) => Object.keys(c.modules).some((id) => pattern.test(id))).map((c) => c.fileName);

// ---- the one-file bundle ----
const kit = await bundle({ 'kpi-widgets': 'src/bundle.ts' }, []);
const main = closure(kit, ['kpi-widgets.js']);
const chartStart = holding(kit, /trend-chart\.view\.ts$|chart-loader\.ts$/);
const chartPart = [...closure(kit, chartStart)].filter((name) => !main.has(name));
const chartJsInMain = [...main].filter((name) => Object.keys(kit.get(name).modules).some((id) => /node_modules\/chart\.js\//.test(id)));

// ---- an app built from the npm modules, using the three elements ----
const page = await bundle({ page: 'virtual:size-page' }, [
  'src/elements/kpi-card/kpi-card.define.ts',
  'src/elements/goal-progress/goal-progress.define.ts',
  'src/elements/kpi-funnel/kpi-funnel.define.ts',
]);
const pageMain = closure(page, ['page.js']);

// ---- the floor: lit and @lit/context with one trivial element ----
const floor = await bundle({ floor: 'virtual:size-page' }, ['scripts/size-floor.ts']);

// ---- each element alone, as an app that uses only it ----
const alone = {};
for (const [name, module] of Object.entries({
  card: 'src/elements/kpi-card/kpi-card.define.ts',
  goal: 'src/elements/goal-progress/goal-progress.define.ts',
  funnel: 'src/elements/kpi-funnel/kpi-funnel.define.ts',
})) {
  const one = await bundle({ page: 'virtual:size-page' }, [module]);
  alone[name] = total(one, closure(one, ['page.js']));
}

const figures = {
  npm: total(page, pageMain),
  bundle: total(kit, main),
  chart: total(kit, chartPart),
  floor: total(floor, closure(floor, ['floor.js'])),
};

let passed = 0;
let failed = 0;
const rows = [];
function check(name, bytes, target, ceiling, files) {
  const ok = bytes <= ceiling;
  if (ok) passed++;
  else failed++;
  const verdict = !ok ? 'OVER CEILING' : bytes <= target ? 'ok' : 'under ceiling, target not met';
  rows.push([name, kb(bytes), kb(target), `${(bytes / target).toFixed(2)}×`, kb(ceiling), verdict, files]);
}
check('(a) card + goal + funnel + core + lit, npm modules', figures.npm, TARGET.attributes, CEILING.npm, pageMain.size);
check('(a) the same page on the one-file bundle', figures.bundle, TARGET.attributes, CEILING.bundle, main.size);
check('(b) <trend-chart> + inline series, with chart.js', figures.chart, TARGET.chart, CEILING.chart, chartPart.length);
const noChart = chartJsInMain.length === 0;
if (noChart) passed++;
else failed++;

console.log('Size, min+gzip per file (1 KB = 1000 bytes), English page\n');
console.log(`${'figure'.padEnd(52)} ${'size'.padStart(9)} ${'target'.padStart(9)} ${'ratio'.padStart(7)} ${'ceiling'.padStart(9)}  files  result`);
for (const [name, size, target, ratio, ceiling, result, files] of rows) {
  console.log(`${name.padEnd(52)} ${size.padStart(9)} ${target.padStart(9)} ${ratio.padStart(7)} ${ceiling.padStart(9)}  ${String(files).padStart(5)}  ${result}`);
}
console.log(`${'(c) chart.js modules in the main file and its imports'.padEnd(52)} ${String(chartJsInMain.length).padStart(9)} ${'0'.padStart(9)} ${''.padStart(7)}         ${noChart ? 'ok' : 'FAILED'}`);
console.log('    (test/perf/no-chart-bytes.test.ts counts the requests of such a page in Chromium)');

console.log('\nFor comparison');
console.log(`  lit + @lit/context + one trivial element (the floor)   ${kb(figures.floor)}`);
console.log(`  (a) npm modules above the floor                         ${kb(figures.npm - figures.floor)}`);
for (const name of [...kit.keys()].sort()) {
  const lang = /^kpi-widgets-(nb|sv|da|nl)-/.exec(name);
  if (lang) console.log(`  words of a ${lang[1]} page (one chunk, loaded once)            ${kb(gz(kit.get(name).code))}`);
}
for (const name of holding(kit, /core\/schemas\.ts$/)) {
  console.log(`  schemas (zod/mini): JSON documents, series given as JSON ${kb(gz(kit.get(name).code))}`);
}
console.log(`  one element alone (card, goal, funnel)                  ${kb(alone.card)}, ${kb(alone.goal)}, ${kb(alone.funnel)}`);
// The lazy parts an attribute-only page never loads, each with what loads it.
const lazy = [
  [/core\/numbers\.ts$/, 'full number and date readers (a value like "1 234,50")'],
  [/shared\/data-problems\.ts$/, 'words of data problems (first failed fetch or bad document)'],
];
for (const [pattern, what] of lazy) {
  for (const name of holding(kit, pattern)) console.log(`  ${what.padEnd(62)} ${kb(gz(kit.get(name).code))}`);
}
console.log(`  (b) is ${chartPart.map((name) => `${name.replace(/-[\w-]{8}\.js$/, '')} ${kb(gz(kit.get(name).code))}`).join(' + ')}`);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
