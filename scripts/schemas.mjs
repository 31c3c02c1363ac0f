// Publishes the JSON documents the widgets accept as JSON Schema, so a backend
// knows what to serve: dist/schemas/<name>.schema.json.
//
// The schemas are TypeScript (src/core/schemas.ts) and Node 20 cannot import
// TypeScript, so esbuild bundles them, together with zod's toJSONSchema (one
// zod instance for both), into a temporary module that is imported from here.
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'schemas');

const DOCUMENTS = [
  {
    name: 'kpi-value',
    schema: 'KpiValueDoc',
    title: 'KPI value',
    description: 'One ready-made KPI for <kpi-card>: the value, optionally its previous value, target and sparkline series.',
  },
  {
    name: 'series',
    schema: 'SeriesDoc',
    title: 'Series',
    description: 'Points of a trend, oldest first. date is a day (2026-03-05), ISO week (2026-W12), month (2026-03), quarter (2026-Q1) or year (2026); value null is a gap.',
  },
  {
    name: 'goal',
    schema: 'GoalDoc',
    title: 'Goal',
    description: 'A SMART goal for <goal-progress>: the value so far, the target, a baseline and the start and end dates (YYYY-MM-DD).',
  },
  {
    name: 'funnel',
    schema: 'FunnelDoc',
    title: 'Funnel',
    description: 'The stages of <kpi-funnel>, top to bottom: an array of stages or an object with "stages".',
  },
  {
    name: 'records',
    schema: 'RecordsDoc',
    title: 'Records',
    description: 'Raw CRM records the KPIs are computed from: an array of rows of one kind, or an object with deals, leads, activities, customers and/or costs. Columns are mapped with the fields attribute.',
  },
  {
    name: 'kpi-question',
    schema: 'KpiQuestionDoc',
    title: 'KPI question',
    description: 'What a widget with endpoint sends (POST, JSON): one question or an array of them. See docs/server.md.',
  },
  {
    name: 'kpi-answer',
    schema: 'KpiAnswerDoc',
    title: 'KPI answer',
    description: 'What a KPI server answers: per question the value, previous value and delta, with series (granularity) or rows (groupBy), or an error in words.',
  },
];

const temp = await mkdtemp(path.join(tmpdir(), 'kpi-schemas-'));
try {
  const bundle = path.join(temp, 'schemas.mjs');
  await build({
    stdin: {
      contents: "export * from './src/core/schemas.ts';\nexport * from './src/sql/schemas.ts';\nexport { toJSONSchema } from 'zod/mini';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
  const mod = await import(pathToFileURL(bundle).href);

  await mkdir(outDir, { recursive: true });
  for (const doc of DOCUMENTS) {
    // io 'input': what a backend may send (optional fields optional, extra fields allowed).
    const generated = mod.toJSONSchema(mod[doc.schema], { io: 'input' });
    const { $schema, ...body } = generated;
    const schema = {
      $schema,
      title: doc.title,
      description: doc.description,
      ...body,
    };
    const file = path.join(outDir, `${doc.name}.schema.json`);
    await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`);
    console.log(path.relative(root, file));
  }
} finally {
  await rm(temp, { recursive: true, force: true });
}
