/**
 * The data note every widget that read records shows when rows were left out
 * or read doubtfully: a small "3 of 500 rows left out" that opens (a native
 * <details>, so by keyboard too) into the columns each field was read from,
 * how ambiguous dates were read, and a table of row, column, value cut short
 * and why. Also the words that say why a widget has no value (why-empty.ts).
 * Only a page whose widgets read records loads this module (note-slot.ts).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { DataQuality } from '../../core/quality.js';
import { rowsLeftOut, worthNoting } from '../../core/quality.js';
import type { EmptyReason } from '../../core/why-empty.js';
import type { IssueCode, Lang } from '../../core/types.js';
import { defineStrings } from './i18n.js';

export const noteText = defineStrings('data-note', {
  leftOut: '{n} of {total} rows left out',
  doubtful: '{n} values read doubtfully',
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
  'empty.none.closed': 'No deals closed in this period.',
  'empty.none.created': 'Nothing was created in this period.',
  'empty.none.date': 'No records are dated in this period.',
  'empty.leftOut': '{n} rows of the file were left out; the data note lists them.',
});

/** The note's look, adopted into a widget's shadow root with the first note it shows. */
export const noteStyles = css`
  [part='note'] { margin-top: 8px; font-size: 12px; color: var(--kpi-muted, var(--_muted)); }
  [part='note'] summary { cursor: pointer; width: fit-content; }
  [part='note'] summary:focus-visible { outline: 3px solid var(--kpi-focus, var(--_focus)); outline-offset: 2px; }
  [part='note'] table { border-collapse: collapse; margin-top: 4px; }
  [part='note'] th, [part='note'] td { text-align: start; padding: 2px 6px 2px 0; vertical-align: top; }
  [part='note'] p { margin: 4px 0; }
`;

const cut = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

/** The closed note's one line. */
export function noteSummary(q: DataQuality, lang: Lang): string {
  const out = rowsLeftOut(q);
  if (out > 0) return noteText(lang, 'leftOut', { n: out, total: q.rowsRead });
  if (q.issues.length > 0) return noteText(lang, 'doubtful', { n: Object.values(q.counts).reduce((a, b) => a + (b ?? 0), 0) });
  return q.dates?.by === 'locale' ? noteText(lang, 'datesOnly') : noteText(lang, 'columnsOnly');
}

function datesLine(q: DataQuality, lang: Lang): string {
  const d = q.dates;
  if (!d) return '';
  if (d.by === 'attribute') return noteText(lang, 'dates.attribute');
  if (d.order === 'ymd') return '';
  return noteText(lang, `dates.${d.by}.${d.order}`);
}

/** The note, or nothing when the rows were all read plainly (quality.ts worthNoting). */
export function renderDataNote(q: DataQuality, lang: Lang): TemplateResult | typeof nothing {
  if (!worthNoting(q)) return nothing;
  const columns = Object.entries(q.columns);
  const listed = q.issues.length;
  const total = Object.values(q.counts).reduce((a, b) => a + (b ?? 0), 0);
  const dates = datesLine(q, lang);
  return html`<details part="note">
    <summary>${noteSummary(q, lang)}</summary>
    ${columns.length
      ? html`<p>${noteText(lang, 'columns')}: ${columns.map(([field, column], i) =>
          html`${i ? ', ' : ''}${field} ← ${column}${q.found[field] === 'meaning' ? ` ${noteText(lang, 'guessed')}` : ''}`)}</p>`
      : nothing}
    ${dates ? html`<p>${dates}</p>` : nothing}
    ${listed
      ? html`<table>
          <caption>${noteText(lang, 'caption')}</caption>
          <thead><tr>
            <th scope="col">${noteText(lang, 'row')}</th><th scope="col">${noteText(lang, 'column')}</th>
            <th scope="col">${noteText(lang, 'value')}</th><th scope="col">${noteText(lang, 'why')}</th>
          </tr></thead>
          <tbody>${q.issues.map((issue) => html`<tr>
            <td>${issue.row}</td>
            <td>${issue.field === '*' ? noteText(lang, 'line') : q.columns[issue.field] ?? issue.field}</td>
            <td>${cut(issue.value)}</td>
            <td>${noteText(lang, `reason.${issue.code as IssueCode}`)}</td>
          </tr>`)}</tbody>
        </table>`
      : nothing}
    ${total > listed ? html`<p>${noteText(lang, 'more', { n: total - listed })}</p>` : nothing}
  </details>`;
}

/** Why a widget has no value, in words; `field` names are the canonical ones the editor writes in `filter`. */
export function emptyText(why: EmptyReason, lang: Lang): string {
  switch (why.reason) {
    case 'filter':
      return noteText(lang, 'empty.filter', { field: why.field, values: why.values.join(', ') || '—' });
    case 'probability':
      return noteText(lang, 'empty.probability');
    case 'order':
      return noteText(lang, 'empty.order');
    case 'none': {
      const none = noteText(lang, `empty.none.${why.by}`);
      return why.leftOut > 0 ? `${none} ${noteText(lang, 'empty.leftOut', { n: why.leftOut })}` : none;
    }
  }
}
