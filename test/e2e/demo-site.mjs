// What the demo's browser checks share: the Vite demo server on a free
// loopback port, headless Debian Chromium, and the wait for every widget on a
// page to have drawn (test/e2e/demo.e2e.mjs, test/visual/demo.visual.mjs).
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES = ['index', 'intranet', 'crm', 'team', 'builder', 'engine'];
export const WIDGETS = 'kpi-card, goal-progress, kpi-funnel, trend-chart, kpi-table';
export const SETTLE_MS = 30_000;

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The demo site (`npm start`) on 127.0.0.1; `close()` stops it. */
export async function startDemo() {
  const port = await freePort();
  const server = await createServer({
    configFile: path.join(root, 'demo/vite.config.ts'),
    logLevel: 'warn',
    // No hot reload: a source file saved during a run must not reload a page in the middle of a check.
    server: { port, strictPort: true, host: '127.0.0.1', open: false, hmr: false },
  });
  await server.listen();
  return { base: `http://127.0.0.1:${port}`, close: () => server.close() };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Resolves when every widget on the page has drawn something other than its loading skeleton. */
export async function settle(page) {
  await page.waitForFunction(
    (selector) => {
      const widgets = [...document.querySelectorAll(selector)];
      return (
        widgets.length > 0 &&
        widgets.every((el) => el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[part~="skeleton"]'))
      );
    },
    WIDGETS,
    { timeout: SETTLE_MS },
  );
  // updateComplete also waits for chart.js to draw (trend-chart overrides it).
  await page.evaluate(async (selector) => {
    await Promise.all([...document.querySelectorAll(selector)].map((el) => el.updateComplete));
  }, WIDGETS);
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Vite pre-bundles dependencies the first time a page asks for them and
 * reloads the page when it finds one late (papaparse and chart.js load only on
 * demand). One unchecked visit per page first, so that reload cannot land in
 * the middle of a check on a fresh clone.
 */
export async function warmUp(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const pageName of PAGES) {
    await page.goto(`${base}/${pageName}.html`, { waitUntil: 'load' }).catch(() => {});
    await settle(page).catch(() => {});
  }
  await context.close();
}
