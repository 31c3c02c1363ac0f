import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

/**
 * The npm build: one ES module per entry of package.json's `exports`, with the
 * runtime dependencies left as imports for the consumer's bundler. The one-file
 * bundle is a second build in scripts/build.mjs.
 */
export const entries = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  data: 'src/data/index.ts',
  classes: 'src/classes.ts',
  'kpi-card': 'src/elements/kpi-card/kpi-card.define.ts',
  'goal-progress': 'src/elements/goal-progress/goal-progress.define.ts',
  'kpi-funnel': 'src/elements/kpi-funnel/kpi-funnel.define.ts',
  'funnel-stage': 'src/elements/funnel-stage/funnel-stage.define.ts',
  'trend-chart': 'src/elements/trend-chart/trend-chart.define.ts',
  'kpi-dashboard': 'src/elements/kpi-dashboard/kpi-dashboard.define.ts',
  'kpi-table': 'src/elements/kpi-table/kpi-table.define.ts',
};

export default defineConfig({
  plugins: [minifyCssLiterals()],
  // The CSV worker (src/data/csv.worker.ts) is a module worker with papaparse
  // inside: it resolves nothing at run time, so it works wherever its file is served.
  // Relative: the worker's address is resolved against the chunk that starts it, wherever dist/ is served.
  base: './',
  worker: { format: 'es', rolldownOptions: { output: { entryFileNames: 'workers/[name]-[hash].js', chunkFileNames: 'workers/[name]-[hash].js' } } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^chart\.js($|\/)/, /^zod($|\/)/, /^date-fns($|\/)/, /^papaparse$/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
