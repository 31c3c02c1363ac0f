/**
 * Storybook's controls: enumerated attributes are select controls (.storybook/controls.ts),
 * and the sidebar carries no onboarding checklist (.storybook/main.ts).
 */
import { expect } from '@open-wc/testing';
import type { StrictArgTypes } from 'storybook/internal/types';
import { attributeControls } from '../../.storybook/controls.js';
import config from '../../.storybook/main.js';

/** An args table row as the custom-elements manifest gives it to Storybook. */
const row = (category: string, type: string) => ({ name: '', table: { category, type: { summary: type } } });

function enhance(argTypes: Record<string, ReturnType<typeof row>>, initialArgs: Record<string, unknown> = {}) {
  const context = { argTypes: argTypes as unknown as StrictArgTypes, initialArgs } as Parameters<typeof attributeControls>[0];
  return attributeControls(context) as Record<string, { control?: { type?: string } | false; options?: string[]; table?: { disable?: boolean } }>;
}

describe('Storybook controls', () => {
  it('gives format, theme, compare, period and the other enumerated attributes a select', () => {
    const names = ['format', 'theme', 'compare', 'period', 'kpi', 'delta', 'direction', 'variant', 'pace', 'per', 'granularity', 'type', 'locale', 'currency'];
    const out = enhance(Object.fromEntries(names.map((n) => [n, row('attributes', 'string | undefined')])));
    for (const name of names) {
      expect((out[name].control as { type: string }).type, name).to.equal('select');
      expect(out[name].options!.length, name).to.be.greaterThan(1);
    }
    expect(out.format.options).to.include.members(['number', 'currency', 'percent', 'compact', 'days', 'hours']);
    expect(out.compare.options).to.deep.equal(['previous-period', 'previous-year', 'none']);
    expect(out.period.options).to.include.members(['this-month', 'last-quarter', 'ytd', 'rolling-30d']);
    expect(out.kpi.options).to.include.members(['revenue', 'win-rate', 'churn-rate']);
  });

  it('offers a story\'s own value first when it is not among the choices', () => {
    const out = enhance({ period: row('attributes', 'string | undefined'), theme: row('attributes', 'string | undefined') }, { period: '2026-Q1', theme: 'dark' });
    expect(out.period.options![0]).to.equal('2026-Q1');
    expect(out.theme.options).to.deep.equal(['light', 'dark', 'auto']);
  });

  it('reads choices from string-literal types and RequestCredentials; other attributes keep their field', () => {
    const out = enhance({
      layout: row('attributes', "'grid' | 'none'"),
      credentials: row('attributes', 'RequestCredentials | undefined'),
      sparkline: row('attributes', 'boolean'),
      refresh: row('attributes', 'number | undefined'),
      label: row('attributes', 'string'),
    });
    expect(out.layout.options).to.deep.equal(['grid', 'none']);
    expect(out.credentials.options).to.deep.equal(['same-origin', 'include', 'omit']);
    expect((out.sparkline.control as { type: string }).type).to.equal('boolean');
    expect((out.refresh.control as { type: string }).type).to.equal('number');
    expect((out.label.control as { type: string }).type).to.equal('text');
  });

  it('has no onboarding checklist in the sidebar', () => {
    expect((config.features as { sidebarOnboardingChecklist?: boolean } | undefined)?.sidebarOnboardingChecklist).to.equal(false);
  });
});
