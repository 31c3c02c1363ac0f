import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FunnelStage } from '../../src/elements/funnel-stage/funnel-stage.define.js';
import { KpiFunnel } from '../../src/elements/kpi-funnel/kpi-funnel.define.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const one = (el: Element, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);

function collect<T>(type: string) {
  const seen: Array<{ target: EventTarget | null; detail: T }> = [];
  const listener = (e: Event) => seen.push({ target: e.composedPath()[0], detail: (e as CustomEvent<T>).detail });
  document.addEventListener(type, listener);
  return Object.assign(seen, { stop: () => document.removeEventListener(type, listener) });
}

describe('<funnel-stage>', () => {
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

  describe('standing alone', () => {
    it('shows its label, value and the change against previous', async () => {
      const el = await fixture<FunnelStage>(html`<funnel-stage label="Qualified" value="420" previous="400"></funnel-stage>`);
      expect(text(one(el, 'label'))).to.equal('Qualified');
      expect(text(one(el, 'value'))).to.equal('420');
      // 420 − 400 = +20;  20 / 400 = +5 %; up is good for a stage count
      const delta = one(el, 'delta')!;
      expect(text(delta)).to.equal('▲ +20 (+5%) up, good vs previous');
      expect(delta.classList.contains('good')).to.equal(true);
      expect(delta.querySelector('[aria-hidden="true"]')!.textContent).to.equal('▲');
    });

    it('shows a fall as bad, with a down arrow and words', async () => {
      const el = await fixture<FunnelStage>(html`<funnel-stage label="Won" value="30" previous="40"></funnel-stage>`);
      // 30 − 40 = −10;  −10 / 40 = −25 %
      expect(text(one(el, 'delta'))).to.equal('▼ -10 (-25%) down, bad vs previous');
      expect(one(el, 'delta')!.classList.contains('bad')).to.equal(true);
    });

    it('shows no delta without previous, and "—" against a zero baseline', async () => {
      const el = await fixture<FunnelStage>(html`<funnel-stage label="Leads" value="1200"></funnel-stage>`);
      expect(one(el, 'delta')).to.equal(null);
      el.previous = 0;
      await el.updateComplete;
      expect(text(one(el, 'delta'))).to.equal('— vs previous');
    });

    it('fires kpi-load with its value', async () => {
      const el = await fixture<FunnelStage>(html`<funnel-stage label="Leads" value="1 200"></funnel-stage>`);
      expect(loads.filter((e) => e.target === el).map((e) => e.detail.value)).to.deep.equal([1200]);
    });

    it('formats for nb-NO and as currency', async () => {
      const el = await fixture<FunnelStage>(html`<funnel-stage label="Kvalifisert" locale="nb-NO"
        value="12000" previous="10000" format="currency" currency="NOK"></funnel-stage>`);
      // 12 000 − 10 000 = 2 000;  2 000 / 10 000 = +20 %
      expect(text(one(el, 'value'))).to.equal('12 000 kr');
      expect(text(one(el, 'delta'))).to.equal('▲ +2 000 kr (+20 %) opp, bra mot forrige');
    });

    it('follows property updates', async () => {
      const el = await fixture<FunnelStage>(html`<funnel-stage label="Leads" value="10"></funnel-stage>`);
      el.value = 15;
      el.previous = '10';
      el.label = 'Leads (week)';
      await el.updateComplete;
      expect(text(one(el, 'label'))).to.equal('Leads (week)');
      expect(text(one(el, 'value'))).to.equal('15');
      // 15 − 10 = 5;  5 / 10 = 50 %
      expect(text(one(el, 'delta'))).to.equal('▲ +5 (+50%) up, good vs previous');
      expect(loads.filter((e) => e.target === el).map((e) => e.detail.value)).to.deep.equal([10, 15]);
    });

    it('says a bad value in words and fires one kpi-error', async () => {
      const el = await fixture<FunnelStage>(html`<funnel-stage label="Leads" value="abc"></funnel-stage>`);
      expect(text(one(el, 'error'))).to.equal('The value “abc” is not a number.');
      expect(text(one(el, 'label'))).to.equal('Leads');
      const own = errors.filter((e) => e.target === el);
      expect(own).to.have.length(1);
      expect(own[0].detail).to.include({ code: 'number', attribute: 'value', value: 'abc' });
    });

    it('says a bad previous, a negative value or a missing value in words', async () => {
      const el = await fixture<FunnelStage>(html`<funnel-stage label="Leads" value="5" previous="lots"></funnel-stage>`);
      expect(text(one(el, 'error'))).to.equal('The previous “lots” is not a number.');
      el.previous = undefined;
      el.value = '-3';
      await el.updateComplete;
      expect(text(one(el, 'error'))).to.equal('The value “-3” must be ≥ 0.');
      el.value = undefined;
      await el.updateComplete;
      expect(text(one(el, 'error'))).to.equal('The value “” is not a number.');
    });

    it('says a bad format in words', async () => {
      const el = await fixture<FunnelStage>(html`<funnel-stage label="Leads" value="5" format="money"></funnel-stage>`);
      expect(text(one(el, 'error'))).to.equal('The format “money” is not one of: number, currency, percent, compact, days, hours.');
    });

    it('applies the theme attribute', async () => {
      const el = await fixture<FunnelStage>(html`<funnel-stage theme="dark" label="Leads" value="5"></funnel-stage>`);
      expect(el.dataset.kpiTheme).to.equal('dark');
      expect(getComputedStyle(one(el, 'base')!).color).to.equal('rgb(230, 237, 243)');
    });
  });

  describe('inside a funnel', () => {
    it('renders nothing itself, fires no events and hands its data to the funnel', async () => {
      const funnel = await fixture<KpiFunnel>(html`<kpi-funnel>
        <funnel-stage label="Leads" value="100" probability="0.1" avg-days="4" amount="5000"></funnel-stage>
        <funnel-stage label="Won" value="abc"></funnel-stage>
      </kpi-funnel>`);
      const [leads, won] = funnel.querySelectorAll('funnel-stage');
      expect(leads.shadowRoot!.children.length).to.equal(0);
      expect(leads.stageInput()).to.deep.equal({ label: 'Leads', value: 100, probability: 0.1, avgDays: 4, amount: 5000 });
      // The funnel reports the bad stage, once; the stage itself stays quiet.
      expect(errors.filter((e) => e.target === won)).to.have.length(0);
      expect(errors.filter((e) => e.target === funnel)).to.have.length(1);
      expect(loads.filter((e) => e.target === leads || e.target === won)).to.have.length(0);
    });

    it('becomes a card when moved out of the funnel', async () => {
      const wrapper = await fixture(html`<div><kpi-funnel>
        <funnel-stage label="Leads" value="100" previous="80"></funnel-stage>
      </kpi-funnel></div>`);
      const stage = wrapper.querySelector('funnel-stage')!;
      wrapper.append(stage);
      await waitUntil(() => one(stage, 'value'));
      expect(text(one(stage, 'value'))).to.equal('100');
      // 100 − 80 = 20;  20 / 80 = 25 %
      expect(text(one(stage, 'delta'))).to.equal('▲ +20 (+25%) up, good vs previous');
      expect(loads.filter((e) => e.target === stage).map((e) => e.detail.value)).to.deep.equal([100]);
      expect(stage.getClientRects().length).to.be.greaterThan(0);
    });
  });
});
