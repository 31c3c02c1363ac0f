// `npm run fuzz`: the fuzz tests alone, with time for 10,000 cases per element.
// scripts/fuzz.mjs sets KPI_FUZZ_RUNS; the test server hands it to the browser.
import base from '../../web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/reliability/fuzz.test.ts'],
  concurrency: 1,
  testsFinishTimeout: 4 * 60 * 60 * 1000,
  testFramework: { config: { ...base.testFramework?.config, timeout: 4 * 60 * 60 * 1000 } },
};
