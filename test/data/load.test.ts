import { expect } from '@open-wc/testing';
import { toDataset } from '../../src/core/records.js';
import { dayFromYmd } from '../../src/core/dates.js';
import { DataError } from '../../src/data/errors.js';
import { loadDocument, readDocument, requestDocument, type LoadOptions } from '../../src/data/load.js';

let keys = 0;
const key = () => `load-${Date.now()}-${keys++}`;
const fixture = (file: string, query = '') => `/api/fixture/${file}?key=${key()}${query}`;

function papaparseLoaded(): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes('papaparse'));
}

async function dataError(url: string, options: LoadOptions = {}): Promise<DataError> {
  try {
    await loadDocument(url, options);
  } catch (error) {
    expect(error, url).to.be.instanceOf(DataError);
    return error as DataError;
  }
  throw new Error(`expected a DataError for ${url}`);
}

// Runs first: nothing before it may read a CSV.
describe('loadDocument: papaparse on demand', () => {
  it('does not load papaparse for JSON, and loads it for the first CSV', async () => {
    await loadDocument(fixture('deals.json'));
    expect(papaparseLoaded()).to.equal(false);
    await loadDocument(fixture('deals.csv'));
    expect(papaparseLoaded()).to.equal(true);
  });
});

describe('loadDocument', () => {
  it('reads JSON', async () => {
    const doc = await loadDocument(fixture('deals.json'));
    expect(doc.kind).to.equal('json');
    const data = (doc as { data: { deals: unknown[]; leads: unknown[] } }).data;
    expect(data.deals).to.have.length(3);
    expect(data.leads[0]).to.deep.equal({ id: 'L1', created: '2026-01-02', owner: 'Anna Berg', source: 'web', qualified: true });
  });

  it('reads a comma CSV with quotes', async () => {
    const doc = await loadDocument(fixture('deals.csv'));
    expect(doc).to.deep.equal({
      kind: 'csv',
      rows: [
        { id: 'D1', owner: 'Berg, Anna', stage: 'Won', created: '2026-01-05', closed: '2026-01-20', amount: '1,234.50', source: 'web' },
        { id: 'D2', owner: 'Per Lie', stage: 'Lost', created: '2026-01-06', closed: '2026-01-25', amount: '', source: 'fair' },
        { id: 'D3', owner: 'Per "PL" Lie', stage: 'Demo', created: '2026-01-10', closed: '', amount: '500', source: 'web' },
      ],
    });
  });

  it('reads an Excel semicolon CSV: BOM, CRLF, decimal commas left as text, empty line skipped', async () => {
    const doc = await loadDocument(fixture('deals-semicolon.csv'));
    if (doc.kind !== 'csv') throw new Error('expected CSV');
    expect(Object.keys(doc.rows[0]!)).to.deep.equal([
      'opportunity_id', 'sales_agent', 'deal_stage', 'engage_date', 'close_date', 'close_value', 'lead_source',
    ]);
    expect(doc.rows.map((r) => [r.opportunity_id, r.sales_agent, r.close_value])).to.deep.equal([
      ['D1', 'Anna Berg', '1 234,50'],
      ['D2', 'Per Lie', ''],
      ['D3', 'Berg; Anna', '12,5'],
      ['D4', 'Anna Berg', '500'],
    ]);
  });

  it('feeds toDataset: the semicolon export becomes deals, the bad row reported', async () => {
    const doc = await loadDocument(fixture('deals-semicolon.csv'));
    if (doc.kind !== 'csv') throw new Error('expected CSV');
    const ds = toDataset(doc.rows, 'deals');
    // D1 won 1 234,50 closed 20.01.2026; D2 lost, empty value -> 0; D3 open 12,5; D4 won without close date -> skipped
    expect(ds.deals.map((d) => [d.id, d.status, d.value, d.closed])).to.deep.equal([
      ['D1', 'won', 1234.5, dayFromYmd(2026, 1, 20)],
      ['D2', 'lost', 0, dayFromYmd(2026, 1, 25)],
      ['D3', 'open', 12.5, null],
    ]);
    expect(ds.issues).to.deep.equal([{ row: 4, field: 'closed', value: '', code: 'missing', kind: 'deals' }]);
  });

  it('reads a Windows-1252 CSV that claims UTF-8', async () => {
    const doc = await loadDocument(fixture('deals-cp1252.csv'));
    if (doc.kind !== 'csv') throw new Error('expected CSV');
    expect(doc.rows[0]).to.include({ owner: 'Bjørn Ås', amount: '1\u00a0000,00' });
  });

  it('reads tab-separated files by extension', async () => {
    const doc = await loadDocument(fixture('deals.tsv'));
    expect(doc).to.deep.equal({
      kind: 'csv',
      rows: [{ id: 'D1', owner: 'Anna Berg', stage: 'Won', closed: '2026-01-20', amount: '1 234,50' }],
    });
  });

  it('tells JSON from CSV by the body when type and extension do not say', async () => {
    expect(await loadDocument(fixture('sniff-json.txt'))).to.deep.equal({ kind: 'json', data: [{ id: 'D1', stage: 'Won' }] });
    expect(await loadDocument(fixture('sniff-csv.txt'))).to.deep.equal({ kind: 'csv', rows: [{ id: 'D1', stage: 'Won' }] });
  });

  it('follows the csv option over every other sign', async () => {
    expect(await loadDocument(fixture('sniff-json.txt'), { csv: false })).to.have.property('kind', 'json');
    expect(await loadDocument(fixture('sniff-csv.txt'), { csv: true })).to.have.property('kind', 'csv');
    const error = await dataError(fixture('deals.csv'), { csv: false });
    expect([error.code, error.format]).to.deep.equal(['parse', 'json']);
  });

  it('sends cookies by the credentials option, same-origin by default', async () => {
    document.cookie = 'kpi-test=1; path=/';
    try {
      const sent = async (options: LoadOptions) =>
        ((await loadDocument('/api/headers', options)) as { data: Record<string, string> }).data.cookie ?? '';
      expect(await sent({})).to.include('kpi-test=1');
      expect(await sent({ credentials: 'include' })).to.include('kpi-test=1');
      expect(await sent({ credentials: 'omit' })).to.equal('');
    } finally {
      document.cookie = 'kpi-test=; path=/; max-age=0';
    }
  });
});

describe('loadDocument errors', () => {
  it('http: status 404 and 500, with the status', async () => {
    const notFound = await dataError('/api/status/404');
    expect([notFound.code, notFound.status, notFound.url]).to.deep.equal(['http', 404, '/api/status/404']);
    expect(notFound.message).to.include('404').and.include('/api/status/404').and.include('nothing there');
    const broken = await dataError('/api/status/500');
    expect([broken.code, broken.status]).to.deep.equal(['http', 500]);
    expect((await dataError('/api/status/401')).message).to.include('signed in');
  });

  it('timeout: no answer within the time limit', async () => {
    const started = performance.now();
    const error = await dataError('/api/slow?ms=3000', { timeout: 200 });
    expect([error.code, error.timeout]).to.deep.equal(['timeout', 200]);
    expect(error.message).to.include('0.2 seconds');
    expect(performance.now() - started).to.be.below(2000);
  });

  it('timeout: the default is 15 s', async () => {
    // Past a 3 s wait: a shorter default would have failed.
    const doc = await loadDocument('/api/slow?ms=3000');
    expect(doc).to.deep.equal({ kind: 'json', data: { value: 1 } });
  });

  it('network: the connection drops', async () => {
    expect((await dataError('/api/drop')).code).to.equal('network');
  });

  it('network: nothing listens there', async () => {
    expect((await dataError('http://127.0.0.1:59999/deals.json')).code).to.equal('network');
  });

  it('html: a login page served with 200', async () => {
    const error = await dataError('/api/body/html-login');
    expect(error.code).to.equal('html');
    expect(error.message).to.include('login page');
  });

  it('empty: a body with nothing in it', async () => {
    expect((await dataError('/api/body/empty')).code).to.equal('empty');
  });

  it('parse: bad JSON and bad CSV', async () => {
    const json = await dataError('/api/body/bad-json');
    expect([json.code, json.format]).to.deep.equal(['parse', 'json']);
    expect(json.message).to.include('JSON');
    const csv = await dataError('/api/body/bad-csv');
    expect([csv.code, csv.format]).to.deep.equal(['parse', 'csv']);
  });

  it('a wrong shape is still a document: judging it is the schema layer’s job', async () => {
    expect(await loadDocument('/api/body/wrong-shape')).to.deep.equal({ kind: 'json', data: { hello: 'world' } });
  });

  it('aborted: by the caller, before and during the request', async () => {
    const before = new AbortController();
    before.abort();
    expect((await dataError('/api/slow?ms=100', { signal: before.signal })).code).to.equal('aborted');

    const during = new AbortController();
    const pending = dataError('/api/slow?ms=3000', { signal: during.signal });
    setTimeout(() => during.abort(), 50);
    const error = await pending;
    expect(error.code).to.equal('aborted');
    expect(error.message).to.include('cancelled');
  });
});

describe('requestDocument', () => {
  it('returns the validators, and notModified for a 304', async () => {
    const url = fixture('deals.json', '&etag=1');
    const first = await requestDocument(url);
    if (first.notModified) throw new Error('expected a document');
    expect(first.etag).to.match(/^".+"$/);
    expect(first.lastModified).to.equal('Thu, 01 Jan 2026 00:00:00 GMT');
    expect(await requestDocument(url, { etag: first.etag })).to.deep.equal({ notModified: true });
  });

  it('sends If-None-Match and If-Modified-Since only when given', async () => {
    const plain = (await loadDocument('/api/headers')) as { data: Record<string, string> };
    expect(plain.data).to.not.have.property('if-none-match');
    const result = await requestDocument('/api/headers', { etag: '"v1"', lastModified: 'Thu, 01 Jan 2026 00:00:00 GMT' });
    if (result.notModified) throw new Error('expected a document');
    expect(result.document).to.deep.equal({
      kind: 'json',
      data: { 'if-none-match': '"v1"', 'if-modified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' },
    });
  });
});

describe('readDocument', () => {
  it('reads inline text by the same rules', async () => {
    expect(await readDocument('{"a":1}')).to.deep.equal({ kind: 'json', data: { a: 1 } });
    expect(await readDocument('\ufeffa;b\n1,5;2')).to.deep.equal({ kind: 'csv', rows: [{ a: '1,5', b: '2' }] });
    expect(await readDocument('a,b\n1,2', { contentType: 'application/json' }).catch((e: DataError) => e.code)).to.equal('parse');
    expect(await readDocument(' \n ').catch((e: DataError) => e.code)).to.equal('empty');
    expect(await readDocument('<html></html>').catch((e: DataError) => e.code)).to.equal('html');
    expect(await readDocument('{}', { contentType: 'text/html' }).catch((e: DataError) => e.code)).to.equal('html');
  });
});
