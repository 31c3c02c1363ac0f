import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { part, settled, text } from './support.js';

/**
 * Which language a widget speaks and formats in: its own `locale`, else a
 * surrounding dashboard's, else the nearest `lang` ancestor (also across
 * shadow roots), else the document's, else English. Nynorsk and `no` speak
 * Bokmål; a language the kit does not ship speaks English but still formats
 * numbers and dates for its own locale with Intl.
 */
type Card = HTMLElement & { resolvedLocale: string; uiLang: string; updateComplete: Promise<unknown>; locale?: string };
const NBSP = '\u00a0';

const card = () => html`<kpi-card value="1234.5" previous="1000"></kpi-card>`;
/** The delta's words say which language the card speaks. */
const words = (el: Element) => text(part(el, 'delta')).replace(/^.*?%\s*/, '');
const value = (el: Element) => text(part(el, 'value'));

const SPOKEN = {
  en: 'vs previous, good',
  nb: 'mot forrige, bra',
  sv: 'mot föregående, bra',
  da: 'mod forrige, godt',
  nl: 't.o.v. vorige, goed',
};

describe('locale resolution', () => {
  let documentLang: string;
  beforeEach(() => {
    documentLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = documentLang;
  });

  it('the locale attribute wins over a dashboard, a lang ancestor and the document', async () => {
    document.documentElement.lang = 'nl';
    const wrap = await fixture(html`<div lang="sv"><kpi-dashboard locale="da-DK" layout="none">
      <kpi-card locale="nb-NO" value="1234.5" previous="1000"></kpi-card></kpi-dashboard></div>`);
    const el = wrap.querySelector<Card>('kpi-card')!;
    await settled(el);
    expect(el.resolvedLocale).to.equal('nb-NO');
    expect(words(el)).to.equal(SPOKEN.nb);
    expect(value(el)).to.equal(`1${NBSP}235`);
  });

  it('a dashboard\'s locale comes next', async () => {
    const wrap = await fixture(html`<div lang="sv"><kpi-dashboard locale="da-DK" layout="none">${card()}</kpi-dashboard></div>`);
    const el = wrap.querySelector<Card>('kpi-card')!;
    await settled(el);
    expect(el.resolvedLocale).to.equal('da-DK');
    expect(words(el)).to.equal(SPOKEN.da);
  });

  it('then the nearest lang ancestor', async () => {
    document.documentElement.lang = 'nl';
    const wrap = await fixture(html`<div lang="nb-NO"><section lang="sv-SE"><p>${card()}</p></section></div>`);
    const el = wrap.querySelector<Card>('kpi-card')!;
    await settled(el);
    expect(el.resolvedLocale).to.equal('sv-SE');
    expect(words(el)).to.equal(SPOKEN.sv);
    expect(value(el)).to.equal(`1${NBSP}235`);
  });

  it('a lang ancestor outside a shadow root the widget sits in counts too', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="da-DK"></div>`);
    const host = document.createElement('div');
    outer.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<kpi-card value="1234.5" previous="1000"></kpi-card>';
    const el = shadow.querySelector<Card>('kpi-card')!;
    await settled(el);
    expect(el.resolvedLocale).to.equal('da-DK');
    expect(words(el)).to.equal(SPOKEN.da);
  });

  it('then the document\'s lang', async () => {
    document.documentElement.lang = 'nl-NL';
    const el = await fixture<Card>(card());
    await settled(el);
    expect(el.resolvedLocale).to.equal('nl-NL');
    expect(words(el)).to.equal(SPOKEN.nl);
    expect(value(el)).to.equal('1.235');
  });

  it('then English', async () => {
    document.documentElement.lang = '';
    const el = await fixture<Card>(card());
    await settled(el);
    expect(el.resolvedLocale).to.equal('en');
    expect(words(el)).to.equal(SPOKEN.en);
    expect(value(el)).to.equal('1,235');
  });

  const variants: Array<[string, keyof typeof SPOKEN, string]> = [
    ['nn-NO', 'nb', 'Nynorsk speaks Bokmål'],
    ['nn', 'nb', 'Nynorsk speaks Bokmål'],
    ['no', 'nb', 'the macro language speaks Bokmål'],
    ['nb_NO', 'nb', 'the POSIX spelling is read as nb-NO'],
    ['NB-no', 'nb', 'case does not matter'],
    ['sv-FI', 'sv', 'Finland Swedish speaks Swedish'],
    ['da-GL', 'da', 'Greenland Danish speaks Danish'],
    ['nl-BE', 'nl', 'Flemish speaks Dutch'],
    ['en-GB', 'en', 'British English speaks English'],
    ['de-DE', 'en', 'a language the kit does not ship speaks English'],
  ];
  for (const [locale, lang, why] of variants) {
    it(`${locale}: ${why}`, async () => {
      const el = await fixture<Card>(html`<kpi-card locale=${locale} value="1234.5" previous="1000"></kpi-card>`);
      await settled(el);
      expect(el.uiLang).to.equal(lang);
      expect(words(el)).to.equal(SPOKEN[lang]);
    });
  }

  it('numbers, currencies, percentages and dates are Intl\'s for the locale, also for one the kit has no words for', async () => {
    for (const locale of ['en-GB', 'nb-NO', 'sv-SE', 'da-DK', 'nl-NL', 'de-DE', 'fi-FI']) {
      const wrap = await fixture(html`<div>
        <kpi-card locale=${locale} value="182400" format="currency" currency="EUR"></kpi-card>
        <goal-progress locale=${locale} value="1240000" target="1500000" start="2026-01-01" end="2026-03-31" today="2026-02-15"></goal-progress>
      </div>`);
      await settled(wrap);
      const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(182400);
      expect(value(wrap.querySelector('kpi-card')!), locale).to.equal(money);
      const goal = wrap.querySelector('goal-progress')!;
      const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(1240000 / 1500000);
      expect(text(part(goal, 'status')), locale).to.contain(share);
      const end = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(2026, 2, 31));
      expect(text(part(goal, 'projection')), locale).to.contain(end);
    }
  });

  it('a malformed or unknown locale attribute is an error in words, in the language of the page', async () => {
    document.documentElement.lang = 'sv';
    for (const locale of ['not a locale!', 'norsk', 'zz-ZZ']) {
      const el = await fixture<Card>(html`<kpi-card locale=${locale} value="1234.5" previous="1000"></kpi-card>`);
      await settled(el);
      expect(el.uiLang, locale).to.equal('sv');
      expect(text(part(el, 'error')), locale).to.equal(
        `locale ”${locale}” är inte en språkkod som webbläsaren känner till. Skriv den som nb-NO, sv-SE, da-DK, nl-NL eller en-GB.`);
    }
  });

  it('a malformed lang on the page is no error: the widget speaks English', async () => {
    const wrap = await fixture(html`<div lang="not a locale!">${card()}</div>`);
    const el = wrap.querySelector<Card>('kpi-card')!;
    await settled(el);
    expect(el.uiLang).to.equal('en');
    expect(words(el)).to.equal(SPOKEN.en);
  });

  it('the frame carries the language of its words, for screen readers on a page in another language', async () => {
    const cases: Array<[string, string]> = [['nb-NO', 'nb-NO'], ['sv', 'sv'], ['nn-NO', 'nb'], ['no', 'nb'], ['de-DE', 'en'], ['en-GB', 'en-GB']];
    for (const [locale, lang] of cases) {
      const el = await fixture<Card>(html`<kpi-card locale=${locale} value="1"></kpi-card>`);
      await settled(el);
      expect(part(el, 'base')!.getAttribute('lang'), locale).to.equal(lang);
    }
    const wrap = await fixture(html`<div lang="da-DK"><goal-progress value="1" target="2" start="2026-01-01" end="2026-03-31"></goal-progress></div>`);
    const goal = wrap.querySelector('goal-progress')!;
    await settled(goal);
    expect(part(goal, 'base')!.getAttribute('lang')).to.equal('da-DK');
  });

  it('a changed locale attribute re-renders the words and numbers', async () => {
    const el = await fixture<Card>(html`<kpi-card locale="en" value="1234.5" previous="1000"></kpi-card>`);
    await settled(el);
    expect(words(el)).to.equal(SPOKEN.en);
    el.locale = 'da-DK';
    await el.updateComplete;
    expect(words(el)).to.equal(SPOKEN.da);
    expect(value(el)).to.equal('1.235');
  });
});
