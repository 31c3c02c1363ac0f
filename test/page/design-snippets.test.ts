/**
 * The DESIGN.md snippets, pasted as written into a page that loads the built
 * one-file bundle (dist/kpi-widgets.js), the way an intranet editor uses the kit.
 * `npm test` builds dist/ before the browser tests run.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const bundle = '/dist/kpi-widgets.js';

// Intl puts no-break and narrow no-break spaces in numbers; the tests read them as spaces.
const part = (el: Element, name: string) =>
  (el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
const settled = (el: Element) => waitUntil(() => !el.shadowRoot?.querySelector('[part~="skeleton"]') && el.shadowRoot?.querySelector('[part~="base"]'), `${el.localName} did not settle`, { timeout: 8000 });

before(async () => {
  await import(bundle);
});

describe('DESIGN.md snippets on a page with the one-file bundle', () => {
  it('kpi-card with value and previous: NOK 182,400, up 6.7 %', async () => {
    const el = await fixture(html`<kpi-card label="MRR" value="182400" previous="171000" format="currency" currency="NOK"></kpi-card>`);
    await settled(el);
    // (182400 − 171000) / 171000 = 11400 / 171000 = 0.0667 → +6.7 %
    expect(part(el, 'label')).to.equal('MRR');
    expect(part(el, 'value')).to.equal('NOK 182,400');
    expect(part(el, 'delta')).to.contain('+6.7%');
  });

  it('kpi-card on /crm/deals.csv: win rate this quarter against the same quarter last year', async () => {
    const el = await fixture(html`<kpi-card src="/crm/deals.csv" kpi="win-rate" period="this-quarter" compare="previous-year"></kpi-card>`);
    await settled(el);
    // This month: D1–D3 won, D4 lost. D7 (won) closed on the 1st of last month, inside
    // this quarter unless this month opens the quarter.
    const month = new Date().getMonth();
    const d7InQuarter = month % 3 !== 0;
    const won = 3 + (d7InQuarter ? 1 : 0);
    const closed = 4 + (d7InQuarter ? 1 : 0);
    const rate = Math.round((won / closed) * 1000) / 10; // 3/4 = 75 % or 4/5 = 80 %
    // Last year, same quarter to the same day: D5 won, D6 lost = 1/2 = 50 %.
    const points = Math.round((won / closed - 0.5) * 1000) / 10; // +25 or +30 points
    expect(part(el, 'value')).to.equal(`${rate}%`);
    expect(part(el, 'delta')).to.contain(`+${points} pp`);
    expect(part(el, 'label')).to.equal('Win rate');
  });

  it('goal-progress: Q1 revenue against 1 500 000 SEK', async () => {
    const el = await fixture(html`<goal-progress label="Q1 revenue" value="1240000" target="1500000"
      start="2026-01-01" end="2026-03-31" format="currency" currency="SEK"></goal-progress>`);
    await settled(el);
    // 1 240 000 / 1 500 000 = 82.7 % of target; remaining 260 000.
    expect(text(el)).to.contain('Q1 revenue');
    expect(text(el)).to.contain('SEK 1,240,000');
    expect(text(el)).to.contain('82.7%');
    const bar = el.shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('1240000');
    expect(bar.getAttribute('aria-valuemax')).to.equal('1500000');
  });

  it('kpi-funnel: Leads → Qualified → Won with step and overall conversion', async () => {
    const el = await fixture(html`<kpi-funnel label="Pipeline">
      <funnel-stage label="Leads" value="1200"></funnel-stage>
      <funnel-stage label="Qualified" value="420"></funnel-stage>
      <funnel-stage label="Won" value="48"></funnel-stage>
    </kpi-funnel>`);
    await settled(el);
    // 420 / 1200 = 35.0 %; 48 / 420 = 11.4 %; 48 / 1200 = 4.0 % overall.
    const all = text(el);
    expect(all).to.contain('1,200');
    expect(all).to.contain('35.0%');
    expect(all).to.contain('11.4%');
    expect(all).to.contain('4.0%');
    expect(el.shadowRoot!.querySelectorAll('[part~="stage"]').length).to.equal(3);
  });

  it('trend-chart on /crm/deals.csv: revenue per month with target and last year', async () => {
    const el = (await fixture(html`<trend-chart label="Revenue per month" src="/crm/deals.csv" kpi="revenue"
      granularity="month" target="150000" compare="previous-year"></trend-chart>`)) as HTMLElement & { chart: { data: { datasets: Array<{ label: string; data: unknown[] }> } } | null };
    await waitUntil(() => el.chart, 'no chart', { timeout: 8000 });
    const sets = el.chart!.data.datasets;
    const actual = sets[0].data as Array<number | null>;
    // This month: D1 + D2 + D3 = 120 000 + 80 000 + 40 000 = 240 000; last month D7 = 100 000.
    expect(actual.at(-1)).to.equal(240000);
    expect(actual.at(-2)).to.equal(100000);
    const target = sets.find((s) => /target/i.test(s.label))!;
    expect(target.data.every((v) => v === 150000)).to.equal(true);
    // Last year, this month: D5 = 50 000.
    const lastYear = sets.find((s) => /last year|previous/i.test(s.label))!;
    expect((lastYear.data as Array<number | null>).at(-1)).to.equal(50000);
  });

  it('kpi-dashboard pasted exactly as DESIGN.md shows it (only a comment inside) says what to put in it', async () => {
    const el = await fixture(html`<kpi-dashboard locale="nb-NO" currency="NOK" src="/crm/deals.csv" period="this-month">
  <!-- children inherit locale, currency, src, period, filter, theme via @lit/context -->
</kpi-dashboard>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="empty"]'), 'no hint', { timeout: 8000 });
    // Not a 0-height box: a hint in the dashboard's language.
    expect(part(el, 'empty')).to.equal(
      'Dette dashbordet har ingen widgeter ennå. Legg widgeter inni det, for eksempel <kpi-card kpi="revenue"></kpi-card>.');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(20);
  });

  it('kpi-dashboard hands locale, currency, src and period to its children', async () => {
    const el = await fixture(html`<kpi-dashboard locale="nb-NO" currency="NOK" src="/crm/deals.csv" period="this-month">
      <kpi-card kpi="revenue" format="currency"></kpi-card>
      <kpi-card kpi="win-rate" locale="en"></kpi-card>
    </kpi-dashboard>`);
    const [revenue, rate] = [...el.querySelectorAll('kpi-card')];
    await settled(revenue);
    await settled(rate);
    // This month: 120 000 + 80 000 + 40 000 = 240 000 kr, against last month's 100 000:
    // (240 000 − 100 000) / 100 000 = +140 %.
    expect(part(revenue, 'value')).to.equal('240 000 kr');
    expect(part(revenue, 'label')).to.equal('Omsetning');
    expect(part(revenue, 'delta')).to.contain('140');
    // Its own locale wins: English words and 3 / 4 = 75%.
    expect(part(rate, 'label')).to.equal('Win rate');
    expect(part(rate, 'value')).to.equal('75%');
  });
});
