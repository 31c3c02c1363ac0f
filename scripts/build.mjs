// `npm run build`: everything dist/ holds, in order.
import { build } from 'vite';
import { oneFileBundle } from './bundle-config.mjs';
import { rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

await rm('dist', { recursive: true, force: true });

// 1. ES modules per entry, dependencies external.
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

// 2. The one-file bundle. Its lazy parts (data layer, CSV parser, chart.js)
//    become chunks beside it, loaded only when a page needs them.
await build(oneFileBundle());

// 2b. The Node side (kpi-widgets/server, kpi-widgets/sql): never loaded by a
//     page; the engines' packages stay imports, installed by the server's owner.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: { server: 'src/server/index.ts', sql: 'src/sql/index.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: [/^node:/, /^@duckdb\//, /^pg($|\/)/],
      output: { chunkFileNames: 'node/[name]-[hash].js' },
    },
  },
});

// 3. Type declarations.
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

// 4. custom-elements.json, and what editors and JSX read from it.
run('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/elements/**/*.ts', '--exclude', 'src/elements/**/*.{styles,strings,define}.ts', '--outdir', 'dist']);
run('node', ['scripts/manifest-outputs.mjs']);

// 5. JSON Schemas of every document a widget accepts.
run('node', ['scripts/schemas.mjs']);
console.log('dist/ ready');
