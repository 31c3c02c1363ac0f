/**
 * The data note every widget that read records shows when rows were left out
 * or read doubtfully: a small "3 of 500 rows left out" that opens (a native
 * <details>, so by keyboard too) into the columns each field was read from,
 * how ambiguous dates were read, and a table of row, column, value cut short
 * and why. Also the words that say why a widget has no value (why-empty.ts).
 * Only a page whose widgets read records loads this module (note-slot.ts).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { dayToLocalDate } from '../../core/dates.js';
import type { DataQuality } from '../../core/quality.js';
import { rowsLeftOut, worthNoting } from '../../core/quality.js';
import type { EmptyReason } from '../../core/why-empty.js';
import type { IssueCode, Lang } from '../../core/types.js';
import { noteText } from './data-problems.js';


/** The note's look, adopted into a widget's shadow root with the first note it shows. */
export const noteStyles = css`
  [part='note'] { margin-top: 8px; font-size: 12px; color: var(--kpi-muted, var(--_muted)); }
  [part='note'] summary { cursor: pointer; width: fit-content; }
  [part='note'] summary:focus-visible { outline: 3px solid var(--kpi-focus, var(--_focus)); outline-offset: 2px; }
  [part='note'] table { border-collapse: collapse; margin-top: 4px; }
  [part='note'] caption { text-align: start; }
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

/**
 * The note, or nothing when the rows were all read plainly (quality.ts
 * worthNoting). Its look joins the widget's shadow root with the first note.
 */
export function renderDataNote(q: DataQuality, lang: Lang, root: Node): TemplateResult | typeof nothing {
  if (!worthNoting(q)) return nothing;
  const sheet = noteStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
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

/**
 * What a widget that read records carries to its frame: the quality (for
 * `kpi-load`), the note, and the words of its empty state. Made on the
 * records path, so a widget without records never loads this module.
 */
export interface DataReport {
  quality: DataQuality;
  why?: EmptyReason;
  note(lang: Lang, root: Node): TemplateResult | typeof nothing;
  /** Why there is no value, in words; undefined when the cause is not known. */
  empty(lang: Lang): string | undefined;
}

export function dataReport(quality: DataQuality, why?: EmptyReason): DataReport {
  return {
    quality,
    why,
    note: (lang, root) => renderDataNote(quality, lang, root),
    empty: (lang) => (why ? emptyText(why, lang) : undefined),
  };
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
    case 'before':
      return noteText(lang, 'empty.before', { date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(dayToLocalDate(why.start)) });
    case 'future':
      return noteText(lang, 'empty.future');
    case 'none': {
      const none = noteText(lang, `empty.none.${why.by}`);
      return why.leftOut > 0 ? `${none} ${noteText(lang, 'empty.leftOut', { n: why.leftOut })}` : none;
    }
  }
}
