import { expect } from '@open-wc/testing';
import {
  cachedDocument,
  clearSharedCache,
  fetchShared,
  invalidate,
  revalidateShared,
} from '../../src/data/cache.js';
import { DataError } from '../../src/data/errors.js';

let keys = 0;
const newKey = () => `cache-${Date.now()}-${keys++}`;

/** What the server saw for a key: requests and how many the client gave up on. */
async function served(key: string): Promise<{ count: number; aborted: number }> {
  const { count, aborted } = await (await fetch(`/api/count?key=${key}`)).json();
  return { count, aborted };
}

async function rejection(promise: Promise<unknown>): Promise<DataError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the server has seen what `done` looks for (the close of an aborted request comes a little later). */
async function until(key: string, done: (s: { count: number; aborted: number }) => boolean): Promise<{ count: number; aborted: number }> {
  for (let i = 0; i < 50; i++) {
    const s = await served(key);
    if (done(s)) return s;
    await sleep(20);
  }
  return served(key);
}

describe('fetchShared', () => {
  afterEach(() => clearSharedCache());

  it('makes one request for 20 concurrent calls and later ones, all getting the same document', async () => {
    const key = newKey();
    const url = `/api/fixture/deals.json?key=${key}&delay=100`;
    const docs = await Promise.all(Array.from({ length: 20 }, () => fetchShared(url)));
    expect(new Set(docs).size).to.equal(1);
    expect(docs[0]!.kind).to.equal('json');
    expect(await fetchShared(url)).to.equal(docs[0]);
    expect(cachedDocument(url)).to.equal(docs[0]);
    expect((await served(key)).count).to.equal(1);
  });

  it('shares between a relative and an absolute form of the URL', async () => {
    const key = newKey();
    const url = `/api/fixture/deals.json?key=${key}`;
    const [a, b] = await Promise.all([fetchShared(url), fetchShared(new URL(url, location.href).href)]);
    expect(a).to.equal(b);
    expect((await served(key)).count).to.equal(1);
  });

  it('keys by credentials', async () => {
    const key = newKey();
    const url = `/api/fixture/deals.json?key=${key}`;
    const [a, b, c] = await Promise.all([
      fetchShared(url),
      fetchShared(url, { credentials: 'same-origin' }),
      fetchShared(url, { credentials: 'omit' }),
    ]);
    expect(a).to.equal(b);
    expect(a).to.not.equal(c);
    expect((await served(key)).count).to.equal(2);
  });

  it('lets one waiter abort without aborting the others', async () => {
    const key = newKey();
    const url = `/api/fixture/deals.json?key=${key}&delay=300`;
    const leaving = new AbortController();
    const staying = new AbortController();
    const first = fetchShared(url, { signal: leaving.signal });
    const second = fetchShared(url, { signal: staying.signal });
    const third = fetchShared(url);
    setTimeout(() => leaving.abort(), 50);
    const error = await rejection(first);
    expect(error.code).to.equal('aborted');
    const [doc2, doc3] = await Promise.all([second, third]);
    expect(doc2).to.equal(doc3);
    expect(await served(key)).to.deep.equal({ count: 1, aborted: 0 });
  });

  it('aborts the request when every waiter has aborted, and does not keep the failure', async () => {
    const key = newKey();
    const url = `/api/fixture/deals.json?key=${key}&delay=500`;
    const controllers = [new AbortController(), new AbortController(), new AbortController()];
    const calls = controllers.map((c) => fetchShared(url, { signal: c.signal }).catch((e: unknown) => e));
    await sleep(50);
    controllers[0]!.abort();
    controllers[1]!.abort();
    await sleep(50);
    expect((await served(key)).aborted).to.equal(0); // one waiter is left
    controllers[2]!.abort();
    for (const call of calls) expect(await call).to.be.instanceOf(DataError).with.property('code', 'aborted');
    expect(await until(key, (s) => s.aborted === 1)).to.deep.equal({ count: 1, aborted: 1 });
    // The next call asks again.
    expect((await fetchShared(url)).kind).to.equal('json');
    expect((await served(key)).count).to.equal(2);
  });

  it('keeps a request alive for a waiter without a signal', async () => {
    const key = newKey();
    const url = `/api/fixture/deals.json?key=${key}&delay=200`;
    const controller = new AbortController();
    const aborting = fetchShared(url, { signal: controller.signal });
    const waiting = fetchShared(url);
    controller.abort();
    expect((await rejection(aborting)).code).to.equal('aborted');
    expect((await waiting).kind).to.equal('json');
    expect(await served(key)).to.deep.equal({ count: 1, aborted: 0 });
  });

  it('rejects an already aborted signal without a request', async () => {
    const key = newKey();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(fetchShared(`/api/fixture/deals.json?key=${key}`, { signal: controller.signal }));
    expect(error.code).to.equal('aborted');
    expect((await served(key)).count).to.equal(0);
  });

  it('does not keep a failed request', async () => {
    const key = newKey();
    const url = `/api/fixture/no-such-file.json?key=${key}`;
    const [a, b] = await Promise.all([rejection(fetchShared(url)), rejection(fetchShared(url))]);
    expect(a).to.equal(b); // the two waiters shared the one failure
    expect([a.code, a.status]).to.deep.equal(['http', 404]);
    await rejection(fetchShared(url));
    expect((await served(key)).count).to.equal(2);
    expect(cachedDocument(url)).to.equal(undefined);
  });

  it('fetches anew after invalidate, even while a request is under way', async () => {
    const key = newKey();
    const url = `/api/fixture/deals.json?key=${key}&delay=100`;
    const first = await fetchShared(url, { credentials: 'omit' });
    invalidate(url);
    expect(cachedDocument(url, 'omit')).to.equal(undefined);
    const second = await fetchShared(url, { credentials: 'omit' });
    expect(second).to.not.equal(first);
    expect((await served(key)).count).to.equal(2);

    const running = fetchShared(url);
    invalidate(url);
    const fresh = fetchShared(url);
    expect(await running).to.not.equal(await fresh);
    expect((await served(key)).count).to.equal(4);
  });
});

describe('revalidateShared', () => {
  afterEach(() => clearSharedCache());

  it('asks with the ETag and keeps the same document on a 304', async () => {
    const key = newKey();
    const url = `/api/changing?key=${key}&every=3`;
    const doc = await fetchShared(url); // request 1: version 0
    const again = await revalidateShared(url, { maxAge: 0 }); // request 2: If-None-Match "v0" -> 304
    expect(again).to.equal(doc);
    const next = await revalidateShared(url, { maxAge: 0 }); // request 3: still version 0 -> 304
    expect(next).to.equal(doc);
    const changed = await revalidateShared(url, { maxAge: 0 }); // request 4: version 1 -> 200
    expect(changed).to.not.equal(doc);
    expect(changed).to.deep.equal({ kind: 'json', data: { version: 1 } });
    expect(await fetchShared(url)).to.equal(changed);
    expect((await served(key)).count).to.equal(4);
  });

  it('asks with If-Modified-Since when the server gave only Last-Modified', async () => {
    const key = newKey();
    const url = `/api/changing?key=${key}&every=2&validator=last-modified`;
    const doc = await fetchShared(url); // request 1: version 0
    expect(await revalidateShared(url, { maxAge: 0 })).to.equal(doc); // request 2: 304
    expect(await revalidateShared(url, { maxAge: 0 })).to.deep.equal({ kind: 'json', data: { version: 1 } }); // request 3
  });

  it('keeps the same document when a server without validators sends the same body', async () => {
    const key = newKey();
    const url = `/api/changing?key=${key}&every=2&validator=none`;
    const doc = await fetchShared(url);
    expect(await revalidateShared(url, { maxAge: 0 })).to.equal(doc);
    expect(await revalidateShared(url, { maxAge: 0 })).to.deep.equal({ kind: 'json', data: { version: 1 } });
    expect((await served(key)).count).to.equal(3);
  });

  it('reuses an answer younger than maxAge and joins a request under way', async () => {
    const key = newKey();
    const url = `/api/fixture/deals.json?key=${key}&delay=100`;
    const doc = await fetchShared(url);
    expect(await revalidateShared(url, { maxAge: 60_000 })).to.equal(doc);
    expect((await served(key)).count).to.equal(1);
    const results = await Promise.all(Array.from({ length: 5 }, () => revalidateShared(url, { maxAge: 0 })));
    expect(new Set(results).size).to.equal(1);
    expect((await served(key)).count).to.equal(2);
  });

  it('keeps the stored document when a revalidation fails', async () => {
    const key = newKey();
    const url = `/api/fixture/deals.json?key=${key}`;
    const doc = await fetchShared(url);
    const controller = new AbortController();
    const pending = revalidateShared(url, { maxAge: 0, signal: controller.signal });
    controller.abort();
    expect((await rejection(pending)).code).to.equal('aborted');
    expect(cachedDocument(url)).to.equal(doc);
    expect(await fetchShared(url)).to.equal(doc);
  });
});
