import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import PlainSummaryReporter from './.storybook/plain-summary-reporter.js';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Debian's Chromium by default (nothing is downloaded); CHROME_PATH points elsewhere on a laptop.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * `npm run test:stories`: every story is a test. Its play function checks what
 * the widget shows, then the a11y addon runs axe on it, in headless Chromium.
 */
export default defineConfig({
  test: {
    // Vitest's summary ("Tests  N passed (N)"), then one plain "N passed, N failed" line.
    reporters: ['default', new PlainSummaryReporter()],
    // Every story twice: in the light theme, and in the dark one (the toolbar's theme global), each checked with axe.
    projects: (['light', 'dark'] as const).map((theme) => ({
      plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
      // Read by .storybook/preview.ts as the initial theme global.
      define: { __KPI_STORY_THEME__: JSON.stringify(theme) },
      test: {
        name: theme === 'light' ? 'storybook' : 'storybook-dark',
        // After each story: its screenshots at desktop and phone width against the baselines (test/visual/stories/).
        setupFiles: [path.join(dirname, '.storybook/vitest.visual.ts')],
        browser: {
          enabled: true,
          headless: true,
          provider: playwright({
            launchOptions: {
              executablePath,
              args: [
                '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                '--disable-background-networking', '--disable-component-update',
                '--disable-sync', '--no-first-run',
              ],
            },
            // Screenshots must not catch a chart or a gauge half-way through its animation.
            contextOptions: { reducedMotion: 'reduce', timezoneId: 'UTC' },
          }),
          expect: {
            toMatchScreenshot: {
              // One folder of baselines for the repository, named by story file, story and theme-width;
              // not by platform: they are made in Debian Chromium, where CI runs.
              resolveScreenshotPath: ({ root, testFileName, testName, arg, ext }) =>
                path.join(root, 'test/visual/stories', testFileName.replace(/\.stories\.ts$/, ''), `${testName}-${arg}${ext}`),
              resolveDiffPath: ({ root, testFileName, testName, arg, ext }) =>
                path.join(root, 'test-results/visual/stories', testFileName.replace(/\.stories\.ts$/, ''), `${testName}-${arg}${ext}`),
            },
          },
          instances: [{ browser: 'chromium' as const }],
        },
      },
    })),
  },
});
