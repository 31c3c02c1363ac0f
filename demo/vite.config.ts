import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { writeDemoData } from './data/generate.mjs';
import { papaparseBrowser } from '../scripts/papaparse-browser.mjs';
import { dealsFile } from '../scripts/engine-data.mjs';

const root = resolve(import.meta.dirname);

/** The demo site: `npm start`. Its data is generated afresh at start so "this month" always has figures. */
export default defineConfig({
  root,
  publicDir: resolve(root, 'public'),
  plugins: [
    papaparseBrowser(),
    {
      name: 'kpi-demo-data',
      // Not buildStart: the dev server lists public/ before that runs, and on a
      // fresh clone it then answered data/*.json with index.html until restarted.
      async configResolved() {
        await writeDemoData(resolve(root, 'public/data'));
      },
    },
    {
      // engine.html: /api/kpi is the kit's own server handler over DuckDB, reading
      // a million generated deals from a Parquet file in .cache/ (git ignores it).
      name: 'kpi-demo-endpoint',
      async configureServer(server) {
        const parquet = await dealsFile(1_000_000, 'parquet');
        let handler: ((req: unknown, res: unknown) => Promise<void>) | undefined;
        server.middlewares.use('/api/kpi', (req, res) => {
          void (async () => {
            if (!handler) {
              const { createKpiHandler } = await server.ssrLoadModule(resolve(root, '../src/server/index.ts'));
              handler = createKpiHandler({ duckdb: parquet });
            }
            await handler!(req, res);
          })();
        });
      },
    },
  ],
  build: {
    outDir: resolve(root, '../dist-demo'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(root, 'index.html'),
        intranet: resolve(root, 'intranet.html'),
        crm: resolve(root, 'crm.html'),
        team: resolve(root, 'team.html'),
        builder: resolve(root, 'builder.html'),
        engine: resolve(root, 'engine.html'),
      },
    },
  },
  server: { port: 5173 },
});
