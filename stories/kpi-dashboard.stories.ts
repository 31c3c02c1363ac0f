import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { KpiDashboard } from '../src/elements/kpi-dashboard/kpi-dashboard.js';
import { pendingSource } from './support/pending.js';
import { renderElement } from './support/render.js';
import { clean, expectEmpty, expectError, expectLoading, expectParts, themeOf, widget } from './support/widgets.js';

/** The dashboard's attributes, by their attribute names. */
interface DashboardArgs {
  label?: string;
  src?: string;
  period?: string;
  compare?: string;
  filter?: string;
  currency?: string;
  locale?: string;
  theme?: string;
  layout?: string;
}

/** The day every widget inside treats as today, so the quarter is the same on every run. */
const TODAY = '2026-11-23';
const STAGES = 'Lead,Qualified,Proposal,Negotiation,Won';

const dashboard = (canvas: HTMLElement) => widget<KpiDashboard>(canvas, 'kpi-dashboard');
const inside = (canvas: HTMLElement, selector: string) => widget(canvas, `kpi-dashboard ${selector}`);

/** The quarter the dashboard's period is in: `2027-Q1` → Q1; `this-quarter` (and the rest) → Q4, TODAY's. */
const quarterOf = (period: string | undefined): string => /-(Q[1-4])$/.exec(period ?? '')?.[1] ?? 'Q4';

/** Localised labels for the widgets, so a locale story reads as one language; the goal names the quarter shown. */
const words = {
  en: { revenue: 'Revenue', winRate: 'Win rate', deal: 'Avg. deal value', goal: (q: string) => `${q} revenue goal`, funnel: 'Pipeline', chart: 'Revenue per month' },
  nb: { revenue: 'Omsetning', winRate: 'Vinnrate', deal: 'Snittordre', goal: (q: string) => `Omsetningsmål ${q}`, funnel: 'Salgstrakt', chart: 'Omsetning per måned' },
  sv: { revenue: 'Omsättning', winRate: 'Vinstandel', deal: 'Snittorder', goal: (q: string) => `Omsättningsmål ${q}`, funnel: 'Säljtratt', chart: 'Omsättning per månad' },
  da: { revenue: 'Omsætning', winRate: 'Vinderrate', deal: 'Gns. ordre', goal: (q: string) => `Omsætningsmål ${q}`, funnel: 'Salgstragt', chart: 'Omsætning pr. måned' },
  nl: { revenue: 'Omzet', winRate: 'Winstpercentage', deal: 'Gem. dealwaarde', goal: (q: string) => `Omzetdoel ${q}`, funnel: 'Salestrechter', chart: 'Omzet per maand' },
} as const;

const meta = {
  title: 'Containers/KPI dashboard',
  component: 'kpi-dashboard',
  // The dashboard takes theme and locale from the toolbar itself; it is not wrapped in another one.
  render: (a, context) => {
    const { globals } = context;
    const locale = a.locale ?? String(globals.locale ?? 'en');
    const w = words[locale.slice(0, 2) as keyof typeof words] ?? words.en;
    const theme = a.theme ?? (globals.theme === 'dark' ? 'dark' : 'light');
    return renderElement<DashboardArgs>('kpi-dashboard', () => html`
      <kpi-card id="revenue" label=${w.revenue} kpi="revenue" today=${TODAY}></kpi-card>
      <kpi-card id="win-rate" label=${w.winRate} kpi="win-rate" today=${TODAY}></kpi-card>
      <kpi-card id="deal" label=${w.deal} kpi="avg-deal-value" today=${TODAY}></kpi-card>
      <goal-progress id="goal" label=${w.goal(quarterOf(a.period))} kpi="revenue" target="2000000" today=${TODAY}></goal-progress>
      <kpi-funnel id="funnel" label=${w.funnel} stage-order=${STAGES} today=${TODAY}></kpi-funnel>
      <trend-chart id="chart" label=${w.chart} kpi="revenue" granularity="month" compare="none" today=${TODAY}></trend-chart>
    `)({ ...a, locale, theme }, context);
  },
  args: {
    label: 'Sales, Q4 2026',
    src: '/data/deals.csv',
    period: 'this-quarter',
    compare: 'previous-period',
    currency: 'NOK',
  },
  parameters: {
    kpiDashboard: false,
    kpiWidth: '1040px',
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Shares `locale`, `currency`, `src`, `period`, `compare`, `filter` and `theme` with every widget inside it ' +
          '(through context, so widgets in any depth of markup get them) and lays them out in a responsive grid. ' +
          'All widgets here read the one `src`, which is fetched once. A widget\'s own attribute wins.',
      },
    },
  },
} satisfies Meta<DashboardArgs>;

export default meta;
type Story = StoryObj<DashboardArgs>;

export const Overview: Story = {
  name: 'Sales overview',
  play: async ({ canvasElement }) => {
    const board = dashboard(canvasElement);
    await expect(clean(board.shadowRoot!.querySelector('[part="heading"]')!.textContent)).toBe('Sales, Q4 2026');
    // Won deals closed 1 October – 23 November 2026 against 1 July – 23 August (the same elapsed share of Q3):
    // 772 700 against 988 100; 10 of 35 closed deals won against 17 of 42.
    await expectParts(inside(canvasElement, '#revenue'), { value: 'NOK 772,700', delta: '▼ -21.8% vs last quarter, bad' });
    await expectParts(inside(canvasElement, '#win-rate'), { value: '28.6%', delta: '▼ -11.9 pp vs last quarter, bad' });
    await expectParts(inside(canvasElement, '#deal'), { value: 'NOK 77,270' });
    await expectParts(inside(canvasElement, '#goal'), { value: 'NOK 772,700', status: '▼ Behind · 38.6% of target' });
    // 35 deals created this quarter so far, 2 of them won already.
    await expectParts(inside(canvasElement, '#funnel'), { label: 'Pipeline', summary: 'Won / Lead: 5.7%' });
    // This quarter by month: October is whole, November still running, so there is no trend yet to tell
    // (a half month's sum is not a fall). November's end comes from the quarter's forecast, the one the goal uses.
    await expectParts(inside(canvasElement, '#chart'), {
      summary: 'Last value NOK 616,300 (October 2026), November 2026 so far NOK 156,400, on pace for NOK 256,565.',
    });
  },
};

export const Filtered: Story = {
  name: 'Filtered to one owner',
  args: { label: 'Anna Berg, Q4 2026', filter: 'owner=Anna Berg' },
  play: async ({ canvasElement }) => {
    // Anna Berg's five won deals this quarter.
    await expectParts(inside(canvasElement, '#revenue'), { value: 'NOK 395,300' });
  },
};

export const OwnAttributeWins: Story = {
  name: "A widget's own attribute wins",
  args: { label: 'Salg, 4. kvartal 2026', locale: 'nb-NO' },
  render: renderElement<DashboardArgs>('kpi-dashboard', () => html`
    <kpi-card id="inherited" label="Omsetning" kpi="revenue" today=${TODAY}></kpi-card>
    <kpi-card id="own-period" label="Omsetning i fjor, 4. kvartal" kpi="revenue" period="2025-Q4" compare="none" today=${TODAY}></kpi-card>
    <kpi-card id="own-locale" label="Omsättning (SEK)" value="1284000" previous="1466000" format="currency" currency="SEK" locale="sv-SE"></kpi-card>
  `),
  play: async ({ canvasElement }) => {
    await expectParts(inside(canvasElement, '#inherited'), { value: '772 700 kr' });
    // Its own period and compare; the dashboard's src, locale and currency.
    await expectParts(inside(canvasElement, '#own-period'), { value: '1 456 500 kr', delta: null });
    // Its own locale and currency, and its own value instead of the dashboard's src.
    await expectParts(inside(canvasElement, '#own-locale'), { value: '1 284 000 kr', delta: '▼ −12,4 % mot föregående, dåligt' });
  },
};

export const Loading: Story = {
  args: { src: '/data/pending/deals.csv' },
  beforeEach: pendingSource,
  play: async ({ canvasElement }) => {
    for (const id of ['#revenue', '#win-rate', '#goal', '#funnel', '#chart']) await expectLoading(inside(canvasElement, id));
  },
};

export const Empty: Story = {
  name: 'Empty (a quarter without deals yet)',
  // Next quarter: no deal in the CRM export is dated in it, so nothing has happened yet and every widget says so.
  args: { label: 'Sales, Q1 2027', period: '2027-Q1' },
  play: async ({ canvasElement }) => {
    // Revenue too: a sum over a period not begun is not "NOK 0".
    for (const id of ['#revenue', '#win-rate', '#deal', '#funnel', '#chart']) await expectEmpty(inside(canvasElement, id), 'This period has not begun yet.');
    // The goal is the quarter's, and it has not started: not "missed", not "Q4".
    await expectParts(inside(canvasElement, '#goal'), { label: 'Q1 revenue goal', status: '○ Not started · starts Jan 1, 2027' });
  },
};

export const ErrorBadPeriod: Story = {
  name: 'Error: period not understood',
  args: { period: 'last-fortnight' },
  play: async ({ canvasElement }) => {
    const message = 'The period “last-fortnight” is not understood. Try this-month, 2026-Q1, 2026-03 or 2026-W12.';
    for (const id of ['#revenue', '#win-rate', '#goal', '#chart']) await expectError(inside(canvasElement, id), message);
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    for (const id of ['#revenue', '#goal', '#funnel', '#chart']) await expect(themeOf(inside(canvasElement, id))).toBe('dark');
    await expectParts(inside(canvasElement, '#revenue'), { value: 'NOK 772,700' });
  },
};

export const NorwegianNOK: Story = {
  name: 'Locale nb-NO (NOK)',
  args: { label: 'Salg, 4. kvartal 2026', locale: 'nb-NO' },
  play: async ({ canvasElement }) => {
    await expectParts(inside(canvasElement, '#revenue'), { value: '772 700 kr', delta: '▼ −21,8 % mot forrige kvartal, dårlig' });
    await expectParts(inside(canvasElement, '#goal'), { status: '▼ Bak skjema · 38,6 % av målet' });
  },
};

export const SwedishSEK: Story = {
  name: 'Locale sv-SE (SEK)',
  args: { label: 'Försäljning, kvartal 4 2026', locale: 'sv-SE', currency: 'SEK' },
  play: async ({ canvasElement }) => {
    await expectParts(inside(canvasElement, '#revenue'), { value: '772 700 kr', delta: '▼ −21,8 % mot förra kvartalet, dåligt' });
    await expectParts(inside(canvasElement, '#goal'), { status: '▼ Efter plan · 38,6 % av målet' });
  },
};

export const DanishDKK: Story = {
  name: 'Locale da-DK (DKK)',
  args: { label: 'Salg, 4. kvartal 2026', locale: 'da-DK', currency: 'DKK' },
  play: async ({ canvasElement }) => {
    await expectParts(inside(canvasElement, '#revenue'), { value: '772.700 kr.', delta: '▼ -21,8 % mod sidste kvartal, dårligt' });
    await expectParts(inside(canvasElement, '#goal'), { status: '▼ Bagud · 38,6 % af målet' });
  },
};

export const DutchEUR: Story = {
  name: 'Locale nl-NL (EUR)',
  args: { label: 'Verkoop, K4 2026', locale: 'nl-NL', currency: 'EUR' },
  play: async ({ canvasElement }) => {
    await expectParts(inside(canvasElement, '#revenue'), { value: '€ 772.700', delta: '▼ -21,8% t.o.v. vorig kwartaal, slecht' });
    await expectParts(inside(canvasElement, '#goal'), { status: '▼ Achter op schema · 38,6% van het doel' });
  },
};
