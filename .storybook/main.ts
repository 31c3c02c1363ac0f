import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: every widget in every state, theme and locale.
 * Autodocs come from custom-elements.json, generated next to this file by the
 * `prestorybook` / `prebuild-storybook` / `pretest:stories` scripts.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The fixtures the stories' `src` attributes point at: /data/deals.csv, /data/kpis.json…
  staticDirs: [{ from: '../stories/data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Designers open Storybook to see widgets, not to learn Storybook: no onboarding checklist in the sidebar.
  features: { sidebarOnboardingChecklist: false },
  viteFinal: async (viteConfig) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      optimizeDeps: {
        // Every bare import the kit makes, bundled up front. Found late (chart.js and papaparse are
        // imported on first use), Vite re-optimizes and reloads the page in the middle of a test run.
        // lit/directive-helpers.js is the renderer's, lit/directive.js and lit/static-html.js are
        // stories/support/render.ts's: unbundled, they would load a second lit-html.
        include: [
          'lit', 'lit/decorators.js', 'lit/directives/if-defined.js', 'lit/directives/style-map.js',
          'lit/directive-helpers.js', 'lit/directive.js', 'lit/static-html.js', '@lit/context', 'chart.js', 'papaparse', 'zod/mini',
        ],
      },
    });
  },
};

export default config;
