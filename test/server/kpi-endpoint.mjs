// /api/kpi for the browser tests: the kit's own server handler (dist/server.js,
// built by `npm run build`, which `npm test` runs first) over DuckDB, reading
// test/fixtures/crm-export.csv in place: the same CRM export the `src` pages
// fetch. GET /api/kpi-count says how many requests reached it (`?reset=1` zeroes).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'crm-export.csv');
let handler;
let requests = 0;

export async function kpiEndpoint(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/api/kpi-count') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { requests };
    if (url.searchParams.get('reset')) requests = 0;
    return;
  }
  if (url.pathname !== '/api/kpi') return next();
  requests += 1;
  if (!handler) {
    const { createKpiHandler } = await import('../../dist/server.js');
    // A scope from a header, so a test can check that a widget cannot see past it.
    handler = createKpiHandler({ duckdb: file, scope: (req) => req.headers['x-kpi-scope'] || undefined });
  }
  ctx.respond = false;
  await handler(ctx.req, ctx.res);
}
