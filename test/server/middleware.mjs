// A real local server for the browser tests: fixtures with request counting,
// validators for conditional requests, and the failure cases a CRM API produces.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const counts = new Map();

const types = { '.csv': 'text/csv; charset=utf-8', '.json': 'application/json' };

export async function testServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/api/')) return next();
  const [, , route, ...rest] = url.pathname.split('/');
  const key = url.searchParams.get('key') ?? '';

  if (route === 'count') {
    // GET /api/count?key=k: how many requests /api/fixture/...?key=k received.
    ctx.body = { count: counts.get(key) ?? 0 };
    return;
  }
  if (route === 'fixture') {
    // GET /api/fixture/<file>?key=k[&delay=ms][&etag=1]
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const file = rest.join('/');
    const body = await readFile(path.join(fixtures, path.normalize(file).replace(/^(\.\.[/\\])+/, '')));
    const etag = `"${body.length}-${file}"`;
    if (url.searchParams.get('etag')) {
      ctx.set('ETag', etag);
      ctx.set('Last-Modified', new Date(Date.UTC(2026, 0, 1)).toUTCString());
      if (ctx.get('If-None-Match') === etag) {
        ctx.status = 304;
        return;
      }
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.type = types[path.extname(file)] ?? 'text/plain';
    ctx.body = body;
    return;
  }
  if (route === 'status') {
    ctx.status = Number(rest[0]);
    ctx.body = 'error';
    return;
  }
  if (route === 'slow') {
    await new Promise((r) => setTimeout(r, Number(url.searchParams.get('ms') ?? 3000)));
    ctx.type = 'application/json';
    ctx.body = '{"value": 1}';
    return;
  }
  if (route === 'body') {
    // GET /api/body/<kind>: canned bad bodies.
    const bodies = {
      'bad-json': ['application/json', '{"value": 12,'],
      'bad-csv': ['text/csv', 'a,b\n"unterminated,2\n'],
      'wrong-shape': ['application/json', '{"hello": "world"}'],
      'html-login': ['text/html', '<!doctype html><html><body><form>Log in</form></body></html>'],
      empty: ['application/json', ''],
    };
    const [type, body] = bodies[rest[0]] ?? ['text/plain', ''];
    ctx.type = type;
    ctx.body = body;
    return;
  }
  if (route === 'drop') {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  return next();
}
