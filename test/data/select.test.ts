import { expect } from '@open-wc/testing';
import { SelectError, parsePath, selectPath } from '../../src/data/select.js';

const DOC = {
  kpis: { mrr: 182400, churn: null, 'win-rate': 0.4 },
  regions: [
    { name: 'Nord', revenue: 10 },
    { name: 'Sør', revenue: 20 },
  ],
  matrix: [
    [1, 2],
    [3, 4],
  ],
  '2026': { total: 5 },
};

function parsePathError(path: string): SelectError {
  try {
    parsePath(path);
  } catch (error) {
    return error as SelectError;
  }
  throw new Error(`expected a SelectError for ${path}`);
}

function selectError(path: string, doc: unknown = DOC): SelectError {
  try {
    selectPath(doc, path);
  } catch (error) {
    expect(error, path).to.be.instanceOf(SelectError);
    return error as SelectError;
  }
  throw new Error(`expected a SelectError for ${path}`);
}

describe('parsePath', () => {
  it('splits dots and bracket indexes', () => {
    expect(parsePath('kpis.mrr')).to.deep.equal(['kpis', 'mrr']);
    expect(parsePath('regions[1].name')).to.deep.equal(['regions', 1, 'name']);
    expect(parsePath('regions.1.name')).to.deep.equal(['regions', 1, 'name']);
    expect(parsePath('matrix[1][0]')).to.deep.equal(['matrix', 1, 0]);
    expect(parsePath('series[-1].value')).to.deep.equal(['series', -1, 'value']);
    expect(parsePath(' kpis . win-rate ')).to.deep.equal(['kpis', 'win-rate']);
    expect(parsePath('')).to.deep.equal([]);
  });

  it('throws SelectError for malformed paths', () => {
    for (const path of ['kpis..mrr', '.kpis', 'kpis.', 'a[x]', 'a[1', 'a]1[', 'a[1]b']) {
      expect(() => parsePath(path), path).to.throw(SelectError).with.property('reason', 'syntax');
    }
  });
});

describe('selectPath', () => {
  it('follows keys and indexes', () => {
    expect(selectPath(DOC, 'kpis.mrr')).to.equal(182400);
    expect(selectPath(DOC, 'kpis.win-rate')).to.equal(0.4);
    expect(selectPath(DOC, 'regions[1].name')).to.equal('Sør');
    expect(selectPath(DOC, 'regions.0.revenue')).to.equal(10);
    expect(selectPath(DOC, 'regions[-1].revenue')).to.equal(20);
    expect(selectPath(DOC, 'matrix[1][0]')).to.equal(3);
    expect(selectPath(DOC, '2026.total')).to.equal(5);
  });

  it('returns the document for an empty path and null where the document has null', () => {
    expect(selectPath(DOC, '')).to.equal(DOC);
    expect(selectPath(DOC, 'kpis.churn')).to.equal(null);
    expect(selectPath([7, 8], '[1]')).to.equal(8);
  });

  it('throws SelectError naming the part that exists', () => {
    const error = selectError('kpis.arr');
    expect(error.code).to.equal('select');
    expect(error.reason).to.equal('missing');
    expect(error.found).to.equal('kpis');
    expect(error.message).to.include('kpis.arr');
    expect(selectError('regions[2].name').found).to.equal('regions');
    expect(selectError('regions[-3]').found).to.equal('regions');
    expect(selectError('nothing').found).to.equal('');
    expect(selectError('kpis.mrr.value').found).to.equal('kpis.mrr');
    expect(selectError('kpis.churn.value').found).to.equal('kpis.churn');
    expect(selectError('x', null).found).to.equal('');
  });

  it('says what there is where the path stops, and which attribute to correct', () => {
    const error = selectError('kpis.arr');
    expect(error.attribute).to.equal('select');
    expect(error.path).to.equal('kpis.arr');
    expect(error.keys).to.deep.equal(['mrr', 'churn', 'win-rate']);
    expect(error.message).to.equal('The data has nothing at "kpis.arr": "kpis" exists, but not what follows it. "kpis" has: mrr, churn, win-rate.');
    // Integer-like keys come first in a JavaScript object.
    expect(selectError('nothing').keys).to.deep.equal(['2026', 'kpis', 'regions', 'matrix']);
    expect(selectError('regions.5').keys).to.deep.equal(['0–1']);
    expect(selectError('regions.5', { regions: [1] }).keys).to.deep.equal(['0']);
    expect(selectError('kpis.mrr.value').keys).to.deep.equal([]);
    expect(selectError('x', null).keys).to.deep.equal([]);
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k${i}`, i]));
    // At most 12 keys listed, then "…" (quote.ts); each key cut to 40 characters.
    expect(selectError('nope', many).keys).to.have.length(13).and.include('…');
    const long = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`${'x'.repeat(100)}${i}`, i]));
    const cut = selectError('nope', long);
    expect(cut.keys).to.have.length(13);
    expect(cut.keys[0]).to.equal(`${'x'.repeat(40)}…`);
    // "The data has nothing at "nope". The data has: " + 12 × (41 + 2) + "…." stays short
    expect(cut.message.length).to.be.below(600);
    expect(parsePathError('kpis..mrr').attribute).to.equal('select');
  });

  it('never reaches into the prototype', () => {
    expect(selectError('constructor').reason).to.equal('missing');
    expect(selectError('kpis.__proto__').reason).to.equal('missing');
    expect(selectError('regions.length').reason).to.equal('missing');
  });
});
