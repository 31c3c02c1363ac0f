// The one-file bundle's Vite config, shared by `npm run build` (scripts/build.mjs)
// and `npm run size` (scripts/size.mjs), so the size budget measures the very
// bundle that ships.
import { minifyCssLiterals } from './minify-css-literals.mjs';
import { papaparseBrowser } from './papaparse-browser.mjs';

/**
 * @param {object} [options]
 * @param {boolean} [options.write] false: keep the output in memory.
 * @param {Record<string, string>} [options.entry] other entries, e.g. a page's.
 */
export function oneFileBundle({ write = true, entry = { 'kpi-widgets': 'src/bundle.ts' } } = {}) {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyCssLiterals(), papaparseBrowser()],
    // papaparse's package.json sends browsers to its pre-minified file, which
    // breaks when minified a second time (a parser's config arrives undefined);
    // the readable source minifies correctly.
    resolve: { alias: { papaparse: 'papaparse/papaparse.js' } },
    // The CSV worker: a module worker file next to the bundle, found from it (see vite.config.ts).
    base: './',
    worker: {
      format: 'es',
      rolldownOptions: { output: { minify: true, entryFileNames: 'kpi-widgets-[name]-[hash].js', chunkFileNames: 'kpi-widgets-[name]-[hash].js' } },
    },
    build: {
      write,
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        // chart.js declares its scales and controllers with static fields that
        // read other classes' properties (`static defaults = TimeScale.defaults`),
        // which keeps the unregistered ones (time, logarithmic, radial) alive.
        // No module of the kit reads a property for its side effect, so reads
        // may be dropped: the chart chunk loses about 6 KB gzip.
        treeshake: { propertyReadSideEffects: false },
        // The entry exports nothing, so the modules the lazy chunks share with it
        // may live in it: one main file instead of six small ones that each
        // cost a request and compress worse (about 2 KB gzip).
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true, entryFileNames: '[name].js', chunkFileNames: 'kpi-widgets-[name]-[hash].js',
          // Everything the entry imports statically belongs in its one file. Without this group rolldown
          // split the date helpers (shared with lazy chunks) into two tiny chunks of their own: two more
          // requests before the first widget draws (test/perf/no-chart-bytes.test.ts counts them).
          codeSplitting: { groups: [{ name: Object.keys(entry)[0], tags: ['$initial'] }] },
        },
      },
    },
  };
}
