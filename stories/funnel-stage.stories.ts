import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { FunnelStage } from '../src/elements/funnel-stage/funnel-stage.js';
import { renderElement } from './support/render.js';
import { expectError, expectParts, part, themeOf, widget } from './support/widgets.js';

/** The attributes a story sets, by their attribute names. */
interface StageArgs {
  label?: string;
  value?: string | number;
  previous?: string | number;
  probability?: string | number;
  'avg-days'?: string | number;
  amount?: string | number;
  format?: string;
  currency?: string;
  locale?: string;
  theme?: string;
}

const stage = (canvas: HTMLElement) => widget<FunnelStage>(canvas, 'funnel-stage');

const meta = {
  title: 'Widgets/Funnel stage',
  component: 'funnel-stage',
  render: renderElement('funnel-stage'),
  parameters: {
    kpiWidth: '300px',
    docs: {
      description: {
        component:
          'One funnel stage. Inside a `<kpi-funnel>` it is data only and draws nothing (see the KPI funnel stories); ' +
          'on its own it is a small card with its count and the change against `previous`. It reads attributes only, ' +
          'so it has no loading state.',
      },
    },
  },
} satisfies Meta<StageArgs>;

export default meta;
type Story = StoryObj<StageArgs>;

export const Value: Story = {
  name: 'Standing alone',
  args: { label: 'Qualified leads', value: 486, previous: 431 },
  play: async ({ canvasElement }) => {
    const el = stage(canvasElement);
    await expectParts(el, { label: 'Qualified leads', value: '486', delta: '▲ +55 (+12.8%) up, good vs previous' });
    await expect(part(el, 'delta')!.classList.contains('good')).toBe(true);
  },
};

export const Falling: Story = {
  name: 'Falling',
  args: { label: 'Proposals sent', value: 212, previous: 240 },
  play: async ({ canvasElement }) => {
    const el = stage(canvasElement);
    await expectParts(el, { value: '212', delta: '▼ -28 (-11.7%) down, bad vs previous' });
    await expect(part(el, 'delta')!.classList.contains('bad')).toBe(true);
  },
};

export const Compact: Story = {
  name: 'Compact number',
  args: { label: 'Website visitors', value: 48200, previous: 45100, format: 'compact' },
  play: async ({ canvasElement }) => {
    await expectParts(stage(canvasElement), { value: '48K' });
  },
};

export const NoBaseline: Story = {
  name: 'No baseline (—)',
  args: { label: 'Demos booked', value: 31, previous: 0 },
  play: async ({ canvasElement }) => {
    await expectParts(stage(canvasElement), { value: '31', delta: '— vs previous' });
  },
};

export const WithoutPrevious: Story = {
  name: 'Without a comparison',
  args: { label: 'Won deals', value: 52 },
  play: async ({ canvasElement }) => {
    await expectParts(stage(canvasElement), { value: '52', delta: null });
  },
};

export const InsideAFunnel: Story = {
  name: 'Inside a funnel: data only',
  // Fixed markup: the stage's controls would have nothing to set here.
  parameters: { controls: { disable: true } },
  render: () => html`<kpi-funnel label="Pipeline">
    <funnel-stage label="Leads" value="1240"></funnel-stage>
    <funnel-stage label="Won" value="52"></funnel-stage>
  </kpi-funnel>`,
  play: async ({ canvasElement }) => {
    const funnel = widget(canvasElement, 'kpi-funnel');
    await expectParts(funnel, { summary: 'Won / Leads: 4.2%' });
    // The stages themselves draw nothing; the funnel draws them.
    await expect(part(stage(canvasElement), 'base')).toBeNull();
  },
};

/**
 * A stage has no empty state: it reads attributes only, so a missing value is
 * an editor's mistake and is shown as one (README, "Editor mistakes").
 */
export const ErrorValueMissing: Story = {
  name: 'Error: value missing',
  args: { label: 'Negotiation' },
  play: async ({ canvasElement }) => {
    await expectError(stage(canvasElement), 'The value “” is not a number.');
  },
};

export const ErrorNotANumber: Story = {
  name: 'Error: value is not a number',
  args: { label: 'Qualified leads', value: 'mange' },
  play: async ({ canvasElement }) => {
    await expectError(stage(canvasElement), 'The value “mange” is not a number.');
  },
};

export const ErrorProbability: Story = {
  name: 'Error: probability out of range',
  args: { label: 'Proposal', value: 212, probability: '140 %' },
  play: async ({ canvasElement }) => {
    await expectError(stage(canvasElement), 'The probability “140 %” must be 0–1.');
  },
};

export const Dark: Story = {
  args: { ...Value.args, theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = stage(canvasElement);
    await expectParts(el, { value: '486' });
    await expect(themeOf(el)).toBe('dark');
  },
};

export const NorwegianNOK: Story = {
  name: 'Locale nb-NO',
  args: { label: 'Kvalifiserte leads', value: 1486, previous: 1431, locale: 'nb-NO' },
  play: async ({ canvasElement }) => {
    await expectParts(stage(canvasElement), { value: '1 486', delta: '▲ +55 (+3,8 %) opp, bra mot forrige' });
  },
};

export const SwedishSEK: Story = {
  name: 'Locale sv-SE (SEK)',
  args: { label: 'Offertvärde', value: 9120000, previous: 9870000, format: 'currency', currency: 'SEK', locale: 'sv-SE' },
  play: async ({ canvasElement }) => {
    await expectParts(stage(canvasElement), {
      value: '9 120 000 kr',
      delta: '▼ −750 000 kr (−7,6 %) ned, dåligt mot föregående',
    });
  },
};

export const DanishDKK: Story = {
  name: 'Locale da-DK (DKK)',
  args: { label: 'Tilbudsværdi', value: 4610000, previous: 4200000, format: 'currency', currency: 'DKK', locale: 'da-DK' },
  play: async ({ canvasElement }) => {
    await expectParts(stage(canvasElement), {
      value: '4.610.000 kr.',
      delta: '▲ +410.000 kr. (+9,8 %) op, godt mod forrige',
    });
  },
};

export const DutchEUR: Story = {
  name: 'Locale nl-NL (EUR)',
  args: { label: 'Offertewaarde', value: 1180000, previous: 1050000, format: 'currency', currency: 'EUR', locale: 'nl-NL' },
  play: async ({ canvasElement }) => {
    await expectParts(stage(canvasElement), {
      value: '€ 1.180.000',
      delta: '▲ € +130.000 (+12,4%) omhoog, goed t.o.v. vorige',
    });
  },
};
