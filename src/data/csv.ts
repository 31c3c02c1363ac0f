/**
 * CSV as CRMs and Excel export it, read with papaparse. papaparse is imported
 * here, inside the function, so a page whose data is JSON never downloads it.
 *
 * - Delimiter: `,`, `;` (Excel in nb, sv, da and nl, where `,` is the decimal
 *   mark) or tab, taken from the header line: the one that occurs most often
 *   outside quotes; a tie goes to tab, then `;`, then `,`. The header decides
 *   because a data line with decimal commas would mislead a count.
 * - Double quotes as usual (`"Berg, Anna"`, `""` inside); a byte order mark is
 *   dropped; header names are trimmed, a repeated one becomes `name_1`, `name_2`…
 *   (without papaparse's console warning); empty and whitespace-only lines are skipped.
 * - Every cell stays a string: numbers.ts reads `1 234,50`, dates.ts the dates.
 * - A quote that is never closed or is followed by other text, or a row with more
 *   cells than the header (an unquoted delimiter, e.g. a decimal comma in a
 *   comma file, which would shift every later cell) is a DataError `parse` with
 *   the 1-based data row. A row with fewer cells keeps what it has: many tools
 *   leave out trailing empty cells.
 */
import { DataError } from './errors.js';

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvOptions {
  /** Skip detection. */
  delimiter?: CsvDelimiter;
  /** Where the text came from, for the error message. */
  url?: string;
}

export type CsvRow = Record<string, string>;

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

type Papa = typeof import('papaparse');

async function loadPapa(): Promise<Papa> {
  const mod = (await import('papaparse')) as Papa & { default?: Papa };
  // papaparse is CommonJS: bundlers hand its exports over as `default`.
  return mod.default ?? mod;
}

/**
 * Parses CSV text with a header row into one object per data row, column name →
 * cell text.
 * @throws DataError `parse` (format `csv`)
 */
export async function parseCsv(text: string, options: CsvOptions = {}): Promise<CsvRow[]> {
  const source = options.url ?? 'the CSV text';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const Papa = await loadPapa();
  const taken = new Set<string>();
  const result = Papa.parse<CsvRow>(body, {
    header: true,
    delimiter: options.delimiter ?? detectDelimiter(body),
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
    // A repeated column name gets _1, _2… as papaparse would name it, but here,
    // so papaparse has nothing to rename and writes no warning to the host page's console.
    transformHeader: (name) => {
      const base = name.trim();
      let header = base;
      for (let n = 1; taken.has(header); n++) header = `${base}_${n}`;
      taken.add(header);
      return header;
    },
  });
  const fatal = result.errors.find((e) => e.code !== 'TooFewFields' && e.code !== 'UndetectableDelimiter');
  if (fatal) {
    const row = fatal.row === undefined ? '' : ` (row ${fatal.row + 1})`;
    const what =
      fatal.code === 'TooManyFields'
        ? 'a row has more cells than the header; a value may contain the delimiter without quotes'
        : 'a quote is not closed properly';
    throw new DataError('parse', source, { format: 'csv', detail: `${what}${row}.` });
  }
  return result.data;
}
