import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { formatDelta, formatValue, type FormatOptions } from '../../core/format.js';
import { chooseDelta } from '../../core/headline.js';
import type { TableSort, ViewCell, ViewRow } from '../../core/table-view.js';
import { KpiElement } from '../shared/kpi-element.js';
import { DataController } from '../shared/data-controller.js';
import { RefreshController } from '../shared/refresh-controller.js';
import { cssProps } from '../shared/css-props.js';
import { t } from '../shared/i18n.js';
import type { TableData, TableInputs } from './kpi-table.load.js';
import { tableText } from './kpi-table.strings.js';
import { tableStyles } from './kpi-table.styles.js';

const arrows = { up: '▲', down: '▼', flat: '▶' } as const;
const NAMED_GROUPS = ['owner', 'team', 'customer', 'product', 'source'] as const;

/**
 * @summary KPIs side by side, one row per seller, team, customer, product or any column: each cell the value and its
 * change judged good or bad, with goals a progress bar, the status in words and what is needed per working day; a total
 * row from the records; sortable columns, a limit with an "others" row, a highlighted "me" and ranks. On a narrow
 * container the rows become compact cards.
 *
 * @tag kpi-table
 *
 * @slot - Nothing is shown from the light DOM.
 *
 * @csspart base - The frame.
 * @csspart label - The title (`label`); the table's caption says what it shows.
 * @csspart table - The `<table>`.
 * @csspart caption - The caption: "Revenue and Win rate per Seller", or the `label`.
 * @csspart sort-button - A column header's button: click or Enter sorts by it, again reverses.
 * @csspart row - A group's row; `highlight` rows carry the class `highlight`.
 * @csspart rank - The rank by the sorted KPI (the first KPI when sorted by name).
 * @csspart row-button - The group's name: choosing it fires `kpi-row-select`.
 * @csspart me - "you", after the highlighted group's name.
 * @csspart cell - A KPI's cell.
 * @csspart value - The formatted value.
 * @csspart delta - The change against the comparison, with its arrow, judged good or bad.
 * @csspart goal - With goals: bar, status and what is needed.
 * @csspart progress - The progress bar's track; `progress-bar` is its fill.
 * @csspart progress-bar - The share of the target reached.
 * @csspart status - Ahead, On track, At risk or Behind, in words.
 * @csspart needed - "1 234 kr needed per working day".
 * @csspart total-row - The total, computed from all the records.
 * @csspart others-row - The groups a `limit` leaves out, taken together.
 * @csspart skeleton - Loading placeholder.
 * @csspart error - The readable error message.
 * @csspart empty - Why there are no rows.
 * @csspart stale - With `refresh`, while the source fails.
 *
 * @cssproperty --kpi-table-highlight - Background of the highlighted row.
 * @cssproperty --kpi-table-bar - Fill of the progress bars (default the accent colour).
 * @cssproperty --kpi-good - Colour of a good change and of ahead/on track. Also --kpi-bad, --kpi-muted, --kpi-text,
 *   --kpi-surface, --kpi-border-color, --kpi-track, --kpi-accent, --kpi-padding, --kpi-font-family (see the theme).
 *
 * @event {CustomEvent<{ value: number | null, rows: { key: string, name: string, values: (number | null)[] }[] }>} kpi-load - After each
 *   load: `value` is the total of the first KPI, `rows` every group's values in the order of `kpis`.
 * @event {CustomEvent<{ field: string, key: string, name: string, filter: string }>} kpi-row-select - A group's name was chosen.
 *   `filter` (`owner="Kari Nordmann"`) narrows another widget to it.
 * @event {CustomEvent<KpiErrorDetail>} kpi-error - A bad attribute, document or source, with a readable message.
 */
export class KpiTable extends KpiElement {
  static override styles = [...KpiElement.styles, tableStyles];

  static override properties: PropertyDeclarations = {
    groupBy: { attribute: 'group-by' },
    kpis: {},
    sort: {},
    limit: {},
    highlight: {},
    pace: {},
    holidays: {},
    chosenSort: { state: true },
  };

  /** The field that makes the rows: `owner`, `team`, `customer`, `product`, `source`, or a column of the data. */
  groupBy?: string;
  /** The KPIs, one column each: `revenue,win-rate,activities` (default `revenue`). */
  kpis?: string;
  /** `-revenue` (largest first), `win-rate` (smallest first) or `name`; default the first KPI, best first. */
  sort?: string;
  /** Show at most this many groups; the rest become one "others" row. */
  limit?: number | string;
  /** The group to mark as "me": `owner=Kari Nordmann`. It stays in sight beyond the `limit`. */
  highlight?: string;
  /** How goals spread over a period: `calendar` (default) or `working` (over working days). */
  pace?: string;
  /** Days that are not working days, for `pace="working"`: `2026-04-02, 2026-04-03`. */
  holidays?: string;
  /** The order a click chose; a new `sort` attribute or data resets it. */
  private chosenSort?: TableSort;

  private readonly source = new DataController(this, {
    args: () => Object.values(this.inputs()),
    task: (_args, { signal }) => import('./kpi-table.load.js').then((m) => m.loadTable(this.inputs(), signal)),
    onComplete: (data) => {
      this.chosenSort = undefined;
      const rows = data.table.rows.map((r) => ({ key: r.key, name: r.name, values: r.cells.map((c) => c.value) }));
      this.emitLoad(data.table.total[0]?.value ?? null, { rows });
    },
    onError: (error) => this.reportError(error),
  });

  private readonly refresher = new RefreshController(this, {
    src: () => this.setting('src'),
    seconds: () => this.refresh,
    credentials: () => this.credentials,
    onChange: () => void this.source.rerun(),
    onError: (error) => this.reportError(error),
  });

  private inputs(): TableInputs {
    return {
      src: this.setting('src'), select: this.select, fields: this.setting('fields'), kpis: this.kpis, groupBy: this.groupBy,
      period: this.setting('period'), compare: this.setting('compare'), filter: this.setting('filter'), today: this.today,
      credentials: this.credentials, timeout: this.timeout, maxSize: this.maxSize, goals: this.setting('goals'), teams: this.setting('teams'),
      pace: this.pace, holidays: this.holidays, sort: this.sort, limit: this.limit, highlight: this.highlight,
    };
  }

  protected override render() {
    const { status, error, value: data } = this.source;
    const empty = status === 'complete' && data !== undefined && data.table.rows.length === 0;
    const emptyText = data?.filter
      ? tableText(this.uiLang, 'empty.filter', { filter: data.filter })
      : tableText(this.uiLang, 'empty.data');
    return this.renderFrame(status, error, () => (data ? this.renderTable(data) : nothing), { empty, emptyText });
  }

  private groupName(data: TableData): string {
    const named = NAMED_GROUPS.find((g) => g === data.groupBy.toLowerCase());
    return named ? tableText(this.uiLang, `group.${named}`) : data.groupBy;
  }

  private renderTable(data: TableData): TemplateResult {
    const lang = this.uiLang;
    const sort = this.chosenSort ?? data.sort;
    const view = data.view(sort);
    const names = data.kpis.map((k) => k.names[lang]);
    const group = this.groupName(data);
    const list = names.length > 1 ? tableText(lang, 'and', { first: names.slice(0, -1).join(', '), last: names.at(-1)! }) : names[0];
    const ariaSort = (column: number) =>
      sort.column !== column ? 'none' : sort.descending ? 'descending' : 'ascending';
    const header = (column: number, text: string) => html`<th scope="col" aria-sort=${ariaSort(column)}>
      <button part="sort-button" type="button" @click=${() => this.sortBy(column, sort)}>${text}</button></th>`;
    return html`<div class="scroll"><table part="table">
      <caption part="caption">${this.label || tableText(lang, 'caption', { kpis: list, group })}</caption>
      <thead><tr>
        <th scope="col" part="rank"><span class="visually-hidden">${tableText(lang, 'rank')}</span>#</th>
        ${header(-1, group)}${names.map((name, k) => header(k, name))}
      </tr></thead>
      <tbody>${view.rows.map((row) => this.renderRow(row, data, names))}</tbody>
      <tfoot>${this.renderRow(view.total, data, names)}</tfoot>
    </table></div>`;
  }

  private renderRow(row: ViewRow, data: TableData, names: string[]): TemplateResult {
    const lang = this.uiLang;
    const name = row.kind === 'total' ? tableText(lang, 'total')
      : row.kind === 'others' ? tableText(lang, 'others', { count: row.count ?? 0 })
        : row.name || tableText(lang, 'none');
    const part = row.kind === 'total' ? 'total-row' : row.kind === 'others' ? 'others-row' : 'row';
    return html`<tr part=${part} class=${row.highlight ? 'highlight' : row.kind} aria-current=${row.highlight ? 'true' : nothing}>
      <td part="rank">${row.rank ?? ''}</td>
      <th scope="row">${row.kind === 'group'
        ? html`<button part="row-button" type="button" aria-label=${tableText(lang, 'select', { name })}
            @click=${() => this.selectRow(row, data)}>${name}</button>${row.highlight ? html` <span part="me">(${tableText(lang, 'me')})</span>` : nothing}`
        : name}</th>
      ${row.cells.map((cell, k) => this.renderCell(cell, data, k, names[k]))}
    </tr>`;
  }

  private renderCell(cell: ViewCell, data: TableData, k: number, label: string): TemplateResult {
    const lang = this.uiLang;
    const kpi = data.kpis[k];
    const options: FormatOptions = { format: kpi.format, locale: this.resolvedLocale, currency: this.setting('currency') };
    let delta: unknown = nothing;
    if (cell.delta) {
      const shown = chooseDelta(cell.delta, 'auto', kpi.rate);
      delta = html`<span part="delta" class=${shown.sentiment}>${arrows[shown.trend]} ${formatDelta(cell.delta, { ...options, part: shown.part })}
        <span class="visually-hidden">${t(lang, `compare.${data.table.previousRange ? 'previous-period' : 'previous'}`)}, ${t(lang, `sentiment.${shown.sentiment}`)}</span></span>`;
    }
    const goal = cell.goal;
    const target = cell.target === null ? nothing : goal
      ? html`<span part="goal">
          <span part="progress" aria-hidden="true"><span part="progress-bar" ${cssProps({ width: `${Math.max(0, Math.min(1, goal.progress)) * 100}%` })}></span></span>
          <span part="status" class=${`status-${goal.status}`}>${t(lang, goal.reached ? 'status.reached' : `status.${goal.status}`)}</span>
          · ${tableText(lang, 'share', { share: formatValue(goal.progress, { format: 'percent', locale: options.locale, digits: 0 }) })},
          ${tableText(lang, 'target', { target: formatValue(cell.target, options) })}
          ${goal.neededPerWorkingDay && goal.neededPerWorkingDay > 0
            ? html`<span part="needed">${tableText(lang, 'needed', { value: formatValue(goal.neededPerWorkingDay, options) })}</span>`
            : nothing}</span>`
      : html`<span part="goal">${tableText(lang, 'target', { target: formatValue(cell.target, options) })}</span>`;
    return html`<td part="cell" data-label=${label}><span part="value">${formatValue(cell.value, options)}</span>${delta}${target}</td>`;
  }

  /** A click on the sorted column reverses it; another column sorts best first (name: A to Z). */
  private sortBy(column: number, current: TableSort): void {
    if (current.column === column) {
      this.chosenSort = { column, descending: !current.descending };
      return;
    }
    const down = column >= 0 && this.source.value?.kpis[column].direction === 'down';
    this.chosenSort = { column, descending: column >= 0 && !down };
  }

  private selectRow(row: ViewRow, data: TableData): void {
    const quoted = `"${row.name.replace(/"/g, '""')}"`;
    this.emit('kpi-row-select', { field: data.groupBy, key: row.key, name: row.name, filter: `${data.groupBy}=${quoted}` });
  }
}
