import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { KpiTable } from '../src/elements/kpi-table/kpi-table.js';
import { pendingSource } from './support/pending.js';
import { renderElement } from './support/render.js';
import { clean, expectEmpty, expectError, expectLoading, expectParts, part, parts, themeOf, widget } from './support/widgets.js';

/** The attributes a story sets, by their attribute names. */
interface TableArgs {
  label?: string;
  src?: string;
  'group-by'?: string;
  kpis?: string;
  period?: string;
  compare?: string;
  filter?: string;
  sort?: string;
  limit?: number;
  highlight?: string;
  goals?: string;
  teams?: string;
  today?: string;
  currency?: string;
  locale?: string;
  theme?: string;
}

const table = (canvas: HTMLElement) => widget<KpiTable>(canvas, 'kpi-table');
const TIMEOUT = { timeout: 8000 };
/** The group names of the body rows, in order. */
const rowNames = (el: KpiTable) => [...el.shadowRoot!.querySelectorAll('tbody th[scope="row"]')].map((th) => clean(th.textContent));
/** The value of each cell of the first column, in order. */
const firstColumn = (el: KpiTable) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => clean(tr.querySelector('[part~="value"]')?.textContent));

async function expectRows(el: KpiTable, names: string[]): Promise<void> {
  await waitFor(() => expect(rowNames(el)).toEqual(names), TIMEOUT);
}

const meta = {
  title: 'Widgets/KPI table',
  component: 'kpi-table',
  render: renderElement('kpi-table'),
  parameters: {
    kpiWidth: '900px',
    docs: {
      description: {
        component:
          'KPIs side by side, **one row per seller, team, customer** or any column of the export: each cell the value ' +
          'and its change judged good or bad, with a goals document a progress bar, the status in words and what is ' +
          'needed per working day. The total row is computed from the records (a team\'s win rate is not the mean of ' +
          'its members\'). Sort by clicking a column (or Enter on it); `limit` adds an "others" row; `highlight` marks ' +
          '"you". On a narrow container the rows become compact cards.',
      },
    },
  },
} satisfies Meta<TableArgs>;

export default meta;
type Story = StoryObj<TableArgs>;

const sellers: TableArgs = {
  src: '/data/deals.csv',
  'group-by': 'owner',
  kpis: 'revenue,win-rate',
  period: '2026-Q3',
  sort: '-revenue',
  today: '2026-11-23',
  currency: 'NOK',
};

export const Value: Story = {
  name: 'Sellers by revenue',
  args: { ...sellers },
  play: async ({ canvasElement }) => {
    const el = table(canvasElement);
    await expectRows(el, ['Lars Haugen', 'Anna Berg', 'Erik Lindqvist', 'Mette Kjær', 'Sanne de Vries', 'Ingrid Solberg']);
    await expect(firstColumn(el)).toEqual(['NOK 573,700', 'NOK 497,200', 'NOK 288,200', 'NOK 260,000', 'NOK 128,800', 'NOK 105,800']);
    await expectParts(el, { caption: 'Revenue and Win rate per Seller' });
    // The total from the records: 1 853 700 and 40 % of the deals closed in Q3 won.
    const total = [...el.shadowRoot!.querySelectorAll('tfoot [part~="value"]')].map((value) => clean(value.textContent));
    await expect(total).toEqual(['NOK 1,853,700', '40%']);
  },
};

export const SortByKeyboard: Story = {
  name: 'Sorted by win rate from the keyboard',
  args: { ...sellers },
  play: async ({ canvasElement }) => {
    const el = table(canvasElement);
    await expectRows(el, ['Lars Haugen', 'Anna Berg', 'Erik Lindqvist', 'Mette Kjær', 'Sanne de Vries', 'Ingrid Solberg']);
    const button = parts(el, 'sort-button')[2] as HTMLButtonElement;
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(button.closest('th')!.getAttribute('aria-sort')).toBe('descending'), TIMEOUT);
    // Anna 54.5 %, Mette 50 %, Lars 47.4 %, Erik 40 %, Sanne 25 %, Ingrid 21.4 %
    await expectRows(el, ['Anna Berg', 'Mette Kjær', 'Lars Haugen', 'Erik Lindqvist', 'Sanne de Vries', 'Ingrid Solberg']);
  },
};

export const WithGoals: Story = {
  name: 'Against goals, limited, with "you"',
  args: { ...sellers, period: '2026-Q3', today: '2026-09-15', goals: '/data/goals.csv', limit: 4, highlight: 'owner=Sanne de Vries' },
  parameters: {
    docs: {
      description: {
        story: 'Goals from `/data/goals.csv`: Anna\'s and Ingrid\'s yearly budgets spread to the quarter (92 of 365 ' +
          'days), Mette\'s own quarter goal, the company\'s quarter goal on the total row. Sanne is outside the top ' +
          'four but stays in sight as "you"; the others are one row.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = table(canvasElement);
    await expectRows(el, ['Lars Haugen', 'Erik Lindqvist', 'Mette Kjær', 'Anna Berg', 'Sanne de Vries (you)', 'Others (1)']);
    const mette = el.shadowRoot!.querySelectorAll('tbody tr')[2];
    await expect(clean(mette.querySelector('[part~="status"]')!.textContent)).toBe('Behind');
    await expect(clean(mette.querySelector('[part~="goal"]')!.textContent)).toContain('target NOK 300,000');
    // The company: 1,302,500 won 1 Jul–15 Sep against 1,500,000 × 77/92 days = 1,255,435 expected by the end
    // of today; 1,302,500 / 1,255,435 = 1.037, within 5 % of the line: on track.
    await expect(clean(el.shadowRoot!.querySelector('tfoot [part~="status"]')!.textContent)).toBe('On track');
  },
};

export const ByTeam: Story = {
  name: 'Per team, from a teams mapping',
  args: { ...sellers, 'group-by': 'team', kpis: 'revenue', teams: 'Anna Berg:Vest,Ingrid Solberg:Vest,Sanne de Vries:Vest,Mette Kjær:Øst,Lars Haugen:Øst' },
  play: async ({ canvasElement }) => {
    const el = table(canvasElement);
    // Øst 260 000 + 573 700; Vest 497 200 + 105 800 + 128 800; Erik has no team
    await expectRows(el, ['Øst', 'Vest', '(none)']);
    await expect(firstColumn(el)).toEqual(['NOK 833,700', 'NOK 731,800', 'NOK 288,200']);
  },
};

export const Narrow: Story = {
  name: 'Narrow: compact cards',
  args: { ...sellers },
  parameters: { kpiWidth: '360px' },
  play: async ({ canvasElement }) => {
    const el = table(canvasElement);
    await expectRows(el, ['Lars Haugen', 'Anna Berg', 'Erik Lindqvist', 'Mette Kjær', 'Sanne de Vries', 'Ingrid Solberg']);
    await expect(getComputedStyle(el.shadowRoot!.querySelector('tbody tr')!).display).toBe('block');
  },
};

export const Loading: Story = {
  args: { ...sellers, src: '/data/pending/deals.csv' },
  beforeEach: pendingSource,
  play: async ({ canvasElement }) => {
    await expectLoading(table(canvasElement));
  },
};

export const Empty: Story = {
  name: 'Empty (the filter keeps nothing)',
  args: { ...sellers, filter: 'owner=Nobody' },
  play: async ({ canvasElement }) => {
    await expectEmpty(table(canvasElement), 'No records match the filter “owner=Nobody”.');
  },
};

export const ErrorNoGroupBy: Story = {
  name: 'Error: no group-by',
  args: { ...sellers, 'group-by': undefined },
  play: async ({ canvasElement }) => {
    await expectError(table(canvasElement), /^The table needs group-by/);
  },
};

export const ErrorBadGoals: Story = {
  name: 'Error: a goals file with bad rows',
  args: { ...sellers, goals: '/data/goals-bad.csv' },
  play: async ({ canvasElement }) => {
    await expectError(table(canvasElement), /row 2: there is no KPI called “omzet”; row 3: “2026-13” is not a period/);
  },
};

export const Dark: Story = {
  args: { ...sellers, goals: '/data/goals.csv', today: '2026-09-15', theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = table(canvasElement);
    await waitFor(() => expect(part(el, 'table')).not.toBeNull(), TIMEOUT);
    await expect(themeOf(el)).toBe('dark');
  },
};

const captions: Array<[string, string, string, string]> = [
  ['NorwegianNOK', 'nb-NO', 'NOK', 'Omsetning og Vinnrate per Selger'],
  ['SwedishSEK', 'sv-SE', 'SEK', 'Omsättning och Vinstfrekvens per Säljare'],
  ['DanishDKK', 'da-DK', 'DKK', 'Omsætning og Vinderrate pr. Sælger'],
  ['DutchEUR', 'nl-NL', 'EUR', 'Omzet en Winratio per Verkoper'],
];

const localeStory = ([, locale, currency, caption]: (typeof captions)[number]): Story => ({
  name: `Locale ${locale} (${currency})`,
  args: { ...sellers, locale, currency },
  play: async ({ canvasElement }) => {
    await expectParts(table(canvasElement), { caption });
  },
});

export const NorwegianNOK = localeStory(captions[0]);
export const SwedishSEK = localeStory(captions[1]);
export const DanishDKK = localeStory(captions[2]);
export const DutchEUR = localeStory(captions[3]);
