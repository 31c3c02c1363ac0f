import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Chart } from 'chart.js';
import type { SeriesPoint } from '../../core/evaluate.js';
import { formatValue } from '../../core/format.js';
import { ADDITIVE_KPIS, axisDigits, budgetLine, buildTrend, type TrendModel, type Values } from '../../core/series.js';
import type { FormatKind } from '../../core/types.js';
import { FORMATS, readJson, readNumber, readOption } from '../shared/attributes.js';
import { DataController } from '../shared/data-controller.js';
import { t } from '../shared/i18n.js';
import { KpiElement } from '../shared/kpi-element.js';
import { CHART_KINDS, chartData, chartOptions, type ChartColours, type ChartInput, type ChartKind, type Role } from './trend-chart.config.js';
import { bucketLabels, type BucketLabels } from './trend-chart.labels.js';
import { loadTrend, type TrendSource } from './trend-chart.load.js';
import { chartText } from './trend-chart.strings.js';
import { chartStyles } from './trend-chart.styles.js';

/** What the chart shows, decided from the data and the attributes. */
interface TrendView {
  model: TrendModel;
  kind: ChartKind;
  format: FormatKind;
  previousName: 'previous-year' | 'previous-period';
}

const ROLES: readonly Role[] = ['actual', 'projection', 'previous', 'budget', 'target'];
const ARROWS = { up: '↗', down: '↘', flat: '→' } as const;
let live = 0;

/**
 * @summary A KPI over time as a line, bar or area chart with target, budget, last year and a
 * projection to the end of the period. chart.js loads only when the first chart appears.
 *
 * @slot - One optional `<script type="application/json">` with the series; data only, never shown.
 *
 * @csspart base - The frame. @csspart label - The title. @csspart chart - The chart box (role="img").
 * @csspart canvas - The canvas. @csspart summary - Last value and trend in words.
 * @csspart table-toggle - The button that shows or hides the table. @csspart table - The data table.
 *
 * @cssproperty --kpi-chart-height - Height of the chart box (default 240px).
 * @cssproperty --kpi-chart-1 - The actual values. @cssproperty --kpi-chart-fill - Area fill.
 * @cssproperty --kpi-chart-target - Target line. @cssproperty --kpi-chart-budget - Budget line.
 * @cssproperty --kpi-chart-previous - Last year's line.
 *
 * @event kpi-load - `detail.value`: the last actual value as drawn (a running total when `cumulative`).
 * @event kpi-error - Bad attribute, bad JSON or a failing `src`; the message is shown in the widget.
 */
export class TrendChart extends KpiElement {
  static override styles = [...KpiElement.styles, chartStyles];

  /** Charts created and not yet destroyed, on the whole page. */
  static get liveCharts(): number {
    return live;
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

  private chartInstance: Chart | null = null;
  private creating?: Promise<void>;
  private resizer?: ResizeObserver;
  private drawn: readonly unknown[] = [];
  private labelCache?: { keys: readonly string[]; locale: string; labels: BucketLabels };
  private readonly media = ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)'].map((q) => matchMedia(q));
  private readonly onMedia = () => this.requestUpdate();

  private readonly source = new DataController(this, {
    args: () => {
      const script = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
      const inline = Boolean(this.series || script);
      return [this.series, script, this.src || (inline ? undefined : this.setting('src')), this.select, this.kpi, this.fields,
        this.setting('period'), this.setting('compare'), this.setting('filter'), this.granularity, this.today, this.credentials] as const;
    },
    task: ([series, script, src, select, kpi, fields, period, compare, filter, granularity, today, credentials], { signal }) =>
      loadTrend({ series, script, src, select, kpi, fields, period, compare, filter, granularity, today, credentials }, signal),
    onError: (error) => this.reportError(error),
  });

  private readonly view = new DataController(this, {
    args: () => [this.source.value, this.target, this.budget, this.cumulative, this.type, this.format] as const,
    task: ([source, target, budget, cumulative, type, format]) =>
      source ? decide(source, { target, budget, cumulative, type, format }) : null,
    onComplete: (view) => view && this.emitLoad(view.model.last?.value ?? null),
    onError: (error) => this.reportError(error),
  });

  /** The Chart.js instance while the chart is on the page, else null. */
  get chart(): Chart | null {
    return this.chartInstance;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const query of this.media) query.addEventListener('change', this.onMedia);
    if (this.hasUpdated) this.requestUpdate(); // re-create the chart destroyed on disconnect
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const query of this.media) query.removeEventListener('change', this.onMedia);
    this.destroyChart();
  }

  /** Also waits for chart.js to load and the chart to be drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.creating;
    return done;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const canvas = this.renderRoot.querySelector('canvas');
    if (this.chartInstance && this.chartInstance.canvas !== canvas) this.destroyChart();
    if (!canvas) return;
    if (this.chartInstance) this.drawChart(this.chartInstance);
    else this.creating ??= this.createChart().finally(() => (this.creating = undefined));
  }

  private async createChart(): Promise<void> {
    const { Chart } = await import('./chart-loader.js');
    const canvas = this.renderRoot.querySelector('canvas');
    const config = canvas && this.isConnected && !this.chartInstance ? this.nextConfig() : null;
    if (!canvas || !config) return;
    // Without an inline height Chart.js sizes a new canvas to half its width;
    // with one it takes the wrapper's height (the stylesheet fills the wrapper).
    canvas.style.height = '100%';
    // The whole configuration at construction: Chart.js binds its own
    // (shadow-DOM-blind) resize handling there unless `responsive` is false.
    const chart = new Chart(canvas, { type: 'line', ...config });
    this.chartInstance = chart;
    live++;
    this.resizer = new ResizeObserver(() => chart.resize());
    this.resizer.observe(canvas.parentElement as Element);
  }

  /** Updates the one Chart instance in place; a chart is never re-created for new data. */
  private drawChart(chart: Chart): void {
    const config = this.nextConfig();
    if (!config) return;
    chart.data = config.data;
    chart.options = config.options;
    chart.update();
  }

  /** Data and options for the chart, or null when it already shows them. */
  private nextConfig() {
    const view = this.view.value;
    if (!view) return null;
    const colours = this.readColours();
    const animate = !this.media[1].matches;
    const inputs = [view, Object.values(colours).join(), this.resolvedLocale, this.setting('currency'), animate];
    if (inputs.length === this.drawn.length && inputs.every((value, i) => Object.is(value, this.drawn[i]))) return null;
    this.drawn = inputs;
    const options = this.numberOptions(view.format);
    const input: ChartInput = {
      model: view.model, kind: view.kind, labels: this.labels(view.model.keys), names: this.names(view), colours, animate,
      format: (value) => formatValue(value, options),
      tick: (value, step) => formatValue(value, { ...options, digits: axisDigits(step, view.format) }),
    };
    const data = chartData(input);
    return { data, options: chartOptions(input, data.datasets.length) };
  }

  private destroyChart(): void {
    this.resizer?.disconnect();
    this.resizer = undefined;
    if (!this.chartInstance) return;
    this.chartInstance.destroy();
    this.chartInstance = null;
    this.drawn = [];
    live--;
  }

  /** Theme colours as CSS resolved them, for the canvas, which cannot read custom properties. */
  private readColours(): ChartColours {
    const style = getComputedStyle(this);
    const read = (name: string) => style.getPropertyValue(`--_chart-${name}`).trim();
    return {
      line: read('1'), fill: read('fill'), target: read('target'), budget: read('budget'), previous: read('previous'),
      text: read('text'), grid: read('grid'),
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

  private formatter(format: FormatKind) {
    const options = this.numberOptions(format);
    return (value: number | null) => formatValue(value, options);
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
    const format = this.formatter(view.format);
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
      <table part="table" id="table" class=${this.showTable ? '' : 'visually-hidden'}>
        ${this.label ? html`<caption>${this.label}</caption>` : nothing}
        <thead><tr><th scope="col">${chartText(lang, 'period')}</th>${columns.map((role) => html`<th scope="col">${names[role]}</th>`)}</tr></thead>
        <tbody>${model.keys.map((_, i) => html`<tr><th scope="row">${labels.long[i]}</th>${columns.map(
          (role) => html`<td>${format((model[role] as Values)[i])}</td>`)}</tr>`)}</tbody>
      </table>`;
  }
}

/** Turns the loaded series and the chart's own attributes into what it draws; attribute mistakes throw. */
function decide(
  source: TrendSource,
  raw: { target: unknown; budget: unknown; cumulative: boolean; type: unknown; format: unknown },
): TrendView {
  const kind = readOption('type', raw.type, CHART_KINDS, 'line');
  const format = raw.format ? (readOption('format', raw.format, FORMATS, 'number') as FormatKind) : source.kpi?.format ?? 'number';
  const model = buildTrend({
    series: source.series,
    progress: source.progress,
    previous: source.previous,
    budget: readBudget(raw.budget, source.series.map((point) => point.date)),
    target: readNumber('target', raw.target),
    cumulative: raw.cumulative,
    additive: source.kpi ? ADDITIVE_KPIS.has(source.kpi.id) : format !== 'percent',
  });
  return { model, kind, format, previousName: source.compare === 'previous-period' ? 'previous-period' : 'previous-year' };
}

/** `budget="150000"` (as people write numbers) or JSON: a list, or a series by date. */
function readBudget(raw: unknown, keys: readonly string[]): Values | null {
  if (raw === undefined || raw === null || raw === '') return null;
  const doc = typeof raw === 'string' && !/^\s*[[{]/.test(raw) ? readNumber('budget', raw) : readJson('budget', raw);
  const line = budgetLine(doc, keys);
  if (line) return line;
  throw Object.assign(new Error('budget is not a budget'), {
    code: 'schema',
    attribute: 'budget',
    detail: 'budget must be a number, a list of numbers or a series like [{"date":"2026-01","value":100}]',
  });
}
