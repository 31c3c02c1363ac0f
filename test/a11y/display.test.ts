import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import '../../src/index.js';
import { part, settled, text } from './support.js';

/**
 * What is seen: a visible focus ring on everything interactive in both
 * themes, status in shapes and words as well as colour, no animation with
 * prefers-reduced-motion, and a usable widget in forced-colors mode.
 */
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Relative luminance contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The computed value of a colour keyword (a system colour) on this page. */
function resolvedColour(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  probe.style.setProperty('forced-color-adjust', 'none');
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

const series = JSON.stringify([{ date: '2026-01', value: 100 }, { date: '2026-02', value: 120 }, { date: '2026-03', value: 150 }]);
const stages = JSON.stringify([{ label: 'Leads', value: 1200 }, { label: 'Qualified', value: 600 }, { label: 'Won', value: 90 }]);

describe('display', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none', colorScheme: 'light' } as Parameters<typeof emulateMedia>[0]);
  });

  describe('a visible focus on everything interactive', () => {
    for (const theme of ['light', 'dark']) {
      it(`${theme}: the card link, the funnel stages, the chart, its toggle and shown table get a 3px ring of 3:1 contrast`, async () => {
        const wrap = await fixture(html`<div><button id="start">start</button>
          <kpi-card theme=${theme} label="MRR" value="10" href="#x"></kpi-card>
          <kpi-funnel theme=${theme} label="Pipeline" stages=${stages}></kpi-funnel>
          <trend-chart theme=${theme} label="Revenue" series=${series} show-table></trend-chart></div>`);
        await settled(wrap);
        wrap.querySelector<HTMLElement>('#start')!.focus();
        const seen: string[] = [];
        for (let i = 0; i < 5; i++) {
          await sendKeys({ press: 'Tab' });
          const el = focused() as HTMLElement;
          const host = (el.getRootNode() as ShadowRoot).host as HTMLElement;
          const style = getComputedStyle(el);
          const surface = getComputedStyle(part(host, 'base')!).backgroundColor;
          seen.push(`${host.localName} ${el.getAttribute('part') ?? el.getAttribute('role')}`);
          expect(el.matches(':focus-visible'), seen.at(-1)).to.equal(true);
          expect(style.outlineStyle, seen.at(-1)).to.equal('solid');
          expect(parseFloat(style.outlineWidth), seen.at(-1)).to.be.at.least(2);
          expect(contrast(style.outlineColor, surface), `${seen.at(-1)} ring against the surface`).to.be.at.least(3);
        }
        expect(seen).to.deep.equal(['kpi-card link', 'kpi-funnel stage', 'trend-chart chart', 'trend-chart table-toggle', 'trend-chart region']);
      });

      it(`${theme}: the chart's legend entries get the same ring`, async () => {
        const chart = await fixture(html`<trend-chart theme=${theme} label="Revenue" series=${series} target="130"></trend-chart>`);
        await settled(chart);
        const surface = getComputedStyle(part(chart, 'base')!).backgroundColor;
        const entries = [...chart.shadowRoot!.querySelectorAll<HTMLElement>('[part~="legend-item"]')];
        expect(entries).to.have.length(2);
        entries[0].focus();
        for (const entry of entries) {
          if (focused() !== entry) await sendKeys({ press: 'Tab' });
          expect(focused()).to.equal(entry);
          const style = getComputedStyle(entry);
          expect(entry.matches(':focus-visible')).to.equal(true);
          expect(style.outlineStyle).to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
          expect(contrast(style.outlineColor, surface)).to.be.at.least(3);
        }
      });
    }
  });

  describe('status is never colour alone', () => {
    it('the card\'s change has an arrow and the words good or bad', async () => {
      const wrap = await fixture(html`<div>
        <kpi-card id="good" value="110" previous="100" locale="en"></kpi-card>
        <kpi-card id="bad" value="90" previous="100" locale="en"></kpi-card>
        <kpi-card id="down-good" value="90" previous="100" direction="down" locale="en"></kpi-card></div>`);
      await settled(wrap);
      const delta = (id: string) => text(part(wrap.querySelector(`#${id}`)!, 'delta'));
      expect(delta('good')).to.equal('▲ +10% vs previous, good');
      expect(delta('bad')).to.equal('▼ -10% vs previous, bad');
      expect(delta('down-good')).to.equal('▼ -10% vs previous, good');
    });

    it('the card\'s target says reached or not reached', async () => {
      const wrap = await fixture(html`<div>
        <kpi-card id="yes" value="210" target="200" locale="en"></kpi-card>
        <kpi-card id="no" value="190" target="200" locale="en"></kpi-card></div>`);
      await settled(wrap);
      expect(text(part(wrap.querySelector('#yes')!, 'target'))).to.equal('Target 200 · 105% · ✓ reached');
      expect(text(part(wrap.querySelector('#no')!, 'target'))).to.equal('Target 200 · 95% · not reached');
    });

    it('each goal status has its own icon and word', async () => {
      const at = (value: number, today = '2026-02-15') =>
        html`<goal-progress value=${value} target="1500000" start="2026-01-01" end="2026-03-31" today=${today} locale="en"></goal-progress>`;
      const wrap = await fixture(html`<div>${at(1240000)}${at(750000)}${at(675000)}${at(300000)}${at(1600000)}${at(0, '2025-12-01')}${at(1000, '2026-04-10')}</div>`);
      await settled(wrap);
      const statuses = [...wrap.querySelectorAll('goal-progress')].map((el) => text(part(el, 'status')).split(' · ')[0]);
      expect(statuses).to.deep.equal(['▲ Ahead', '● On track', '◆ At risk', '▼ Behind', '✓ Target reached', '○ Not started', '✕ Target missed']);
    });

    it('the funnel\'s bottleneck is marked by a word, not only by the bar colour', async () => {
      const el = await fixture(html`<kpi-funnel stages=${stages} locale="en"></kpi-funnel>`);
      await settled(el);
      expect(text(part(el, 'bottleneck'))).to.equal('⚠ Bottleneck: Qualified → Won');
    });

    it('the chart\'s lines differ in dash pattern as well as colour, and so do their legend swatches', async () => {
      const el = await fixture<Widget & { chart: Chart }>(html`<trend-chart series=${series} target="130" budget="[90,110,140]"></trend-chart>`);
      await settled(el);
      const dashes = el.chart.data.datasets.map((d) => JSON.stringify((d as { borderDash?: number[] }).borderDash ?? []));
      expect(new Set(dashes).size).to.equal(dashes.length);
      const swatches = [...el.shadowRoot!.querySelectorAll('[part~="legend-swatch"] line')].map((line) => line.getAttribute('stroke-dasharray'));
      expect(swatches).to.deep.equal(['', '2 3', '10 3 2 3'].map((dash) => dash || null));
    });

    it('a line switched off in the legend is struck through, not only paler', async () => {
      const el = await fixture<Widget>(html`<trend-chart series=${series} target="130" locale="en"></trend-chart>`);
      await settled(el);
      const entry = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="legend-item"]')[1];
      entry.click();
      await el.updateComplete;
      expect(entry.getAttribute('aria-pressed')).to.equal('false');
      expect(getComputedStyle(entry).textDecorationLine).to.equal('line-through');
    });
  });

  describe('prefers-reduced-motion', () => {
    it('no motion: the skeleton stops pulsing, the goal bar and ring do not slide, the chart does not animate', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const wrap = await fixture(html`<div>
        <kpi-card label="Loading" src="/api/fixture/kpi-card-kpis.json?key=a11y-motion&delay=3000" select="kpis.mrr"></kpi-card>
        <goal-progress value="100" target="200" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>
        <goal-progress variant="ring" value="100" target="200" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>
        <trend-chart series=${series}></trend-chart></div>`);
      await settled(wrap, { loading: true });
      const skeleton = part(wrap.querySelector('kpi-card')!, 'skeleton')!;
      expect(getComputedStyle(skeleton).animationName).to.equal('none');
      for (const goal of wrap.querySelectorAll('goal-progress')) {
        expect(getComputedStyle(part(goal, 'fill')!).transitionDuration).to.match(/^0s/);
      }
      const chart = wrap.querySelector<Widget & { chart: Chart }>('trend-chart')!;
      expect(chart.chart.options.animation).to.equal(false);
    });

    it('with motion allowed, the same things do move', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const wrap = await fixture(html`<div>
        <kpi-card label="Loading" src="/api/fixture/kpi-card-kpis.json?key=a11y-motion-2&delay=3000" select="kpis.mrr"></kpi-card>
        <goal-progress value="100" target="200" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>
        <trend-chart series=${series}></trend-chart></div>`);
      await settled(wrap, { loading: true });
      expect(getComputedStyle(part(wrap.querySelector('kpi-card')!, 'skeleton')!).animationName).to.equal('kpi-pulse');
      expect(getComputedStyle(part(wrap.querySelector('goal-progress')!, 'fill')!).transitionDuration).to.equal('0.4s');
      expect(wrap.querySelector<Widget & { chart: Chart }>('trend-chart')!.chart.options.animation).to.not.equal(false);
    });
  });

  describe('forced-colors mode', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${scheme} system colours: frames, gauges, bars, sparkline and chart use system colours; words stay`, async () => {
        await emulateMedia({ forcedColors: 'active', colorScheme: scheme } as Parameters<typeof emulateMedia>[0]);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const canvasText = resolvedColour('CanvasText');
        const highlight = resolvedColour('Highlight');
        const wrap = await fixture(html`<div>
          <kpi-card label="Deals" value="220" previous="200" target="200" series=${series} locale="en"></kpi-card>
          <goal-progress value="675000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15" locale="en"></goal-progress>
          <goal-progress variant="ring" value="675000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>
          <kpi-funnel stages=${stages} locale="en"></kpi-funnel>
          <trend-chart series=${series} target="130" locale="en"></trend-chart></div>`);
        await settled(wrap);
        const [card, bar, ring] = [...wrap.querySelectorAll('kpi-card, goal-progress')];
        const funnel = wrap.querySelector('kpi-funnel')!;
        const chart = wrap.querySelector<Widget & { chart: Chart }>('trend-chart')!;

        expect(getComputedStyle(part(card, 'base')!).borderTopColor, 'frame').to.equal(canvasText);
        expect(getComputedStyle(part(card, 'sparkline')!.querySelector('path')!).stroke, 'sparkline').to.equal(canvasText);
        expect(text(part(card, 'delta'))).to.equal('▲ +10% vs previous, good');

        expect(getComputedStyle(part(bar, 'fill')!).backgroundColor, 'bar fill').to.equal(highlight);
        expect(getComputedStyle(part(bar, 'track')!).borderTopStyle, 'bar track outlined').to.equal('solid');
        expect(getComputedStyle(part(bar, 'marker')!).backgroundColor, 'pace marker').to.equal(canvasText);
        expect(getComputedStyle(part(ring, 'fill')!).stroke, 'ring fill').to.equal(highlight);
        expect(text(part(bar, 'status'))).to.match(/^◆ At risk · /);

        expect(getComputedStyle(part(funnel, 'bar')!).backgroundColor, 'funnel bar').to.equal(canvasText);
        expect(text(part(funnel, 'bottleneck'))).to.contain('Bottleneck');

        // The canvas is not repainted by the browser: the chart must draw in system colours itself.
        const datasets = chart.chart.data.datasets as Array<{ borderColor?: unknown }>;
        for (const d of datasets) expect(d.borderColor, 'chart line').to.equal(canvasText);
        const ticks = (chart.chart.options.scales!.y as { ticks: { color: unknown } }).ticks.color;
        expect(ticks, 'axis text').to.equal(canvasText);
        // The legend's swatches are drawn like the lines, in the same system colour; the words stay.
        const entries = [...chart.shadowRoot!.querySelectorAll('[part~="legend-item"]')];
        expect(entries.map((entry) => text(entry))).to.deep.equal(['Actual', 'Target']);
        for (const entry of entries) {
          expect(getComputedStyle(entry.querySelector('[part~="legend-swatch"]')!).stroke, 'legend swatch').to.equal(canvasText);
        }
      });
    }

    it('leaving forced colours redraws the chart in the theme colours again', async () => {
      await emulateMedia({ forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]);
      const chart = await fixture<Widget & { chart: Chart }>(html`<trend-chart series=${series}></trend-chart>`);
      await settled(chart);
      const forced = chart.chart.data.datasets[0].borderColor;
      await emulateMedia({ forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
      await new Promise((r) => setTimeout(r, 50));
      await chart.updateComplete;
      expect(chart.chart.data.datasets[0].borderColor).to.not.equal(forced);
    });
  });
});
