/**
 * Fuzzing the CSV reader with broken lines (issue 13): a file with good rows
 * and some broken ones is never a whole-file failure. What it promises:
 * - a file with at least one good row never throws;
 * - a row with one cell too many (an unquoted delimiter) is left out alone,
 *   and every good row around it reads exactly as written;
 * - the good rows before the first line with a stray quote read exactly;
 * - every row left out is an issue with its data row number; no row has a
 *   column the header does not name.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readCsv } from '../../src/data/csv.js';
import { DataError } from '../../src/data/errors.js';

const HEADER = ['id', 'owner', 'stage', 'value'];

/** A cell as exports write it: plain, or quoted with the delimiter, doubled quotes or a line break inside. */
const cell = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9 .\-æøå]{0,8}$/).map((text) => ({ text, raw: text.trim() === text ? text : `"${text}"` })),
  fc.stringMatching(/^[A-Za-z0-9 ,"\n]{1,8}$/).map((text) => ({ text, raw: `"${text.replaceAll('"', '""')}"` })),
);

const goodRow = fc.array(cell, { minLength: 4, maxLength: 4 });

type Broken = 'cells' | 'quote-open' | 'quote-stray';
const brokenLine = (kind: Broken, n: number): string =>
  kind === 'cells' ? `X${n},Anna,Won,1,5,extra` : kind === 'quote-open' ? `X${n},"Anna,Won,1` : `X${n},An"na"x,"Won"y,1`;

/** A value of a parsed row as written, once papaparse has dropped the quotes. */
const expected = (row: { text: string }[]) => Object.fromEntries(HEADER.map((h, i) => [h, row[i]!.text]));

/** Rows whose every cell is blank are skipped, as the reader skips empty lines. */
const blank = (row: { text: string }[]) => row.every((c) => c.text.trim() === '');

async function read(text: string) {
  try {
    return await readCsv(text);
  } catch (error) {
    expect(error, 'only a DataError').to.be.instanceOf(DataError);
    throw error;
  }
}

describe('CSV reader fuzz: broken lines', () => {
  it('leaves out a row with one cell too many and reads every other row exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(goodRow, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(12), { maxLength: 4 }), async (rows, at) => {
        const good = rows.filter((row) => !blank(row));
        fc.pre(good.length > 0);
        const lines = good.map((row) => ({ text: row.map((c) => c.raw).join(','), bad: false }));
        for (const [k, position] of at.entries()) lines.splice(Math.min(position, lines.length), 0, { text: brokenLine('cells', k), bad: true });
        const bad = lines.flatMap((line, i) => (line.bad ? [i + 1] : []));
        const table = await read(`${HEADER.join(',')}\n${lines.map((line) => line.text).join('\n')}\n`);
        expect(table.rows).to.deep.equal(good.map(expected));
        expect(table.issues.map((i) => [i.row, i.code])).to.deep.equal(bad.map((row) => [row, 'cells']));
        expect(table.rowsRead).to.equal(good.length + bad.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never fails the whole file when some rows are good, whatever quote is broken', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(goodRow, { minLength: 1, maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(10), fc.constantFrom<Broken>('cells', 'quote-open', 'quote-stray')), { minLength: 1, maxLength: 4 }),
        async (rows, breaks) => {
          const good = rows.filter((row) => !blank(row));
          fc.pre(good.length > 0);
          const lines = good.map((row) => row.map((c) => c.raw).join(','));
          // Good rows before every broken line can be checked exactly; a stray quote may swallow what follows.
          const first = Math.min(...breaks.map(([position]) => Math.min(position, lines.length)));
          for (const [k, [position, kind]] of breaks.entries()) lines.splice(Math.min(position, lines.length), 0, brokenLine(kind, k));
          const table = await read(`${HEADER.join(',')}\n${lines.join('\n')}\n`);
          expect(table.rows.slice(0, first)).to.deep.equal(good.slice(0, first).map(expected));
          expect(table.rows.length + table.issues.length).to.be.greaterThan(0);
          for (const row of table.rows) for (const key of Object.keys(row)) expect(HEADER).to.include(key);
          for (const issue of table.issues) expect(issue.row).to.be.within(1, table.rowsRead);
        },
      ),
      { numRuns: 300 },
    );
  });
});
