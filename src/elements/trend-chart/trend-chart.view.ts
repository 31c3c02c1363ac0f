/**
 * Everything a <trend-chart> does once it is on a page: load the series, decide
 * what to draw, keep the one Chart.js chart, and render the summary and the
 * data table. The registered element (trend-chart.ts) imports this module on
 * first connect, so the one-file bundle's main file stays small and a page
 * without a chart downloads none of it.
 */
import { adoptStyles, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { formatValue } from '../../core/format.js';
import { axisTick, tickCount, X_TICK_SPACING, Y_TICK_SPACING } from '../../core/axis.js';
import type { TrendModel, Values } from '../../core/series.js';
import type { FormatKind } from '../../core/types.js';
import { DataController, type DataStatus } from '../shared/data-controller.js';
import { InlineJsonController } from '../shared/inline-json.js';
import { RefreshController } from '../shared/refresh-controller.js';
import { t } from '../shared/i18n.js';
import type { DashboardSettings } from '../shared/context.js';
import { ChartController, type ChartPlan } from './chart-controller.js';
import { chartSetup, loadLook, readColours, type Role, type TrendDataset } from './trend-chart.config.js';
import { legendStyles, renderLegend } from './trend-chart.legend.js';
import { bucketLabels, type BucketLabels } from './trend-chart.labels.js';
import { decideView, loadTrend, type TrendView } from './trend-chart.load.js';
import { chartText } from './trend-chart.strings.js';
import { showBucket, stepBucket } from './trend-chart.keys.js';
import type { TrendChart } from './trend-chart.js';
import type { DataReport } from '../shared/data-note.js';
import type { RecordSettings } from '../shared/kpi-element.js';

export { ChartController };

const ROLES: readonly Role[] = ['actual', 'projection', 'previous', 'budget', 'target'];
const ARROWS = { up: '↗', down: '↘', flat: '→' } as const;

/** What the view needs of its element beyond its public properties. */
export interface TrendChartHost {
  setting(name: keyof DashboardSettings): string | undefined;
  renderFrame(
    status: DataStatus,
    error: unknown,
    content: () => TemplateResult | typeof nothing,
    options: { empty?: boolean; label?: string; report?: DataReport },
  ): TemplateResult;
  emitLoad(value: number | null, extra?: Record<string, unknown> & { report?: DataReport }): void;
  recordSettings(): RecordSettings;
  reportError(error: unknown): void;
}

export class TrendChartView {
  /** Roles switched off in the legend; kept across new data, as the chart keeps them. */
  private readonly hidden = new Set<Role>();
  /** The legend's stylesheet has joined the shadow root's. */
  private styled = false;
  /** The bucket whose tooltip the keyboard shows, or null. */
  private focused: number | null = null;
  private labelCache?: { keys: readonly string[]; locale: string; labels: BucketLabels };
  private readonly source = new DataController(this.host, {
    args: () => [this.host.series, this.script(), this.dataSrc(), this.host.select, this.host.kpi, this.base.setting('fields'),
      this.base.setting('period'), this.base.setting('compare'), this.base.setting('filter'), this.host.granularity,
      this.host.today, this.host.credentials, this.host.timeout, this.base.setting('pace'), this.base.setting('holidays'),
      this.base.setting('goals'), this.base.setting('teams'), this.host.maxSize, this.endpoint(), ...Object.values(this.base.recordSettings())] as const,
    task: ([series, script, src, select, kpi, fields, period, compare, filter, granularity, today, credentials, timeout, pace, holidays, goals, teams,
      maxSize, endpoint], { signal }) =>
      loadTrend({
        series, script, src, select, kpi, fields, period, compare, filter, granularity, today, credentials, timeout, pace, holidays,
        goals, teams, maxSize, endpoint, ...this.base.recordSettings(),
      }, signal),
    onError: (error) => this.base.reportError(error),
  });

  private readonly inline = new InlineJsonController(this.host);
  private readonly refresher = new RefreshController(this.host, {
    src: () => this.dataSrc(),
    seconds: () => this.host.refresh,
    credentials: () => this.host.credentials,
    asked: () => this.source.value?.asked,
    onChange: () => void this.source.rerun(),
    onError: (error) => this.base.reportError(error),
  });

  private readonly view = new DataController(this.host, {
    args: () => [this.source.value, this.host.target, this.host.budget, this.host.cumulative, this.host.type, this.host.format] as const,
    task: ([source, target, budget, cumulative, type, format]) => {
      if (!source) return null;
      const view = decideView(source, { target, budget, cumulative, type, format });
      // A bar or area chart waits for its look, a chunk only those load.
      const look = loadLook(view.kind);
      return look ? look.then(() => view) : view;
    },
    onComplete: (view) => view && this.base.emitLoad(view.model.last?.value ?? null, { projection: view.model.projected, report: this.source.value?.report }),
    onError: (error) => this.base.reportError(error),
  });

  private readonly charts = new ChartController(this.host, () => this.chartPlan());

  constructor(
    private readonly host: TrendChart,
    private readonly base: TrendChartHost,
  ) {}

  /** The Chart.js instance while the chart is on the page, else null. */
  get chart() {
    return this.charts.chart;
  }

  /** While chart.js loads and the first chart is drawn. */
  get pending(): Promise<void> | undefined {
    return this.charts.pending;
  }

  private script(): string | undefined {
    return this.inline.text;
  }

  /** Inline data wins over a dashboard's `src`; the chart's own `src` is used unless it has inline data. */
  private dataSrc(): string | undefined {
    return this.host.src || (this.host.series || this.script() || this.endpoint() ? undefined : this.base.setting('src'));
  }

  /** A KPI server (own or the dashboard's), asked when the chart has a `kpi` and no `src` or series of its own. */
  private endpoint(): string | undefined {
    return this.host.kpi && !this.host.src && !this.host.series && !this.script() ? this.base.setting('endpoint') : undefined;
  }

  private chartPlan(): ChartPlan | null {
    const view = this.view.value;
    if (!view) return null;
    const colours = readColours(this.host);
    const animate = !this.charts.reducedMotion;
    const options = this.numberOptions(view.format);
    // The tick counts follow the plot's size; the element asks again after every resize (ChartController).
    const plot = this.host.renderRoot.querySelector<HTMLElement>('[part~="chart"]');
    const ticks = { x: tickCount(plot?.clientWidth ?? 0, X_TICK_SPACING, 2, 12), y: tickCount(plot?.clientHeight ?? 0, Y_TICK_SPACING, 3, 8) };
    const key = [view, Object.values(colours).join(), this.host.resolvedLocale, this.base.setting('currency'), animate, ticks.x, ticks.y];
    return {
      key,
      setup: () => chartSetup({
        model: view.model, kind: view.kind, labels: this.labels(view.model.keys), names: this.names(view), colours, animate,
        hidden: this.hidden, ticks,
        format: (value) => formatValue(value, options),
        tick: (value, step, largest) => axisTick(value, step, largest, options),
      }),
    };
  }

  private labels(keys: readonly string[]): BucketLabels {
    const locale = this.host.resolvedLocale;
    const cache = this.labelCache;
    if (cache?.keys === keys && cache.locale === locale) return cache.labels;
    const labels = bucketLabels(keys, locale, this.host.uiLang);
    this.labelCache = { keys, locale, labels };
    return labels;
  }

  private numberOptions(format: FormatKind) {
    return { format, locale: this.host.resolvedLocale, currency: this.base.setting('currency') };
  }

  private names(view: TrendView): Record<Role, string> {
    const lang = this.host.uiLang;
    const name = (key: Parameters<typeof chartText>[1]) => chartText(lang, key);
    return {
      actual: name('actual'), projection: name('projection'), previous: name(view.previousName),
      budget: name('budget'), target: name('target'),
    };
  }

  render() {
    // The legend's styles come with this module, so the main file does not carry them;
    // they join the element's own once, before the first render that may need them.
    if (!this.styled) {
      adoptStyles(this.host.renderRoot as ShadowRoot, [...(this.host.constructor as typeof ReactiveElement).elementStyles, legendStyles]);
      this.styled = true;
    }
    const failed = [this.source, this.view].find((controller) => controller.status === 'error');
    const status = failed ? 'error' : this.source.status === 'complete' ? this.view.status : this.source.status;
    const view = this.view.value;
    const label = this.title();
    const report = this.source.value?.report;
    return this.base.renderFrame(status, failed?.error, () => this.renderChart(view as TrendView, label), { empty: !view?.model.last, label, report });
  }

  /** The label, else with `kpi` the KPI's name from the catalogue in the widget's language, as on a kpi-card. */
  private title(): string {
    return this.host.label || this.source.value?.kpi?.names[this.host.uiLang] || '';
  }

  private renderChart(view: TrendView, label: string) {
    const { host } = this;
    const lang = host.uiLang;
    const { model } = view;
    const labels = this.labels(model.keys);
    const options = this.numberOptions(view.format);
    const format = (value: number | null) => formatValue(value, options);
    const names = this.names(view);
    const range = chartText(lang, 'range', { from: labels.long[0], to: labels.long[labels.long.length - 1] });
    const parts = this.summaryParts(model, labels, format);
    if (model.trend) parts.push(chartText(lang, 'trend', { trend: t(lang, `trend.${model.trend}`) }));
    const summary = `${parts.join(', ')}.`;
    const columns = ROLES.filter((role) => model[role] !== null);
    const legend = columns.length > 1
      ? renderLegend({ roles: columns, names, kind: view.kind, hidden: this.hidden, toggle: (role) => this.toggle(role) })
      : nothing;
    return html`${legend}
      <div part="chart" role="img" aria-label=${`${label ? `${label}, ` : ''}${range}. ${summary}`} tabindex="0"
        aria-keyshortcuts="ArrowLeft ArrowRight Home End Escape" @keydown=${(event: KeyboardEvent) => this.step(event, model.keys.length)}
        @blur=${() => this.focusBucket(null)}>
        <canvas part="canvas"></canvas>
      </div>
      <p part="point" class="visually-hidden" aria-live="polite">${this.focused === null || this.focused >= model.keys.length
        ? '' : `${labels.long[this.focused]}: ${columns.filter((role) => !this.hidden.has(role))
          .map((role) => `${names[role]}: ${format((model[role] as Values)[this.focused!])}`).join('; ')}`}</p>
      <p part="summary">${model.trend ? html`<span aria-hidden="true">${ARROWS[model.trend]}</span> ` : nothing}${summary}</p>
      <button part="table-toggle" type="button" aria-expanded=${String(host.showTable)} aria-controls="table"
        @click=${() => (host.showTable = !host.showTable)}>${chartText(lang, host.showTable ? 'hideTable' : 'showTable')}</button>
      <div id="table" class=${host.showTable ? 'scroll' : 'visually-hidden'} tabindex=${host.showTable ? 0 : -1}
        role="region" aria-label=${label || chartText(lang, 'table')}>
        <table part="table">
          ${label ? html`<caption>${label}</caption>` : nothing}
          <thead><tr><th scope="col">${chartText(lang, 'period')}</th>${columns.map((role) => html`<th scope="col">${names[role]}</th>`)}</tr></thead>
          <tbody>${model.keys.map((_, i) => html`<tr><th scope="row">${this.rowName(model, labels, i)}</th>${columns.map(
            (role) => html`<td>${format((model[role] as Values)[i])}</td>`)}</tr>`)}</tbody>
        </table>
      </div>`;
  }

  /** Arrow keys, Home, End and Escape on the focused chart move its tooltip (trend-chart.keys.ts). */
  private step(event: KeyboardEvent, count: number): void {
    const next = stepBucket(event.key, this.focused, count);
    if (next === undefined) return;
    event.preventDefault();
    this.focusBucket(next);
  }

  private focusBucket(index: number | null): void {
    if (index === this.focused) return;
    this.focused = index;
    if (this.charts.chart) showBucket(this.charts.chart, index);
    this.host.requestUpdate();
  }

  /**
   * The summary before the trend: the last bucket that is over, and a running
   * one as "so far", with what the forecast says it comes to ("on pace for").
   * A running total says what it is so far and where it is heading.
   */
  private summaryParts(model: TrendModel, labels: BucketLabels, format: (value: number | null) => string): string[] {
    const lang = this.host.uiLang;
    const last = model.last as NonNullable<TrendModel['last']>;
    const pace = (value: number | null) => (value === null ? '' : `, ${chartText(lang, 'onpace', { value: format(value) })}`);
    if (model.cumulative) {
      return [chartText(lang, 'total', { value: format(last.value), bucket: labels.long[last.index] }) + pace(model.projected)];
    }
    const parts: string[] = [];
    const done = model.lastComplete;
    if (done) parts.push(chartText(lang, 'last', { value: format(done.value), bucket: labels.long[done.index] }));
    if (model.states[last.index] === 'running') {
      parts.push(chartText(lang, 'sofar', { value: format(last.value), bucket: labels.long[last.index] }) + pace(model.projection?.[last.index] ?? null));
    } else if (!done) {
      parts.push(chartText(lang, 'last', { value: format(last.value), bucket: labels.long[last.index] }));
    }
    return parts;
  }

  /** A bucket's name in the table, saying when it holds only part of its period. */
  private rowName(model: TrendModel, labels: BucketLabels, i: number): string {
    const state = model.states[i];
    if (state !== 'running' && state !== 'partial') return labels.long[i];
    return chartText(this.host.uiLang, state === 'running' ? 'row.running' : 'row.partial', { bucket: labels.long[i] });
  }

  /** Shows or hides one line on the chart already drawn (never re-created), and keeps the choice for new data. */
  private toggle(role: Role): void {
    const { hidden } = this;
    if (!hidden.delete(role)) hidden.add(role);
    const chart = this.charts.chart;
    const index = chart ? (chart.data.datasets as TrendDataset[]).findIndex((dataset) => dataset.role === role) : -1;
    if (chart && index >= 0) {
      chart.setDatasetVisibility(index, !hidden.has(role));
      chart.update();
    }
    this.host.requestUpdate();
  }
}
