/**
 * The Chart.js configuration for a trend model: which lines, in which colours
 * and dash patterns, with localised axis and tooltip. The legend is HTML in the
 * element (trend-chart.view.ts), drawn from the same dash patterns. Types only
 * from chart.js, so this module costs nothing before the chart loads.
 */
import type { ChartData, ChartDataset, ChartOptions, TooltipItem } from 'chart.js';
import type { TrendModel, Values } from '../../core/series.js';
import type { ChartSetup } from './chart-controller.js';
import type { BucketLabels } from './trend-chart.labels.js';
import { partialStyle } from './trend-chart.partial.js';

export const CHART_KINDS = ['line', 'bar', 'area'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Dash of a forecast bar's outline (trend-chart.bars.ts); the legend's swatch draws the same. */
export const FORECAST_DASH = [4, 3];

// The bar look (trend-chart.bars.ts) and the area fill (trend-chart.area.ts)
// are chunks of their own: only a chart with type="bar" or "area" loads them,
// so a line chart (one given its series inline, say) downloads none of it.
let bars: typeof import('./trend-chart.bars.js') | undefined;
let lookLoad: Promise<void> | undefined;

/**
 * Loads what a bar or an area chart draws beyond lines, and registers its
 * plugins (dashed forecast outlines, the area's fill) with Chart.js; undefined
 * once it is here, and for a line chart. A view waits for it before it is
 * drawn (trend-chart.view.ts). Bars and area come together, so a chart
 * switched from one to the other redraws at once.
 */
export function loadLook(kind: ChartKind): Promise<void> | undefined {
  if (bars || kind === 'line') return undefined;
  return (lookLoad ??= Promise.all([import('./trend-chart.bars.js'), import('./trend-chart.area.js'), import('./chart-loader.js')])
    .then(([module, { areaFill }, { Chart }]) => {
      Chart.register(module.dashedOutlines, areaFill);
      bars = module;
    }));
}

/** What a dataset shows; tests and the data table find datasets by it. */
export type Role = 'actual' | 'projection' | 'previous' | 'budget' | 'target';

/** Resolved CSS colours, read from the element's custom properties. */
export interface ChartColours {
  line: string;
  fill: string;
  target: string;
  budget: string;
  previous: string;
  text: string;
  grid: string;
}

/**
 * The theme colours as CSS resolved them (see trend-chart.styles.ts), for the
 * canvas, which cannot read custom properties itself.
 */
export function readColours(host: Element): ChartColours {
  const style = getComputedStyle(host);
  const resolve = matchMedia('(forced-colors: active)').matches ? systemColour : (value: string) => value;
  const read = (name: string) => resolve(style.getPropertyValue(`--_chart-${name}`).trim());
  return {
    line: read('1'), fill: read('fill'), target: read('target'), budget: read('budget'), previous: read('previous'),
    text: read('text'), grid: read('grid'),
  };
}

/**
 * A system colour (CanvasText, GrayText) as the forced palette has it; the
 * canvas would otherwise paint the keyword's ordinary value, which may be
 * black on a black high-contrast background.
 */
function systemColour(value: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.color = value;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/**
 * Dash pattern of each line (none: solid), shared by the canvas and the
 * legend's swatches. The lines differ in dash as well as colour, so they stay
 * apart in forced colours and for colour-blind readers.
 */
export const DASHES: Partial<Record<Role, number[]>> = { projection: [6, 4], budget: [2, 3], target: [10, 3, 2, 3] };

/** Line width of each role; the canvas and the legend's swatches use the same. */
export const lineWidth = (role: Role): number => (role === 'previous' ? 1.5 : 2);

export interface ChartInput {
  model: TrendModel;
  kind: ChartKind;
  labels: BucketLabels;
  /** The legend / tooltip name of each role, in the widget's language. */
  names: Record<Role, string>;
  /** Roles the reader has switched off in the legend. */
  hidden: ReadonlySet<Role>;
  colours: ChartColours;
  /** The KPI's number format in the widget's locale, for the tooltip. */
  format: (value: number | null) => string;
  /** The same for a y-axis label, given the distance between ticks and the largest tick (see core/axis.ts). */
  tick: (value: number, step: number, largest: number) => string;
  /** At most this many labels along each axis (see core/axis.ts tickCount). */
  ticks: { x: number; y: number };
  animate: boolean;
}

export type TrendDataset = (ChartDataset<'line', Values> | ChartDataset<'bar', Values>) & { role: Role };

/**
 * One dataset per line the model has, in dash patterns of their own (DASHES).
 * A lower `order` is drawn on top: the actual values first. A role switched
 * off in the legend starts `hidden`, so new data does not bring it back.
 */
function chartData(input: ChartInput): ChartData<'line' | 'bar', Values, string> {
  const { model, kind, names, colours, hidden } = input;
  const line = (role: Role, data: Values, colour: string, order: number, extra: Partial<ChartDataset<'line', Values>> = {}) =>
    ({
      type: 'line', role, label: names[role], data, order, borderColor: colour, backgroundColor: colour,
      borderWidth: lineWidth(role), borderDash: DASHES[role], pointRadius: 0, pointHoverRadius: 3, fill: false, spanGaps: false,
      hidden: hidden.has(role), ...extra,
    }) as TrendDataset;

  // Running and partial buckets drawn lighter or hollow (trend-chart.partial.ts); a bar chart draws its own forecast
  // and budget (trend-chart.bars.ts); a line or area chart draws every role as a line.
  const parts = partialStyle(model.states, colours, kind);
  // A bar view is drawn only once its look is here (loadLook); a line stands in should it not be.
  const datasets: TrendDataset[] = kind === 'bar' && bars
    ? bars.barDatasets({ model, names, colours, hidden, dash: FORECAST_DASH })
    : [line('actual', model.actual, colours.line, 0, {
        pointRadius: 2, fill: kind === 'area' ? 'origin' : false, backgroundColor: kind === 'area' ? colours.fill : colours.line,
        ...parts,
      })];
  if (kind === 'bar') Object.assign(datasets[0], parts);
  if (model.projection && kind !== 'bar') datasets.push(line('projection', model.projection, colours.line, 1));
  if (model.previous) datasets.push(line('previous', model.previous, colours.previous, 2));
  if (model.budget && kind !== 'bar') datasets.push(line('budget', model.budget, colours.budget, 3));
  if (model.target) datasets.push(line('target', model.target, colours.target, 4));
  return { labels: input.labels.short, datasets };
}

/**
 * `responsive: false`: Chart.js's own resize handling misreads a canvas in a
 * shadow root (chart.js #5887, #10924), so the element drives resize() from
 * its own ResizeObserver instead.
 */
function chartOptions(input: ChartInput): ChartOptions<'line' | 'bar'> {
  const { colours, format, tick, labels, ticks } = input;
  return {
    responsive: false,
    maintainAspectRatio: false,
    animation: input.animate ? { duration: 400 } : false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      tooltip: {
        callbacks: {
          title: (items: TooltipItem<'line' | 'bar'>[]) => labels.long[items[0]?.dataIndex ?? -1] ?? '',
          label: (item: TooltipItem<'line' | 'bar'>) => `${item.dataset.label}: ${format(item.parsed.y)}`,
        },
      },
    },
    scales: {
      // Dates stay level: where they do not all fit, every other one (or more) is left out instead of tilted.
      x: {
        offset: input.kind === 'bar',
        ticks: { color: colours.text, maxRotation: 0, autoSkip: true, autoSkipPadding: 8, maxTicksLimit: ticks.x },
        grid: { display: false },
        border: { color: colours.grid },
      },
      y: {
        beginAtZero: true,
        ticks: {
          color: colours.text,
          maxTicksLimit: ticks.y,
          callback: (value: number | string, _index: number, all: { value: number }[]) =>
            tick(Number(value), all.length > 1 ? all[1].value - all[0].value : 0, Math.max(...all.map((t) => Math.abs(t.value)))),
        },
        grid: { color: colours.grid },
        border: { display: false },
      },
    },
  };
}

export function chartSetup(input: ChartInput): ChartSetup {
  return { data: chartData(input), options: chartOptions(input) };
}
