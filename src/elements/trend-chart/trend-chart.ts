import { nothing, type PropertyDeclarations } from 'lit';
import type { Chart } from 'chart.js';
import type { SeriesPoint } from '../../core/evaluate.js';
import { KpiElement } from '../shared/kpi-element.js';
import { chartStyles } from './trend-chart.styles.js';
import type { TrendChartView } from './trend-chart.view.js';

type ViewModule = Pick<typeof import('./trend-chart.view.js'), 'TrendChartView' | 'ChartController'>;

/** The view module once a chart has connected; later charts build their view at once. */
let viewModule: ViewModule | undefined;
let viewLoading: Promise<ViewModule> | undefined;
function loadView(): Promise<ViewModule> {
  viewLoading ??= import('./trend-chart.view.js').then(
    // Only the two names: keeping the whole module object would make the bundler build a namespace
    // object for it, with a runtime helper in a chunk of its own (one more request, 0.5 KB).
    ({ TrendChartView, ChartController }) => (viewModule = { TrendChartView, ChartController }),
    (error) => {
      viewLoading = undefined; // the next chart to connect tries again
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { code: 'network' });
    },
  );
  return viewLoading;
}

/**
 * @tag trend-chart
 * @summary A KPI over time as a line, bar or area chart with target, budget, last year and a
 * projection to the end of the period. chart.js loads only when the first chart appears.
 * From `src` records, a bucket that lies wholly before the data's first record date is no data
 * (a gap in the line, "—" in the table), not 0, and the run rate counts from where the data
 * starts; so is a last-year or previous-period bucket wholly after the data's last record. A
 * bucket inside the data's span without deals is a real 0, and so is one after the last record
 * up to today (the export is taken as current). The span is the whole export's, before `filter`.
 *
 * @slot - One optional `<script type="application/json">` with the series; data only, never shown.
 *
 * @csspart base - The frame.
 * @csspart label - The title: `label`, else with `kpi` the KPI's name in the widget's language.
 * @csspart legend - Above the chart when it draws more than one line: a list with one toggle per line.
 * @csspart legend-item - A legend entry: a button (`aria-pressed`) that shows or hides its line on the chart.
 * @csspart legend-swatch - The sample of the line in a legend entry, drawn in the line's colour, width and dash pattern.
 * @csspart chart - The chart box (role="img", its label sums the chart up). Focusable: ← → Home End move the tooltip
 *   from bucket to bucket, Escape hides it.
 * @csspart point - Visually hidden live region: the bucket the keyboard's tooltip is on, in the data table's words.
 * @csspart canvas - The canvas.
 * @csspart summary - Last value and trend in words; "Total so far" and the trend of the running total when `cumulative`.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table, visually hidden until shown.
 * @csspart stale - With `refresh`, while the source fails: "Showing data from 3 minutes ago: the data source is not answering."
 *
 * @cssproperty --kpi-chart-height - Height of the chart box (default 240px).
 * @cssproperty --kpi-chart-1 - Colour of the actual values and the projection.
 * @cssproperty --kpi-chart-fill - Fill under an area chart.
 * @cssproperty --kpi-chart-target - Colour of the target line.
 * @cssproperty --kpi-chart-budget - Colour of the budget line.
 * @cssproperty --kpi-chart-previous - Colour of last year's line.
 *
 * @csspart note - With records whose rows were left out or read doubtfully: the data note ("3 of 500 rows left out"), a <details> listing row, column, value and why.
 * @event {CustomEvent<{ value: number | null; projection: number | null; quality?: DataQuality }>} kpi-load - After each resolve. `detail`: `{ value, projection }`: the last actual value as drawn (a running total when `cumulative`; null when empty), and the value projected for the period's end (its total for a KPI that adds up; the same as a goal's over the same period; null when nothing is projected). With records, `detail.quality`: rows read, rows used, the issues (row, field, value, code) and a count per code.
 * @event {CustomEvent<KpiErrorDetail>} kpi-error - Bad attribute, bad JSON or a failing `src`; the message is shown in the widget. `detail` (KpiErrorDetail): `{ code, message }` and, where they apply, `attribute`, `value`, `status`, `url`.
 */
export class TrendChart extends KpiElement {
  static override styles = [...KpiElement.styles, chartStyles];

  static override properties: PropertyDeclarations = {
    series: {},
    granularity: {},
    target: {},
    budget: {},
    cumulative: { type: Boolean },
    type: {},
    pace: {},
    holidays: {},
    showTable: { type: Boolean, reflect: true, attribute: 'show-table' },
  };

  /** Charts created and not yet destroyed, on the whole page. */
  static get liveCharts(): number {
    return viewModule?.ChartController.live ?? 0;
  }

  /** The series as JSON (`[{"date":"2026-01","value":120}]`) or that array as a property. */
  series?: string | readonly SeriesPoint[];
  /** Bucket size for `src` records: `day`, `week`, `month` (default), `quarter`, `year`. */
  granularity?: string;
  /** A target level, drawn as a line. */
  target?: string | number;
  /** Budget: one number per bucket, a list by position, or a series by date (JSON). */
  budget?: string | number | readonly unknown[];
  /** Actual, budget, last year and projection as running totals. */
  cumulative = false;
  /** `line` (default), `bar` or `area`. */
  type?: string;
  /** `calendar` (default) or `working`: the forecast lays what is still to come on working days only. Inherited from a `<kpi-dashboard>`. */
  pace?: string;
  /** Days off for `pace="working"`: country codes (`NO`, `SE`, `DK`, `FI`, `NL`) and dates, mixed: `NO,2026-12-24`. Inherited from a `<kpi-dashboard>`. */
  holidays?: string | string[];
  /** Show the data table; otherwise it is there for screen readers only. */
  showTable = false;

  /**
   * The data, the chart and what is rendered, from trend-chart.view.ts. The
   * tag is registered at once with this small class; the view, and chart.js
   * after it, load when the first chart connects.
   */
  private view?: TrendChartView;
  private viewReady?: Promise<unknown>;
  private viewError?: unknown;

  constructor() {
    super();
    if (viewModule) this.view = this.createView(viewModule);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view || this.viewReady) return;
    this.viewReady = loadView().then(
      (m) => {
        this.view ??= this.createView(m);
        this.viewError = undefined;
        this.requestUpdate();
      },
      (error) => {
        this.viewReady = undefined;
        this.viewError = error;
        this.reportError(error);
        this.requestUpdate();
      },
    );
  }

  private createView({ TrendChartView }: ViewModule): TrendChartView {
    return new TrendChartView(this, {
      setting: (name) => this.setting(name),
      renderFrame: (status, error, content, options) => this.renderFrame(status, error, content, options),
      emitLoad: (value, extra) => this.emitLoad(value, extra),
      recordSettings: () => this.recordSettings(),
      reportError: (error) => this.reportError(error),
    });
  }

  /** The Chart.js instance while the chart is on the page, else null. */
  get chart(): Chart | null {
    return this.view?.chart ?? null;
  }

  /** Also waits for the view to load, and for chart.js and the first chart to be drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.viewReady;
    const done = await super.getUpdateComplete();
    await this.view?.pending;
    return done;
  }

  protected override render() {
    if (this.view) return this.view.render();
    return this.renderFrame(this.viewError ? 'error' : 'initial', this.viewError, () => nothing);
  }
}
