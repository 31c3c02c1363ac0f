/**
 * The settings every widget shares (theme, currency, locale, timeout), as an
 * intranet editor types them: a misspelt one is an error in words and one
 * kpi-error, never a silent fallback. On a <kpi-dashboard> the message stands
 * once above the widgets, which go on without the bad value. And the
 * DESIGN.md dashboard example, pasted as written, says what to put in it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/kpi-dashboard/kpi-dashboard.define.js';
import '../../src/elements/kpi-card/kpi-card.define.js';
import '../../src/elements/goal-progress/goal-progress.define.js';
import '../../src/elements/kpi-funnel/kpi-funnel.define.js';
import '../../src/elements/funnel-stage/funnel-stage.define.js';
import '../../src/elements/trend-chart/trend-chart.define.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; dataset: DOMStringMap };

/** Text as a reader sees it: runs of spaces (also Intl's no-break spaces) as one space. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Events of one type anywhere on the page, also those fired during the first render. */
function collect<T>(type: string) {
  const seen: Array<{ target: EventTarget | null; detail: T }> = [];
  const listener = (e: Event) => seen.push({ target: e.composedPath()[0], detail: (e as CustomEvent<T>).detail });
  document.addEventListener(type, listener);
  return Object.assign(seen, { stop: () => document.removeEventListener(type, listener) });
}

describe('settings an editor typed', () => {
  let errors: ReturnType<typeof collect<KpiErrorDetail>>;
  let loads: ReturnType<typeof collect<{ value: number | null }>>;
  beforeEach(() => {
    errors = collect('kpi-error');
    loads = collect('kpi-load');
  });
  afterEach(() => {
    errors.stop();
    loads.stop();
  });
  const of = (el: Element) => errors.filter((e) => e.target === el).map((e) => e.detail);

  describe('theme', () => {
    it('theme="drak": an option error listing light, dark, auto; the widget stays light', async () => {
      const el = await fixture<Widget>(html`<kpi-card label="MRR" value="5" theme="drak"></kpi-card>`);
      expect(text(part(el, 'error'))).to.equal('The theme “drak” is not one of: light, dark, auto.');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'label'))).to.equal('MRR');
      expect(part(el, 'value')).to.equal(null);
      expect(el.dataset.kpiTheme).to.equal('light');
      expect(of(el)).to.deep.equal([{
        code: 'option', message: 'The theme “drak” is not one of: light, dark, auto.', attribute: 'theme', value: 'drak',
      }]);
      // No kpi-load for a value the widget does not show.
      expect(loads.filter((e) => e.target === el)).to.have.length(0);
    });

    it('accepts any case and spaces around (" Dark "), and recovers when the typo is fixed', async () => {
      const el = await fixture<Widget>(html`<kpi-card value="5" theme=" Dark "></kpi-card>`);
      expect(part(el, 'error')).to.equal(null);
      expect(el.dataset.kpiTheme).to.equal('dark');
      el.setAttribute('theme', 'drak');
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.contain('“drak”');
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(text(part(el, 'value'))).to.equal('5');
      expect(el.dataset.kpiTheme).to.equal('dark');
      expect(of(el)).to.have.length(1);
    });

    it('is checked on every widget: goal, funnel, stage, chart', async () => {
      const wrap = await fixture(html`<div>
        <goal-progress theme="drak" value="1" target="2" start="2026-01-01" end="2026-03-31"></goal-progress>
        <kpi-funnel theme="drak" stages='[{"label":"A","value":1}]'></kpi-funnel>
        <funnel-stage theme="drak" value="3"></funnel-stage>
        <trend-chart theme="drak" series='[{"date":"2026-01","value":1}]'></trend-chart>
      </div>`);
      const widgets = [...wrap.children] as Widget[];
      for (const el of widgets) {
        await waitUntil(() => part(el, 'error'), `${el.localName} shows no error`);
        expect(text(part(el, 'error')), el.localName).to.equal('The theme “drak” is not one of: light, dark, auto.');
        expect(of(el), el.localName).to.have.length(1);
      }
    });
  });

  describe('currency', () => {
    it('currency="kroner" with format="currency": says how to write it', async () => {
      const el = await fixture<Widget>(html`<kpi-card value="182400" format="currency" currency="kroner"></kpi-card>`);
      expect(text(part(el, 'error'))).to.equal('The currency “kroner” is not a currency code. Write it as NOK, SEK, DKK or EUR.');
      expect(of(el)).to.deep.equal([{
        code: 'currency', message: 'The currency “kroner” is not a currency code. Write it as NOK, SEK, DKK or EUR.',
        attribute: 'currency', value: 'kroner',
      }]);
    });

    it('refuses three letters Intl does not know (ABC), accepts nok in lower case', async () => {
      const bad = await fixture<Widget>(html`<kpi-card value="5" format="currency" currency="ABC"></kpi-card>`);
      expect(of(bad)[0]).to.include({ code: 'currency', value: 'ABC' });
      const good = await fixture<Widget>(html`<kpi-card value="182400" format="currency" currency="nok" locale="nb-NO"></kpi-card>`);
      expect(part(good, 'error')).to.equal(null);
      expect(text(part(good, 'value'))).to.equal('182 400 kr');
    });

    it('in Norwegian on a Norwegian page', async () => {
      const el = await fixture<Widget>(html`<div lang="nb"><kpi-card value="5" currency="kroner"></kpi-card></div>`);
      const card = el.querySelector<Widget>('kpi-card')!;
      await card.updateComplete;
      expect(text(part(card, 'error'))).to.equal('currency «kroner» er ikke en valutakode. Skriv den som NOK, SEK, DKK eller EUR.');
    });
  });

  describe('timeout', () => {
    it('timeout="soon" without src is an error too', async () => {
      const el = await fixture<Widget>(html`<kpi-card value="5" timeout="soon"></kpi-card>`);
      expect(text(part(el, 'error'))).to.equal('The timeout “soon” is not a number.');
      expect(of(el)).to.deep.equal([{ code: 'number', message: 'The timeout “soon” is not a number.', attribute: 'timeout', value: 'soon' }]);
    });

    it('timeout="soon" with src fires kpi-error once, not once from the check and once from the load', async () => {
      const el = await fixture<Widget>(html`<kpi-card src="/api/fixture/kpi-card-kpis.json?key=settings-timeout" select="kpis.mrr"
        timeout="soon"></kpi-card>`);
      await waitUntil(() => part(el, 'error'));
      await new Promise((r) => setTimeout(r, 50));
      expect(text(part(el, 'error'))).to.equal('The timeout “soon” is not a number.');
      expect(of(el)).to.have.length(1);
    });

    it('timeout="-3" is out of range', async () => {
      const el = await fixture<Widget>(html`<goal-progress value="1" target="2" start="2026-01-01" end="2026-03-31" timeout="-3"></goal-progress>`);
      expect(text(part(el, 'error'))).to.equal('The timeout “-3” must be ≥ 0.');
    });
  });

  describe('locale', () => {
    it('locale="norsk": a message, not silent English', async () => {
      const el = await fixture<Widget>(html`<kpi-card value="5" locale="norsk"></kpi-card>`);
      expect(text(part(el, 'error'))).to.equal(
        'The locale “norsk” is not a language code this browser knows. Write it as nb-NO, sv-SE, da-DK, nl-NL or en-GB.');
      expect(of(el)[0]).to.include({ code: 'locale', attribute: 'locale', value: 'norsk' });
    });

    it('on a <html lang="nb"> page the message is in Norwegian, like the neighbours', async () => {
      const before = document.documentElement.lang;
      document.documentElement.lang = 'nb';
      try {
        const wrap = await fixture(html`<div>
          <kpi-card id="bad" value="5" locale="norsk"></kpi-card>
          <kpi-card id="good" value="1234"></kpi-card></div>`);
        const bad = wrap.querySelector<Widget>('#bad')!;
        const good = wrap.querySelector<Widget>('#good')!;
        await Promise.all([bad.updateComplete, good.updateComplete]);
        expect(text(part(bad, 'error'))).to.equal(
          'locale «norsk» er ikke en språkkode nettleseren kjenner. Skriv den som nb-NO, sv-SE, da-DK, nl-NL eller en-GB.');
        expect(part(bad, 'base')!.getAttribute('lang')).to.equal('nb');
        expect(text(part(good, 'value'))).to.equal('1 234');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('refuses a malformed tag and one Intl has no data for; accepts nb_no, nn-NO and de-DE', async () => {
      for (const bad of ['nb NO', 'zz-ZZ', 'x']) {
        const el = await fixture<Widget>(html`<kpi-card value="5" locale=${bad}></kpi-card>`);
        expect(of(el)[0], bad).to.include({ code: 'locale', value: bad });
      }
      for (const [good, shown] of [['nb_no', '1 234'], ['nn-NO', '1 234'], ['de-DE', '1.234']]) {
        const el = await fixture<Widget>(html`<kpi-card value="1234" locale=${good}></kpi-card>`);
        expect(part(el, 'error'), good).to.equal(null);
        expect(text(part(el, 'value')), good).to.equal(shown);
      }
    });

    it('an unusual lang on the page stays a silent fallback to English', async () => {
      const wrap = await fixture(html`<div lang="norsk"><kpi-card value="1234"></kpi-card></div>`);
      const card = wrap.querySelector<Widget>('kpi-card')!;
      await card.updateComplete;
      expect(part(card, 'error')).to.equal(null);
      expect(text(part(card, 'value'))).to.equal('1,234');
      expect(of(card)).to.have.length(0);
    });
  });

  describe('on a <kpi-dashboard>', () => {
    it('a bad locale, currency and theme are said once each on the dashboard; the widgets go on without them', async () => {
      const dash = await fixture<Widget>(html`<div lang="nb"><kpi-dashboard locale="norsk" currency="kroner" theme="drak">
        <kpi-card value="1234" format="currency"></kpi-card>
        <kpi-card value="7" locale="en" currency="EUR" format="currency"></kpi-card>
      </kpi-dashboard></div>`).then((w) => w.querySelector<Widget>('kpi-dashboard')!);
      const [plain, own] = [...dash.querySelectorAll<Widget>('kpi-card')];
      await Promise.all([dash.updateComplete, plain.updateComplete, own.updateComplete]);
      const messages = [...dash.shadowRoot!.querySelectorAll('[part~="error"]')].map(text);
      // In the page's language: the dashboard's own locale is the one that cannot be used.
      expect(messages).to.deep.equal([
        'locale «norsk» er ikke en språkkode nettleseren kjenner. Skriv den som nb-NO, sv-SE, da-DK, nl-NL eller en-GB.',
        'currency «kroner» er ikke en valutakode. Skriv den som NOK, SEK, DKK eller EUR.',
        'theme «drak» er ikke en av: light, dark, auto.',
      ]);
      expect(dash.shadowRoot!.querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
      expect(of(dash).map((d) => [d.code, d.attribute, d.value])).to.deep.equal([
        ['locale', 'locale', 'norsk'], ['currency', 'currency', 'kroner'], ['option', 'theme', 'drak'],
      ]);
      // The widgets: the page's language, no currency (a plain number), light; no errors of their own.
      expect(text(part(plain, 'value'))).to.equal('1 234');
      expect(plain.dataset.kpiTheme).to.equal('light');
      expect(text(part(own, 'value'))).to.equal('€7');
      expect(of(plain)).to.have.length(0);
      expect(of(own)).to.have.length(0);
      // Fixed on the dashboard: the message goes, the widgets take the setting.
      dash.setAttribute('locale', 'sv-SE');
      dash.setAttribute('currency', 'SEK');
      dash.setAttribute('theme', 'dark');
      await dash.updateComplete;
      await plain.updateComplete;
      expect(dash.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      expect(text(part(plain, 'value'))).to.equal('1 234 kr');
      expect(plain.dataset.kpiTheme).to.equal('dark');
      expect(of(dash)).to.have.length(3);
    });

    it('the DESIGN.md example, pasted as written (only a comment inside), says what to put in it', async () => {
      const dash = await fixture<Widget>(html`<kpi-dashboard locale="nb-NO" currency="NOK" src="/crm/deals.csv" period="this-month">
        <!-- children inherit locale, currency, src, period, filter, theme via @lit/context -->
      </kpi-dashboard>`);
      expect(text(part(dash, 'empty'))).to.equal(
        'Dette dashbordet har ingen widgeter ennå. Legg widgeter inni det, for eksempel <kpi-card kpi="revenue"></kpi-card>.');
      expect(dash.getBoundingClientRect().height).to.be.greaterThan(20);
      // A widget put in: the hint goes, the widget shows the dashboard's data.
      const card = document.createElement('kpi-card');
      card.setAttribute('kpi', 'revenue');
      dash.append(card);
      await waitUntil(() => !part(dash, 'empty'), 'the hint stays');
      card.remove();
      await waitUntil(() => part(dash, 'empty'), 'no hint once empty again');
    });

    it('the hint is in English on an English page, and not shown while widgets are inside', async () => {
      const empty = await fixture<Widget>(html`<kpi-dashboard></kpi-dashboard>`);
      expect(text(part(empty, 'empty'))).to.equal(
        'This dashboard has no widgets yet. Put widgets inside it, such as <kpi-card kpi="revenue"></kpi-card>.');
      const full = await fixture<Widget>(html`<kpi-dashboard><kpi-card value="1"></kpi-card></kpi-dashboard>`);
      expect(part(full, 'empty')).to.equal(null);
    });
  });
});
