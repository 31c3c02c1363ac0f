import { expect } from '@open-wc/testing';
import { clipList, clipText, QUOTE_CHARS, QUOTE_ITEMS } from '../../src/core/quote.js';
import { seriesPoints } from '../../src/core/series-doc.js';

describe('clipText / clipList', () => {
  it('cuts a name to 40 characters and marks the cut', () => {
    expect(QUOTE_CHARS).to.equal(40);
    expect(clipText('x'.repeat(40))).to.equal('x'.repeat(40));
    expect(clipText('x'.repeat(41))).to.equal(`${'x'.repeat(40)}…`);
    // 20 MB in, 41 characters out
    expect(clipText('h'.repeat(20_000_000))).to.have.length(41);
  });

  it('never splits an emoji in half', () => {
    // 39 letters then 😀 (two UTF-16 units at 39 and 40): the cut at 40 would leave a lone high surrogate, so it cuts at 39
    expect(clipText(`${'a'.repeat(39)}😀tail`)).to.equal(`${'a'.repeat(39)}…`);
  });

  it('lists at most 12 names, each cut, then "…"', () => {
    expect(QUOTE_ITEMS).to.equal(12);
    const names = Array.from({ length: 30 }, (_, i) => `${'c'.repeat(50)}${i}`);
    const listed = clipList(names);
    expect(listed).to.have.length(13);
    expect(listed[0]).to.equal(`${'c'.repeat(40)}…`);
    expect(listed[12]).to.equal('…');
    expect(clipList(['a', 'b'])).to.deep.equal(['a', 'b']);
  });
});

describe('seriesPoints', () => {
  it('reads a series document without a mistake, keeping date and value only', () => {
    expect(seriesPoints([{ date: '2026-01', value: 120, note: 'x' }, { date: '2026-W12', value: null }, { date: '2026-Q1', value: 0 }]))
      .to.deep.equal([{ date: '2026-01', value: 120 }, { date: '2026-W12', value: null }, { date: '2026-Q1', value: 0 }]);
    expect(seriesPoints([])).to.deep.equal([]);
  });

  it('gives null for anything the schema would refuse, so the schema can say why', () => {
    expect(seriesPoints({ date: '2026-01', value: 1 })).to.equal(null);
    expect(seriesPoints([{ date: 'March', value: 1 }])).to.equal(null);
    expect(seriesPoints([{ date: '2026-13', value: 1 }])).to.equal(null);
    expect(seriesPoints([{ date: '2026-01', value: '1' }])).to.equal(null);
    expect(seriesPoints([{ date: '2026-01' }])).to.equal(null);
    expect(seriesPoints([[1, 2]])).to.equal(null);
    expect(seriesPoints([null])).to.equal(null);
  });
});
