// The README's picture: the demo's team dashboard in headless Chromium, saved as
// docs/img/demo-team.png. Take it again when the look changes:
//
//   node scripts/readme-screenshot.mjs
//
// CHROME_PATH picks the browser (default /usr/bin/chromium). The demo server
// binds 127.0.0.1 on a free port and is stopped at the end.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs/img/demo-team.png');
const WIDGETS = 'kpi-card, goal-progress, kpi-funnel, trend-chart';

const port = await new Promise((resolve, reject) => {
  const probe = net.createServer();
  probe.on('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const server = await createServer({
  configFile: path.join(root, 'demo/vite.config.ts'),
  logLevel: 'warn',
  server: { port, strictPort: true, host: '127.0.0.1', open: false, hmr: false },
});
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, reducedMotion: 'reduce', deviceScaleFactor: 1 });
  const url = `http://127.0.0.1:${port}/team.html`;
  // The first visit lets Vite pre-bundle what the page loads late; the second is the picture.
  for (const visit of [1, 2]) {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (selector) => {
        const widgets = [...document.querySelectorAll(selector)];
        return widgets.length > 0 && widgets.every((el) => el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[part~="skeleton"]'));
      },
      WIDGETS,
      { timeout: 60_000 },
    );
    if (visit === 2) {
      await page.evaluate(async (selector) => {
        await Promise.all([...document.querySelectorAll(selector)].map((el) => el.updateComplete));
        await document.fonts.ready;
      }, WIDGETS);
      await page.screenshot({ path: out });
    }
  }
  console.log(`${path.relative(root, out)} written`);
} finally {
  await browser.close();
  await server.close();
}
