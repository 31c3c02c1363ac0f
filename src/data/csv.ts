/**
 * CSV as CRMs, Excel and database dumps export it, read with papaparse.
 * papaparse is imported here, inside the function, so a page whose data is
 * JSON never downloads it. {@link readCsvText} itself is pure and DOM-free (it
 * runs in a Web Worker as well): give it papaparse and the text.
 *
 * - Delimiter: `,`, `;` (Excel in nb, sv, da and nl, where `,` is the decimal
 *   mark) or tab, taken from the header line: the one that occurs most often
 *   outside quotes; a tie goes to tab, then `;`, then `,`. The header decides
 *   because a data line with decimal commas would mislead a count.
 * - Double quotes as usual (`"Berg, Anna"`, `""` inside). A file that fails
 *   to read that way but reads with backslash escapes (`\"`, as a MySQL dump
 *   writes them) is read with backslash escapes.
 * - A byte order mark is dropped; header names are trimmed, a repeated one
 *   becomes `name_1`, `name_2`…; empty and whitespace-only lines are skipped.
 * - Every cell stays a string: numbers.ts reads `1 234,50`, date-parse.ts the
 *   dates, records.ts the null markers (`\N`, `NULL`, `N/A`…).
 * - A first line that looks like data (most cells numbers or dates) is no
 *   header: the columns are then named by position, `1`, `2`, `3`…, which is
 *   what `fields="value:3"` maps.
 * - Bad lines do not sink the file. A line whose quote is never closed, or is
 *   followed by other text (reading starts again on the next line), and a row
 *   with more cells than the header (an
 *   unquoted delimiter, e.g. a decimal comma in a comma file, which would
 *   shift every later cell) are left out and reported as a {@link CsvIssue}
 *   with the 1-based data row (the first line after the header is row 1);
 *   every other row counts. Only a file in which no row can be read is a
 *   DataError `parse`. A row with fewer cells keeps what it has: many tools
 *   leave out trailing empty cells.
 */
import type Papa from 'papaparse';
import { DataError } from './errors.js';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvOptions {
  /** Skip detection. */
  delimiter?: CsvDelimiter;
  /** Where the text came from, for the error message. */
  url?: string;
}

export type CsvRow = Record<string, string>;

/** A line left out: `parse` (a quote not closed or followed by text), `cells` (more cells than the header). */
export interface CsvIssue {
  row: number;
  code: 'parse' | 'cells';
  /** The start of the line, cut short. */
  value: string;
}

/** A CSV file read: its good rows, and what was left out. */
export interface CsvTable {
  rows: CsvRow[];
  /** The column names; `1`, `2`… when the file has no header row. */
  header: string[];
  headerless: boolean;
  issues: CsvIssue[];
  /** The data row number of each row in `rows`, when some rows were left out (else row i is i + 1). */
  rowNumbers?: number[];
  /** Data rows in the file, good and bad. */
  rowsRead: number;
}

/** The delimiter of a CSV text, from its first line (see the module comment). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { '\t': 0, ';': 0, ',': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  const most = Math.max(counts['\t'], counts[';'], counts[',']);
  if (most === 0) return ',';
  return (['\t', ';', ','] as const).find((d) => counts[d] === most)!;
}

type PapaModule = typeof Papa;

async function loadPapa(): Promise<PapaModule> {
  const mod = (await import('papaparse')) as PapaModule & { default?: PapaModule };
  // papaparse is CommonJS: bundlers hand its exports over as `default`.
  return mod.default ?? mod;
}

/** A cell as a header row never holds it: a number or a date. */
const DATA_LIKE = /^(?:[-+]?[\d\s.,']+%?|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T].*)?)$/;

/** Whether a first line is data: more than half of its non-empty cells are numbers or dates. */
export function looksLikeData(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0) return false;
  const data = filled.filter((c) => /\d/.test(c) && DATA_LIKE.test(c)).length;
  return data * 2 > filled.length;
}

const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

interface Pass {
  lines: { cells: string[]; bad: false | 'parse' }[];
  badCount: number;
}

/** After this many restarts the rest of a file is read as papaparse reads it, its bad rows still left out. */
const MAX_RESTARTS = 1000;

/**
 * Reads the text into lines of cells. A quote that is never closed makes
 * papaparse swallow the rest of the file into one cell, and a quote followed
 * by other text makes it look for a closing quote in the lines below: the row
 * where that happens is marked bad by its first line, and reading starts
 * again on the line after it, so the rows below are read as written.
 */
function splitLines(P: PapaModule, body: string, delimiter: string, escapeChar: string | undefined): Pass {
  const options = { header: false, delimiter, skipEmptyLines: 'greedy' as const, dynamicTyping: false, ...(escapeChar ? { escapeChar } : {}) };
  // Most files have no broken quote: one plain pass, as fast as papaparse is.
  const whole = P.parse<string[]>(body, options);
  const width = whole.data[0]?.length ?? 0;
  if (!whole.errors.some((error) => error.type === 'Quotes') && !whole.data.some((cells) => swallowed(cells, width))) {
    return { lines: whole.data.map((cells) => ({ cells, bad: false })), badCount: 0 };
  }
  const lines: Pass['lines'] = [];
  let badCount = 0;
  let offset = 0;
  for (let restarts = 0; offset < body.length; restarts++) {
    const chunk = body.slice(offset);
    let rowStart = 0;
    let broken = -1;
    P.parse<string[]>(chunk, {
      ...options,
      step: (result, parser) => {
        const bad = result.errors.some((error) => error.type === 'Quotes') || swallowed(result.data, lines[0]?.cells.length ?? 0);
        if (bad && restarts < MAX_RESTARTS) {
          broken = rowStart;
          parser.abort();
          return;
        }
        if (bad) badCount++;
        lines.push({ cells: result.data, bad: bad ? 'parse' : false });
        rowStart = result.meta.cursor;
      },
    });
    if (broken < 0) break;
    // The bad row's first line: past the blank lines papaparse skipped before it.
    let lineStart = broken;
    let next = chunk.indexOf('\n', lineStart);
    while (next >= 0 && blankLine(chunk.slice(lineStart, next), delimiter)) {
      lineStart = next + 1;
      next = chunk.indexOf('\n', lineStart);
    }
    lines.push({ cells: [chunk.slice(lineStart, next < 0 ? undefined : next).replace(/\r$/, '')], bad: 'parse' });
    badCount++;
    if (next < 0) break;
    offset += next + 1;
  }
  return { lines, badCount };
}

/**
 * A row that took in the lines below it: more cells than the first row and a
 * cell across lines, as when a quote opened in one line closes in another.
 */
function swallowed(cells: readonly string[], width: number): boolean {
  return width > 0 && cells.length > width && cells.some((cell) => cell.includes('\n'));
}

/** A line papaparse's `greedy` skips: nothing but spaces and delimiters. */
function blankLine(line: string, delimiter: string): boolean {
  return line.split(delimiter).every((cell) => cell.trim() === '');
}

/**
 * Reads CSV text into one object per good data row, column name → cell text,
 * and the rows it left out (see the module comment). Pure: papaparse is given.
 * @throws DataError `parse` (format `csv`) when rows were found but none could be read.
 */
export function readCsvText(P: PapaModule, text: string, options: CsvOptions = {}): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = options.delimiter ?? detectDelimiter(body);
  let pass = splitLines(P, body, delimiter, undefined);
  if (pass.badCount > 0 && body.includes('\\"')) {
    const escaped = splitLines(P, body, delimiter, '\\');
    if (escaped.badCount < pass.badCount) pass = escaped;
  }
  const { lines } = pass;
  const first = lines[0];
  const headerless = first !== undefined && !first.bad && looksLikeData(first.cells);
  let width = first?.cells.length ?? 0;
  // A loop, not Math.max(...): a spread of a million lines overflows the stack.
  if (headerless) for (const line of lines) if (!line.bad && line.cells.length > width) width = line.cells.length;
  const taken = new Set<string>();
  const header = headerless
    ? Array.from({ length: width }, (_, i) => String(i + 1))
    : (first?.cells ?? []).map((name) => {
        // A repeated column name gets _1, _2… as papaparse would name it.
        const base = name.trim();
        let unique = base;
        for (let n = 1; taken.has(unique); n++) unique = `${base}_${n}`;
        taken.add(unique);
        return unique;
      });

  const rows: CsvRow[] = [];
  const issues: CsvIssue[] = [];
  const rowNumbers: number[] = [];
  const data = headerless ? lines : lines.slice(1);
  for (let i = 0; i < data.length; i++) {
    const { cells, bad } = data[i]!;
    const row = i + 1;
    const extra = cells.slice(header.length).some((c) => c.trim() !== '');
    if (bad || extra) {
      issues.push({ row, code: bad ? 'parse' : 'cells', value: cut(cells.join(delimiter)) });
      continue;
    }
    const record: CsvRow = {};
    const n = Math.min(cells.length, header.length);
    for (let c = 0; c < n; c++) record[header[c]!] = cells[c]!;
    rows.push(record);
    rowNumbers.push(row);
  }
  if (first?.bad && !headerless) {
    issues.unshift({ row: 0, code: 'parse', value: cut(first.cells.join(delimiter)) });
  }
  if (rows.length === 0 && issues.length > 0) {
    const { row, code } = issues[0]!;
    const what = code === 'cells'
      ? 'a row has more cells than the header; a value may contain the delimiter without quotes'
      : 'a quote is not closed properly';
    throw new DataError('parse', options.url ?? 'the CSV text', { format: 'csv', detail: `${what} (row ${row}), and no row can be read.` });
  }
  const table: CsvTable = { rows, header, headerless, issues, rowsRead: data.length };
  if (issues.length > 0) table.rowNumbers = rowNumbers;
  return table;
}

/**
 * Reads CSV text (see the module comment), loading papaparse first.
 * @throws DataError `parse` (format `csv`)
 */
export async function readCsv(text: string, options: CsvOptions = {}): Promise<CsvTable> {
  return readCsvText(await loadPapa(), text, options);
}

/**
 * The good rows of CSV text with a header row, column name → cell text.
 * @throws DataError `parse` (format `csv`)
 */
export async function parseCsv(text: string, options: CsvOptions = {}): Promise<CsvRow[]> {
  return (await readCsv(text, options)).rows;
}
