/**
 * Issue 17: a CSV body from 2 MB up is read in a Web Worker (csv.worker.ts):
 * decoded, parsed and turned into records there, and sent to the page in
 * batches. Where the page refuses workers, it is read in the page as before,
 * with the same figures. Bodies from test/server/big-bodies.mjs.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearSharedCache, fetchShared } from '../../src/data/cache.js';
import { queryDataset, queryDocument } from '../../src/data/query.js';
import '../../src/elements/kpi-card/kpi-card.define.js';

// 30,000 rows, about 3 MB: past the 2 MB from which the worker reads.
const ROWS = 30000;
const src = (key: string) => `/api/big/deals.csv?rows=${ROWS}&key=${key}-${Math.random().toString(36).slice(2)}`;
const RealWorker = window.Worker;
let started = 0;

/**
 * Revenue of 2025-01-02 in that export: rows i = 1 + 730k (k = 0…41, closed on day 1), all won (i % 10 = 1),
 * value 1000 + i % 9000. Σ(i % 9000): k 0–12: 13 + 730·78 = 56 953; k 13–24: 12 + 730·222 − 12·9000 = 54 072;
 * k 25–36: 12 + 730·366 − 12·18 000 = 51 192; k 37–41: 5 + 730·195 − 5·27 000 = 7 355; together 169 572.
 * Revenue = 42 · 1000 + 169 572 = 211 572.
 */
const REVENUE = '211,572';

async function revenueCard(key: string): Promise<string> {
  const el = await fixture<HTMLElement>(html`<kpi-card locale="en" src=${src(key)} kpi="revenue" period="2025-01-02/2025-01-02" compare="none"></kpi-card>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="value"], [part~="error"]'), 'the card did not settle', { timeout: 20000 });
  return el.shadowRoot!.querySelector('[part~="value"], [part~="error"]')!.textContent!.trim();
}

describe('a large CSV in a Web Worker', function () {
  this.timeout(40000);
  beforeEach(() => {
    clearSharedCache();
    started = 0;
    window.Worker = class extends RealWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        started++;
      }
    };
  });
  afterEach(() => {
    window.Worker = RealWorker;
    clearSharedCache();
  });

  it('is read in a worker: the document holds a table, the records come back in batches', async () => {
    const url = src('worker-doc');
    const doc = await fetchShared(url);
    expect(doc.kind).to.equal('csv-worker');
    expect(started).to.equal(1);
    if (doc.kind !== 'csv-worker') return;
    expect(doc.table.count).to.equal(ROWS);
    const dataset = await queryDataset({ src: url, kind: 'deals' });
    expect(dataset.deals).to.have.length(ROWS);
    // Row 7: D0000007, closed 2025-01-08 (day 7), value 1007, won.
    expect(dataset.deals[7]).to.include({ id: 'D0000007', value: 1007, status: 'won' });
    const rows = (await queryDocument({ src: url })) as Record<string, string>[];
    expect(rows[7]).to.include({ id: 'D0000007', value: '1007', closed: '2025-01-08' });
  });

  it('a card on it shows the revenue worked out by hand', async () => {
    expect(await revenueCard('worker-card')).to.equal(REVENUE);
    expect(started).to.equal(1);
  });

  it('where workers are refused, the page reads it itself, with the same figure', async () => {
    window.Worker = class {
      constructor() {
        throw new DOMException('Refused by the Content-Security-Policy', 'SecurityError');
      }
    } as unknown as typeof Worker;
    expect(await revenueCard('refused')).to.equal(REVENUE);
  });

  it('where the worker script cannot load, the page reads it itself', async () => {
    window.Worker = class extends RealWorker {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super('/no-such-worker.js', options);
      }
    };
    expect(await revenueCard('unloadable')).to.equal(REVENUE);
  });

  it('a parse error in the worker reaches the widget with its words', async () => {
    // Every row has more cells than the header, past 2 MB: no row can be read.
    const body = `id,value\n${'1,2,3\n'.repeat(400_000)}`;
    const url = `/api/echo?type=text/csv&key=bad-${Math.random()}`;
    await fetch(url, { method: 'POST', body });
    const el = await fixture<HTMLElement>(html`<kpi-card locale="en" src=${url} kpi="revenue"></kpi-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'no error', { timeout: 20000 });
    expect(started).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('could not be read');
  });
});
