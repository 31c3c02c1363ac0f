/**
 * Visual regression for every story: after a story's play function has seen
 * it settle, the story is photographed at a desktop and a phone width and
 * compared with the baseline PNG kept in test/visual/stories/. The vitest
 * project decides the theme (storybook: light, storybook-dark: dark), so each
 * story gets four pictures. A story that fails its play function is not
 * photographed: the failure already says what is wrong.
 *
 * Regenerate the baselines after a deliberate visual change with
 * `npm run test:visual:update` (see docs/design.md).
 */
import { afterEach, expect } from 'vitest';
import { page } from 'vitest/browser';

declare const __KPI_STORY_THEME__: string | undefined;

/** Widths the stories are shown at: a laptop and a phone (iPhone 12–15 CSS width). */
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') return;
  const frame = document.querySelector<HTMLElement>('.kpi-story') ?? document.querySelector<HTMLElement>('#storybook-root');
  if (!frame) return;
  const theme = typeof __KPI_STORY_THEME__ === 'string' ? __KPI_STORY_THEME__ : 'light';
  for (const viewport of VIEWPORTS) {
    await page.viewport(viewport.width, viewport.height);
    // A resize re-lays out charts (their ResizeObserver) in the next frames.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await document.fonts.ready;
    await expect.element(page.elementLocator(frame)).toMatchScreenshot(`${theme}-${viewport.name}`);
  }
});
