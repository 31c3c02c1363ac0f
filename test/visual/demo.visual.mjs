// Visual regression of the demo site: every page, light and dark, at a desktop
// and a phone width, compared pixel by pixel (pixelmatch) with the baseline
// PNGs in test/visual/demo/. Deterministic: the demo data and the pages' clock
// are pinned to one day, animations are off (reduced motion), fonts are loaded
// before the picture, and the one thing that varies by run (the server's port
// in the builder's script line) is masked.
//
//   node test/visual/demo.visual.mjs            compare (part of npm test)
//   node test/visual/demo.visual.mjs --update   write the baselines anew
//
// A missing baseline is written and counts as a failure, so a new page is
// looked at before it is trusted. On a mismatch the actual picture and a diff
// go to test-results/visual/demo/. Prints "N passed, N failed"; exits 1 on a failure.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** The day the demo is photographed on: a Wednesday in a running month, quarter and goal. */
export const DEMO_TODAY = '2026-11-18';
process.env.KPI_DEMO_TODAY = DEMO_TODAY;
const { launchBrowser, PAGES, root, settle, startDemo, warmUp } = await import('../e2e/demo-site.mjs');

const update = process.argv.includes('--update');
const baselines = path.join(root, 'test/visual/demo');
const results = path.join(root, 'test-results/visual/demo');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
const THEMES = ['light', 'dark'];
/** Text that changes by run: the server's address (a free port) and the engine page's measured time. */
const MASK = ['#script-line', '#snippet', '#timing'];

let passed = 0;
let failed = 0;
const report = (ok, name, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${!ok && detail ? `\n    ${detail}` : ''}`);
};

/** Pixels that differ between two PNGs (null when the sizes differ), and the diff image. */
function compare(expected, actual) {
  if (expected.width !== actual.width || expected.height !== actual.height) return { mismatched: null, diff: null };
  const diff = new PNG({ width: expected.width, height: expected.height });
  const mismatched = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold: 0.1 });
  return { mismatched, diff };
}

/**
 * The whole page in one viewport as tall as the page: a full-page screenshot
 * would otherwise resize the viewport under the charts (the scrollbar goes),
 * and their ResizeObserver redraws them at a width that depends on timing.
 */
async function photograph(page, viewport) {
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  await settle(page);
  let height = 0;
  for (let i = 0; i < 5; i++) {
    const next = await page.evaluate(() => document.documentElement.scrollHeight);
    if (next === height) break;
    height = next;
    await page.setViewportSize({ width: viewport.width, height });
    // Two frames for ResizeObserver-driven chart redraws.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await settle(page);
  }
  return page.screenshot({ animations: 'disabled', caret: 'hide', mask: MASK.map((s) => page.locator(s)) });
}

const demo = await startDemo();
const browser = await launchBrowser();
try {
  await warmUp(browser, demo.base);
  await mkdir(baselines, { recursive: true });
  for (const theme of THEMES) {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: 1,
        colorScheme: theme,
        reducedMotion: 'reduce',
        timezoneId: 'UTC',
        locale: 'en-GB',
      });
      // Date.now() and new Date() answer the pinned day; timers still run.
      await context.clock.setFixedTime(new Date(`${DEMO_TODAY}T10:00:00Z`));
      const page = await context.newPage();
      for (const pageName of PAGES) {
        const name = `${pageName}-${theme}-${viewport.name}`;
        const file = path.join(baselines, `${name}.png`);
        try {
          await page.goto(`${demo.base}/${pageName}.html`, { waitUntil: 'load' });
          let shot = await photograph(page, viewport);
          if (update) {
            await writeFile(file, shot);
            report(true, `${name}: baseline written`);
            continue;
          }
          const stored = await readFile(file).catch(() => null);
          if (!stored) {
            await writeFile(file, shot);
            report(false, `${name}: no baseline; one was written, look at it before trusting it`, file);
            continue;
          }
          const expected = PNG.sync.read(stored);
          let outcome = compare(expected, PNG.sync.read(shot));
          // A late font or chart frame: one more picture before calling it a change.
          if (outcome.mismatched !== 0) {
            await page.waitForTimeout(500);
            shot = await photograph(page, viewport);
            outcome = compare(expected, PNG.sync.read(shot));
          }
          if (outcome.mismatched === 0) {
            report(true, `${name} matches its baseline`);
            continue;
          }
          await mkdir(results, { recursive: true });
          await writeFile(path.join(results, `${name}-actual.png`), shot);
          if (outcome.diff) await writeFile(path.join(results, `${name}-diff.png`), PNG.sync.write(outcome.diff));
          const actual = PNG.sync.read(shot);
          report(false, `${name} differs from its baseline`, outcome.mismatched === null
            ? `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}; see ${results}`
            : `${outcome.mismatched} pixels differ; see ${results}`);
        } catch (error) {
          report(false, `${name}: could not be photographed`, error instanceof Error ? error.message : String(error));
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await demo.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
