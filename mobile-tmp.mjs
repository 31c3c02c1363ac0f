import { createServer } from 'vite';
import { chromium } from 'playwright-core';
const server = await createServer({ configFile: '/work/main/demo/vite.config.ts', logLevel: 'warn', server: { port: 5996, strictPort: true, host: '127.0.0.1', hmr: false } });
await server.listen();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 800 }, reducedMotion: 'reduce' });
for (const p of ['team', 'crm']) {
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:5996/${p}.html`);
  await page.waitForTimeout(4000);
  await page.screenshot({ path: `/tmp/mobile-${p}.png`, fullPage: false });
}
await browser.close(); await server.close();
