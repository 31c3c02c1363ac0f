// `npm run fuzz`: the fuzz tests of test/reliability/fuzz.test.ts with 10,000
// cases per element instead of the 300 of `npm test`. Prints the cases each
// element ran and exits 1 on a failure, which fast-check reports with its seed
// and the shrunk counterexample; KPI_FUZZ_SEED=<seed> replays it.
//
//   npm run fuzz                     10,000 cases per element
//   KPI_FUZZ_RUNS=50000 npm run fuzz  more
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';

const runs = Number(process.env.KPI_FUZZ_RUNS) || 10_000;
const report = 'test-results/fuzz-report.json';
await mkdir('test-results', { recursive: true });
await rm(report, { force: true });

const port = process.env.KPI_FUZZ_PORT ?? '8599';
const code = await new Promise((resolve) => {
  const child = spawn('npx', ['wtr', '--config', 'test/reliability/wtr-fuzz.config.mjs', '--port', port], {
    stdio: 'inherit',
    env: { ...process.env, KPI_FUZZ_RUNS: String(runs), KPI_FUZZ_REPORT: report },
  });
  child.on('close', (c) => resolve(c ?? 1));
});

let counts = {};
try {
  counts = JSON.parse(await readFile(report, 'utf8'));
} catch {
  // No report: the run failed before any element finished.
}
console.log(`\nfuzz: ${runs} cases asked per element`);
for (const [name, n] of Object.entries(counts)) console.log(`  ${name}: ${n} cases`);
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`fuzz: ${total} cases in all, ${code === 0 ? 'no failure' : 'FAILED'}`);
process.exit(code);
