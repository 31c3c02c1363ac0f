/**
 * A widget follows the page's language when it changes after the first
 * render: an ancestor's `lang` (the demo's snippet builder), `<html lang>`
 * (a single-page app's language switch), a `lang` inside a shadow root the
 * widget sits in. One with its own `locale` stays as it is. A dashboard's own
 * words follow too. One page-wide MutationObserver does it, and stops when
 * the last widget leaves (src/elements/shared/lang-watch.ts).
 */
import { expect, fixture, fixtureCleanup, html, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import { langWatch } from '../../src/elements/shared/lang-watch.js';
import { part, settled, text } from '../a11y/support.js';

type Card = HTMLElement & { resolvedLocale: string; updateComplete: Promise<unknown> };
const NBSP = '\u00a0';
const EN = { words: 'vs previous, good', value: '1,235' };
const NB = { words: 'mot forrige, bra', value: `1${NBSP}235` };
const SV = { words: 'mot föregående, bra', value: `1${NBSP}235` };

const words = (el: Element) => text(part(el, 'delta')).replace(/^.*?%\s*/, '');
const value = (el: Element) => text(part(el, 'value'));
const shows = (el: Element) => ({ words: words(el), value: value(el) });
const card = (locale?: string) =>
  locale
    ? html`<kpi-card locale=${locale} value="1234.5" previous="1000"></kpi-card>`
    : html`<kpi-card value="1234.5" previous="1000"></kpi-card>`;

/** The MutationObserver callback, then the update and any words chunk it loads. */
async function after(el: Element): Promise<void> {
  await nextFrame();
  await settled(el);
}

/** A component that puts a widget in its own shadow root, under a `lang` of its own. */
class LangHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div lang="en"><kpi-card value="1234.5" previous="1000"></kpi-card></div>';
  }
}
customElements.define('lang-change-host', LangHost);

describe('a change of page language', () => {
  let documentLang: string;
  beforeEach(() => {
    documentLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = documentLang;
  });

  it('an ancestor\'s lang: the card re-renders in its words and number format, untouched', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">${card()}</div>`);
    const el = wrap.querySelector<Card>('kpi-card')!;
    await settled(el);
    expect(shows(el)).to.deep.equal(EN);
    wrap.lang = 'nb';
    await after(el);
    expect(shows(el)).to.deep.equal(NB);
    expect(el.resolvedLocale).to.equal('nb');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('nb');
    wrap.setAttribute('lang', 'en-US');
    await after(el);
    expect(shows(el)).to.deep.equal(EN);
  });

  it('the document\'s lang', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<Card>(card());
    await settled(el);
    expect(shows(el)).to.deep.equal(EN);
    document.documentElement.lang = 'sv-SE';
    await after(el);
    expect(shows(el)).to.deep.equal(SV);
    document.documentElement.removeAttribute('lang');
    await after(el);
    expect(shows(el)).to.deep.equal(EN);
  });

  it('a widget with its own locale does not change, nor re-render', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">${card('sv')}</div>`);
    const el = wrap.querySelector<Card>('kpi-card')!;
    await settled(el);
    expect(shows(el)).to.deep.equal(SV);
    let updates = 0;
    el.addEventListener('kpi-load', () => updates++);
    const own = el as unknown as { performUpdate(): void };
    const perform = own.performUpdate.bind(el);
    own.performUpdate = () => {
      updates++;
      perform();
    };
    wrap.lang = 'nb';
    document.documentElement.lang = 'da';
    await after(el);
    expect(shows(el)).to.deep.equal(SV);
    expect(updates).to.equal(0);
  });

  it('a dashboard\'s locale still wins over the page; without one its widgets follow', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      <kpi-dashboard locale="sv" layout="none">${card()}</kpi-dashboard>
      <kpi-dashboard layout="none">${card()}</kpi-dashboard></div>`);
    const [held, free] = wrap.querySelectorAll<Card>('kpi-card');
    await settled(wrap);
    wrap.lang = 'nb';
    await after(wrap);
    expect(shows(held)).to.deep.equal(SV);
    expect(shows(free)).to.deep.equal(NB);
  });

  it('a dashboard\'s own words follow', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><kpi-dashboard></kpi-dashboard></div>`);
    const dashboard = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await dashboard.updateComplete;
    const empty = () => dashboard.shadowRoot!.querySelector('[part="empty"]')!;
    expect(text(empty())).to.match(/^This dashboard has no widgets yet/);
    wrap.lang = 'nb';
    await nextFrame();
    await dashboard.updateComplete;
    expect(text(empty())).to.match(/^Dette dashbordet har ingen widgeter/);
    expect(empty().getAttribute('lang')).to.equal('nb');
  });

  it('inside another component\'s shadow root: a lang there, and one above its host', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="sv"><lang-change-host></lang-change-host></div>`);
    const host = wrap.firstElementChild!;
    const inner = host.shadowRoot!.firstElementChild as HTMLElement;
    const el = inner.querySelector<Card>('kpi-card')!;
    await settled(el);
    expect(shows(el)).to.deep.equal(EN);
    inner.lang = 'nb';
    await after(el);
    expect(shows(el)).to.deep.equal(NB);
    // Without a lang of its own in the shadow root, the host's ancestors decide.
    inner.removeAttribute('lang');
    await after(el);
    expect(shows(el)).to.deep.equal(SV);
    wrap.lang = 'nb';
    await after(el);
    expect(shows(el)).to.deep.equal(NB);
  });

  it('a widget moved to another place follows its new ancestors\' changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><p lang="en">${card()}</p><p lang="da"></p></div>`);
    const [from, to] = wrap.querySelectorAll('p');
    const el = wrap.querySelector<Card>('kpi-card')!;
    await settled(el);
    to.append(el);
    await after(el);
    expect(words(el)).to.equal('mod forrige, godt');
    to.lang = 'nb';
    from.lang = 'sv';
    await after(el);
    expect(shows(el)).to.deep.equal(NB);
  });

  it('one observer while widgets are connected, none once they are all gone', async () => {
    fixtureCleanup();
    expect(langWatch()).to.deep.equal({ watchers: 0, observing: false });
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">${card()}${card('sv')}<kpi-dashboard></kpi-dashboard></div>`);
    expect(langWatch()).to.deep.equal({ watchers: 3, observing: true });
    const [first] = wrap.querySelectorAll<Card>('kpi-card');
    first.remove();
    expect(langWatch()).to.deep.equal({ watchers: 2, observing: true });
    wrap.remove();
    expect(langWatch()).to.deep.equal({ watchers: 0, observing: false });
    // A widget out of the page does not follow a change there, and picks up its new place when back.
    wrap.lang = 'nb';
    await nextFrame();
    expect(words(first)).to.equal(EN.words);
    document.body.append(first);
    try {
      document.documentElement.lang = 'en';
      await after(first);
      expect(langWatch()).to.deep.equal({ watchers: 1, observing: true });
      expect(shows(first)).to.deep.equal(EN);
      document.documentElement.lang = 'nl';
      await after(first);
      expect(words(first)).to.equal('t.o.v. vorige, goed');
    } finally {
      first.remove();
    }
    expect(langWatch()).to.deep.equal({ watchers: 0, observing: false });
  });
});
