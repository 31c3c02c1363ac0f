import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { TrendChart } from '../src/elements/trend-chart/trend-chart.js';
import { pendingSource } from './support/pending.js';
import { renderElement } from './support/render.js';
import {
  clean, expectEmpty, expectError, expectLoading, expectParts, part, parts, themeOf, widget,
} from './support/widgets.js';

/** The attributes a story sets, by their attribute names. */
interface ChartArgs {
  label?: string;
  series?: string;
  src?: string;
  kpi?: string;
  granularity?: string;
  period?: string;
  compare?: string;
  today?: string;
  target?: string | number;
  budget?: string | number;
  cumulative?: boolean;
  type?: string;
  'show-table'?: boolean;
  format?: string;
  currency?: string;
  locale?: string;
  theme?: string;
}

const chart = (canvas: HTMLElement) => widget<TrendChart>(canvas, 'trend-chart');

/** Waits for the chart itself: chart.js loads on first use and draws after the first render. */
async function expectDrawn(el: TrendChart): Promise<void> {
  await waitFor(() => expect(el.chart).not.toBeNull(), { timeout: 8000 });
  await expect(part(el, 'canvas')).not.toBeNull();
}

/** The legend's toggle buttons. */
const legendEntries = (el: TrendChart) => parts(el, 'legend-item') as HTMLButtonElement[];

/** The table's rows as text, header row first. */
const tableRows = (el: TrendChart) =>
  [...el.shadowRoot!.querySelectorAll('[part="table"] tr')].map((row) =>
    [...row.children].map((cell) => clean(cell.textContent)).join(' | '));

/** Monthly revenue 2026 in NOK; November and December still to come. */
const revenue2026 = JSON.stringify([
  { date: '2026-01', value: 1184000 },
  { date: '2026-02', value: 1262500 },
  { date: '2026-03', value: 1431800 },
  { date: '2026-04', value: 1198300 },
  { date: '2026-05', value: 1376900 },
  { date: '2026-06', value: 1524100 },
  { date: '2026-07', value: 962400 },
  { date: '2026-08', value: 1287600 },
  { date: '2026-09', value: 1498200 },
  { date: '2026-10', value: 1611700 },
  { date: '2026-11', value: null },
  { date: '2026-12', value: null },
]);

/** Win rate per quarter: a rate, so it is never summed. */
const winRate = JSON.stringify([
  { date: '2025-Q4', value: 0.318 },
  { date: '2026-Q1', value: 0.301 },
  { date: '2026-Q2', value: 0.336 },
  { date: '2026-Q3', value: 0.342 },
]);

const meta = {
  title: 'Widgets/Trend chart',
  component: 'trend-chart',
  render: renderElement('trend-chart'),
  parameters: {
    kpiWidth: '640px',
    docs: {
      description: {
        component:
          'A KPI over time as a line, bar or area chart, with a target line, a budget, last year and a projection to ' +
          'the end of a running period. Screen readers get a one-sentence summary and a data table (which ' +
          '`show-table` also shows on screen). chart.js loads only when the first chart appears.',
      },
    },
  },
} satisfies Meta<ChartArgs>;

export default meta;
type Story = StoryObj<ChartArgs>;

export const Value: Story = {
  name: 'Line with target',
  args: { label: 'Revenue per month', series: revenue2026, target: 1400000, format: 'currency', currency: 'NOK' },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectParts(el, { label: 'Revenue per month', summary: '↗ Last value NOK 1,611,700 (October 2026), trend up.' });
    await expectDrawn(el);
    await expect(clean(part(el, 'chart')!.getAttribute('aria-label'))).toBe(
      'Revenue per month, January 2026 – December 2026. Last value NOK 1,611,700 (October 2026), trend up.',
    );
    // The trailing empty months of a ready-made series are projected from the run rate.
    await expect(el.chart!.data.datasets.map((dataset) => dataset.label)).toEqual(['Actual', 'Projection', 'Target']);
    // The legend names the same lines, each a toggle that is on.
    const entries = legendEntries(el);
    await expect(entries.map((entry) => clean(entry.textContent))).toEqual(['Actual', 'Projection', 'Target']);
    await expect(entries.map((entry) => entry.getAttribute('aria-pressed'))).toEqual(['true', 'true', 'true']);
  },
};

export const LegendToggle: Story = {
  name: 'Legend: a line switched off',
  args: { ...Value.args, budget: 1300000 },
  parameters: {
    docs: {
      description: {
        story: 'The legend is HTML: a button per line (`aria-pressed`) that hides or shows it on the same chart. ' +
          'Style it with `::part(legend)`, `::part(legend-item)` and `::part(legend-swatch)`.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectDrawn(el);
    const chartBefore = el.chart;
    const budget = legendEntries(el).find((entry) => clean(entry.textContent) === 'Budget')!;
    await userEvent.click(budget);
    await waitFor(() => expect(budget.getAttribute('aria-pressed')).toBe('false'));
    const index = el.chart!.data.datasets.findIndex((dataset) => dataset.label === 'Budget');
    await expect(el.chart!.isDatasetVisible(index)).toBe(false);
    await expect(el.chart).toBe(chartBefore);
  },
};

export const Bars: Story = {
  name: 'Bars',
  args: { ...Value.args, type: 'bar' },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectDrawn(el);
    await expect(el.chart!.data.datasets.some((dataset) => (dataset as { type?: string }).type === 'bar' )
      || (el.chart!.config as { type?: string }).type === 'bar').toBe(true);
  },
};

export const CumulativeWithBudget: Story = {
  name: 'Area, cumulative against budget',
  args: {
    label: 'Revenue 2026, running total',
    series: revenue2026,
    budget: 1300000,
    cumulative: true,
    type: 'area',
    format: 'currency',
    currency: 'NOK',
    'show-table': true,
  },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectDrawn(el);
    // The summary tells of the running total drawn.
    // Run rate 13,337,500 / 10 months × 12 = 16,005,000: the same figure as the projection column's December.
    await expectParts(el, { summary: '↗ Total so far NOK 13,337,500 (October 2026), on pace for NOK 16,005,000, trend up.' });
    const rows = tableRows(el);
    await expect(rows[0]).toBe('Period | Actual | Projection | Budget');
    await expect(rows[1]).toBe('January 2026 | NOK 1,184,000 | — | NOK 1,300,000');
    await expect(rows[10]).toBe('October 2026 | NOK 13,337,500 | NOK 13,337,500 | NOK 13,000,000');
    // Run rate 1 333 750 a month carried to December.
    await expect(rows[12]).toBe('December 2026 | — | NOK 16,005,000 | NOK 15,600,000');
  },
};

export const Rate: Story = {
  name: 'A rate per quarter',
  args: { label: 'Win rate per quarter', series: winRate, format: 'percent' },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectParts(el, { summary: '↗ Last value 34.2% (Q3 2026), trend up.' });
    await expectDrawn(el);
  },
};

export const FromSeriesDocument: Story = {
  name: 'From a JSON series document',
  args: { label: 'Revenue per month', src: '/data/revenue-2026.json', format: 'currency', currency: 'NOK' },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectParts(el, { summary: '↗ Last value NOK 1,611,700 (October 2026), trend up.' });
    await expectDrawn(el);
  },
};

export const FromCrmRecords: Story = {
  name: 'From CRM records, with last year and projection',
  args: {
    label: 'Revenue per month',
    src: '/data/deals.csv',
    kpi: 'revenue',
    granularity: 'month',
    period: 'this-year',
    compare: 'previous-year',
    today: '2026-11-23',
    currency: 'NOK',
    'show-table': true,
  },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectDrawn(el);
    const rows = tableRows(el);
    await expect(rows[0]).toBe('Period | Actual | Projection | Last year');
    // Won deals closed in January 2026 and January 2025.
    await expect(rows[2]).toBe('February 2026 | NOK 700,900 | — | NOK 277,500');
    // November is running on 23 November (issue 12): the projection leaves from October, the last whole month,
    await expect(rows[10]).toBe('October 2026 | NOK 616,300 | NOK 616,300 | NOK 677,100');
    // and November is marked as so far, with the one forecast model's end-of-month figure (the model is worked
    // out by hand in test/core/forecast.test.ts). The summary says the same figure, not a figure of its own.
    await expect(rows[11]).toBe('November 2026 (so far) | NOK 156,400 | NOK 304,415 | NOK 405,500');
    await expectParts(el, { summary: '↗ Last value NOK 616,300 (October 2026), November 2026 so far NOK 156,400, on pace for NOK 304,415, trend up.' });
    await expect(rows[12]).toBe('December 2026 | — | NOK 655,494 | NOK 373,900');
  },
};

export const BeforeTheData: Story = {
  name: 'Narrow, titled by its KPI, last year before the data began',
  args: {
    src: '/data/deals.csv',
    kpi: 'revenue',
    period: 'rolling-12m',
    compare: 'previous-year',
    today: '2026-03-31',
    currency: 'NOK',
    'show-table': true,
  },
  parameters: { kpiWidth: '360px' },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectDrawn(el);
    // No label: the KPI's name is the title, and the chart's name starts with it.
    await expectParts(el, { label: 'Revenue' });
    await expect(part(el, 'chart')!.getAttribute('aria-label')).toMatch(/^Revenue, April 2025 – March 2026\. /);
    const rows = tableRows(el);
    await expect(rows[0]).toBe('Period | Actual | Last year');
    // The data starts on 2 January 2025: a year before April–December 2025 there is no data ("—", a gap)...
    await expect(rows[1]).toBe('April 2025 | NOK 609,000 | —');
    await expect(rows[9]).toBe('December 2025 | NOK 373,900 | —');
    // ...while January 2025, inside the data, closed no won deal: a real 0.
    await expect(rows[10]).toBe('January 2026 | NOK 493,200 | NOK 0');
    await expect(rows[11]).toBe('February 2026 | NOK 700,900 | NOK 277,500');
    const previous = el.chart!.data.datasets.find((dataset) => dataset.label === 'Last year')!;
    await expect(previous.data.slice(0, 9)).toEqual(Array(9).fill(null));
  },
};

export const ShowTable: Story = {
  name: 'Data table shown',
  args: { ...Value.args, 'show-table': true },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectDrawn(el);
    const toggle = part(el, 'table-toggle') as HTMLButtonElement;
    const table = () => el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    await expect(clean(toggle.textContent)).toBe('Hide table');
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await expect(table().classList.contains('visually-hidden')).toBe(false);
    await expect(tableRows(el).slice(0, 2)).toEqual([
      'Period | Actual | Projection | Target',
      'January 2026 | NOK 1,184,000 | — | NOK 1,400,000',
    ]);
    // Hidden: still there for a screen reader, no longer on screen.
    await userEvent.click(toggle);
    await waitFor(() => expect(clean(toggle.textContent)).toBe('Show table'));
    await expect(table().classList.contains('visually-hidden')).toBe(true);
    await expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // Shown again, so the story ends as its name says.
    await userEvent.click(toggle);
    await waitFor(() => expect(clean(toggle.textContent)).toBe('Hide table'));
    await expect(table().classList.contains('visually-hidden')).toBe(false);
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
  },
};

export const Loading: Story = {
  args: { label: 'Revenue per month', src: '/data/pending/revenue-2026.json' },
  beforeEach: pendingSource,
  play: async ({ canvasElement }) => {
    await expectLoading(chart(canvasElement));
  },
};

export const Empty: Story = {
  name: 'Empty (no points)',
  args: { label: 'Revenue per month', src: '/data/series-empty.json' },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectEmpty(el);
    await expect(el.chart).toBeNull();
  },
};

export const ErrorUnknownType: Story = {
  name: 'Error: unknown chart type',
  args: { ...Value.args, type: 'pie' },
  play: async ({ canvasElement }) => {
    await expectError(chart(canvasElement), 'The type “pie” is not one of: line, bar, area.');
  },
};

export const ErrorBrokenSeries: Story = {
  name: 'Error: series is not valid JSON',
  args: { label: 'Revenue per month', series: '[{"date": "2026-01", "value": 1184000}' },
  play: async ({ canvasElement }) => {
    await expectError(chart(canvasElement), 'The series attribute is not valid JSON.');
  },
};

export const Dark: Story = {
  args: { ...Value.args, theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectDrawn(el);
    await expect(themeOf(el)).toBe('dark');
  },
};

export const NorwegianNOK: Story = {
  name: 'Locale nb-NO (NOK)',
  args: { ...Value.args, label: 'Omsetning per måned', locale: 'nb-NO' },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectParts(el, { summary: '↗ Siste verdi 1 611 700 kr (oktober 2026), trend opp.', 'table-toggle': 'Vis tabell' });
    await expectDrawn(el);
    await expect(el.chart!.data.datasets.map((dataset) => dataset.label)).toEqual(['Faktisk', 'Prognose', 'Mål']);
  },
};

export const SwedishSEK: Story = {
  name: 'Locale sv-SE (SEK)',
  args: { ...Value.args, label: 'Omsättning per månad', currency: 'SEK', locale: 'sv-SE' },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectParts(el, { summary: '↗ Senaste värde 1 611 700 kr (oktober 2026), trend upp.', 'table-toggle': 'Visa tabell' });
    await expectDrawn(el);
  },
};

export const DanishDKK: Story = {
  name: 'Locale da-DK (DKK)',
  args: { ...Value.args, label: 'Omsætning pr. måned', currency: 'DKK', locale: 'da-DK' },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectParts(el, { summary: '↗ Seneste værdi 1.611.700 kr. (oktober 2026), tendens op.', 'table-toggle': 'Vis tabel' });
    await expectDrawn(el);
  },
};

export const DutchEUR: Story = {
  name: 'Locale nl-NL (EUR)',
  args: {
    label: 'Omzet per kwartaal',
    series: JSON.stringify([
      { date: '2026-Q1', value: 412600 },
      { date: '2026-Q2', value: 455300 },
      { date: '2026-Q3', value: 438900 },
    ]),
    format: 'currency',
    currency: 'EUR',
    locale: 'nl-NL',
  },
  play: async ({ canvasElement }) => {
    const el = chart(canvasElement);
    await expectParts(el, { summary: '↗ Laatste waarde € 438.900 (K3 2026), trend omhoog.', 'table-toggle': 'Tabel tonen' });
    await expectDrawn(el);
  },
};
