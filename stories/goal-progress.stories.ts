import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { GoalProgress } from '../src/elements/goal-progress/goal-progress.js';
import { pendingSource } from './support/pending.js';
import { renderElement } from './support/render.js';
import { expectEmpty, expectError, expectLoading, expectParts, inShadow, part, themeOf, widget } from './support/widgets.js';

/** The attributes a story sets, by their attribute names. */
interface GoalArgs {
  label?: string;
  value?: string | number;
  target?: string | number;
  baseline?: string | number;
  start?: string;
  end?: string;
  today?: string;
  pace?: string;
  holidays?: string;
  per?: string;
  variant?: string;
  format?: string;
  currency?: string;
  src?: string;
  kpi?: string;
  period?: string;
  locale?: string;
  theme?: string;
}

const goal = (canvas: HTMLElement) => widget<GoalProgress>(canvas, 'goal-progress');

/** The gauge: a progressbar named by the goal's label. */
const gauge = (el: GoalProgress) => inShadow(el).getByRole('progressbar');
/** The gauge's state, as its styles see it. */
const gaugeState = (el: GoalProgress) => gauge(el).getAttribute('data-state');

/** Q1 revenue in SEK: 1 240 000 of 1 500 000, 1 January to 31 March 2026 (90 days). */
const q1 = {
  label: 'Q1 revenue',
  value: 1240000,
  target: 1500000,
  start: '2026-01-01',
  end: '2026-03-31',
  format: 'currency',
  currency: 'SEK',
} satisfies GoalArgs;

const meta = {
  title: 'Widgets/Goal progress',
  component: 'goal-progress',
  render: renderElement('goal-progress'),
  parameters: {
    kpiWidth: '400px',
    docs: {
      description: {
        component:
          'Progress towards a SMART goal (target, baseline, start and end date). The marker shows where the straight ' +
          'line expects the value **today**; the status (ahead, on track, at risk, behind) is shown with an icon and ' +
          'words, never by colour alone. Stories fix `today` so the pace is the same every day.',
      },
    },
  },
} satisfies Meta<GoalArgs>;

export default meta;
type Story = StoryObj<GoalArgs>;

export const OnTrack: Story = {
  name: 'On track',
  args: { ...q1, today: '2026-03-16' },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    // 74 of 90 days passed: the line expects 1 500 000 × 74 / 90 = 1 233 333.
    await expectParts(el, {
      label: 'Q1 revenue',
      value: 'SEK 1,240,000',
      target: 'of SEK 1,500,000',
      status: '● On track · 82.7% of target',
      remaining: 'Remaining: SEK 260,000 · 16 days left',
      needed: 'Needed: SEK 16,250 per day',
      // Today counts as passed: 1 Jan–16 Mar is 75 of 90 days, 1,500,000 × 75/90 = 1,250,000 expected;
      // the run rate projects 1,240,000 × 90/75 = 1,488,000.
      projection: 'Expected today: SEK 1,250,000 · Projected by Mar 31, 2026: SEK 1,488,000',
    });
    await expect(gaugeState(el)).toBe('on-track');
    await expect(part(el, 'marker')).not.toBeNull();
    // A screen reader hears the value, the target, the status and today's expected value.
    await expect(gauge(el).getAttribute('aria-label')).toBe('Q1 revenue');
    await expect(gauge(el).getAttribute('aria-valuetext')).toMatch(/^SEK\s1,240,000 of SEK\s1,500,000, on pace; expected today SEK\s1,250,000$/);
  },
};

export const Ahead: Story = {
  args: { ...q1, today: '2026-03-01' },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    await expectParts(el, {
      status: '▲ Ahead · 82.7% of target',
      remaining: 'Remaining: SEK 260,000 · 31 days left',
      // 1 Jan–1 Mar is 60 of 90 days: 1,000,000 expected; 1,240,000 × 90/60 = 1,860,000 projected.
      projection: 'Expected today: SEK 1,000,000 · Projected by Mar 31, 2026: SEK 1,860,000',
    });
    await expect(gaugeState(el)).toBe('ahead');
  },
};

export const AtRisk: Story = {
  name: 'At risk',
  args: { ...q1, today: '2026-03-25' },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    await expectParts(el, {
      status: '◆ At risk · 82.7% of target',
      remaining: 'Remaining: SEK 260,000 · 7 days left',
      needed: 'Needed: SEK 37,143 per day',
    });
    await expect(gaugeState(el)).toBe('at-risk');
  },
};

export const BehindPace: Story = {
  name: 'Behind pace',
  args: { ...q1, value: 980000, today: '2026-03-16' },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    await expectParts(el, {
      value: 'SEK 980,000',
      status: '▼ Behind · 65.3% of target',
      remaining: 'Remaining: SEK 520,000 · 16 days left',
      needed: 'Needed: SEK 32,500 per day',
      // 75 of 90 days: 1,250,000 expected; 980,000 × 90/75 = 1,176,000 projected.
      projection: 'Expected today: SEK 1,250,000 · Projected by Mar 31, 2026: SEK 1,176,000',
    });
    await expect(part(el, 'status')!.classList.contains('bad')).toBe(true);
  },
};

export const OverTarget: Story = {
  name: 'Over target (reached)',
  args: { ...q1, value: 1612000, today: '2026-03-20' },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    await expectParts(el, {
      value: 'SEK 1,612,000',
      status: '✓ Target reached · 107.5% of target',
      remaining: null,
      needed: null,
      // 1 Jan–20 Mar is 79 of 90 days: 1,500,000 × 79/90 = 1,316,667 expected; 1,612,000 × 90/79 = 1,836,456 projected.
      projection: 'Expected today: SEK 1,316,667 · Projected by Mar 31, 2026: SEK 1,836,456',
    });
    await expect(gaugeState(el)).toBe('reached');
  },
};

export const NotStarted: Story = {
  name: 'Not started yet',
  args: { ...q1, value: 0, today: '2025-12-15' },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    await expectParts(el, {
      status: '○ Not started · starts Jan 1, 2026',
      remaining: 'Remaining: SEK 1,500,000',
      needed: 'Needed: SEK 16,667 per day',
      projection: null,
      marker: null,
    });
  },
};

export const Missed: Story = {
  name: 'Ended, target missed',
  args: { ...q1, value: 1380000, today: '2026-04-10' },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    await expectParts(el, {
      status: '✕ Target missed · 92% of target',
      remaining: 'Short by SEK 120,000 · Ended Mar 31, 2026',
      needed: null,
      projection: null,
    });
  },
};

export const Ring: Story = {
  name: 'Ring variant',
  args: { ...q1, today: '2026-03-16', variant: 'ring' },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    await expectParts(el, { status: '● On track · 82.7% of target' });
    await expect(part(el, 'ring')).not.toBeNull();
    await expect(el.shadowRoot!.querySelector('.center')!.textContent).toBe('82.7%');
  },
};

export const WorkingDays: Story = {
  name: 'Working-day pace with holidays',
  args: {
    label: 'Q2 new business',
    value: 1300000,
    target: 3600000,
    start: '2026-04-01',
    end: '2026-06-30',
    today: '2026-05-18',
    pace: 'working',
    // Norwegian public holidays in Q2 2026.
    holidays: '2026-04-02,2026-04-03,2026-04-06,2026-05-01,2026-05-14,2026-05-25',
    format: 'currency',
    currency: 'NOK',
  },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    await expectParts(el, {
      // 28 of 59 working days passed; 31 left for the remaining 2 300 000.
      status: '▼ Behind · 36.1% of target',
      needed: 'Needed: NOK 74,194 per working day',
    });
  },
};

export const ReduceChurn: Story = {
  name: 'A goal to reduce (churn 5 % → 3 %)',
  args: {
    label: 'Churn rate',
    value: 0.041,
    baseline: 0.05,
    target: 0.03,
    start: '2026-01-01',
    end: '2026-12-31',
    today: '2026-11-23',
    format: 'percent',
  },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    // A rate: 0.041 − 0.03 = 1.1 percentage points to go (Nov 23 … Dec 31 is 39 days), and nothing "per day".
    await expectParts(el, {
      value: '4.1%', target: 'target 3% or lower', status: '▼ Behind · 45% of target', remaining: '1.1 pp to go · 39 days left',
    });
    await expect(part(el, 'needed')).toBeNull();
  },
};

export const FromJsonDocument: Story = {
  name: 'From a JSON goal document',
  args: { src: '/data/goal-q4.json', today: '2026-11-23' },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    await expectParts(el, {
      label: 'Q4 new business',
      value: 'NOK 2,840,000',
      target: 'of NOK 4,200,000',
      status: '▲ Ahead · 67.6% of target',
      // 26 working days from 23 November to 31 December, less Christmas Eve, Christmas Day and New Year's Eve.
      needed: 'Needed: NOK 52,308 per working day',
    });
  },
};

export const FromCrmRecords: Story = {
  name: 'Computed from CRM records',
  args: { label: 'Q4 revenue', src: '/data/deals.csv', kpi: 'revenue', period: '2026-Q4', target: 2000000, today: '2026-11-23', currency: 'NOK' },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    // Won deals closed 1 October – 23 November 2026.
    await expectParts(el, { value: 'NOK 772,700', target: 'of NOK 2,000,000', status: '▼ Behind · 38.6% of target' });
  },
};

export const Loading: Story = {
  args: { label: 'Q4 new business', src: '/data/pending/goal-q4.json' },
  beforeEach: pendingSource,
  play: async ({ canvasElement }) => {
    await expectLoading(goal(canvasElement));
  },
};

export const Empty: Story = {
  name: 'Empty (no closed deals in the period)',
  args: { label: 'Win rate, Q1 2024', src: '/data/deals.csv', kpi: 'win-rate', period: '2024-Q1', target: 0.35, today: '2026-11-23' },
  play: async ({ canvasElement }) => {
    // The export's first row is dated 2 January 2025: the widget says why it has nothing, not just that it has nothing.
    await expectEmpty(goal(canvasElement), 'The data starts on January 2, 2025; this period ends before it.');
  },
};

export const ErrorEndBeforeStart: Story = {
  name: 'Error: ends before it starts',
  args: { ...q1, start: '2026-03-31', end: '2026-01-01', today: '2026-03-16' },
  play: async ({ canvasElement }) => {
    await expectError(goal(canvasElement), 'The goal ends (2026-01-01) before it starts (2026-03-31). Check start and end.');
  },
};

export const ErrorNoTarget: Story = {
  name: 'Error: no target',
  args: { ...q1, target: undefined, today: '2026-03-16' },
  play: async ({ canvasElement }) => {
    await expectError(goal(canvasElement), 'The goal has no target. Add target="1500000", for example.');
  },
};

export const ErrorBadDate: Story = {
  name: 'Error: not a date',
  args: { ...q1, end: '2026-02-30', today: '2026-03-16' },
  play: async ({ canvasElement }) => {
    await expectError(goal(canvasElement), 'The end “2026-02-30” is not a date. Write it as 2026-03-31.');
  },
};

export const Dark: Story = {
  args: { ...q1, today: '2026-03-16', theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = goal(canvasElement);
    await expectParts(el, { status: '● On track · 82.7% of target' });
    await expect(themeOf(el)).toBe('dark');
  },
};

export const NorwegianNOK: Story = {
  name: 'Locale nb-NO (NOK)',
  args: { ...q1, label: 'Omsetning Q1', currency: 'NOK', today: '2026-03-16', locale: 'nb-NO' },
  play: async ({ canvasElement }) => {
    await expectParts(goal(canvasElement), {
      value: '1 240 000 kr',
      target: 'av 1 500 000 kr',
      status: '● I rute · 82,7 % av målet',
      remaining: 'Gjenstår: 260 000 kr · 16 dager igjen',
      needed: 'Trengs: 16 250 kr per dag',
      projection: 'Forventet i dag: 1 250 000 kr · Prognose til 31. mars 2026: 1 488 000 kr',
    });
  },
};

export const SwedishSEK: Story = {
  name: 'Locale sv-SE (SEK)',
  args: { ...q1, label: 'Omsättning Q1', value: 980000, today: '2026-03-16', locale: 'sv-SE' },
  play: async ({ canvasElement }) => {
    await expectParts(goal(canvasElement), {
      value: '980 000 kr',
      target: 'av 1 500 000 kr',
      status: '▼ Efter plan · 65,3 % av målet',
      remaining: 'Kvar: 520 000 kr · 16 dagar kvar',
      needed: 'Behövs: 32 500 kr per dag',
    });
  },
};

export const DanishDKK: Story = {
  name: 'Locale da-DK (DKK)',
  args: { ...q1, label: 'Omsætning Q1', value: 1612000, target: 1500000, currency: 'DKK', today: '2026-03-20', locale: 'da-DK' },
  play: async ({ canvasElement }) => {
    await expectParts(goal(canvasElement), {
      value: '1.612.000 kr.',
      target: 'af 1.500.000 kr.',
      status: '✓ Målet er nået · 107,5 % af målet',
    });
  },
};

export const DutchEUR: Story = {
  name: 'Locale nl-NL (EUR)',
  args: { ...q1, label: 'Omzet Q1', value: 142000, target: 180000, currency: 'EUR', today: '2026-03-25', locale: 'nl-NL' },
  play: async ({ canvasElement }) => {
    await expectParts(goal(canvasElement), {
      value: '€ 142.000',
      target: 'van € 180.000',
      // 1 Jan–25 Mar is 84 of 90 days: 180,000 × 84/90 = 168,000 expected; 142,000 / 168,000 = 0.845 < 0.85: behind.
      status: '▼ Achter op schema · 78,9% van het doel',
      remaining: 'Nog te gaan: € 38.000 · nog 7 dagen',
    });
  },
};
