/**
 * Hostile host CSS. A page whose global CSS sets
 *   * { all: revert; font-size: 40px !important; }  div { display: none }  canvas { width: 1px }
 * and whose body sets every inherited text property it can still shows
 * readable widgets: the value keeps the kit's size, each widget has a visible
 * box, the chart canvas keeps its width. Inside the widgets every computed
 * style is what it was on a plain page, except font family and colour scheme,
 * the two things a page is meant to pass on.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/kpi-dashboard/kpi-dashboard.define.js';
import '../../src/elements/kpi-card/kpi-card.define.js';
import '../../src/elements/goal-progress/goal-progress.define.js';
import '../../src/elements/kpi-funnel/kpi-funnel.define.js';
import '../../src/elements/funnel-stage/funnel-stage.define.js';
import '../../src/elements/trend-chart/trend-chart.define.js';
import { settle, sleep } from './helpers.js';

const HOSTILE = `
  * { all: revert; font-size: 40px !important; }
  div { display: none }
  canvas { width: 1px }
  body {
    font-family: "Courier New", monospace; color: red; background: black;
    letter-spacing: 5px; word-spacing: 20px; line-height: 5; text-transform: uppercase; font-style: italic;
    font-weight: 900; font-variant: small-caps; text-indent: 50px; text-align: right; text-shadow: 2px 2px 2px lime;
    white-space: pre; font-stretch: condensed; word-break: break-all; hyphens: auto; tab-size: 20;
  }
`;

/** What may differ: the two inherited properties a page passes on, and what follows from the font. */
const PASSED_ON = new Set(['font-family', 'color-scheme']);
const CHECKED = ['font-size', 'font-weight', 'font-style', 'font-variant-caps', 'font-stretch', 'line-height', 'letter-spacing',
  'word-spacing', 'text-transform', 'text-indent', 'text-align', 'text-shadow', 'white-space', 'word-break', 'hyphens', 'tab-size',
  'color', 'background-color', 'display', 'visibility', 'opacity', 'position', 'padding-top', 'border-top-width', 'font-family', 'color-scheme'];

function snapshot(root: Element): Map<Element, Record<string, string>> {
  const out = new Map<Element, Record<string, string>>();
  const visit = (host: Element) => {
    if (!host.shadowRoot) return;
    for (const el of host.shadowRoot.querySelectorAll('*')) {
      // The dashboard's grid only lays out page content (the widgets guard themselves).
      if (el.localName === 'slot' || el.getAttribute('part') === 'grid') continue;
      const style = getComputedStyle(el);
      out.set(el, Object.fromEntries(CHECKED.map((name) => [name, style.getPropertyValue(name)])));
    }
  };
  for (const el of root.querySelectorAll('*')) visit(el);
  return out;
}

describe('hostile host CSS', function () {
  this.timeout(20000);
  let section: HTMLElement;
  let sheet: HTMLStyleElement;
  let plain: Map<Element, Record<string, string>>;

  before(async () => {
    section = document.createElement('section');
    section.style.width = '700px';
    section.innerHTML = `
      <kpi-card id="card" label="Revenue" value="182400" previous="171000" target="200000" format="currency" currency="NOK"
        series='[{"date":"2026-08","value":1},{"date":"2026-09","value":3}]' href="/crm"></kpi-card>
      <goal-progress id="goal" label="Goal" value="40" target="100" start="2026-01-01" end="2026-12-31" today="2026-06-01"></goal-progress>
      <goal-progress id="ring" variant="ring" value="40" target="100" start="2026-01-01" end="2026-12-31" today="2026-06-01"></goal-progress>
      <kpi-funnel id="funnel" label="Pipeline"><funnel-stage label="Leads" value="100"></funnel-stage><funnel-stage label="Won" value="20"></funnel-stage></kpi-funnel>
      <funnel-stage id="stage" label="Alone" value="12" previous="10"></funnel-stage>
      <trend-chart id="chart" label="Trend" series='[{"date":"2026-01","value":1},{"date":"2026-02","value":3},{"date":"2026-03","value":2}]'></trend-chart>
      <kpi-card id="error" value="abc"></kpi-card>
      <kpi-card id="empty" label="Nothing"></kpi-card>
      <kpi-dashboard id="dashboard" label="Team"><kpi-card id="inner" value="5"></kpi-card></kpi-dashboard>`;
    document.body.append(section);
    for (const el of section.querySelectorAll('kpi-card, goal-progress, kpi-funnel, trend-chart, #stage')) await settle(el, 8000);
    await waitUntil(() => (section.querySelector('#chart') as unknown as { chart: unknown }).chart, 'no chart', { timeout: 8000 });
    plain = snapshot(section);
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE;
    document.head.append(sheet);
    await sleep(200); // the chart's ResizeObserver and a frame
  });

  after(() => {
    sheet.remove();
    section.remove();
  });

  it('every widget still has a visible box of some size', () => {
    for (const id of ['card', 'goal', 'ring', 'funnel', 'stage', 'chart', 'error', 'empty', 'dashboard', 'inner']) {
      const el = section.querySelector(`#${id}`)!;
      const base = el.shadowRoot!.querySelector('[part~="base"], [part~="grid"]')!;
      const box = base.getBoundingClientRect();
      expect(box.width, `${id} width`).to.be.greaterThan(100);
      expect(box.height, `${id} height`).to.be.greaterThan(20);
      expect(getComputedStyle(base).display, id).to.not.equal('none');
      expect(getComputedStyle(base).visibility, id).to.equal('visible');
    }
  });

  it('the value keeps the kit’s size and the words stay readable', () => {
    const size = (id: string, name: string) =>
      getComputedStyle(section.querySelector(`#${id}`)!.shadowRoot!.querySelector(`[part~="${name}"]`)!).fontSize;
    expect(size('card', 'value')).to.equal('28px');
    expect(size('goal', 'value')).to.equal('24px');
    expect(size('stage', 'value')).to.equal('28px');
    expect(size('card', 'label')).to.equal('14px');
    expect(size('error', 'error')).to.equal('14px');
    expect(size('empty', 'empty')).to.equal('13px');
    const dashboardHeading = section.querySelector('#dashboard')!.shadowRoot!.querySelector('[part~="heading"]')!;
    expect(getComputedStyle(dashboardHeading).fontSize).to.equal('18px');
  });

  it('the chart canvas keeps its width', () => {
    const canvas = section.querySelector('#chart')!.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getBoundingClientRect().width).to.be.greaterThan(100);
    expect(canvas.width).to.be.greaterThan(100);
  });

  it('only font family and colour scheme come through', () => {
    const now = snapshot(section);
    const changed: string[] = [];
    for (const [el, before] of plain) {
      const after = now.get(el);
      if (!after) continue;
      for (const name of CHECKED) {
        // The dashboard heading has no surface of its own: it takes the page's colour to stay readable on the page's background.
        const pageColour = name === 'color' && el.getAttribute('part') === 'heading';
        if (!PASSED_ON.has(name) && !pageColour && after[name] !== before[name]) {
          changed.push(`${(el.getRootNode() as ShadowRoot).host.id} <${el.localName} part="${el.getAttribute('part') ?? ''}"> ${name}: ${before[name]} → ${after[name]}`);
        }
      }
    }
    expect(changed).to.deep.equal([]);
    const value = section.querySelector('#card')!.shadowRoot!.querySelector('[part~="value"]')!;
    expect(getComputedStyle(value).fontFamily).to.contain('Courier New');
  });
});
