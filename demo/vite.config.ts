import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { writeDemoData } from './data/generate.mjs';
import { papaparseBrowser } from '../scripts/papaparse-browser.mjs';

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
      },
    },
  },
  server: { port: 5173 },
});
