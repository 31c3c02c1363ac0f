import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { axeFindings, describeFindings, fixtureUrl, part, settled } from './support.js';

/**
 * axe-core (WCAG 2.1 A + AA, colour contrast included) on every element in
 * every state, in the light and the dark theme: 0 violations. The widget's
 * shadow DOM is checked with it; the theme comes from the element's own
 * `theme` attribute, so each case checks the tokens of that theme against the
 * widget's own surface.
 */
type Theme = 'light' | 'dark';
interface Case {
  name: string;
  render: (theme: Theme) => TemplateResult;
  /** The state is the loading skeleton: do not wait for it to go. */
  loading?: boolean;
  /** After settling, e.g. open the table. */
  then?: (root: HTMLElement) => Promise<void> | void;
}

const series = JSON.stringify([
  { date: '2026-01', value: 120000 }, { date: '2026-02', value: 135000 }, { date: '2026-03', value: 128000 },
  { date: '2026-04', value: 150000 }, { date: '2026-05', value: 162000 }, { date: '2026-06', value: 171000 },
]);
/** The first half of the year; the second, still to come, is projected. */
const running = JSON.stringify([
  { date: '2026-01', value: 120000 }, { date: '2026-02', value: 135000 }, { date: '2026-03', value: 128000 },
  { date: '2026-04', value: null }, { date: '2026-05', value: null }, { date: '2026-06', value: null },
]);
const weekly = JSON.stringify([
  { date: '2026-W10', value: 12 }, { date: '2026-W11', value: 15 }, { date: '2026-W12', value: 9 }, { date: '2026-W13', value: 14 },
]);
const stages = JSON.stringify([
  { label: 'Leads', value: 1200, avgDays: 3 },
  { label: 'Qualified', value: 600, avgDays: 7, probability: 0.2, amount: 900000 },
  { label: 'Proposal', value: 150, avgDays: 12, probability: 0.5, amount: 400000 },
  { label: 'Won', value: 90, avgDays: 4 },
]);

const cases: Case[] = [
  // kpi-card
  { name: 'kpi-card: value with a good delta', render: (theme) => html`<kpi-card theme=${theme} label="MRR" value="182400" previous="171000" format="currency" currency="NOK"></kpi-card>` },
  { name: 'kpi-card: bad delta', render: (theme) => html`<kpi-card theme=${theme} label="Revenue" value="150000" previous="171000" format="currency" currency="EUR"></kpi-card>` },
  { name: 'kpi-card: falling cost is good, flat, no baseline', render: (theme) => html`<div>
      <kpi-card theme=${theme} label="Cost per lead" value="80" previous="100" direction="down"></kpi-card>
      <kpi-card theme=${theme} label="Flat" value="100" previous="100"></kpi-card>
      <kpi-card theme=${theme} label="New" value="100" previous="0"></kpi-card></div>` },
  { name: 'kpi-card: over target, sparkline and link', render: (theme) => html`<kpi-card theme=${theme} label="Deals" value="220" previous="180" target="200" series=${series} href="/crm/deals"></kpi-card>` },
  { name: 'kpi-card: behind target, refused link', render: (theme) => html`<kpi-card theme=${theme} label="Deals" value="120" target="200" href="javascript:alert(1)"></kpi-card>` },
  { name: 'kpi-card: rate KPI from records with sparkline', render: (theme) => html`<kpi-card theme=${theme} src=${fixtureUrl('kpi-card-deals.csv')} kpi="win-rate" period="this-quarter" today="2026-11-23" compare="previous-year" sparkline></kpi-card>` },
  { name: 'kpi-card: loading', loading: true, render: (theme) => html`<kpi-card theme=${theme} label="MRR" src=${fixtureUrl('kpi-card-kpis.json', '&delay=4000')} select="kpis.mrr"></kpi-card>` },
  { name: 'kpi-card: empty', render: (theme) => html`<kpi-card theme=${theme} label="MRR"></kpi-card>` },
  { name: 'kpi-card: error', render: (theme) => html`<kpi-card theme=${theme} label="MRR" value="lots"></kpi-card>` },
  // goal-progress
  { name: 'goal-progress: ahead', render: (theme) => html`<goal-progress theme=${theme} label="Q1 revenue" value="1240000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15" format="currency" currency="SEK"></goal-progress>` },
  { name: 'goal-progress: on track, at risk, behind', render: (theme) => html`<div>
      <goal-progress theme=${theme} label="On track" value="750000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>
      <goal-progress theme=${theme} label="At risk" value="675000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>
      <goal-progress theme=${theme} label="Behind" value="300000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress></div>` },
  { name: 'goal-progress: over target', render: (theme) => html`<goal-progress theme=${theme} label="Deals" value="1700000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>` },
  { name: 'goal-progress: ring', render: (theme) => html`<div>
      <goal-progress theme=${theme} variant="ring" label="Ring" value="675000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>
      <goal-progress theme=${theme} variant="ring" label="Ring reached" value="1600000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress></div>` },
  { name: 'goal-progress: working-day pace, not started, missed', render: (theme) => html`<div>
      <goal-progress theme=${theme} label="Working" pace="working" value="600000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>
      <goal-progress theme=${theme} label="Not started" value="0" target="1500000" start="2026-01-01" end="2026-03-31" today="2025-12-20"></goal-progress>
      <goal-progress theme=${theme} label="Missed" value="1200000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-04-10"></goal-progress></div>` },
  { name: 'goal-progress: loading', loading: true, render: (theme) => html`<goal-progress theme=${theme} label="Goal" src=${fixtureUrl('goal-progress-goals.json', '&delay=4000')}></goal-progress>` },
  { name: 'goal-progress: empty', render: (theme) => html`<goal-progress theme=${theme} label="Goal" target="100" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>` },
  { name: 'goal-progress: error', render: (theme) => html`<goal-progress theme=${theme} label="Goal" value="10" start="2026-01-01" end="2026-03-31"></goal-progress>` },
  // kpi-funnel and funnel-stage
  { name: 'kpi-funnel: stages with a bottleneck, days and weighted value', render: (theme) => html`<kpi-funnel theme=${theme} label="Pipeline" currency="NOK" stages=${stages}></kpi-funnel>` },
  { name: 'kpi-funnel: funnel-stage children', render: (theme) => html`<kpi-funnel theme=${theme} label="Pipeline">
      <funnel-stage label="Visits" value="5000"></funnel-stage>
      <funnel-stage label="Signups" value="750"></funnel-stage>
      <funnel-stage label="Paid" value="60"></funnel-stage></kpi-funnel>` },
  { name: 'kpi-funnel: loading', loading: true, render: (theme) => html`<kpi-funnel theme=${theme} label="Pipeline" src=${fixtureUrl('kpi-funnel-stages.json', '&delay=4000')}></kpi-funnel>` },
  { name: 'kpi-funnel: empty', render: (theme) => html`<kpi-funnel theme=${theme} label="Pipeline" stages='[{"label":"Leads","value":0},{"label":"Won","value":0}]'></kpi-funnel>` },
  { name: 'kpi-funnel: error', render: (theme) => html`<kpi-funnel theme=${theme} label="Pipeline" stages="[not json"></kpi-funnel>` },
  { name: 'funnel-stage: alone, up and down', render: (theme) => html`<div>
      <funnel-stage theme=${theme} label="Leads" value="1200" previous="1000"></funnel-stage>
      <funnel-stage theme=${theme} label="Won" value="80" previous="100"></funnel-stage></div>` },
  // trend-chart
  { name: 'trend-chart: line with target', render: (theme) => html`<trend-chart theme=${theme} label="Revenue" series=${series} target="160000" format="currency" currency="EUR"></trend-chart>` },
  {
    name: 'trend-chart: table shown',
    render: (theme) => html`<trend-chart theme=${theme} label="Revenue" type="area" series=${series} budget="150000" show-table></trend-chart>`,
  },
  {
    name: 'trend-chart: table opened with the toggle, weeks',
    render: (theme) => html`<trend-chart theme=${theme} label="Leads" type="bar" series=${weekly}></trend-chart>`,
    then: async (el) => {
      part(el, 'table-toggle')!.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    },
  },
  {
    name: 'trend-chart: legend with every line but last year, one switched off',
    render: (theme) => html`<trend-chart theme=${theme} label="Revenue" series=${running} target="160000" budget="150000"></trend-chart>`,
    then: async (el) => {
      el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="legend-item"]')[2].click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[aria-pressed="false"]')).to.have.length(1);
    },
  },
  { name: 'trend-chart: loading', loading: true, render: (theme) => html`<trend-chart theme=${theme} label="Revenue" src=${fixtureUrl('trend-chart-series.json', '&delay=4000')} select="kpis.revenue"></trend-chart>` },
  { name: 'trend-chart: empty', render: (theme) => html`<trend-chart theme=${theme} label="Revenue" series="[]"></trend-chart>` },
  { name: 'trend-chart: error', render: (theme) => html`<trend-chart theme=${theme} label="Revenue" series="{oops"></trend-chart>` },
  // kpi-dashboard
  { name: 'kpi-dashboard: heading and widgets', render: (theme) => html`<kpi-dashboard label="Sales" theme=${theme} locale="nb-NO" currency="NOK">
      <kpi-card label="MRR" value="182400" previous="171000" format="currency"></kpi-card>
      <goal-progress label="Q1" value="1240000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>
    </kpi-dashboard>` },
  { name: 'kpi-dashboard: settings it cannot use, and empty', render: (theme) => html`<div>
      <kpi-dashboard label="Sales" theme=${theme} locale="norsk" currency="kroner"><kpi-card label="MRR" value="1"></kpi-card></kpi-dashboard>
      <kpi-dashboard label="Empty" theme=${theme}></kpi-dashboard></div>` },
  { name: 'settings a widget cannot use', render: (theme) => html`<div>
      <kpi-card theme=${theme} label="MRR" value="1" currency="kroner"></kpi-card>
      <kpi-funnel theme=${theme} label="Pipeline"></kpi-funnel></div>` },
];

describe('axe-core: every element in every state, light and dark', function () {
  this.timeout(20000);
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      for (const c of cases) {
        it(c.name, async () => {
          // The page behind a widget is the same scheme as its theme, as on a real intranet.
          const wrap = await fixture<HTMLElement>(html`<div style=${theme === 'dark' ? 'background:#0d1117;color:#e6edf3;padding:8px' : 'padding:8px'}
            >${c.render(theme)}</div>`);
          const root = wrap.firstElementChild as HTMLElement;
          await settled(wrap, { loading: c.loading });
          if (c.loading) expect(wrap.querySelector('*')!.shadowRoot!.querySelector('[part~="skeleton"]'), 'shows the skeleton').to.exist;
          await c.then?.(root);
          const findings = await axeFindings(wrap);
          expect(findings, describeFindings(findings)).to.deep.equal([]);
        });
      }
    });
  }
});
