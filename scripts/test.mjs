// `npm test`: every test runner in turn, then one total line over all of them.
// Each step prints its own output; we read its "N passed, N failed" summary.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'core without DOM', cmd: 'npx', args: ['tsc', '-p', 'src/core/tsconfig.json', '--noEmit'], counts: false },
  // The page tests load the built bundle, as a user's page would.
  { name: 'build', cmd: 'npm', args: ['run', 'build'], counts: false },
  { name: 'element reference (docs/elements.md) in step with the code', cmd: 'node', args: ['scripts/elements-reference.mjs', '--check'], counts: true },
  // Issue 5: the bundle budgets (min+gzip); test/perf/ in the browser tests holds the leak check.
  { name: 'size budget', cmd: 'node', args: ['scripts/size.mjs'], counts: true },
  { name: 'browser tests', cmd: 'npx', args: ['wtr'], counts: true },
  // Issue 16: KPI SQL on real DuckDB and on a PostgreSQL cluster the step starts and stops itself,
  // against the browser core (test/node/differential.spec.ts), and the server handler.
  { name: 'engine tests (DuckDB, PostgreSQL)', cmd: 'npx', args: ['vitest', 'run', '--config', 'vitest.node.config.ts'], counts: true },
  { name: 'demo pages end to end', cmd: 'node', args: ['test/e2e/demo.e2e.mjs'], counts: true },
  // Every Storybook story's play function and axe check, light and dark, in Chromium.
  { name: 'story tests', cmd: 'npm', args: ['run', 'test:stories'], counts: true },
];

function run({ cmd, args }) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        out += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n== ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  const { code, out } = await run(step);
  if (step.counts) {
    // The last summary a runner printed is its total.
    const matches = [...out.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/(\d+) passed, (\d+) failed/g)];
    const last = matches.at(-1);
    if (last) {
      passed += Number(last[1]);
      failed += Number(last[2]);
    }
    if (code !== 0 && (!last || Number(last[2]) === 0)) failed += 1; // a runner that crashed counts as a failure
  } else if (code === 0) {
    passed += 1;
  } else {
    failed += 1;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
