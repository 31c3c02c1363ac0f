import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { KpiCard } from '../../src/elements/kpi-card/kpi-card.define.js';
import '../../src/elements/kpi-dashboard/kpi-dashboard.define.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';

/**
 * Text as rendered, with the template's own line breaks and indentation
 * collapsed. Only ASCII white space collapses: the no-break and narrow
 * no-break spaces Intl writes ("182 400 kr") must stay what they are.
 */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const partText = (el: Element, name: string) => text(part(el, name));
/** The one sentence a screen reader hears. */
const sentence = (el: Element) => text(el.shadowRoot!.querySelector('.visually-hidden'));

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** Events of one type anywhere on the page, also those fired during the first render. */
function collect<T>(type: string) {
  const seen: Array<{ target: EventTarget | null; detail: T }> = [];
  const listener = (e: Event) => seen.push({ target: e.composedPath()[0], detail: (e as CustomEvent<T>).detail });
  document.addEventListener(type, listener);
  return Object.assign(seen, { stop: () => document.removeEventListener(type, listener) });
}

/** A fresh cache key per test, so the shared fetch cache never answers from an earlier test. */
const url = (file: string, extra = '') => `/api/fixture/${file}?key=kpi-card-${Math.random().toString(36).slice(2)}${extra}`;

/** Waits until the card has left the loading state. */
async function settled(el: KpiCard) {
  await waitUntil(() => part(el, 'value') || part(el, 'error') || part(el, 'empty'), 'the card did not settle', { timeout: 5000 });
  return el;
}

describe('<kpi-card>', () => {
  let loads: ReturnType<typeof collect<{ value: number | null }>>;
  let errors: ReturnType<typeof collect<KpiErrorDetail>>;
  beforeEach(() => {
    loads = collect('kpi-load');
    errors = collect('kpi-error');
  });
  afterEach(() => {
    loads.stop();
    errors.stop();
  });

  describe('the DESIGN.md attribute snippet', () => {
    it('renders label, value and a good delta in English', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card label="MRR" value="182400" previous="171000" format="currency" currency="NOK" locale="en"></kpi-card>`);
      expect(partText(el, 'label')).to.equal('MRR');
      expect(partText(el, 'value')).to.equal(`NOK${NBSP}182,400`);
      // (182 400 − 171 000) / 171 000 = 0.06666… → +6.7 %
      expect(partText(el, 'delta')).to.equal('▲ +6.7% vs previous, good');
      expect(part(el, 'delta')!.classList.contains('good')).to.equal(true);
      expect(sentence(el)).to.equal(`MRR NOK${NBSP}182,400, up 6.7% vs previous, good`);
      for (const absent of ['target', 'sparkline', 'link', 'error', 'skeleton']) expect(part(el, absent), absent).to.equal(null);
    });

    it('renders Norwegian words and number format with the real Intl spaces', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card label="MRR" value="182400" previous="171000" format="currency" currency="NOK" locale="nb-NO"></kpi-card>`);
      expect(partText(el, 'value')).to.equal(`182${NBSP}400${NBSP}kr`);
      expect(partText(el, 'delta')).to.equal(`▲ +6,7${NBSP}% mot forrige, bra`);
      expect(sentence(el)).to.equal(`MRR 182${NBSP}400${NBSP}kr, opp 6,7${NBSP}% mot forrige, bra`);
    });

    it('takes the locale from the nearest lang ancestor', async () => {
      const wrap = await fixture(html`<div lang="nb-NO">
        <kpi-card label="MRR" value="182400" format="currency" currency="NOK"></kpi-card></div>`);
      const el = wrap.querySelector('kpi-card')!;
      expect(partText(el, 'value')).to.equal(`182${NBSP}400${NBSP}kr`);
      // No previous attribute: no comparison was asked for, so no delta at all.
      expect(part(el, 'delta')).to.equal(null);
    });

    it('fires kpi-load with the unformatted value', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card label="MRR" value="182400" previous="171000"></kpi-card>`);
      const mine = loads.filter((e) => e.target === el);
      expect(mine.map((e) => e.detail.value)).to.deep.equal([182400]);
    });
  });

  describe('JS properties', () => {
    it('re-renders on el.value = 190000 and fires kpi-load again', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card label="MRR" value="182400" previous="171000" format="currency" currency="NOK" locale="en"></kpi-card>`);
      const load = oneEvent(el, 'kpi-load');
      el.value = 190000;
      const event = await load;
      expect(event.detail.value).to.equal(190000);
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal(`NOK${NBSP}190,000`);
      // (190 000 − 171 000) / 171 000 = 0.1111… → +11.1 %
      expect(partText(el, 'delta')).to.equal('▲ +11.1% vs previous, good');
    });

    it('takes series and data as objects', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card locale="en"></kpi-card>`);
      el.data = { value: 12, previous: 10, label: 'Deals' };
      el.series = [{ date: '2026-01', value: 1 }, { date: '2026-02', value: 3 }];
      await waitUntil(() => partText(el, 'value') === '12', 'no value', { timeout: 5000 });
      expect(partText(el, 'label')).to.equal('Deals');
      // (12 − 10) / 10 = +20 %
      expect(partText(el, 'delta')).to.equal('▲ +20% vs previous, good');
      expect(part(el, 'sparkline')!.querySelector('path.line')!.getAttribute('d')).to.equal('M2 26 L98 2');
    });
  });

  describe('delta', () => {
    it('shows "—" with no arrow for a zero baseline', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card label="New leads" value="14" previous="0" locale="en"></kpi-card>`);
      expect(partText(el, 'delta')).to.equal('—');
      expect(part(el, 'delta')!.querySelector('.arrow')).to.equal(null);
      expect(sentence(el)).to.equal('New leads 14, no earlier value to compare with');
    });

    it('colours a rise as bad when direction is down, and says so in words', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card label="Cost per lead" value="120" previous="100" direction="down" locale="en"></kpi-card>`);
      // 120 vs 100: +20 %, up is bad for a cost
      expect(partText(el, 'delta')).to.equal('▲ +20% vs previous, bad');
      expect(part(el, 'delta')!.classList.contains('bad')).to.equal(true);
      expect(sentence(el)).to.equal('Cost per lead 120, up 20% vs previous, bad');
    });

    it('a fall of a down KPI is good; a neutral KPI is neither', async () => {
      const wrap = await fixture(html`<div lang="en">
        <kpi-card value="80" previous="100" direction="down"></kpi-card>
        <kpi-card value="80" previous="100" direction="neutral"></kpi-card></div>`);
      const [down, neutral] = wrap.querySelectorAll('kpi-card');
      expect(partText(down, 'delta')).to.equal('▼ -20% vs previous, good');
      expect(part(neutral, 'delta')!.classList.contains('neutral')).to.equal(true);
      expect(partText(neutral, 'delta')).to.equal('▼ -20% vs previous, neutral');
    });

    it('writes a Norwegian fall with the true minus sign', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card label="Omsetning" value="80" previous="100" locale="nb-NO"></kpi-card>`);
      // (80 − 100) / 100 = −20 %, a fall of an up KPI: bad
      expect(partText(el, 'delta')).to.equal(`▼ ${MINUS}20${NBSP}% mot forrige, dårlig`);
      expect(sentence(el)).to.equal(`Omsetning 80, ned 20${NBSP}% mot forrige, dårlig`);
    });

    it('tells a rate’s change in percentage points', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card label="Win rate" value="0.632" previous="0.611" format="percent" locale="en"></kpi-card>`);
      // 0.632 − 0.611 = 0.021 → +2.1 points, not +3.4 %
      expect(partText(el, 'value')).to.equal('63.2%');
      expect(partText(el, 'delta')).to.equal(`▲ +2.1${NBSP}pp vs previous, good`);
      expect(sentence(el)).to.equal('Win rate 63.2%, up 2.1 points vs previous, good');
    });

    it('tells points in Norwegian', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card label="Vinnrate" value="0.632" previous="0.611" format="percent" locale="nb-NO"></kpi-card>`);
      expect(partText(el, 'value')).to.equal(`63,2${NBSP}%`);
      expect(partText(el, 'delta')).to.equal(`▲ +2,1${NBSP}p.p. mot forrige, bra`);
      expect(sentence(el)).to.equal(`Vinnrate 63,2${NBSP}%, opp 2,1 prosentpoeng mot forrige, bra`);
    });

    it('delta="absolute" shows the change in the value’s own unit', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card label="MRR" value="182400" previous="171000" format="currency" currency="NOK" delta="absolute" locale="en"></kpi-card>`);
      // 182 400 − 171 000 = 11 400
      expect(partText(el, 'delta')).to.equal(`▲ +NOK${NBSP}11,400 vs previous, good`);
      expect(sentence(el)).to.equal(`MRR NOK${NBSP}182,400, up NOK${NBSP}11,400 vs previous, good`);
    });

    it('an unchanged value has a flat marker and neutral words', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card label="Deals" value="5" previous="5" locale="en"></kpi-card>`);
      expect(partText(el, 'delta')).to.equal('▶ 0% vs previous, neutral');
      expect(sentence(el)).to.equal('Deals 5, unchanged vs previous');
    });

    it('with kpi and no format, label or direction, takes them from the catalogue', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card kpi="churn-rate" value="0.05" previous="0.04" locale="en"></kpi-card>`);
      await settled(el);
      expect(partText(el, 'label')).to.equal('Churn rate');
      expect(partText(el, 'value')).to.equal('5%');
      // churn is a rate whose direction is down: +1 point is bad
      expect(partText(el, 'delta')).to.equal(`▲ +1${NBSP}pp vs previous, bad`);
      expect(sentence(el)).to.equal('Churn rate 5%, up 1 points vs previous, bad');
    });

    it('names a catalogue KPI in the widget’s language', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card kpi="churn-rate" value="0.05" locale="sv-SE"></kpi-card>`);
      await settled(el);
      expect(partText(el, 'label')).to.equal('Kundbortfall');
    });
  });

  describe('target', () => {
    it('shows the target, the share reached and the status in words', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card label="MRR" value="182400" target="200000" format="currency" currency="NOK" locale="nb-NO"></kpi-card>`);
      // 182 400 / 200 000 = 0.912 → 91 %
      expect(partText(el, 'target')).to.equal(`Mål 200${NBSP}000${NBSP}kr · 91${NBSP}% · ikke nådd`);
      expect(sentence(el)).to.equal(`MRR 182${NBSP}400${NBSP}kr. Mål 200${NBSP}000${NBSP}kr · 91${NBSP}%, ikke nådd`);
    });

    it('marks a reached target with a check mark and words', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card label="Deals" value="55" target="50" locale="en"></kpi-card>`);
      // 55 / 50 = 1.1 → 110 %
      expect(partText(el, 'target')).to.equal('Target 50 · 110% · ✓ reached');
      expect(part(el, 'target')!.querySelector('.status.good')).to.not.equal(null);
    });

    it('a target of a down KPI is a ceiling', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card value="180" target="200" direction="down" locale="en"></kpi-card>`);
      // 180 / 200 = 0.9, at or under the ceiling
      expect(partText(el, 'target')).to.equal('Target 200 · 90% · ✓ reached');
    });
  });

  describe('href', () => {
    it('links http, https and relative addresses', async () => {
      const wrap = await fixture(html`<div lang="en">
        <kpi-card label="MRR" value="1" href="https://crm.example.com/reports/mrr"></kpi-card>
        <kpi-card label="MRR" value="1" href="/crm/deals?stage=won"></kpi-card></div>`);
      const [abs, rel] = wrap.querySelectorAll('kpi-card');
      expect(part(abs, 'link')!.getAttribute('href')).to.equal('https://crm.example.com/reports/mrr');
      expect(part(abs, 'link')!.getAttribute('aria-label')).to.equal('Details: MRR');
      expect(part(rel, 'link')!.getAttribute('href')).to.equal('/crm/deals?stage=won');
      expect(errors).to.have.length(0);
    });

    it('refuses javascript: and data: addresses, says so and fires kpi-error', async () => {
      const wrap = await fixture(html`<div lang="en">
        <kpi-card label="A" value="1" href="javascript:alert(document.domain)"></kpi-card>
        <kpi-card label="B" value="2" href=" data:text/html,<script>alert(1)</script>"></kpi-card></div>`);
      const cards = [...wrap.querySelectorAll('kpi-card')];
      for (const el of cards) {
        expect(part(el, 'link')).to.equal(null);
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        expect(partText(el, 'notice')).to.equal('The link was left out: only http, https and relative addresses are allowed.');
      }
      // The value is still shown.
      expect(cards.map((el) => partText(el, 'value'))).to.deep.equal(['1', '2']);
      expect(errors.map((e) => [e.target === cards[0] || e.target === cards[1], e.detail.code, e.detail.attribute]))
        .to.deep.equal([[true, 'href', 'href'], [true, 'href', 'href']]);
    });
  });

  describe('sparkline', () => {
    it('draws the series attribute as an SVG path, hidden from screen readers, told in the sentence', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card label="MRR" value="182400" locale="en"
          series='[{"date":"2026-08","value":160000},{"date":"2026-09","value":171000},{"date":"2026-10","value":182400}]'>
        </kpi-card>`);
      const svg = part(el, 'sparkline')!;
      expect(svg.tagName.toLowerCase()).to.equal('svg');
      expect(svg.closest('[aria-hidden="true"]')).to.not.equal(null);
      // 3 slots over the inner box 96 × 24 (padding 2): x 2, 50, 98; min 160 000 → y 26, max 182 400 → y 2,
      // 171 000 → 2 + 24 × (182 400 − 171 000) / 22 400 = 14.21…
      expect(svg.querySelector('path.line')!.getAttribute('d')).to.equal('M2 26 L50 14.21 L98 2');
      expect(svg.querySelector('path.dot')!.getAttribute('d')).to.equal('M98 2h0');
      expect(sentence(el)).to.equal('MRR 182,400. Trend from 160,000 to 182,400');
    });

    it('leaves a gap for a null value', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card value="3" series="[1,null,3]" locale="en"></kpi-card>`);
      expect(part(el, 'sparkline')!.querySelector('path.line')!.getAttribute('d')).to.equal('M2 26 M98 2');
    });
  });

  describe('inline JSON', () => {
    it('reads the data attribute, validated as a KpiValueDoc', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card locale="en" data='{"label":"MRR","value":182400,"previous":171000,"format":"currency","currency":"NOK"}'></kpi-card>`);
      await settled(el);
      expect(partText(el, 'label')).to.equal('MRR');
      expect(partText(el, 'value')).to.equal(`NOK${NBSP}182,400`);
      expect(partText(el, 'delta')).to.equal('▲ +6.7% vs previous, good');
    });

    it('reads a <script type="application/json"> child; attributes win over it', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card locale="en" label="Revenue">
          <script type="application/json">{ "label": "ignored", "value": 5000, "target": 10000 }</script>
        </kpi-card>`);
      await settled(el);
      expect(partText(el, 'label')).to.equal('Revenue');
      expect(partText(el, 'value')).to.equal('5,000');
      // 5 000 / 10 000 = 50 %
      expect(partText(el, 'target')).to.equal('Target 10,000 · 50% · not reached');
    });

    it('notices a <script> child added or changed after the first render', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card label="Late" locale="en"></kpi-card>`);
      expect(part(el, 'empty')).to.not.equal(null);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"value": 7}';
      el.append(script);
      await waitUntil(() => partText(el, 'value') === '7', 'the added child was not read', { timeout: 5000 });
      script.textContent = '{"value": 8}';
      await waitUntil(() => partText(el, 'value') === '8', 'the changed child was not read', { timeout: 5000 });
    });

    it('reports a document of the wrong shape', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card locale="en" data='{"value":"lots"}'></kpi-card>`);
      await settled(el);
      expect(partText(el, 'error')).to.match(/^The data has the wrong shape: .*value/);
      expect(errors.find((e) => e.target === el)!.detail.code).to.equal('schema');
    });
  });

  describe('src JSON', () => {
    it('reads a document at a select path', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card src=${url('kpi-card-kpis.json')} select="kpis.mrr" locale="nb-NO"></kpi-card>`);
      await settled(el);
      expect(partText(el, 'label')).to.equal('MRR');
      expect(partText(el, 'value')).to.equal(`182${NBSP}400${NBSP}kr`);
      expect(partText(el, 'delta')).to.equal(`▲ +6,7${NBSP}% mot forrige, bra`);
      expect(partText(el, 'target')).to.equal(`Mål 200${NBSP}000${NBSP}kr · 91${NBSP}% · ikke nådd`);
      expect(part(el, 'sparkline')!.querySelector('path.line')!.getAttribute('d')).to.equal('M2 26 L50 14.21 L98 2');
      expect(loads.find((e) => e.target === el)!.detail.value).to.equal(182400);
    });

    it('reads a bare number', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card label="Open deals" src=${url('kpi-card-kpis.json')} select="kpis.deals" locale="en"></kpi-card>`);
      await settled(el);
      expect(partText(el, 'value')).to.equal('42');
    });

    it('shows the loading skeleton while the fetch is pending', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card label="MRR" src=${url('kpi-card-kpis.json', '&delay=300')} select="kpis.mrr" locale="en"></kpi-card>`);
      const skeleton = part(el, 'skeleton');
      expect(skeleton).to.not.equal(null);
      expect(skeleton!.getAttribute('aria-label')).to.equal('Loading…');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      // The label is there while loading: never a blank box.
      expect(partText(el, 'label')).to.equal('MRR');
      expect(part(el, 'value')).to.equal(null);
      await oneEvent(el, 'kpi-load');
      await el.updateComplete;
      expect(part(el, 'skeleton')).to.equal(null);
      expect(partText(el, 'value')).to.equal(`NOK${NBSP}182,400`);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('re-fetches every `refresh` seconds and stops when removed', async function () {
      // 5 s is the shortest refresh: two of them and the pauses between.
      this.timeout(25000);
      const key = `kpi-card-refresh-${Math.random().toString(36).slice(2)}`;
      const count = async () => (await (await fetch(`/api/count?key=${key}`)).json()).count as number;
      const el = await fixture<KpiCard>(html`
        <kpi-card src=${`/api/fixture/kpi-card-kpis.json?key=${key}&etag=1`} select="kpis.deals" refresh="5"></kpi-card>`);
      await settled(el);
      await waitUntil(async () => (await count()) >= 2, 'no refresh requests', { timeout: 7000, interval: 200 });
      el.remove();
      const after = await count();
      await new Promise((r) => setTimeout(r, 500));
      expect(await count()).to.equal(after);
      // Put back in the page, it refreshes again.
      document.body.append(el);
      await waitUntil(async () => (await count()) > after, 'no refresh after re-adding', { timeout: 7000, interval: 200 });
      el.remove();
      // The answers were 304 (unchanged): the value stays.
      expect(partText(el, 'value')).to.equal('42');
    });

    it('shows a readable error for an HTTP error', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card label="MRR" src="/api/status/404" locale="en"></kpi-card>`);
      await settled(el);
      expect(partText(el, 'error')).to.equal('The data source answered with error 404. Check the address in src.');
      expect(partText(el, 'label')).to.equal('MRR');
      expect(errors.find((e) => e.target === el)!.detail).to.include({ code: 'http', status: 404 });
    });
  });

  describe('src CSV with kpi', () => {
    // today 2026-11-23, this-quarter = 2026-10-01 … 2026-11-23 so far.
    // Closed in it: D1 won, D2 won, D9 lost, D3 won, D4 lost, D10 lost, D5 won (the 23rd counts);
    // D6 closes 2026-11-30 (not yet), D7 on 2026-09-30 (last quarter), D8 is open.
    // Win rate = 4 won / (4 + 3) = 0.571428… → 57.1 %.
    // previous-year, same elapsed share: 2025-10-01 … 2025-11-23: P1 won, P2 lost, P3 won, P4 lost
    // (P5, P6 close in December) → 2 / 4 = 0.5. Change: (0.571428… − 0.5) × 100 = 7.14… → +7.1 points.
    it('computes the win rate for the period against the same period last year', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card src=${url('kpi-card-deals.csv')} kpi="win-rate" period="this-quarter" compare="previous-year"
          today="2026-11-23" locale="en"></kpi-card>`);
      await settled(el);
      expect(partText(el, 'label')).to.equal('Win rate');
      expect(partText(el, 'value')).to.equal('57.1%');
      expect(partText(el, 'delta')).to.equal(`▲ +7.1${NBSP}pp vs same period last year, good`);
      expect(sentence(el)).to.equal('Win rate 57.1%, up 7.1 points vs same period last year, good');
      expect(loads.find((e) => e.target === el)!.detail.value).to.be.closeTo(4 / 7, 1e-12);
    });

    it('in Norwegian, with the KPI name from the catalogue', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card src=${url('kpi-card-deals.csv')} kpi="win-rate" period="this-quarter" compare="previous-year"
          today="2026-11-23" locale="nb-NO"></kpi-card>`);
      await settled(el);
      expect(partText(el, 'label')).to.equal('Vinnrate');
      expect(partText(el, 'value')).to.equal(`57,1${NBSP}%`);
      expect(partText(el, 'delta')).to.equal(`▲ +7,1${NBSP}p.p. mot samme periode i fjor, bra`);
    });

    it('shows "—" when the comparison period has no closed deals', async () => {
      // previous-period: 2026-07-01 … 2026-08-23, where nothing closed.
      const el = await fixture<KpiCard>(html`
        <kpi-card src=${url('kpi-card-deals.csv')} kpi="win-rate" period="this-quarter" today="2026-11-23" locale="en"></kpi-card>`);
      await settled(el);
      expect(partText(el, 'value')).to.equal('57.1%');
      expect(partText(el, 'delta')).to.equal('—');
    });

    it('compare="none" shows no delta', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card src=${url('kpi-card-deals.csv')} kpi="win-rate" period="this-quarter" compare="none" today="2026-11-23"></kpi-card>`);
      await settled(el);
      expect(part(el, 'delta')).to.equal(null);
    });

    it('draws the KPI over the last 8 quarters, ending at the value shown', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card src=${url('kpi-card-deals.csv')} kpi="win-rate" period="this-quarter" compare="previous-year"
          today="2026-11-23" sparkline locale="en"></kpi-card>`);
      await settled(el);
      // 2025-Q1 … 2026-Q4, the win rate of each quarter (see test/core/trail.test.ts): 2025-Q1 … Q3 closed
      // nothing and are left out; 2025-Q4 4/6, 2026-Q1 and Q2 gaps, 2026-Q3 0/1, 2026-Q4 so far 4/7 = the 57.1 %.
      // 5 slots, x = 2 + 24 i; min 0 → y 26, max 2/3 → y 2; 4/7 → 2 + 24 × (2/3 − 4/7) / (2/3) = 2 + 24/7 = 5.43.
      expect(partText(el, 'value')).to.equal('57.1%');
      // 2026-Q4 is still running: its stretch is drawn apart, dashed, and said to be so far (a rate has no total to project).
      expect(part(el, 'sparkline')!.querySelector('path.line')!.getAttribute('d')).to.equal('M2 2 M74 26');
      expect(part(el, 'sparkline')!.querySelector('path.line.running')!.getAttribute('d')).to.equal('M74 26 L98 5.43');
      expect(sentence(el)).to.match(/\. Trend from 66\.7% to 57\.1%, so far$/);
    });

    it('this-month: the last point is this month so far, the value the card shows', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card src=${url('kpi-card-deals.csv')} kpi="win-rate" period="this-month" compare="none"
          today="2026-11-23" sparkline locale="en"></kpi-card>`);
      await settled(el);
      // The 12 months 2025-12 … 2026-11: 2025-12 P5, P6 won → 1; 2026-01 … 08 nothing (gaps); 2026-09 D7 lost → 0;
      // 2026-10 D1, D2 won, D9 lost → 2/3; 2026-11-01 … 23: D3, D5 won, D4, D10 lost → 2/4 = 50 %, the value.
      expect(partText(el, 'value')).to.equal('50%');
      expect(sentence(el)).to.equal('Win rate 50%. Trend from 100% to 50%, so far');
      expect(partText(el, 'pace')).to.equal('so far');
      // x = 2 + 96/11 i: 2, and for i = 9, 10, 11: 80.55, 89.27, 98. y: 1 → 2, 0 → 26, 2/3 → 2 + 24/3 = 10, 0.5 → 14.
      // November so far is the last stretch, drawn apart.
      expect(part(el, 'sparkline')!.querySelector('path.line')!.getAttribute('d')).to.equal('M2 2 M80.55 26 L89.27 10');
      expect(part(el, 'sparkline')!.querySelector('path.line.running')!.getAttribute('d')).to.equal('M89.27 10 L98 14');
    });

    it('names a baseline the data does not cover, in words and in detail.coverage', async () => {
      // test/fixtures/trend-chart-deals.csv starts on 10 January 2025 (its first record).
      // ytd on 15 March 2026: 290 000 (100 000 + 20 000 + 80 000 + 90 000; the 20 March deal is not in yet)
      // against 1 January – 15 March 2025 (74 days), of which 10 January – 15 March is covered: 65 days.
      let detail: { value: number; coverage: { current: number; baseline: number } } | undefined;
      const el = document.createElement('kpi-card') as KpiCard;
      el.addEventListener('kpi-load', (e) => (detail = (e as CustomEvent).detail));
      for (const [k, v] of Object.entries({ src: url('trend-chart-deals.csv'), kpi: 'revenue', period: 'ytd', compare: 'previous-year', today: '2026-03-15', locale: 'en' })) el.setAttribute(k, v);
      document.body.append(el);
      await settled(el);
      expect(detail!.value).to.equal(290000);
      expect(detail!.coverage.current).to.equal(1);
      expect(detail!.coverage.baseline).to.be.closeTo(65 / 74, 1e-12);
      expect(partText(el, 'delta')).to.contain("last year's data starts January 10, 2025");
      expect(sentence(el)).to.contain("last year's data starts January 10, 2025");
      el.remove();
    });

    it('says where a running month is heading beside its sparkline', async () => {
      // this-month on 15 March 2026: 90 000 so far, day 15 of 31. The six months before it are whole and in the
      // data (from 10 January 2025): Sep 2025 – Feb 2026, totals 0, 0, 0, 0, 120 000, 80 000 (pooled 200 000).
      // At the same share of each (day round(15 × 28/31) = 14 of February, 15 of the others) they held
      // 0, 0, 0, 0, 100 000, 80 000: C = 180 000 / 200 000 = 0.9 against the straight 15/31 = 0.4839 (d = 0.4161).
      // Their own shares (15/31 for an empty month): 15/31 × 4, 5/6, 1; mean 0.6281, variance of the mean 0.008788;
      // keep = 1 − 9 × 0.008788 / 0.4161² = 0.5433; share = 0.4839 + 0.5433 × 0.4161 = 0.7099; z = 1 (≥ 0.5):
      // 90 000 / 0.7099 = 126 772.
      const el = await fixture<KpiCard>(html`
        <kpi-card src=${url('trend-chart-deals.csv')} kpi="revenue" period="this-month" compare="none"
          today="2026-03-15" sparkline locale="en"></kpi-card>`);
      await settled(el);
      expect(partText(el, 'value')).to.equal('90,000');
      expect(partText(el, 'pace')).to.equal('so far, on pace for 126,772');
    });

    it('shows the empty state when the KPI has no value for the period', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card src=${url('kpi-card-deals.csv')} kpi="win-rate" period="2026-01" today="2026-11-23" locale="en"></kpi-card>`);
      await settled(el);
      expect(partText(el, 'empty')).to.equal('No deals closed in this period.');
      expect(partText(el, 'label')).to.equal('Win rate');
      expect(loads.find((e) => e.target === el)!.detail.value).to.equal(null);
    });
  });

  describe('inside a <kpi-dashboard>', () => {
    it('inherits locale, currency, src, period and compare; its own attributes win', async () => {
      const dash = await fixture(html`
        <kpi-dashboard locale="nb-NO" currency="NOK" src=${url('kpi-card-deals.csv')} period="this-quarter" compare="previous-year">
          <kpi-card id="rate" kpi="win-rate" today="2026-11-23"></kpi-card>
          <kpi-card id="mrr" label="MRR" value="182400" format="currency"></kpi-card>
          <kpi-card id="sek" label="MRR" value="182400" format="currency" currency="SEK" locale="en"></kpi-card>
        </kpi-dashboard>`);
      const [rate, mrr, sek] = [...dash.querySelectorAll('kpi-card')];
      await settled(rate);
      // The same figures as the CSV tests above: 4 / 7 this quarter so far vs 2 / 4 a year earlier.
      expect(partText(rate, 'label')).to.equal('Vinnrate');
      expect(partText(rate, 'value')).to.equal(`57,1${NBSP}%`);
      expect(partText(rate, 'delta')).to.equal(`▲ +7,1${NBSP}p.p. mot samme periode i fjor, bra`);
      // A value attribute wins over the dashboard's src: no records are read for it.
      expect(partText(mrr, 'value')).to.equal(`182${NBSP}400${NBSP}kr`);
      expect(partText(sek, 'value')).to.equal(`SEK${NBSP}182,400`);
    });
  });

  describe('malformed attributes', () => {
    it('each shows a readable message and fires kpi-error; a sibling still shows its value', async () => {
      const csv = url('kpi-card-deals.csv');
      const wrap = await fixture(html`<div lang="en">
        <kpi-card id="value" label="A" value="abc"></kpi-card>
        <kpi-card id="data" label="B" data="{bad"></kpi-card>
        <kpi-card id="format" label="C" value="1" format="bogus"></kpi-card>
        <kpi-card id="kpi" label="D" src=${csv} kpi="nope"></kpi-card>
        <kpi-card id="period" label="E" src=${csv} kpi="win-rate" period="2026-Q9"></kpi-card>
        <kpi-card id="series" label="F" value="1" series='[{"date":"2026-01","value":"x"}]'></kpi-card>
        <kpi-card id="direction" label="G" value="1" direction="sideways"></kpi-card>
        <kpi-card id="script" label="H"><script type="application/json">{ value: 1 }</script></kpi-card>
        <kpi-card id="today" label="I" src=${csv} kpi="win-rate" today="23.13.2026"></kpi-card>
        <kpi-card id="ok" label="OK" src=${csv} kpi="win-rate" period="this-quarter" today="2026-11-23"></kpi-card>
      </div>`);
      const cards = [...wrap.querySelectorAll('kpi-card')];
      await Promise.all(cards.map(settled));
      const messages = Object.fromEntries(cards.map((el) => [el.id, partText(el, 'error')]));
      expect(messages).to.deep.equal({
        value: 'The value “abc” is not a number.',
        data: 'The data attribute is not valid JSON.',
        format: 'The format “bogus” is not one of: number, currency, percent, compact, days, hours.',
        kpi: 'There is no KPI called “nope”.',
        period: 'The period “2026-Q9” is not understood. Try this-month, 2026-Q1, 2026-03 or 2026-W12.',
        series: 'The series attribute must be a list like [{"date":"2026-01","value":120}, …].',
        direction: 'The direction “sideways” is not one of: up, down, neutral.',
        script: 'The data could not be read. It must be valid JSON or CSV.',
        today: 'The today “23.13.2026” is not a date. Write it as 2026-03-31.',
        ok: '',
      });
      for (const el of cards) {
        // The label stays, so an editor knows which widget is wrong.
        expect(partText(el, 'label')).to.not.equal('');
        expect(part(el, 'error')?.getAttribute('role') ?? 'alert').to.equal('alert');
      }
      const byCard = (id: string) => errors.filter((e) => (e.target as Element).id === id).map((e) => e.detail);
      expect(byCard('value')).to.deep.equal([{ code: 'number', message: messages.value, attribute: 'value', value: 'abc' }]);
      expect(byCard('data').map((d) => d.code)).to.deep.equal(['json']);
      expect(byCard('format').map((d) => d.code)).to.deep.equal(['option']);
      expect(byCard('kpi').map((d) => [d.code, d.value])).to.deep.equal([['kpi', 'nope']]);
      expect(byCard('period').map((d) => [d.code, d.value])).to.deep.equal([['period', '2026-Q9']]);
      expect(byCard('series').map((d) => d.code)).to.deep.equal(['schema']);
      expect(byCard('script').map((d) => d.code)).to.deep.equal(['parse']);
      expect(byCard('today').map((d) => d.code)).to.deep.equal(['date']);
      expect(byCard('ok')).to.deep.equal([]);
      expect(partText(cards.at(-1)!, 'value')).to.equal('57.1%');
    });

    it('recovers when the attribute is fixed', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card label="A" value="abc" locale="en"></kpi-card>`);
      expect(part(el, 'error')).to.not.equal(null);
      el.setAttribute('value', '1 234,50');
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      // 1234.5, shown in whole units from 100 up (as money is): 1,235.
      expect(partText(el, 'value')).to.equal('1,235');
    });

    it('shows Norwegian messages on a Norwegian page', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card label="A" value="abc" locale="nb-NO"></kpi-card>`);
      expect(partText(el, 'error')).to.equal('value «abc» er ikke et tall.');
    });
  });

  describe('states and theme', () => {
    it('shows the empty state for a card without a value', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card label="MRR" locale="en"></kpi-card>`);
      expect(partText(el, 'empty')).to.equal('No data for this period.');
    });

    it('a kpi without src says the KPI needs data and how to give it, not "No data for this period"', async () => {
      const el = await fixture<KpiCard>(html`<kpi-card kpi="revenue" locale="en"></kpi-card>`);
      await settled(el);
      expect(partText(el, 'error')).to.equal(
        'The KPI “revenue” is computed from your sales records, so it needs data: add src="/crm/deals.csv" (a CSV or JSON export), or put it inside a <kpi-dashboard src="…">.');
      expect(part(el, 'empty')).to.equal(null);
      const own = errors.filter((e) => e.target === el);
      expect(own[0].detail).to.include({ code: 'needs-src', attribute: 'src', value: 'revenue' });
    });

    it('reflects the theme and switches colours', async () => {
      const wrap = await fixture(html`<div lang="en">
        <kpi-card value="1" theme="light"></kpi-card><kpi-card value="1" theme="dark"></kpi-card></div>`);
      const [light, dark] = wrap.querySelectorAll('kpi-card');
      expect(dark.dataset.kpiTheme).to.equal('dark');
      const bg = (el: Element) => getComputedStyle(part(el, 'base')!).backgroundColor;
      expect(bg(light)).to.equal('rgb(255, 255, 255)');
      expect(bg(dark)).to.equal('rgb(22, 27, 34)');
    });

    it('lets a page style the parts and custom properties', async () => {
      const el = await fixture<KpiCard>(html`
        <kpi-card value="1" previous="2" style="--kpi-value-size: 40px; --kpi-bad: rgb(1, 2, 3)"></kpi-card>`);
      expect(getComputedStyle(part(el, 'value')!).fontSize).to.equal('40px');
      expect(getComputedStyle(part(el, 'delta')!).color).to.equal('rgb(1, 2, 3)');
    });
  });
});
