/**
 * Issue 5, figure 1: a page without <trend-chart> downloads no chart.js byte.
 * A fresh page in an iframe loads the one-file bundle (dist/, built by
 * `npm test`) with attribute-only widgets; its Resource Timing entries are the
 * requests it made. Then a chart is added to the same page, to show the count
 * would see chart.js if it came. The same count shows that the other lazy
 * parts the size figure leaves out come only when a page needs them: the full
 * number and date readers, and the words of data problems.
 */
import { expect, waitUntil } from '@open-wc/testing';

const widgets = `
  <kpi-card label="Revenue" value="182400" previous="171000" series='[{"date":"2026-01","value":1},{"date":"2026-02","value":3}]'></kpi-card>
  <goal-progress label="Q1" value="1240000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>
  <kpi-funnel label="Pipeline">
    <funnel-stage label="Leads" value="1200"></funnel-stage>
    <funnel-stage label="Won" value="90"></funnel-stage>
  </kpi-funnel>`;

/** A new page holding `body`, with the bundle; resolves once every widget has rendered. */
async function page(body: string, lang = 'en'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body>
    <script type="module" src="/dist/kpi-widgets.js"></script>${body}</body></html>`;
  document.body.append(frame);
  await waitUntil(() => {
    const all = [...(frame.contentDocument?.querySelectorAll('kpi-card, goal-progress, kpi-funnel, trend-chart') ?? [])];
    return all.length > 0 && all.every((el) => el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[part~="skeleton"]'));
  }, 'the widgets did not render', { timeout: 8000 });
  return frame;
}

/** Every script the page requested, by file name. */
function requested(frame: HTMLIFrameElement): string[] {
  const perf = (frame.contentWindow as Window & typeof globalThis).performance;
  return perf.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.replace(/^.*\//, ''));
}

const chartFile = /chart-loader|trend-chart\.view|chart\.js/;

describe('a page without <trend-chart> (one-file bundle)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('makes one request, the main file, and none for chart.js', async () => {
    const frame = await page(widgets);
    const files = requested(frame);
    expect(files).to.deep.equal(['kpi-widgets.js']);
    expect(files.filter((file) => chartFile.test(file))).to.deep.equal([]);
  });

  it('in Norwegian, adds only the nb words', async () => {
    const frame = await page(widgets, 'nb-NO');
    const files = requested(frame);
    expect(files).to.have.length(2);
    expect(files[0]).to.equal('kpi-widgets.js');
    expect(files[1]).to.match(/^kpi-widgets-nb-[\w-]+\.js$/);
    const card = frame.contentDocument!.querySelector('kpi-card')!;
    expect(card.shadowRoot!.textContent).to.contain('mot forrige');
  });

  it('counts chart.js once a chart is added to the page', async () => {
    const frame = await page(widgets);
    expect(requested(frame).filter((file) => chartFile.test(file))).to.deep.equal([]);
    const chart = frame.contentDocument!.createElement('trend-chart') as HTMLElement & { chart: unknown };
    chart.setAttribute('series', '[{"date":"2026-01","value":1},{"date":"2026-02","value":3}]');
    frame.contentDocument!.body.append(chart);
    await waitUntil(() => chart.chart, 'the chart was not drawn', { timeout: 8000 });
    const files = requested(frame).filter((file) => chartFile.test(file));
    expect(files.some((file) => /chart-loader/.test(file)), files.join()).to.equal(true);
  });
});

describe('what only some pages load (one-file bundle)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a number or date written the Nordic way loads the full readers, once, and shows the value', async () => {
    const frame = await page(`
      <kpi-card label="Revenue" value="1 234,50" previous="1.100,00" format="currency" currency="EUR"></kpi-card>
      <goal-progress label="Q1" value="1 240 000" target="1500000" start="01.01.2026" end="31.03.2026" today="2026-02-15"></goal-progress>`);
    const files = requested(frame);
    expect(files[0]).to.equal('kpi-widgets.js');
    expect(files.filter((file) => /parsers\.full/.test(file)), files.join()).to.have.length(1);
    expect(files.some((file) => chartFile.test(file) || /data-problems|schemas|papaparse/.test(file)), files.join()).to.equal(false);
    const card = frame.contentDocument!.querySelector('kpi-card')!;
    // 1 234,50 against 1.100,00: 134.5 / 1100 = +12.23 % → "+12.2%".
    // Amounts from 100 up are shown whole: 1 234,50 → €1,235.
    expect(card.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.equal('€1,235');
    expect(card.shadowRoot!.querySelector('[part~="delta"]')!.textContent).to.contain('+12.2%');
    expect(card.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('a source that fails loads the words of data problems with the problem, and says it', async () => {
    const frame = await page(`${widgets}<kpi-card label="Broken" src="/api/status/404?k=lazy-words-${Date.now()}"></kpi-card>`);
    const files = requested(frame);
    expect(files.filter((file) => /data-problems/.test(file)), files.join()).to.have.length(1);
    const broken = frame.contentDocument!.querySelectorAll('kpi-card')[1]!;
    expect(broken.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('error 404');
  });
});
