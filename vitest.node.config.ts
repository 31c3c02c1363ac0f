import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './.storybook/plain-summary-reporter.js';

/**
 * The Node-side tests (npm test's "engine tests" step): KPI SQL against real
 * DuckDB and a PostgreSQL cluster started for the run, and the server handler.
 */
export default defineConfig({
  test: {
    include: ['test/node/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['test/node/global-setup.ts'],
    // The differential test runs thousands of cases against two databases.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default', new PlainSummaryReporter()],
  },
});
