// A real local server for the browser tests: fixtures with request counting,
// validators for conditional requests, and the failure cases a CRM API produces.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { crmDealsCsv } from './crm-deals.mjs';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const counts = new Map();
// Requests whose client went away before the answer was sent, per key.
const aborts = new Map();

// papaparse is a UMD/CommonJS file and the dev server serves node_modules as they
// are; in an ES module its UMD wrapper finds neither `module` nor a global `this`.
// Giving it a `module` object and a default export lets the browser tests import
// it the way Vite's bundle does (Vite converts CommonJS on its own).
const COMMONJS_FILES = /^\/node_modules\/papaparse\/papaparse(\.min)?\.js$/;

async function bodyText(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function serveCommonJsAsModule(ctx, next) {
  await next();
  if (ctx.status !== 200 || ctx.body == null) return;
  const source = await bodyText(ctx.body);
  ctx.body = `const module = { exports: {} };\nconst exports = module.exports;\n${source}\nexport default module.exports;\n`;
  ctx.type = 'application/javascript';
}

const types = { '.csv': 'text/csv; charset=utf-8', '.json': 'application/json' };

export async function testServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (COMMONJS_FILES.test(url.pathname)) return serveCommonJsAsModule(ctx, next);
  if (url.pathname === '/crm/deals.csv') {
    counts.set('crm', (counts.get('crm') ?? 0) + 1);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = crmDealsCsv();
    return;
  }
  if (!url.pathname.startsWith('/api/')) return next();
  const [, , route, ...rest] = url.pathname.split('/');
  const key = url.searchParams.get('key') ?? '';

  if (route === 'count') {
    // GET /api/count?key=k: how many requests /api/fixture/...?key=k received.
    // `aborted`: how many of them the client gave up before the answer.
    ctx.body = { count: counts.get(key) ?? 0, aborted: aborts.get(key) ?? 0 };
    return;
  }
  if (route === 'fixture') {
    // GET /api/fixture/<file>?key=k[&delay=ms][&etag=1]
    counts.set(key, (counts.get(key) ?? 0) + 1);
    // The test runner replaces Cache-Control of every path with an extension by a
    // one-year max-age after this middleware has run; `Vary: *` keeps the browser
    // from reusing any answer all the same, so every fetch reaches the counter.
    ctx.set('Vary', '*');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) {
      const res = ctx.res;
      res.once('close', () => {
        if (!res.writableFinished) aborts.set(key, (aborts.get(key) ?? 0) + 1);
      });
      await new Promise((r) => setTimeout(r, delay));
    }
    const file = rest.join('/');
    let body;
    try {
      body = await readFile(path.join(fixtures, path.normalize(file).replace(/^(\.\.[/\\])+/, '')));
    } catch {
      // A missing fixture is a counted 404, for tests of failed requests.
      ctx.status = 404;
      ctx.body = 'no such fixture';
      return;
    }
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
  if (route === 'changing') {
    // GET /api/changing?key=k&every=n[&validator=etag|last-modified|none][&fail=i,j]
    // {"version": v} where v goes up every n requests; conditional requests get
    // a 304 while the version is unchanged. The requests numbered in `fail`
    // (1-based) answer 503.
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    const fail = (url.searchParams.get('fail') ?? '').split(',').filter(Boolean).map(Number);
    if (fail.includes(count)) {
      ctx.status = 503;
      ctx.body = 'unavailable';
      return;
    }
    const version = Math.floor((count - 1) / Number(url.searchParams.get('every') ?? 1));
    const validator = url.searchParams.get('validator') ?? 'etag';
    if (validator === 'etag') {
      const etag = `"v${version}"`;
      ctx.set('ETag', etag);
      if (ctx.get('If-None-Match') === etag) {
        ctx.status = 304;
        return;
      }
    } else if (validator === 'last-modified') {
      const modified = new Date(Date.UTC(2026, 0, 1 + version));
      ctx.set('Last-Modified', modified.toUTCString());
      const since = Date.parse(ctx.get('If-Modified-Since'));
      if (!Number.isNaN(since) && since >= modified.getTime()) {
        ctx.status = 304;
        return;
      }
    }
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ version });
    return;
  }
  if (route === 'headers') {
    // GET /api/headers: the request headers the data layer controls, echoed.
    const echo = {};
    for (const name of ['cookie', 'if-none-match', 'if-modified-since']) {
      if (ctx.get(name)) echo[name] = ctx.get(name);
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.body = echo;
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
