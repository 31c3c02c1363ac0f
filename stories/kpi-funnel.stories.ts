import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { KpiFunnel, StageSelectDetail } from '../src/elements/kpi-funnel/kpi-funnel.define.js';
import { pendingSource } from './support/pending.js';
import { renderElement } from './support/render.js';
import {
  clean, expectEmpty, expectError, expectLoading, expectParts, inShadow, partText, parts, themeOf, widget,
} from './support/widgets.js';

/** One `<funnel-stage>` child, by its attribute names. */
interface Stage {
  label: string;
  value: string | number;
  probability?: string | number;
  'avg-days'?: string | number;
  amount?: string | number;
}

/** The attributes a story sets, by their attribute names, and the stage children. */
interface FunnelArgs {
  label?: string;
  stages?: string;
  'stage-order'?: string;
  src?: string;
  period?: string;
  today?: string;
  currency?: string;
  locale?: string;
  theme?: string;
  children?: Stage[];
}

const funnel = (canvas: HTMLElement) => widget<KpiFunnel>(canvas, 'kpi-funnel');
const texts = (el: Element, name: string) => parts(el, name).map((node) => clean(node.textContent));

/** A B2B pipeline in Norway, Q4 2026. */
const pipeline: Stage[] = [
  { label: 'Leads', value: 1240 },
  { label: 'Qualified', value: 486 },
  { label: 'Proposal', value: 212 },
  { label: 'Negotiation', value: 71 },
  { label: 'Won', value: 52 },
];

/** The same pipeline with win probability, money in each open stage and days spent there. */
const weighted: Stage[] = [
  { label: 'Leads', value: 1240, 'avg-days': 3 },
  { label: 'Qualified', value: 486, probability: 0.1, amount: 18450000, 'avg-days': 9 },
  { label: 'Proposal', value: 212, probability: 0.35, amount: 9870000, 'avg-days': 14 },
  { label: 'Negotiation', value: 71, probability: 0.6, amount: 4260000, 'avg-days': 11 },
  { label: 'Won', value: 52 },
];

const meta = {
  title: 'Widgets/KPI funnel',
  component: 'kpi-funnel',
  subcomponents: { 'funnel-stage': 'funnel-stage' },
  // The stage children are the story's own arg; every attribute is the funnel's.
  render: renderElement<FunnelArgs>('kpi-funnel', (a) => a.children
    ? a.children.map((s) => html`
    <funnel-stage label=${s.label} value=${s.value} probability=${ifDefined(s.probability)}
      avg-days=${ifDefined(s['avg-days'])} amount=${ifDefined(s.amount)}></funnel-stage>`)
    : nothing),
  parameters: {
    kpiWidth: '520px',
    docs: {
      description: {
        component:
          'A sales funnel: bars in proportion to the first stage, conversion and drop-off between stages, the ' +
          '**bottleneck** (the lowest conversion), average days in a stage and the weighted pipeline. Stages come from ' +
          '`<funnel-stage>` children, the `stages` JSON attribute, or `src` (a stages document, or CRM records with ' +
          '`stage-order`). Click a stage, or use the arrow keys and Enter, to fire `kpi-stage-select`.',
      },
    },
  },
} satisfies Meta<FunnelArgs>;

export default meta;
type Story = StoryObj<FunnelArgs>;

export const Value: Story = {
  name: 'Stages as children',
  args: { label: 'Pipeline, Q4', children: pipeline },
  play: async ({ canvasElement }) => {
    const el = funnel(canvasElement);
    await expectParts(el, { label: 'Pipeline, Q4', summary: 'Won / Leads: 4.2%', 'weighted-total': null });
    await expect(parts(el, 'stage')).toHaveLength(5);
    await expect(texts(el, 'conversion')).toEqual([
      '39.2% from Leads', '43.6% from Qualified', '33.5% from Proposal', '73.2% from Negotiation',
    ]);
    await expect(texts(el, 'drop-off')[0]).toBe('754 dropped off (60.8%)');
    await expect(partText(el, 'bottleneck')).toBe('⚠ Bottleneck: Proposal → Negotiation');
    // Bars in proportion to the first stage.
    await expect(parseFloat((parts(el, 'bar')[1] as HTMLElement).style.width)).toBeCloseTo((486 / 1240) * 100, 2);
  },
};

export const WeightedPipeline: Story = {
  name: 'Weighted pipeline and days in stage',
  args: { label: 'Pipeline, Q4', children: weighted, currency: 'NOK' },
  play: async ({ canvasElement }) => {
    const el = funnel(canvasElement);
    // 18 450 000 × 10 % + 9 870 000 × 35 % + 4 260 000 × 60 %.
    await expectParts(el, { 'weighted-total': 'Weighted pipeline: NOK 7,855,500' });
    await expect(texts(el, 'weighted')).toEqual(['Weighted: NOK 1,845,000', 'Weighted: NOK 3,454,500', 'Weighted: NOK 2,556,000']);
    await expect(texts(el, 'days')[0]).toBe('Avg. 3 days in stage');
  },
};

export const StagesAttribute: Story = {
  name: 'Stages as a JSON attribute',
  args: {
    label: 'Inbound funnel, October',
    stages: JSON.stringify([
      { label: 'Visitors', value: 48200 },
      { label: 'Sign-ups', value: 1930 },
      { label: 'Demos', value: 312 },
      { label: 'Customers', value: 41 },
    ]),
  },
  play: async ({ canvasElement }) => {
    const el = funnel(canvasElement);
    await expectParts(el, { summary: 'Customers / Visitors: 0.1%', bottleneck: '⚠ Bottleneck: Visitors → Sign-ups' });
    await expect(texts(el, 'conversion')).toEqual(['4.0% from Visitors', '16.2% from Sign-ups', '13.1% from Demos']);
  },
};

export const FromJsonDocument: Story = {
  name: 'From a JSON stages document',
  args: { label: 'Pipeline, Q4', src: '/data/pipeline.json', currency: 'NOK' },
  play: async ({ canvasElement }) => {
    const el = funnel(canvasElement);
    await expectParts(el, { summary: 'Won / Leads: 4.2%', 'weighted-total': 'Weighted pipeline: NOK 7,855,500' });
    await expect(parts(el, 'stage')).toHaveLength(5);
  },
};

export const FromCrmRecords: Story = {
  name: 'Computed from CRM records',
  args: {
    label: 'Deals created in Q3 2026',
    src: '/data/deals.csv',
    'stage-order': 'Lead,Qualified,Proposal,Negotiation,Won',
    period: '2026-Q3',
    today: '2026-11-23',
    currency: 'NOK',
  },
  play: async ({ canvasElement }) => {
    const el = funnel(canvasElement);
    // Deals created July–September 2026; a lost deal counts up to the stage it was lost in.
    await expectParts(el, { summary: 'Won / Lead: 35.3%' });
    const stageOf = (button: Element) => `${clean(button.querySelector('.name')!.textContent)} ${clean(button.querySelector('.count')!.textContent)}`;
    await expect(parts(el, 'stage').map(stageOf)).toEqual([
      'Lead 68', 'Qualified 57', 'Proposal 43', 'Negotiation 33', 'Won 24',
    ]);
  },
};

export const SelectAStage: Story = {
  name: 'Select a stage (click and keyboard)',
  args: { label: 'Pipeline, Q4', children: pipeline },
  play: async ({ canvasElement }) => {
    const el = funnel(canvasElement);
    await expectParts(el, { summary: 'Won / Leads: 4.2%' });
    const chosen: StageSelectDetail[] = [];
    el.addEventListener('kpi-stage-select', (event) => chosen.push((event as CustomEvent<StageSelectDetail>).detail));
    const buttons = inShadow(el).getAllByRole('button');
    await expect(buttons).toHaveLength(5);
    await userEvent.click(buttons[2]);
    await expect(chosen).toEqual([{ index: 2, label: 'Proposal', value: 212 }]);
    // One stage in the tab order; the arrow keys move, Enter chooses.
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(el.shadowRoot!.activeElement).toBe(buttons[3]));
    await expect(buttons.map((button) => button.tabIndex)).toEqual([-1, -1, -1, 0, -1]);
    await userEvent.keyboard('{Enter}');
    await expect(chosen.at(-1)).toEqual({ index: 3, label: 'Negotiation', value: 71 });
  },
};

export const Loading: Story = {
  args: { label: 'Pipeline, Q4', src: '/data/pending/pipeline.json' },
  beforeEach: pendingSource,
  play: async ({ canvasElement }) => {
    await expectLoading(funnel(canvasElement));
  },
};

export const Empty: Story = {
  name: 'Empty (no leads yet)',
  args: { label: 'Pipeline, January', children: pipeline.map((stage) => ({ ...stage, value: 0 })) },
  play: async ({ canvasElement }) => {
    await expectEmpty(funnel(canvasElement));
  },
};

export const ErrorNegativeStage: Story = {
  name: 'Error: negative stage value',
  args: { label: 'Pipeline, Q4', children: [...pipeline.slice(0, 2), { label: 'Proposal', value: -212 }, ...pipeline.slice(3)] },
  play: async ({ canvasElement }) => {
    await expectError(funnel(canvasElement), 'Stage “Proposal”: The value “-212” must be ≥ 0.');
  },
};

export const ErrorBrokenJson: Story = {
  name: 'Error: stages is not valid JSON',
  args: { label: 'Pipeline, Q4', stages: '[{"label": "Leads", "value": 1240},]' },
  play: async ({ canvasElement }) => {
    await expectError(funnel(canvasElement), 'The stages attribute is not valid JSON.');
  },
};

export const ErrorBadDocument: Story = {
  name: 'Error: document of the wrong shape',
  args: { label: 'Pipeline, Q4', src: '/data/pipeline-broken.json' },
  play: async ({ canvasElement }) => {
    await expectError(funnel(canvasElement), /^The data has the wrong shape: stages\[1\]\.value/);
  },
};

export const Dark: Story = {
  args: { label: 'Pipeline, Q4', children: weighted, currency: 'NOK', theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = funnel(canvasElement);
    await expectParts(el, { summary: 'Won / Leads: 4.2%' });
    await expect(themeOf(el)).toBe('dark');
  },
};

export const NorwegianNOK: Story = {
  name: 'Locale nb-NO (NOK)',
  args: {
    label: 'Salgstrakt, Q4',
    children: [
      { label: 'Leads', value: 1240, 'avg-days': 3 },
      { label: 'Kvalifisert', value: 486, probability: 0.1, amount: 18450000 },
      { label: 'Tilbud', value: 212, probability: 0.35, amount: 9870000 },
      { label: 'Forhandling', value: 71, probability: 0.6, amount: 4260000 },
      { label: 'Vunnet', value: 52 },
    ],
    currency: 'NOK',
    locale: 'nb-NO',
  },
  play: async ({ canvasElement }) => {
    const el = funnel(canvasElement);
    await expectParts(el, {
      summary: 'Vunnet / Leads: 4,2 %',
      'weighted-total': 'Vektet pipeline: 7 855 500 kr',
      bottleneck: '⚠ Flaskehals: Tilbud → Forhandling',
    });
    await expect(texts(el, 'drop-off')[0]).toBe('754 falt fra (60,8 %)');
    await expect(texts(el, 'days')[0]).toBe('Snitt 3 dager i trinnet');
  },
};

export const SwedishSEK: Story = {
  name: 'Locale sv-SE (SEK)',
  args: {
    label: 'Säljtratt, Q4',
    children: [
      { label: 'Leads', value: 1240 },
      { label: 'Kvalificerade', value: 486, probability: 0.1, amount: 16900000 },
      { label: 'Offert', value: 212, probability: 0.35, amount: 9120000 },
      { label: 'Förhandling', value: 71, probability: 0.6, amount: 3980000 },
      { label: 'Vunna', value: 52 },
    ],
    currency: 'SEK',
    locale: 'sv-SE',
  },
  play: async ({ canvasElement }) => {
    const el = funnel(canvasElement);
    // 16 900 000 × 10 % + 9 120 000 × 35 % + 3 980 000 × 60 %.
    await expectParts(el, { summary: 'Vunna / Leads: 4,2 %', 'weighted-total': 'Viktad pipeline: 7 270 000 kr' });
    await expect(texts(el, 'conversion')[0]).toBe('39,2 % från Leads');
  },
};

export const DanishDKK: Story = {
  name: 'Locale da-DK (DKK)',
  args: {
    label: 'Salgstragt, Q4',
    children: [
      { label: 'Leads', value: 860 },
      { label: 'Kvalificeret', value: 301, probability: 0.1, amount: 8420000 },
      { label: 'Tilbud', value: 128, probability: 0.4, amount: 4610000 },
      { label: 'Vundet', value: 37 },
    ],
    currency: 'DKK',
    locale: 'da-DK',
  },
  play: async ({ canvasElement }) => {
    const el = funnel(canvasElement);
    // 8 420 000 × 10 % + 4 610 000 × 40 %.
    await expectParts(el, { summary: 'Vundet / Leads: 4,3 %', 'weighted-total': 'Vægtet pipeline: 2.686.000 kr.' });
    await expect(texts(el, 'drop-off')[0]).toBe('559 faldt fra (65,0 %)');
  },
};

export const DutchEUR: Story = {
  name: 'Locale nl-NL (EUR)',
  args: {
    label: 'Salestrechter, Q4',
    children: [
      { label: 'Leads', value: 640 },
      { label: 'Gekwalificeerd', value: 233, probability: 0.15, amount: 2140000 },
      { label: 'Offerte', value: 96, probability: 0.45, amount: 1180000 },
      { label: 'Gewonnen', value: 29 },
    ],
    currency: 'EUR',
    locale: 'nl-NL',
  },
  play: async ({ canvasElement }) => {
    const el = funnel(canvasElement);
    // 2 140 000 × 15 % + 1 180 000 × 45 %.
    await expectParts(el, { summary: 'Gewonnen / Leads: 4,5%', 'weighted-total': 'Gewogen pijplijn: € 852.000' });
    await expect(texts(el, 'conversion')[0]).toBe('36,4% vanuit Leads');
  },
};
