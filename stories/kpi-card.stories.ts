import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { KpiCard } from '../src/elements/kpi-card/kpi-card.js';
import { pendingSource } from './support/pending.js';
import { renderElement } from './support/render.js';
import {
  expectEmpty, expectError, expectLoading, expectParts, part, partText, sentence, themeOf, widget,
} from './support/widgets.js';

/** The attributes a story sets, by their attribute names. */
interface CardArgs {
  label?: string;
  value?: string | number;
  previous?: string | number;
  target?: string | number;
  format?: string;
  currency?: string;
  direction?: string;
  delta?: string;
  series?: string;
  href?: string;
  src?: string;
  select?: string;
  kpi?: string;
  period?: string;
  compare?: string;
  today?: string;
  sparkline?: boolean;
  locale?: string;
  theme?: string;
  filter?: string;
}

const card = (canvas: HTMLElement) => widget<KpiCard>(canvas, 'kpi-card');

const mrrSeries = JSON.stringify([
  { date: '2026-06', value: 148200 },
  { date: '2026-07', value: 151900 },
  { date: '2026-08', value: 160300 },
  { date: '2026-09', value: 165800 },
  { date: '2026-10', value: 171000 },
  { date: '2026-11', value: 182400 },
]);

const meta = {
  title: 'Widgets/KPI card',
  component: 'kpi-card',
  render: renderElement('kpi-card'),
  parameters: {
    docs: {
      description: {
        component:
          'One KPI as a headline number: the value, its change judged **good or bad** (not up or down), an optional ' +
          'target and sparkline, and a drill-down link. A screen reader hears the card as one sentence.',
      },
    },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

export const Value: Story = {
  args: { label: 'MRR', value: 182400, previous: 171000, format: 'currency', currency: 'NOK' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { label: 'MRR', value: 'NOK 182,400', delta: '▲ +6.7% vs previous, good', target: null });
    await expect(part(el, 'delta')!.classList.contains('good')).toBe(true);
    await expect(sentence(el)).toBe('MRR NOK 182,400, up 6.7% vs previous, good');
  },
};

export const WithTargetAndTrend: Story = {
  name: 'With target and sparkline',
  args: { ...Value.args, target: 200000, series: mrrSeries },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { value: 'NOK 182,400', target: 'Target NOK 200,000 · 91% · not reached' });
    await expect(part(el, 'sparkline')).not.toBeNull();
    await expect(sentence(el)).toBe(
      'MRR NOK 182,400, up 6.7% vs previous, good. Target NOK 200,000 · 91%, not reached. Trend from NOK 148,200 to NOK 182,400',
    );
  },
};

export const OverTarget: Story = {
  name: 'Over target',
  args: { label: 'New customers, Q3', value: 57, previous: 44, target: 50 },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { value: '57', delta: '▲ +29.5% vs previous, good', target: 'Target 50 · 114% · ✓ reached' });
    await expect(part(el, 'target')!.querySelector('.status.good')).not.toBeNull();
  },
};

export const BehindTarget: Story = {
  name: 'Behind target, falling',
  args: { label: 'Revenue, October', value: 1284000, previous: 1466000, target: 1500000, format: 'currency', currency: 'SEK' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, {
      value: 'SEK 1,284,000',
      delta: '▼ -12.4% vs previous, bad',
      target: 'Target SEK 1,500,000 · 86% · not reached',
    });
    await expect(part(el, 'delta')!.classList.contains('bad')).toBe(true);
  },
};

export const LowerIsBetter: Story = {
  name: 'Lower is better (sales cycle)',
  args: { label: 'Avg. sales cycle', value: 38, previous: 44, format: 'days', direction: 'down' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { value: '38 days', delta: '▼ -13.6% vs previous, good' });
    await expect(part(el, 'delta')!.classList.contains('good')).toBe(true);
  },
};

export const RateInPoints: Story = {
  name: 'Rate: change in points',
  args: { label: 'Win rate', value: 0.342, previous: 0.318, format: 'percent' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { value: '34.2%', delta: '▲ +2.4 pp vs previous, good' });
    await expect(sentence(el)).toBe('Win rate 34.2%, up 2.4 points vs previous, good');
  },
};

export const NoBaseline: Story = {
  name: 'No baseline (—)',
  args: { label: 'New leads', value: 148, previous: 0 },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { value: '148', delta: '—' });
    await expect(sentence(el)).toBe('New leads 148, no earlier value to compare with');
  },
};

export const WithLink: Story = {
  name: 'With drill-down link',
  args: { ...Value.args, href: 'https://crm.example.com/reports/mrr' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { link: 'Details', notice: null });
    await expect(part(el, 'link')!.getAttribute('href')).toBe('https://crm.example.com/reports/mrr');
    await expect(part(el, 'link')!.getAttribute('aria-label')).toBe('Details: MRR');
  },
};

export const FromJsonDocument: Story = {
  name: 'From a JSON document (src + select)',
  args: { src: '/data/kpis.json', select: 'kpis.mrr' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, {
      label: 'MRR',
      value: 'NOK 182,400',
      delta: '▲ +6.7% vs previous, good',
      target: 'Target NOK 200,000 · 91% · not reached',
    });
    await expect(part(el, 'sparkline')).not.toBeNull();
  },
};

export const FromCrmRecords: Story = {
  name: 'Computed from CRM records',
  args: {
    label: 'Revenue this month', src: '/data/deals.csv', kpi: 'revenue', period: 'this-month', compare: 'previous-year',
    today: '2026-11-23', currency: 'NOK', sparkline: true,
  },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    // Won deals closed 1–23 November 2026 against 1–23 November 2025 (the same elapsed share).
    await expectParts(el, { value: 'NOK 156,400', delta: '▼ -58.8% vs same period last year, bad' });
    await expect(part(el, 'sparkline')).not.toBeNull();
  },
};

export const WinRateFromRecords: Story = {
  name: 'Win rate from CRM records',
  args: { src: '/data/deals.csv', kpi: 'win-rate', period: 'this-quarter', compare: 'previous-period', today: '2026-11-23' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    // 10 won / 35 closed this quarter so far, against 17 / 42 in the same part of Q3.
    await expectParts(el, { label: 'Win rate', value: '28.6%', delta: '▼ -11.9 pp vs last quarter, bad' });
  },
};

export const DataNote: Story = {
  name: 'Data note: rows left out of a CRM export',
  args: { label: 'Revenue, May', src: '/data/crm-hubspot-deals.csv', kpi: 'revenue', period: '2024-05', today: '2024-06-15', compare: 'none' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    // Won in May: 1 500 + 2 500 + 1 000; deal 1004 is won without an amount and is left out.
    await expectParts(el, { value: '5,000' });
    const note = part(el, 'note') as HTMLDetailsElement;
    await expect(note.querySelector('summary')?.textContent?.trim()).toBe('1 of 6 rows left out');
    note.open = true;
    await expect(note.querySelectorAll('tbody tr').length).toBe(2);
  },
};

export const EmptySaysWhy: Story = {
  name: 'Empty: the filter matched no one',
  args: { label: 'Win rate, May', src: '/data/crm-hubspot-deals.csv', kpi: 'win-rate', period: '2024-05', today: '2024-06-15', filter: 'owner=Jim Halpert' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectEmpty(el, 'No records match the filter on owner. Values owner has: Pam Beesly, Dwight Schrute.');
  },
};

export const Loading: Story = {
  args: { label: 'MRR', src: '/data/pending/kpis.json', select: 'kpis.mrr' },
  beforeEach: pendingSource,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectLoading(el);
    await expect(partText(el, 'label')).toBe('MRR');
  },
};

export const Empty: Story = {
  name: 'Empty (no value yet)',
  args: { src: '/data/kpis.json', select: 'kpis.pending' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectEmpty(el);
    await expect(partText(el, 'label')).toBe('Forecast accuracy');
  },
};

export const ErrorNotANumber: Story = {
  name: 'Error: value is not a number',
  args: { label: 'MRR', value: '12O 000', format: 'currency', currency: 'NOK' },
  play: async ({ canvasElement }) => {
    await expectError(card(canvasElement), 'The value “12O 000” is not a number.');
  },
};

export const ErrorUnknownKpi: Story = {
  name: 'Error: unknown KPI',
  args: { src: '/data/deals.csv', kpi: 'revnue', period: 'this-month', today: '2026-11-23' },
  play: async ({ canvasElement }) => {
    await expectError(card(canvasElement), 'There is no KPI called “revnue”.');
  },
};

export const ErrorBadPeriod: Story = {
  name: 'Error: period not understood',
  args: { src: '/data/deals.csv', kpi: 'revenue', period: 'last-fortnight', today: '2026-11-23' },
  play: async ({ canvasElement }) => {
    await expectError(
      card(canvasElement),
      'The period “last-fortnight” is not understood. Try this-month, 2026-Q1, 2026-03 or 2026-W12.',
    );
  },
};

export const ErrorSourceNotFound: Story = {
  name: 'Error: source not found',
  args: { label: 'MRR', src: '/data/no-such-file.json', select: 'kpis.mrr' },
  play: async ({ canvasElement }) => {
    await expectError(card(canvasElement), 'The data source answered with error 404. Check the address in src.');
  },
};

export const RefusedLink: Story = {
  name: 'Unsafe link left out',
  args: { ...Value.args, href: 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, {
      value: 'NOK 182,400',
      link: null,
      notice: 'The link was left out: only http, https and relative addresses are allowed.',
    });
  },
};

export const Dark: Story = {
  args: { ...WithTargetAndTrend.args, theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { value: 'NOK 182,400' });
    await expect(themeOf(el)).toBe('dark');
  },
};

export const NorwegianNOK: Story = {
  name: 'Locale nb-NO (NOK)',
  args: { label: 'MRR', value: 182400, previous: 171000, target: 200000, format: 'currency', currency: 'NOK', locale: 'nb-NO' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, {
      value: '182 400 kr',
      delta: '▲ +6,7 % mot forrige, bra',
      target: 'Mål 200 000 kr · 91 % · ikke nådd',
    });
  },
};

export const SwedishSEK: Story = {
  name: 'Locale sv-SE (SEK)',
  args: { label: 'Omsättning', value: 1284000, previous: 1466000, format: 'currency', currency: 'SEK', locale: 'sv-SE' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { value: '1 284 000 kr', delta: '▼ −12,4 % mot föregående, dåligt' });
  },
};

export const DanishDKK: Story = {
  name: 'Locale da-DK (DKK)',
  args: { label: 'Gns. ordreværdi', value: 48750, previous: 45200, format: 'currency', currency: 'DKK', locale: 'da-DK' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { value: '48.750 kr.', delta: '▲ +7,9 % mod forrige, godt' });
  },
};

export const DutchEUR: Story = {
  name: 'Locale nl-NL (EUR)',
  args: { label: 'Winstpercentage', value: 0.342, previous: 0.318, format: 'percent', locale: 'nl-NL' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { value: '34,2%', delta: '▲ +2,4 pp t.o.v. vorige, goed' });
  },
};

export const DutchEURCurrency: Story = {
  name: 'Locale nl-NL (EUR amount)',
  args: { label: 'MRR', value: 16850, previous: 15920, format: 'currency', currency: 'EUR', locale: 'nl-NL' },
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await expectParts(el, { value: '€ 16.850', delta: '▲ +5,8% t.o.v. vorige, goed' });
  },
};
