// Backtests the kit's month-end forecast (src/core/forecast.ts) against the
// plain run rate: `npm run bench:forecast`. A script, not a test.
//
// For every whole month of a data set that has at least MIN_HISTORY whole
// months before it, the forecast of the month's won revenue is made as it
// would have been on day 3, 5, 10, 15 and 20 of the month (that day's deals
// counted, later ones unknown), and compared with what the month came to.
// Printed: the mean absolute error (MAE) of each method per checkpoint, on
//   - the demo's data (demo/data/generate.mjs, as of DEMO_TODAY), deals that
//     close on any calendar day with a yearly swing;
//   - a second data set with another rhythm: deals close on working days only,
//     most of them in the month's last week (a quota push), and the business
//     grows 3 % a month.
// Exits 1 when the kit's error is not lower on average over the checkpoints or
// is more than 5 % worse than the run rate at any one of them.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from '../demo/data/generate.mjs';

const CHECKPOINTS = [3, 5, 10, 15, 20];
const DEMO_TODAY = new Date('2026-12-04T12:00:00');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function bundleCore() {
  const temp = await mkdtemp(path.join(tmpdir(), 'kpi-forecast-'));
  const outfile = path.join(temp, 'core.mjs');
  await build({
    stdin: {
      contents: "export * from './src/core/forecast.ts'; export * from './src/core/dates.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Won revenue per day from the data's first day to its last, as the widgets read it. */
function demoDaily(core) {
  const { deals } = generate(DEMO_TODAY);
  const first = Math.min(...deals.map((d) => core.isoDay(d.engage_date)));
  const last = core.todayDay(DEMO_TODAY);
  const values = new Array(last - first + 1).fill(0);
  for (const d of deals) if (d.deal_stage === 'Won') values[core.isoDay(d.close_date) - first] += d.close_value;
  return { start: first, values };
}

/** The other rhythm: working days only, a push in the month's last seven days, 3 % growth a month. */
function pushDaily(core) {
  const random = prng(4242);
  const start = core.dayFromYmd(2024, 1, 1);
  const end = core.dayFromYmd(2025, 12, 31);
  const values = [];
  for (let day = start; day <= end; day++) {
    const { year, month, day: date } = core.ymdFromDay(day);
    const weekday = core.isoWeekday(day);
    const monthsIn = (year - 2024) * 12 + month - 1;
    const push = date > core.daysInMonth(year, month) - 7 ? 4 : 1;
    let sum = 0;
    if (weekday <= 5) {
      const deals = Math.round(random() * 2 * push * 1.03 ** monthsIn);
      for (let i = 0; i < deals; i++) sum += Math.round(20_000 + random() * 100_000);
    }
    values.push(sum);
  }
  return { start, values };
}

function backtest(core, daily) {
  const last = daily.start + daily.values.length - 1;
  const errors = { kit: CHECKPOINTS.map(() => []), run: CHECKPOINTS.map(() => []) };
  const at = (day) => daily.values[day - daily.start];
  let months = 0;
  for (let first = core.addMonths(daily.start, 1); ; first = core.addMonths(first, 1)) {
    const { year, month } = core.ymdFromDay(first);
    const period = { start: core.dayFromYmd(year, month, 1), end: core.dayFromYmd(year, month, core.daysInMonth(year, month)) };
    if (period.end > last) break;
    if (core.earlierPeriod(period, core.MIN_HISTORY).start < daily.start) continue;
    months++;
    let actual = 0;
    for (let day = period.start; day <= period.end; day++) actual += at(day);
    CHECKPOINTS.forEach((checkpoint, i) => {
      const today = period.start + checkpoint - 1;
      let value = 0;
      for (let day = period.start; day <= today; day++) value += at(day);
      // What was known on that day: nothing after it.
      const history = { start: daily.start, values: daily.values.slice(0, today - daily.start + 1) };
      const kit = core.forecast({ value, period, today, history }).projected;
      const run = (value * (period.end - period.start + 1)) / checkpoint;
      errors.kit[i].push(Math.abs(kit - actual));
      errors.run[i].push(Math.abs(run - actual));
    });
  }
  const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
  return { months, kit: errors.kit.map(mean), run: errors.run.map(mean) };
}

const core = await bundleCore();
const round = (x) => Math.round(x).toLocaleString('en-US');
let failed = false;
for (const [name, daily] of [['demo data (as of 2026-12-04)', demoDaily(core)], ['month-end push, +3 %/month', pushDaily(core)]]) {
  const { months, kit, run } = backtest(core, daily);
  const avg = (list) => list.reduce((a, b) => a + b, 0) / list.length;
  console.log(`\n${name}: ${months} months backtested, MAE of the month-end forecast`);
  console.log('| day | kit | run rate | kit / run rate |');
  console.log('|---:|---:|---:|---:|');
  CHECKPOINTS.forEach((day, i) => console.log(`| ${day} | ${round(kit[i])} | ${round(run[i])} | ${(kit[i] / run[i]).toFixed(2)} |`));
  console.log(`| mean | ${round(avg(kit))} | ${round(avg(run))} | ${(avg(kit) / avg(run)).toFixed(2)} |`);
  const worst = Math.max(...kit.map((k, i) => k / run[i]));
  if (!(avg(kit) < avg(run)) || worst > 1.05) {
    failed = true;
    console.log(`FAIL: the kit must be lower on average and never more than 5 % worse (worst ${worst.toFixed(2)})`);
  }
}
process.exitCode = failed ? 1 : 0;
