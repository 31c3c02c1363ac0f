// A real local server for the browser tests: fixtures with request counting,
// validators for conditional requests, and the failure cases a CRM API produces.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { demoFiles } from '../../demo/data/generate.mjs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { crmDealsCsv } from './crm-deals.mjs';
import { dealsCsv, longHeaderCsv, paddedDealsJson } from './big-bodies.mjs';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const counts = new Map();
// Requests whose client went away before the answer was sent, per key.
const aborts = new Map();
// When each counted request arrived (ms since the epoch), per key: backoff tests read the gaps.
const times = new Map();
// Bodies queued by POST /api/echo?key=k, served by GET /api/echo?key=k.
const echoes = new Map();
// Cases each fuzz test ran, reported by the browser: `npm run fuzz` prints them.
const fuzzRuns = {};

function countRequest(key) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (!times.has(key)) times.set(key, []);
  times.get(key).push(Date.now());
  return counts.get(key);
}

/** Counts the request as aborted when its client goes away before the answer is complete. */
function watchAbort(ctx, key) {
  const res = ctx.res;
  res.once('close', () => {
    if (!res.writableFinished) aborts.set(key, (aborts.get(key) ?? 0) + 1);
  });
}

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

/**
 * The day the demo's sample data (served under /data/, as `npm start` serves it) is
 * generated up to, and the day a page that pastes README snippets pins its clock to:
 * the sample data moves with the calendar, a test must not.
 */
export const DEMO_DAY = '2026-11-18';
let demoData;
const demoFile = (name) => {
  demoData ??= demoFiles(new Date(`${DEMO_DAY}T12:00:00`)).files;
  return Object.hasOwn(demoData, name) ? demoData[name] : undefined;
};

/** The policy of issue 6: what the kit must work under. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

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
  if (url.pathname.startsWith('/data/')) {
    const body = demoFile(url.pathname.slice('/data/'.length));
    if (body === undefined) return next();
    ctx.set('Cache-Control', 'no-store');
    ctx.type = types[path.extname(url.pathname)] ?? 'text/plain';
    ctx.body = body;
    return;
  }
  if (!url.pathname.startsWith('/api/')) return next();
  const [, , route, ...rest] = url.pathname.split('/');
  const key = url.searchParams.get('key') ?? '';

  if (route === 'count') {
    // GET /api/count?key=k: how many requests /api/fixture/...?key=k received.
    // `aborted`: how many of them the client gave up before the answer.
    ctx.set('Cache-Control', 'no-store');
    // `&times=1`: also when each request arrived (ms since the epoch).
    ctx.body = { count: counts.get(key) ?? 0, aborted: aborts.get(key) ?? 0 };
    if (url.searchParams.get('times')) ctx.body.times = times.get(key) ?? [];
    return;
  }
  if (route === 'fixture') {
    // GET /api/fixture/<file>?key=k[&delay=ms][&etag=1]
    countRequest(key);
    // The test runner replaces Cache-Control of every path with an extension by a
    // one-year max-age after this middleware has run; `Vary: *` keeps the browser
    // from reusing any answer all the same, so every fetch reaches the counter.
    ctx.set('Vary', '*');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) {
      watchAbort(ctx, key);
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
    // GET /api/changing?key=k&every=n[&validator=etag|last-modified|none][&fail=i,j][&shape=series|stages|goal]
    // {"version": v} where v goes up every n requests; conditional requests get
    // a 304 while the version is unchanged. The requests numbered in `fail`
    // (1-based) answer 503.
    const count = countRequest(key);
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
    // `shape`: the version as another widget's document (series, stages, goal).
    const shapes = {
      series: () => [{ date: '2026-01', value: 10 }, { date: '2026-02', value: 10 + version }],
      stages: () => [{ label: 'Leads', value: 100 }, { label: 'Won', value: version }],
      goal: () => ({ value: version, target: 10, start: '2026-01-01', end: '2026-12-31' }),
    };
    ctx.body = JSON.stringify(shapes[url.searchParams.get('shape')]?.() ?? { version });
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
  if (route === 'echo') {
    // POST /api/echo?key=k[&type=t]: queues the request body for key k.
    // GET /api/echo?key=k[&delay=ms]: serves what was queued for k (404 if nothing).
    // GET /api/echo?body=b[&type=t][&delay=ms][&key=k]: serves b as it is.
    // `type` defaults to application/json; every GET is counted under `key`.
    if (ctx.method === 'POST') {
      echoes.set(key, { body: await bodyText(ctx.req), type: url.searchParams.get('type') ?? 'application/json' });
      ctx.status = 204;
      return;
    }
    countRequest(key);
    ctx.set('Vary', '*');
    ctx.set('Cache-Control', 'no-store');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) {
      watchAbort(ctx, key);
      await new Promise((r) => setTimeout(r, delay));
    }
    const inline = url.searchParams.get('body');
    const queued = inline === null ? echoes.get(key) : { body: inline, type: url.searchParams.get('type') ?? 'application/json' };
    if (!queued) {
      ctx.status = 404;
      ctx.body = 'nothing queued';
      return;
    }
    ctx.type = queued.type;
    ctx.body = queued.body;
    return;
  }
  if (route === 'demo-day') {
    // GET /api/demo-day: the day /data/ is generated up to.
    ctx.body = { day: DEMO_DAY };
    return;
  }
  if (route === 'markdown') {
    // GET /api/markdown: README.md and every docs/*.md, for the snippet test.
    const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
    const docs = (await readdir(path.join(root, 'docs'))).filter((f) => f.endsWith('.md')).sort();
    ctx.set('Cache-Control', 'no-store');
    ctx.body = ['README.md', ...docs.map((f) => `docs/${f}`)];
    return;
  }
  if (route === 'fuzz') {
    // GET /api/fuzz/config: cases per fuzz test (KPI_FUZZ_RUNS, default 300) and an
    // optional seed (KPI_FUZZ_SEED). POST /api/fuzz/report {name, runs, ms, seed, failed}: what ran
    // (printed on a failure, or always with KPI_FUZZ_VERBOSE=1).
    if (rest[0] === 'config') {
      ctx.set('Cache-Control', 'no-store');
      const seed = process.env.KPI_FUZZ_SEED;
      ctx.body = { runs: Number(process.env.KPI_FUZZ_RUNS) || 300, ...(seed ? { seed: Number(seed) } : {}) };
      return;
    }
    const { name, runs, ms, seed, failed } = JSON.parse(await bodyText(ctx.req));
    if (name === 'start') {
      if (process.env.KPI_FUZZ_VERBOSE) console.log(`fuzz: seed ${seed}`);
      ctx.status = 204;
      return;
    }
    fuzzRuns[name] = (fuzzRuns[name] ?? 0) + runs;
    if (process.env.KPI_FUZZ_VERBOSE || failed) console.log(`fuzz: ${name} ${runs} cases in ${ms} ms, seed ${seed}${failed ? ', FAILED' : ''}`);
    if (process.env.KPI_FUZZ_REPORT) await writeFile(process.env.KPI_FUZZ_REPORT, JSON.stringify(fuzzRuns, null, 2));
    ctx.status = 204;
    return;
  }
  if (route === 'csp') {
    // GET /api/csp/page: a page under a strict Content-Security-Policy with
    // Trusted Types, loading only same-origin scripts: the harness, then the bundle.
    // `?policies=lit-html`: also allow only the Trusted Types policies named.
    const policies = url.searchParams.get('policies');
    ctx.set('Content-Security-Policy', policies ? `${STRICT_CSP}; trusted-types ${policies}` : STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = await readFile(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'reliability', 'csp-page.html'));
    return;
  }
  if (route === 'big') {
    // GET /api/big/deals.csv?rows=n: a deals export of n rows (about 100 bytes each).
    // GET /api/big/header.csv?bytes=n: a CSV whose second column name is n bytes long.
    // GET /api/big/padded.json?bytes=n&seed=s: a JSON deals list of about n bytes, one per seed.
    // GET /api/big/stream?mb=n[&length=1]: n MB of JSON-ish bytes, 1 MB per 10 ms; `length`: declare Content-Length.
    // GET /api/big/dropped: a JSON body cut off half-way by a dropped connection.
    countRequest(key);
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Vary', '*');
    const n = (name, fallback) => Number(url.searchParams.get(name) ?? fallback);
    if (rest[0] === 'deals.csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = dealsCsv(n('rows', 1000));
    } else if (rest[0] === 'header.csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = longHeaderCsv(n('bytes', 1_000_000));
    } else if (rest[0] === 'padded.json') {
      ctx.type = 'application/json';
      ctx.body = paddedDealsJson(n('bytes', 900_000), n('seed', 0));
    } else if (rest[0] === 'stream' || rest[0] === 'dropped') {
      const mb = rest[0] === 'dropped' ? 2 : n('mb', 100);
      const chunk = Buffer.alloc(1_000_000, 0x20);
      chunk[0] = 0x5b; // '[' first: a JSON body
      const res = ctx.res;
      ctx.respond = false;
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Cache-Control': 'no-store',
        ...(url.searchParams.get('length') ? { 'Content-Length': String(mb * chunk.length) } : {}),
      });
      watchAbort(ctx, key);
      for (let i = 0; i < mb && !res.destroyed; i++) {
        if (rest[0] === 'dropped' && i === 1) {
          res.socket?.destroy();
          return;
        }
        res.write(chunk);
        await new Promise((r) => setTimeout(r, 10));
      }
      res.end();
    }
    return;
  }
  if (route === 'drop') {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  return next();
}
