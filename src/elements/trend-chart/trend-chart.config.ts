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
  /** The same for a y-axis label, given the distance between ticks. */
  tick: (value: number, step: number) => string;
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

  // Running and partial buckets drawn lighter or hollow (trend-chart.partial.ts).
  const parts = partialStyle(model.states, colours, kind);
  const datasets: TrendDataset[] = [
    kind === 'bar'
      ? ({ type: 'bar', role: 'actual', label: names.actual, data: model.actual, order: 0, backgroundColor: colours.line,
          borderColor: colours.line, borderRadius: 2, hidden: hidden.has('actual'), ...parts } as TrendDataset)
      : line('actual', model.actual, colours.line, 0, {
          pointRadius: 2, fill: kind === 'area' ? 'origin' : false, backgroundColor: kind === 'area' ? colours.fill : colours.line,
          ...parts,
        }),
  ];
  if (model.projection) datasets.push(line('projection', model.projection, colours.line, 1));
  if (model.previous) datasets.push(line('previous', model.previous, colours.previous, 2));
  if (model.budget) datasets.push(line('budget', model.budget, colours.budget, 3));
  if (model.target) datasets.push(line('target', model.target, colours.target, 4));
  return { labels: input.labels.short, datasets };
}

/**
 * `responsive: false`: Chart.js's own resize handling misreads a canvas in a
 * shadow root (chart.js #5887, #10924), so the element drives resize() from
 * its own ResizeObserver instead.
 */
function chartOptions(input: ChartInput): ChartOptions<'line' | 'bar'> {
  const { colours, format, tick, labels } = input;
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
      x: { offset: input.kind === 'bar', ticks: { color: colours.text }, grid: { display: false }, border: { color: colours.grid } },
      y: {
        beginAtZero: true,
        ticks: {
          color: colours.text,
          callback: (value: number | string, _index: number, ticks: { value: number }[]) =>
            tick(Number(value), ticks.length > 1 ? ticks[1].value - ticks[0].value : 0),
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
