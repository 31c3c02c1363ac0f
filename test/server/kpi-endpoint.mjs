// /api/kpi for the browser tests: the kit's own server handler (dist/server.js,
// built by `npm run build`, which `npm test` runs first) over DuckDB, reading
// test/fixtures/crm-export.csv in place: the same CRM export the `src` pages
// fetch. GET /api/kpi-count says how many requests reached it and how many were
// answered 304 (`?reset=1` zeroes both). Test files run side by side: one that
// counts asks /api/kpi?page=NAME and reads /api/kpi-count?page=NAME, its own counts.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'crm-export.csv');
let handler;
/** Requests and 304s per `page` query parameter ('' without one). */
const counts = new Map();
const countOf = (page) => counts.get(page) ?? counts.set(page, { requests: 0, notModified: 0 }).get(page);

export async function kpiEndpoint(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname === '/api/kpi-count') {
    ctx.set('Cache-Control', 'no-store');
    const count = countOf(url.searchParams.get('page') ?? '');
    ctx.body = { ...count };
    if (url.searchParams.get('reset')) Object.assign(count, { requests: 0, notModified: 0 });
    return;
  }
  if (url.pathname !== '/api/kpi') return next();
  const count = countOf(url.searchParams.get('page') ?? '');
  count.requests += 1;
  if (!handler) {
    const { createKpiHandler } = await import('../../dist/server.js');
    // A scope from a header, so a test can check that a widget cannot see past it.
    handler = createKpiHandler({ duckdb: file, scope: (req) => req.headers['x-kpi-scope'] || undefined });
  }
  ctx.respond = false;
  await handler(ctx.req, ctx.res);
  if (ctx.res.statusCode === 304) count.notModified += 1;
}
