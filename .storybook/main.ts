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
  // The renderer imports lit/directive-helpers.js, which Vite would serve unbundled with a second
  // copy of lit-html beside the pre-bundled one ("Multiple versions of Lit loaded").
  viteFinal: async (viteConfig) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, { optimizeDeps: { include: ['lit/directive-helpers.js'] } });
  },
};

export default config;
