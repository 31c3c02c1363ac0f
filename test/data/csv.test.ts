import { expect } from '@open-wc/testing';
import { detectDelimiter, parseCsv, readCsv } from '../../src/data/csv.js';
import { DataError } from '../../src/data/errors.js';

async function parseError(text: string): Promise<DataError> {
  try {
    await parseCsv(text, { url: 'deals.csv' });
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

describe('detectDelimiter', () => {
  it('takes the most frequent of , ; and tab in the header line', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).to.equal(',');
    expect(detectDelimiter('a;b;c\n1,5;2,5;3,5')).to.equal(';');
    expect(detectDelimiter('a\tb\tc')).to.equal('\t');
    expect(detectDelimiter('name, title;value;date')).to.equal(';');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('"a;b;c",d\n')).to.equal(',');
    expect(detectDelimiter('"x, ""y"", z";b\r\n')).to.equal(';');
  });

  it('breaks ties as tab, then semicolon, then comma, and defaults to comma', () => {
    expect(detectDelimiter('a;b,c')).to.equal(';');
    expect(detectDelimiter('a\tb;c')).to.equal('\t');
    expect(detectDelimiter('value\n1;2')).to.equal(',');
    expect(detectDelimiter('')).to.equal(',');
  });
});

describe('parseCsv', () => {
  it('reads a header row and keeps every cell a string', async () => {
    expect(await parseCsv('id,value,date\nD1,1234.5,2026-01-05\n')).to.deep.equal([
      { id: 'D1', value: '1234.5', date: '2026-01-05' },
    ]);
  });

  it('reads semicolon files with decimal commas, a BOM and CRLF', async () => {
    const text = '\ufeffid;value\r\nD1;1 234,50\r\nD2;12,5\r\n';
    expect(await parseCsv(text)).to.deep.equal([
      { id: 'D1', value: '1 234,50' },
      { id: 'D2', value: '12,5' },
    ]);
  });

  it('reads quotes, doubled quotes and line breaks in quotes', async () => {
    const text = 'owner,note\n"Berg, Anna","said ""yes"""\n"Per","two\nlines"\n';
    expect(await parseCsv(text)).to.deep.equal([
      { owner: 'Berg, Anna', note: 'said "yes"' },
      { owner: 'Per', note: 'two\nlines' },
    ]);
  });

  it('trims header names and skips empty lines and lines of only spaces and delimiters', async () => {
    expect(await parseCsv(' id , stage \n\nD1,Won\n   \n , \nD2,Lost\n')).to.deep.equal([
      { id: 'D1', stage: 'Won' },
      { id: 'D2', stage: 'Lost' },
    ]);
  });

  it('keeps a row with fewer cells than the header', async () => {
    const rows = await parseCsv('id,stage,value\nD1,Won\n');
    expect(rows).to.have.length(1);
    expect(rows[0]).to.include({ id: 'D1', stage: 'Won' });
    expect(rows[0]!.value).to.equal(undefined);
  });

  it('reads a header without rows as no rows', async () => {
    expect(await parseCsv('id,stage\n')).to.deep.equal([]);
  });

  it('takes the delimiter it is given', async () => {
    expect(await parseCsv('a;b,c\n1;2,3', { delimiter: ',' })).to.deep.equal([{ 'a;b': '1;2', c: '3' }]);
  });

  it('leaves out a row with more cells than the header, naming the row; the others count', async () => {
    // row 2 has an unquoted decimal comma: 4 cells for 3 columns
    const table = await readCsv('id,owner,value\nD1,Anna,100\nD2,Per,1234,50\nD3,Eva,7\n');
    expect(table.rows.map((r) => r.id)).to.deep.equal(['D1', 'D3']);
    expect(table.issues).to.deep.equal([{ row: 2, code: 'cells', value: 'D2,Per,1234,50' }]);
    expect(table.rowNumbers).to.deep.equal([1, 3]);
    expect(table.rowsRead).to.equal(3);
  });

  it('fails only when no row can be read, naming the row', async () => {
    const error = await parseError('id,owner,value\nD2,Per,1234,50\n');
    expect(error.code).to.equal('parse');
    expect(error.format).to.equal('csv');
    expect(error.url).to.equal('deals.csv');
    expect(error.message).to.include('row 1');
  });

  it('fails on a quote that is never closed', async () => {
    const error = await parseError('a,b\n"unterminated,2\n');
    expect(error.code).to.equal('parse');
    expect(error.message).to.include('quote');
  });
});
