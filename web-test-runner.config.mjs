import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testServer } from './test/server/middleware.mjs';
import { kpiEndpoint } from './test/server/kpi-endpoint.mjs';

// Debian's Chromium by default; CHROME_PATH points elsewhere on a laptop.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [kpiEndpoint, testServer],
  concurrency: 2,
  // The fuzz file runs 300 cases per element; a loaded CI machine needs more than the default 2 minutes for it.
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
          '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--no-first-run', '--no-default-browser-check',
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
};
