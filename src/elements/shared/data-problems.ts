/**
 * The words for problems that only fetched, validated or computed data can
 * have: an unreachable source, a wrong shape, a fields mapping or select path
 * that does not fit, an unknown KPI or period; and the words of the data note
 * and of an empty state that says why (data-note.ts), which only records have.
 * (One module for both: a second one that imports the string tables from a
 * lazy chunk makes the bundler split i18n.ts out of the main file.) Widgets whose data are their
 * attributes never meet one, so this table is a chunk of its own, loaded
 * with the first such problem (see problems.ts); the other languages keep
 * theirs in lang/<lang>.ts as usual.
 */
import type { Lang } from '../../core/types.js';
import { defineStrings, english } from './i18n.js';
import { text } from './problems.js';
import { clipList, clipText } from '../../core/quote.js';

export const dataProblemText = defineStrings('data-problems', {
  'error.network': 'Could not reach the data source. Check the address in src and your connection.',
  'error.http': 'The data source answered with error {status}. Check the address in src.',
  'error.timeout': 'The data source took too long to answer.',
  'error.schema': 'The data has the wrong shape: {detail}',
  'error.empty': 'The data source sent an empty answer.',
  'error.html': 'The data source sent a web page instead of data. Perhaps a login is needed.',
  'error.period': 'The period “{value}” is not understood. Try this-month, 2026-Q1, 2026-03 or 2026-W12.',
  'error.period.too-long': 'The period “{value}” is longer than 100 years.',
  'error.fields': 'The fields mapping “{value}” is not understood. Write it as value:close_value,closed:close_date.',
  'error.fields.syntax': 'The fields mapping “{value}” is not understood. Write field:column pairs separated by commas, like value:close_value,closed:close_date.',
  'error.fields.unknown-field': 'The fields mapping names “{value}”, which is not a field. The fields are: {options}.',
  'error.fields.duplicate': 'The fields mapping names the field “{value}” twice.',
  'error.fields.column': 'The fields mapping names the column “{value}”, but the data has no such column. Its columns are: {columns}.',
  'error.fields.missing': 'The data has no column for {what} (looked for {looked}). Its columns are: {columns}. Map one with fields, e.g. fields="{example}".',
  'error.fields.missing-none': 'The data has no column for {what} (looked for {looked}), and none of its columns looks like one: {columns}. Check that src is the right file.',
  'error.select.syntax': 'The select path “{value}” is not understood. Write names and numbers separated by dots, like kpis.mrr or series.0.value.',
  'error.select.missing': 'The data has nothing at “{value}”. At the top it has: {keys}.',
  'error.select.missing-in': 'The data has nothing at “{value}”. Under “{found}” it has: {keys}.',
  'error.select.missing-end': 'The data has nothing at “{value}”: “{found}” is a single value.',
  'column.value': 'the deal value',
  'column.stage-status': 'the deal stage or status',
  'column.stage': 'the deal stage',
  'column.closed': 'the close date',
  'column.created': 'the created date',
  'column.forecast': 'the forecast amount',
  'column.mrr': 'the monthly recurring revenue',
  'column.start': 'the customer start date',
  'column.end': 'the customer end date',
  'column.amount': 'the cost amount',
  'column.date': 'the date',
  'column.qualified': 'whether a lead is sales-qualified',
  'column.contacted-responseHours': 'the first contact (a date or hours)',
  'column.response': 'the reply',
  'column.origin': 'where a lead came from (marketing or sales)',
  'error.filter': 'The filter “{value}” is not understood. Write it as owner=Anna Berg;source=web.',
  'error.kpi': 'There is no KPI called “{value}”.',
  'error.too-large': 'The value {value} is too large to draw in a chart.',
  'error.fields.no-header': 'This file seems to have no header row: its first line holds data. Map its columns by position, e.g. fields="{example}".',
  'error.date-order': 'The dates in the columns {columns} contradict each other: some can only be day-first, others only month-first. Add date-order="dmy" or date-order="mdy" to say how to read them.',
  'column.stage-status-isWon': 'the deal stage or status',
  'error.needs-src': 'The KPI “{value}” is computed from your sales records, so it needs data: add src="/crm/deals.csv" (a CSV or JSON export), or put it inside a <kpi-dashboard src="…">.',
  'error.too-big': 'The data source sent more than {limit}, the most this widget reads. Ask for less data, or raise max-size.',
  'error.records': 'The data is not a list of records. Give a list of rows, like [{"value": 1200, "closed": "2026-03-05"}], or an object with a deals, leads, activities, customers or costs list.',
});

export const noteText = defineStrings('data-note', {
  leftOut: '{n} of {total} rows left out',
  doubtful: 'Values read doubtfully: {n}',
  datesOnly: 'How the dates were read',
  columnsOnly: 'Columns guessed from their headers',
  columns: 'Columns read',
  guessed: '(guessed from the header)',
  'dates.locale.dmy': 'Dates such as 3/4/2024 could be read either way and were read day-first (3 April), as the page’s language writes them. If they are month-first, add date-order="mdy".',
  'dates.locale.mdy': 'Dates such as 3/4/2024 could be read either way and were read month-first (March 4), as the page’s language writes them. If they are day-first, add date-order="dmy".',
  'dates.file.dmy': 'Dates were read day-first: a date in the file can only be read that way.',
  'dates.file.mdy': 'Dates were read month-first: a date in the file can only be read that way.',
  'dates.attribute': 'Dates were read in the order date-order gives.',
  caption: 'Rows left out or read doubtfully',
  row: 'Row',
  column: 'Column',
  value: 'Value',
  why: 'Why',
  line: 'whole line',
  more: 'and {n} more not listed',
  'reason.missing': 'empty, but needed: row left out',
  'reason.number': 'not a number',
  'reason.date': 'not a date',
  'reason.status': 'not a word this column knows',
  'reason.order': 'closed before it was created: left out of the sales cycle',
  'reason.parse': 'the line cannot be read (a quote is not closed): row left out',
  'reason.cells': 'more cells than the header (a value holds the delimiter without quotes): row left out',
  'empty.filter': 'No records match the filter on {field}. Values {field} has: {values}.',
  'empty.probability': 'The open deals have no win probability. Give each stage one with probabilities="Prospecting:10,Proposal:50".',
  'empty.order': 'Every deal won in this period closed before it was created, so no sales cycle can be measured. The data note lists them.',
  'empty.before': 'The data starts on {date}; this period ends before it.',
  'empty.future': 'This period has not begun yet.',
  'empty.none.closed': 'No deals closed in this period.',
  'empty.none.created': 'Nothing was created in this period.',
  'empty.none.date': 'No records are dated in this period.',
  'empty.leftOut': 'Rows of the file left out: {n}; the data note lists them.',
  'error.probabilities': 'The probabilities “{value}” are not understood. Write stage:percent pairs separated by commas, like Prospecting:10,Proposal:50.',
});

type Key = Parameters<typeof dataProblemText>[1];
const hasKey = (key: string): key is Key => key in english['data-problems']!;

/** The message for a problem of fetched or computed data, with what the error says about it filled in. */
export function dataProblemMessage(code: string, e: Record<string, unknown>, lang: Lang, value: string): string {
  return dataProblemText(lang, messageKey(code, e), {
    value,
    attribute: text(e.attribute),
    status: text(e.status),
    options: Array.isArray(e.options) ? e.options.join(', ') : '',
    detail: text(e.detail ?? schemaIssues(e.issues) ?? e.message),
    columns: shortList(e.columns, 12),
    looked: shortList(e.looked, 8),
    keys: shortList(e.keys, 12) || '—',
    found: clipText(text(e.found)),
    example: clipText(text(e.example)),
    what: columnWords(lang, e.fields),
    limit: typeof e.limit === 'number' ? `${Math.round(e.limit / 1e5) / 10} MB` : '—',
  });
}

/**
 * The message for a code, or for its `reason` where the table words that
 * reason on its own (`error.fields.missing`, `error.select.syntax`…).
 */
function messageKey(code: string, e: Record<string, unknown>): Key {
  let reason = e.reason;
  // A path that stops inside the document says what is there instead.
  if (code === 'select' && reason === 'missing' && e.found) reason = shortList(e.keys, 1) ? 'missing-in' : 'missing-end';
  // No column of the data looks like the missing one: there is no mapping to suggest.
  if (code === 'fields' && reason === 'missing' && !e.example) reason = 'missing-none';
  const specific = `error.${code}.${String(reason)}`;
  if (typeof reason === 'string' && hasKey(specific)) return specific;
  return `error.${code}` as Key;
}

/** The first `max` names of a list, each cut short, then "…"; '' for anything else. */
function shortList(names: unknown, max: number): string {
  return Array.isArray(names) ? clipList(names, max).join(', ') : '';
}

/** A field a column is missing for, in words: "the deal value"; the field names themselves when the table has no words for them. */
function columnWords(lang: Lang, fields: unknown): string {
  if (!Array.isArray(fields) || fields.length === 0) return '';
  const key = `column.${fields.join('-')}`;
  return hasKey(key) ? dataProblemText(lang, key) : fields.join(' / ');
}

/** A SchemaError's first issues as "path: problem", without its English preamble. */
function schemaIssues(issues: unknown): string | undefined {
  if (!Array.isArray(issues) || issues.length === 0) return undefined;
  return issues
    .slice(0, 3)
    .map((i: { path?: string; message?: string }) => (i.path ? `${i.path}: ${i.message}` : String(i.message)))
    .join('; ');
}
