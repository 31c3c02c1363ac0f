/**
 * Races: `src` switched 100 times quickly must end on the last URL's data (no
 * late answer overwrites it, no error from a cancelled load), and a widget
 * removed mid-fetch aborts its request (the test server counts the request
 * its client gave up) without an error.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/kpi-card/kpi-card.define.js';
import '../../src/elements/goal-progress/goal-progress.define.js';
import '../../src/elements/kpi-funnel/kpi-funnel.define.js';
import '../../src/elements/trend-chart/trend-chart.define.js';
import { echoUrl, part, requests, settle, sleep, uniqueKey, watchPage } from './helpers.js';

/** Per element: a document that shows `n`, where it shows, and extra attributes. */
const SUBJECTS: Array<{ tag: string; doc: (n: number) => unknown; read: (el: Element) => string; shows: (n: number) => string; attrs?: Record<string, string> }> = [
  { tag: 'kpi-card', doc: (n) => ({ value: n }), read: (el) => part(el, 'value'), shows: (n) => n.toLocaleString('en') },
  {
    tag: 'goal-progress', doc: (n) => ({ value: n, target: 10000, start: '2026-01-01', end: '2026-12-31' }),
    read: (el) => part(el, 'value'), shows: (n) => n.toLocaleString('en'), attrs: { today: '2026-06-01' },
  },
  {
    tag: 'kpi-funnel', doc: (n) => [{ label: 'Leads', value: n }, { label: 'Won', value: 1 }],
    read: (el) => el.shadowRoot!.querySelector('.count')?.textContent ?? '', shows: (n) => n.toLocaleString('en'),
  },
  {
    tag: 'trend-chart', doc: (n) => [{ date: '2026-01', value: 1 }, { date: '2026-02', value: n }],
    read: (el) => part(el, 'summary'), shows: (n) => `Last value ${n.toLocaleString('en')} `,
  },
];

describe('races', function () {
  this.timeout(20000);
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => (page = watchPage()));
  afterEach(() => {
    page.stop();
    expect(page.problems).to.deep.equal([]);
  });

  for (const { tag, doc, read, shows, attrs = {} } of SUBJECTS) {
    it(`<${tag}>: src switched 100 times ends on the last URL's data`, async () => {
      const key = uniqueKey(`race-${tag}`);
      const errors: unknown[] = [];
      const loads: unknown[] = [];
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      el.addEventListener('kpi-error', (e) => errors.push((e as CustomEvent).detail));
      el.addEventListener('kpi-load', (e) => loads.push((e as CustomEvent).detail.value));
      (await fixture(html`<div></div>`)).append(el);
      // One load first, so the lazily imported data layer is in place and each switch below can start its fetch at once.
      el.setAttribute('src', echoUrl(JSON.stringify(doc(0)), { key: `${key}-warm`, delay: 0 }));
      expect(await settle(el, 8000)).to.equal('value');
      const FINAL = 4242;
      for (let i = 0; i < 100; i++) {
        // Earlier URLs answer later: a late answer must not win.
        // At least 1 s each, so that on a loaded machine no fetch can finish before the next switch supersedes it.
        el.setAttribute('src', echoUrl(JSON.stringify(doc(i)), { key, delay: 1500 - i * 5 }));
        // Some switches land within one update, some start a fetch each.
        if (i % 3 === 0) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        else if (i % 3 === 1) await sleep(0);
      }
      el.setAttribute('src', echoUrl(JSON.stringify(doc(FINAL)), { key: `${key}-final`, delay: 20 }));
      expect(await settle(el, 8000)).to.equal('value');
      await waitUntil(() => read(el).includes(shows(FINAL)), `${tag} does not show the last URL's data`, { timeout: 3000 });
      // Every slower answer would have arrived by now.
      await sleep(1600);
      expect(read(el)).to.contain(shows(FINAL));
      expect(errors, 'cancelled loads are not errors').to.deep.equal([]);
      expect(loads.at(-1)).to.equal(FINAL);
      const { count, aborted } = await requests(key);
      // How many superseded fetches reach the server depends on the browser's 6 connections per host, which
      // the test files running beside this one share (CI runs here counted 5, 2 and 0): fetches still queued
      // in the browser are superseded there. Every one that does reach it must have been aborted.
      expect(aborted, 'every superseded fetch is aborted').to.equal(count);
      el.remove();
    });
  }

  for (const { tag, doc, attrs = {} } of SUBJECTS) {
    it(`<${tag}>: removed mid-fetch, the request is aborted and nothing is reported`, async () => {
      const key = uniqueKey(`removed-${tag}`);
      const errors: unknown[] = [];
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      el.setAttribute('src', echoUrl(JSON.stringify(doc(1)), { key, delay: 3000 }));
      el.addEventListener('kpi-error', (e) => errors.push((e as CustomEvent).detail));
      el.addEventListener('kpi-load', (e) => errors.push(['load', (e as CustomEvent).detail]));
      const host = await fixture(html`<div></div>`);
      host.append(el);
      await waitUntil(async () => (await requests(key)).count === 1, 'the request did not start', { timeout: 5000 });
      el.remove();
      await waitUntil(async () => (await requests(key)).aborted === 1, 'the request was not aborted', { timeout: 3000 });
      await sleep(100);
      expect(errors).to.deep.equal([]);
    });
  }

  it('a records widget (kpi over CSV) removed mid-fetch aborts too', async () => {
    const key = uniqueKey('removed-records');
    const csv = 'deal_stage,close_date,close_value\nWon,2026-01-05,100\n';
    const el = document.createElement('kpi-card');
    el.setAttribute('src', echoUrl(csv, { key, type: 'text/csv', delay: 3000 }));
    el.setAttribute('kpi', 'revenue');
    el.setAttribute('period', '2026-01');
    (await fixture(html`<div></div>`)).append(el);
    await waitUntil(async () => (await requests(key)).count === 1, 'the request did not start', { timeout: 5000 });
    el.remove();
    await waitUntil(async () => (await requests(key)).aborted === 1, 'the request was not aborted', { timeout: 3000 });
  });

  it('removing one of two widgets on one src keeps the shared request for the other', async () => {
    const key = uniqueKey('shared');
    const src = echoUrl(JSON.stringify({ value: 77 }), { key, delay: 400 });
    const host = await fixture(html`<div></div>`);
    const [a, b] = [document.createElement('kpi-card'), document.createElement('kpi-card')];
    a.setAttribute('src', src);
    b.setAttribute('src', src);
    host.append(a, b);
    await waitUntil(async () => (await requests(key)).count === 1, 'the request did not start', { timeout: 5000 });
    a.remove();
    expect(await settle(b, 3000)).to.equal('value');
    expect(part(b, 'value')).to.equal('77');
    expect(await requests(key)).to.include({ count: 1, aborted: 0 });
  });

  it('moved within the page mid-fetch, a widget loads once it is back', async () => {
    const key = uniqueKey('moved');
    const host = await fixture(html`<div><section></section></div>`);
    const el = document.createElement('kpi-card');
    el.setAttribute('src', echoUrl(JSON.stringify({ value: 5 }), { key, delay: 300 }));
    host.append(el);
    await waitUntil(async () => (await requests(key)).count === 1, 'the request did not start', { timeout: 5000 });
    host.querySelector('section')!.append(el);
    expect(await settle(el, 3000)).to.equal('value');
    expect(part(el, 'value')).to.equal('5');
  });
});
