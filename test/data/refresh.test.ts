import { expect } from '@open-wc/testing';
import { clearSharedCache, fetchShared } from '../../src/data/cache.js';
import { DataError } from '../../src/data/errors.js';
import type { LoadedDocument } from '../../src/data/load.js';
import { MAX_BACKOFF, refreshDelay, startRefresh } from '../../src/data/refresh.js';

let keys = 0;
const newKey = () => `refresh-${Date.now()}-${keys++}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function served(key: string): Promise<number> {
  return ((await (await fetch(`/api/count?key=${key}`)).json()) as { count: number }).count;
}

/** Resolves when `test` holds, polling every 10 ms; fails after `ms`. */
async function waitFor(test: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await sleep(10);
  }
}

function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('refreshDelay', () => {
  it('doubles the interval per failure up to 8×', () => {
    // 60 s interval: 0 failures 60 s; 1 -> 120 s; 2 -> 240 s; 3 -> 480 s; 4 and on stay 480 s
    expect([0, 1, 2, 3, 4, 10].map((f) => refreshDelay(60_000, f))).to.deep.equal([
      60_000, 120_000, 240_000, 480_000, 480_000, 480_000,
    ]);
    expect(MAX_BACKOFF).to.equal(8);
  });
});

describe('startRefresh', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    clearSharedCache();
    delete (document as { hidden?: boolean }).hidden;
  });

  function track(url: string, seconds: number, options: Parameters<typeof startRefresh>[3] = {}) {
    const changes: LoadedDocument[] = [];
    let unchanged = 0;
    const errors: [DataError, number, number][] = [];
    stops.push(
      startRefresh(url, seconds, (doc) => changes.push(doc), {
        onUnchanged: () => unchanged++,
        onError: (error, failures) => errors.push([error, failures, performance.now()]),
        ...options,
      }),
    );
    return { changes, unchanged: () => unchanged, errors };
  }

  it('reports a 304 as unchanged and a new version as a change (ETag)', async () => {
    const key = newKey();
    const url = `/api/changing?key=${key}&every=2`;
    const first = await fetchShared(url); // request 1: version 0, ETag "v0"
    const seen = track(url, 0.1);
    // request 2: If-None-Match "v0" -> 304; request 3: version 1 -> 200
    await waitFor(() => seen.changes.length === 1);
    expect(seen.unchanged()).to.equal(1);
    expect(seen.changes[0]).to.deep.equal({ kind: 'json', data: { version: 1 } });
    expect(seen.changes[0]).to.not.equal(first);
    // request 4: If-None-Match "v1" -> 304
    await waitFor(() => seen.unchanged() === 2);
    expect(seen.changes).to.have.length(1);
    expect(await fetchShared(url)).to.equal(seen.changes[0]);
    expect(seen.errors).to.deep.equal([]);
  });

  it('uses If-Modified-Since when the server sends only Last-Modified', async () => {
    const key = newKey();
    const url = `/api/changing?key=${key}&every=2&validator=last-modified`;
    await fetchShared(url);
    const seen = track(url, 0.1);
    await waitFor(() => seen.changes.length === 1);
    expect(seen.unchanged()).to.equal(1);
    expect(seen.changes[0]).to.deep.equal({ kind: 'json', data: { version: 1 } });
  });

  it('treats the same body from a server without validators as unchanged', async () => {
    const key = newKey();
    const url = `/api/changing?key=${key}&every=2&validator=none`;
    await fetchShared(url);
    const seen = track(url, 0.1);
    await waitFor(() => seen.changes.length === 1);
    expect(seen.unchanged()).to.equal(1);
  });

  it('calls onChange for the first document when nothing was loaded before', async () => {
    const key = newKey();
    const seen = track(`/api/fixture/deals.json?key=${key}&etag=1`, 0.05);
    await waitFor(() => seen.changes.length === 1);
    expect(seen.changes[0]!.kind).to.equal('json');
    await waitFor(() => seen.unchanged() >= 1); // the next one is a 304
  });

  it('shares each refresh request between the widgets on one URL', async () => {
    const key = newKey();
    const url = `/api/changing?key=${key}&every=100`;
    await fetchShared(url);
    const widgets = Array.from({ length: 5 }, () => track(url, 0.2));
    await waitFor(() => widgets.every((w) => w.unchanged() >= 1));
    // 1 initial request + 1 shared refresh (the five timers fire within maxAge of each other)
    expect(await served(key)).to.equal(2);
  });

  it('goes on after errors, reporting each with the failures in a row, waiting longer each time', async () => {
    const seen = track('/api/status/503', 0.05);
    await waitFor(() => seen.errors.length === 3);
    expect(seen.errors.map(([e, failures]) => [e.code, e.status, failures])).to.deep.equal([
      ['http', 503, 1],
      ['http', 503, 2],
      ['http', 503, 3],
    ]);
    // 1st failure after 50 ms, then waits of 2 × 50 = 100 ms and 4 × 50 = 200 ms
    const gaps = [seen.errors[1]![2] - seen.errors[0]![2], seen.errors[2]![2] - seen.errors[1]![2]];
    expect(gaps[0]).to.be.at.least(95);
    expect(gaps[1]).to.be.at.least(195);
    expect(seen.changes).to.deep.equal([]);
  });

  it('returns to the interval after a success', async () => {
    const key = newKey();
    // request 1 loads; refreshes 2 and 3 fail; 4 and 5 answer 304
    const url = `/api/changing?key=${key}&every=100&fail=2,3`;
    await fetchShared(url);
    const unchangedAt: number[] = [];
    const seen = track(url, 0.1, { onUnchanged: () => unchangedAt.push(performance.now()) });
    await waitFor(() => unchangedAt.length === 2);
    expect(seen.errors.map(([e, failures]) => [e.status, failures])).to.deep.equal([
      [503, 1],
      [503, 2],
    ]);
    // after the success the wait is 100 ms again, not the 4 × 100 = 400 ms after two failures
    const gap = unchangedAt[1]! - unchangedAt[0]!;
    expect(gap).to.be.within(95, 300);
  });

  it('makes no request while the tab is hidden, and catches up when it shows again', async () => {
    const key = newKey();
    const url = `/api/changing?key=${key}&every=100`;
    await fetchShared(url);
    const seen = track(url, 0.5);
    setHidden(true);
    await sleep(700);
    expect(await served(key)).to.equal(1);
    setHidden(false);
    // The refresh that fell due while hidden runs at once, not a full interval later.
    const shown = performance.now();
    await waitFor(() => seen.unchanged() === 1);
    expect(performance.now() - shown).to.be.below(300);
    expect(await served(key)).to.equal(2);
  });

  it('resumes with the time that was left when hidden briefly', async () => {
    const key = newKey();
    const url = `/api/changing?key=${key}&every=100`;
    await fetchShared(url);
    const started = performance.now();
    const seen = track(url, 1);
    await sleep(100);
    setHidden(true);
    await sleep(600);
    setHidden(false);
    await waitFor(() => seen.unchanged() === 1);
    // Due 1,000 ms after the start, hidden or not; a restart on showing would make it 1,700 ms.
    // The upper bound leaves room for timer drift on a loaded machine.
    expect(performance.now() - started).to.be.within(990, 1500);
  });

  it('stops: no more requests, the request under way is abandoned', async () => {
    const key = newKey();
    const url = `/api/fixture/deals.json?key=${key}&delay=200`;
    const changes: LoadedDocument[] = [];
    const errors: DataError[] = [];
    const stop = startRefresh(url, 0.05, (doc) => changes.push(doc), { onError: (e) => errors.push(e) });
    // Stop once the first refresh has reached the server and is still waiting for its answer.
    for (let i = 0; i < 300 && (await served(key)) < 1; i++) await sleep(10);
    stop();
    await sleep(400);
    expect(await served(key)).to.equal(1);
    expect(changes).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('does nothing for a refresh that is not a positive number of seconds', async () => {
    const key = newKey();
    for (const seconds of [0, -5, NaN, Infinity]) {
      const stop = startRefresh(`/api/fixture/deals.json?key=${key}`, seconds, () => {});
      expect(stop).to.be.a('function');
      stop();
    }
    await sleep(50);
    expect(await served(key)).to.equal(0);
  });
});
