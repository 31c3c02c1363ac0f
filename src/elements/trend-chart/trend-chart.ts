import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Chart } from 'chart.js';
import type { SeriesPoint } from '../../core/evaluate.js';
import { formatValue } from '../../core/format.js';
import { axisDigits, type TrendModel, type Values } from '../../core/series.js';
import type { FormatKind } from '../../core/types.js';
import { DataController } from '../shared/data-controller.js';
import { InlineJsonController } from '../shared/inline-json.js';
import { RefreshController } from '../shared/refresh-controller.js';
import { t } from '../shared/i18n.js';
import { KpiElement } from '../shared/kpi-element.js';
import { ChartController, type ChartPlan } from './chart-controller.js';
import { chartSetup, readColours, type Role } from './trend-chart.config.js';
import { bucketLabels, type BucketLabels } from './trend-chart.labels.js';
import { decideView, loadTrend, type TrendView } from './trend-chart.load.js';
import { chartText } from './trend-chart.strings.js';
import { chartStyles } from './trend-chart.styles.js';

const ROLES: readonly Role[] = ['actual', 'projection', 'previous', 'budget', 'target'];
const ARROWS = { up: '↗', down: '↘', flat: '→' } as const;

/**
 * @tag trend-chart
 * @summary A KPI over time as a line, bar or area chart with target, budget, last year and a
 * projection to the end of the period. chart.js loads only when the first chart appears.
 *
 * @slot - One optional `<script type="application/json">` with the series; data only, never shown.
 *
 * @csspart base - The frame.
 * @csspart label - The title.
 * @csspart chart - The chart box (role="img", its label sums the chart up).
 * @csspart canvas - The canvas.
 * @csspart summary - Last value and trend in words.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table, visually hidden until shown.
 *
 * @cssproperty --kpi-chart-height - Height of the chart box (default 240px).
 * @cssproperty --kpi-chart-1 - Colour of the actual values and the projection.
 * @cssproperty --kpi-chart-fill - Fill under an area chart.
 * @cssproperty --kpi-chart-target - Colour of the target line.
 * @cssproperty --kpi-chart-budget - Colour of the budget line.
 * @cssproperty --kpi-chart-previous - Colour of last year's line.
 *
 * @event kpi-load - `detail.value`: the last actual value as drawn (a running total when `cumulative`).
 * @event kpi-error - Bad attribute, bad JSON or a failing `src`; the message is shown in the widget.
 */
export class TrendChart extends KpiElement {
  static override styles = [...KpiElement.styles, chartStyles];

  /** Charts created and not yet destroyed, on the whole page. */
  static get liveCharts(): number {
    return ChartController.live;
  }

  /** The series as JSON (`[{"date":"2026-01","value":120}]`) or that array as a property. */
  @property() series?: string | readonly SeriesPoint[];
  /** Bucket size for `src` records: `day`, `week`, `month` (default), `quarter`, `year`. */
  @property() granularity?: string;
  /** A target level, drawn as a line. */
  @property() target?: string | number;
  /** Budget: one number per bucket, a list by position, or a series by date (JSON). */
  @property() budget?: string | number | readonly unknown[];
  /** Actual, budget, last year and projection as running totals. */
  @property({ type: Boolean }) cumulative = false;
  /** `line` (default), `bar` or `area`. */
  @property() type?: string;
  /** Show the data table; otherwise it is there for screen readers only. */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  private labelCache?: { keys: readonly string[]; locale: string; labels: BucketLabels };
  private readonly source = new DataController(this, {
    args: () => [this.series, this.script(), this.dataSrc(), this.select, this.kpi, this.fields, this.setting('period'),
      this.setting('compare'), this.setting('filter'), this.granularity, this.today, this.credentials] as const,
    task: ([series, script, src, select, kpi, fields, period, compare, filter, granularity, today, credentials], { signal }) =>
      loadTrend({ series, script, src, select, kpi, fields, period, compare, filter, granularity, today, credentials }, signal),
    onError: (error) => this.reportError(error),
  });

  private readonly inline = new InlineJsonController(this);
  private readonly refresher = new RefreshController(this, {
    src: () => this.dataSrc(),
    seconds: () => this.refresh,
    credentials: () => this.credentials,
    onChange: () => void this.source.rerun(),
    onError: (error) => this.reportError(error),
  });

  private readonly view = new DataController(this, {
    args: () => [this.source.value, this.target, this.budget, this.cumulative, this.type, this.format] as const,
    task: ([source, target, budget, cumulative, type, format]) =>
      source ? decideView(source, { target, budget, cumulative, type, format }) : null,
    onComplete: (view) => view && this.emitLoad(view.model.last?.value ?? null),
    onError: (error) => this.reportError(error),
  });

  private readonly charts = new ChartController(this, () => this.chartPlan());

  /** The Chart.js instance while the chart is on the page, else null. */
  get chart(): Chart | null {
    return this.charts.chart;
  }

  /** Also waits for chart.js to load and the first chart to be drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.charts.pending;
    return done;
  }

  private script(): string | undefined {
    return this.inline.text;
  }

  /** Inline data wins over a dashboard's `src`; the chart's own `src` is used unless it has inline data. */
  private dataSrc(): string | undefined {
    return this.src || (this.series || this.script() ? undefined : this.setting('src'));
  }

  private chartPlan(): ChartPlan | null {
    const view = this.view.value;
    if (!view) return null;
    const colours = readColours(this);
    const animate = !this.charts.reducedMotion;
    const key = [view, Object.values(colours).join(), this.resolvedLocale, this.setting('currency'), animate];
    const options = this.numberOptions(view.format);
    return {
      key,
      setup: () => chartSetup({
        model: view.model, kind: view.kind, labels: this.labels(view.model.keys), names: this.names(view), colours, animate,
        format: (value) => formatValue(value, options),
        tick: (value, step) => formatValue(value, { ...options, digits: axisDigits(step, view.format) }),
      }),
    };
  }

  private labels(keys: readonly string[]): BucketLabels {
    const locale = this.resolvedLocale;
    const cache = this.labelCache;
    if (cache?.keys === keys && cache.locale === locale) return cache.labels;
    const labels = bucketLabels(keys, locale, this.uiLang);
    this.labelCache = { keys, locale, labels };
    return labels;
  }

  private numberOptions(format: FormatKind) {
    return { format, locale: this.resolvedLocale, currency: this.setting('currency') };
  }

  private names(view: TrendView): Record<Role, string> {
    const lang = this.uiLang;
    const name = (key: Parameters<typeof chartText>[1]) => chartText(lang, key);
    return {
      actual: name('actual'), projection: name('projection'), previous: name(view.previousName),
      budget: name('budget'), target: name('target'),
    };
  }

  protected override render() {
    const failed = [this.source, this.view].find((controller) => controller.status === 'error');
    const status = failed ? 'error' : this.source.status === 'complete' ? this.view.status : this.source.status;
    const view = this.view.value;
    return this.renderFrame(status, failed?.error, () => this.renderChart(view as TrendView), { empty: !view?.model.last });
  }

  private renderChart(view: TrendView) {
    const lang = this.uiLang;
    const { model } = view;
    const labels = this.labels(model.keys);
    const options = this.numberOptions(view.format);
    const format = (value: number | null) => formatValue(value, options);
    const names = this.names(view);
    const last = model.last as NonNullable<TrendModel['last']>;
    const range = chartText(lang, 'range', { from: labels.long[0], to: labels.long[labels.long.length - 1] });
    const parts = [chartText(lang, 'last', { value: format(last.value), bucket: labels.long[last.index] })];
    if (model.trend) parts.push(chartText(lang, 'trend', { trend: t(lang, `trend.${model.trend}`) }));
    const summary = `${parts.join(', ')}.`;
    const columns = ROLES.filter((role) => model[role] !== null);
    return html`<div part="chart" role="img" aria-label=${`${this.label ? `${this.label}, ` : ''}${range}. ${summary}`}>
        <canvas part="canvas"></canvas>
      </div>
      <p part="summary">${model.trend ? html`<span aria-hidden="true">${ARROWS[model.trend]}</span> ` : nothing}${summary}</p>
      <button part="table-toggle" type="button" aria-expanded=${String(this.showTable)} aria-controls="table"
        @click=${() => (this.showTable = !this.showTable)}>${chartText(lang, this.showTable ? 'hideTable' : 'showTable')}</button>
      <div id="table" class=${this.showTable ? 'scroll' : 'visually-hidden'} tabindex=${this.showTable ? 0 : -1}
        role="region" aria-label=${this.label || chartText(lang, 'table')}>
        <table part="table">
          ${this.label ? html`<caption>${this.label}</caption>` : nothing}
          <thead><tr><th scope="col">${chartText(lang, 'period')}</th>${columns.map((role) => html`<th scope="col">${names[role]}</th>`)}</tr></thead>
          <tbody>${model.keys.map((_, i) => html`<tr><th scope="row">${labels.long[i]}</th>${columns.map(
            (role) => html`<td>${format((model[role] as Values)[i])}</td>`)}</tr>`)}</tbody>
        </table>
      </div>`;
  }
}
