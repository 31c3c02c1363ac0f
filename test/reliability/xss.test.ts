/**
 * XSS: vectors from the OWASP XSS Filter Evasion Cheat Sheet in every place a
 * page or a data source puts text into a widget: labels, stage names, CSV
 * cells, JSON strings, href, locale and currency. Each vector sets
 * window.__xss when it runs; it must stay unset, no executable node (script,
 * iframe, img, an on* attribute…) may appear in any shadow root, and the text
 * must show as text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/kpi-dashboard/kpi-dashboard.define.js';
import '../../src/elements/kpi-card/kpi-card.define.js';
import '../../src/elements/goal-progress/goal-progress.define.js';
import '../../src/elements/kpi-funnel/kpi-funnel.define.js';
import '../../src/elements/funnel-stage/funnel-stage.define.js';
import '../../src/elements/trend-chart/trend-chart.define.js';
import { echoUrl, part, settle, sleep, watchPage } from './helpers.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const X = 'window.__xss=1';
/** OWASP XSS Filter Evasion Cheat Sheet vectors, rewritten to set a flag instead of alert(). */
const VECTORS = [
  `<script>${X}</script>`,
  `<SCRIPT SRC=data:text/javascript,${X}></SCRIPT>`,
  `<IMG SRC="javascript:${X};">`,
  `<IMG SRC=JaVaScRiPt:${X}>`,
  `<img src=x onerror="${X}">`,
  `"><img src=x onerror=${X}>`,
  `'><img src=x onerror=${X}>`,
  `<svg onload=${X}>`,
  `<svg/onload=${X}>`,
  `<body onload=${X}>`,
  `<iframe src="javascript:${X}"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<a href="javascript:${X}">x</a>`,
  `<IMG """><SCRIPT>${X}</SCRIPT>">`,
  `<IMG SRC=# onmouseover="${X}">`,
  `<IMG SRC=/ onerror="${X}"></img>`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${X}>`,
  `<IMG SRC="jav\tascript:${X};">`,
  `<IMG SRC="jav&#x09;ascript:${X};">`,
  `<SCRIPT/XSS SRC="data:,${X}"></SCRIPT>`,
  `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=${X}>`,
  `<<SCRIPT>${X};//\\<</SCRIPT>`,
  `</TITLE><SCRIPT>${X};</SCRIPT>`,
  `<INPUT TYPE="IMAGE" SRC="javascript:${X};">`,
  `<BODY BACKGROUND="javascript:${X}">`,
  `<STYLE>li {list-style-image: url("javascript:${X}");}</STYLE><UL><LI>XSS</br>`,
  `<svg><script>${X}</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${X}>`,
  `<details open ontoggle=${X}>`,
  `<video><source onerror=${X}>`,
  `<object data="javascript:${X}">`,
  `<embed src="javascript:${X}">`,
  `<form><button formaction=javascript:${X}>x</button>`,
  `<marquee onstart=${X}>`,
  `<!--<img src="--><img src=x onerror=${X}//">`,
  `<noscript><p title="</noscript><img src=x onerror=${X}>">`,
  `"onmouseover="${X}`,
  `' onfocus='${X}' autofocus='`,
  `<div style="background-image:url(javascript:${X})">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${X}">`,
  `<base href="javascript:${X}//">`,
  `<template><script>${X}</script></template>`,
  `<scr<script>ipt>${X}</scr</script>ipt>`,
  `"><svg><animate onbegin=${X} attributeName=x dur=1s>`,
  `javascript:${X}`,
  `JaVaScRiPt:${X}`,
  ` javascript:${X}`,
  `java\tscript:${X}`,
  `\u0001javascript:${X}`,
  `data:text/html,<script>${X}</script>`,
  `data:text/html;base64,${btoa(`<script>${X}</script>`)}`,
  `vbscript:${X}`,
  `&#106;avascript:${X}`,
  `{{constructor.constructor('${X}')()}}`,
  '${' + X + '}',
  `%3Cscript%3E${X}%3C/script%3E`,
];

/**
 * Addresses that must not become links. (`&#106;avascript:…` and `javascript&colon;…`
 * are not here: in an attribute set from script the entity is literal text, so
 * they are relative addresses on the page's own origin, which the test of
 * every vector checks.)
 */
const HREFS = [
  'javascript:window.__xss=1', 'JAVASCRIPT:window.__xss=1', ' javascript:window.__xss=1', 'java\tscript:window.__xss=1',
  'java\nscript:window.__xss=1', '\u0000javascript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==', 'vbscript:window.__xss=1', 'file:///etc/passwd',
  '\\\\evil.example/x', '/\\evil.example', 'javascript://%0awindow.__xss=1',
];

const BAD_TAGS = new Set(['script', 'iframe', 'img', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link', 'form',
  'input', 'video', 'audio', 'source', 'math', 'marquee', 'details', 'template', 'style', 'image', 'animate', 'set', 'foreignobject']);

/** Every node in `root`'s shadow trees, recursively. */
function* shadowNodes(root: Element): Generator<Element> {
  const roots = [root];
  while (roots.length) {
    const host = roots.pop()!;
    for (const el of [host, ...host.querySelectorAll('*')]) {
      if (el.shadowRoot) {
        for (const inner of el.shadowRoot.querySelectorAll('*')) {
          yield inner;
          if (inner.shadowRoot) roots.push(inner);
        }
      }
    }
  }
}

function expectInert(root: Element): void {
  expect(window.__xss, 'a vector ran').to.equal(undefined);
  for (const el of shadowNodes(root)) {
    const tag = el.localName;
    // Lit's own styles are adopted stylesheets; the sparkline and the ring are the kit's only SVG;
    // the kit's own <details> are the data note (issue 13), the frame's direct child, and the goal's
    // disclosure (issue 14), whose summary is its own words; anything else came from data.
    const note = tag === 'details' && (
      (el.getAttribute('part') === 'note' && el.parentElement?.getAttribute('part') === 'base') ||
      (el.getAttribute('part') === 'details' && el.firstElementChild?.getAttribute('part') === 'details-toggle'));
    expect(BAD_TAGS.has(tag) && !note, `<${tag}> in a shadow root`).to.equal(false);
    for (const attribute of el.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${attribute} on <${tag}>`).to.equal(false);
      expect(/^(href|src|action|formaction|xlink:href|data)$/.test(attribute) && tag !== 'a', `${attribute} on <${tag}>`).to.equal(false);
    }
    if (tag === 'a') expect(new URL((el as HTMLAnchorElement).href).protocol, JSON.stringify(el.getAttribute('href'))).to.match(/^https?:$/);
  }
}

/** Whitespace as the widget shows it (the vectors contain tabs and runs of spaces). */
const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('XSS vectors', function () {
  this.timeout(20000);
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => {
    delete window.__xss;
    page = watchPage();
  });
  afterEach(async () => {
    await sleep(50); // onerror / onload handlers would fire by now
    page.stop();
    expect(window.__xss, 'a vector ran').to.equal(undefined);
    expect(page.problems).to.deep.equal([]);
  });

  async function all(root: Element): Promise<Element[]> {
    const widgets = [...root.querySelectorAll('kpi-card, goal-progress, kpi-funnel, trend-chart, funnel-stage')]
      .filter((el) => el.parentElement?.localName !== 'kpi-funnel');
    for (const el of widgets) expect(['value', 'empty', 'error'], el.localName).to.include(await settle(el, 8000));
    await sleep(20);
    expectInert(root);
    return widgets;
  }

  it('in every label, shown as text', async () => {
    const root = await fixture(html`<div>
      ${VECTORS.map((v) => html`
        <kpi-card label=${v} value="5"></kpi-card>
        <goal-progress label=${v} value="5" target="10" start="2026-01-01" end="2026-12-31" today="2026-06-01"></goal-progress>
        <kpi-funnel label=${v}><funnel-stage label=${v} value="10"></funnel-stage><funnel-stage label="b" value="5"></funnel-stage></kpi-funnel>
        <funnel-stage label=${v} value="3"></funnel-stage>
        <trend-chart label=${v} series='[{"date":"2026-01","value":1},{"date":"2026-02","value":2}]'></trend-chart>
        <kpi-dashboard label=${v}><kpi-card value="1"></kpi-card></kpi-dashboard>`)}
    </div>`);
    const widgets = await all(root);
    for (const el of widgets.filter((w) => w.hasAttribute('label'))) {
      expect(squash(el.shadowRoot!.textContent!)).to.contain(squash(el.getAttribute('label')!));
    }
    for (const board of root.querySelectorAll('kpi-dashboard')) {
      expect(part(board, 'heading')).to.equal(squash(board.getAttribute('label')!));
    }
  });

  it('in stage names: <funnel-stage> labels, the stages attribute and a fetched funnel document', async () => {
    const stages = (v: string) => JSON.stringify([{ label: v, value: 10 }, { label: `${v}2`, value: 4 }]);
    const root = await fixture(html`<div>
      ${VECTORS.map((v) => html`
        <kpi-funnel><funnel-stage label=${v} value="10"></funnel-stage><funnel-stage label=${v} value="5"></funnel-stage></kpi-funnel>
        <kpi-funnel stages=${stages(v)}></kpi-funnel>
        <kpi-funnel src=${echoUrl(stages(v))}></kpi-funnel>`)}
    </div>`);
    const funnels = await all(root);
    for (const el of funnels) expect(part(el, 'list')).to.contain(squash(VECTORS[Math.floor(funnels.indexOf(el) / 3)]));
  });

  it('in CSV cells: stage names, owners and dates of fetched records', async () => {
    const safe = VECTORS.filter((v) => !/[,"\n\r]/.test(v));
    const csv = ['opportunity_id,sales_agent,deal_stage,engage_date,close_date,close_value',
      ...safe.flatMap((v, i) => [
        `D${i},${v},Won,2026-01-02,2026-01-15,100`,
        `E${i},${v},${v},2026-01-02,,50`,
        `F${i},${v},Lost,${v},${v},${v}`,
      ])].join('\n');
    const src = echoUrl(csv, { type: 'text/csv' });
    const root = await fixture(html`<div>
      <kpi-card src=${src} kpi="revenue" period="2026-01" today="2026-02-01"></kpi-card>
      <kpi-card src=${src} kpi="win-rate" period="2026-01" today="2026-02-01" filter=${`owner=${safe[0]}`}></kpi-card>
      <trend-chart src=${src} kpi="revenue" period="2026-Q1" today="2026-02-01" show-table></trend-chart>
      ${safe.slice(0, 20).map((v) => html`<kpi-funnel src=${src} stage-order=${`${v},Won`}></kpi-funnel>`)}
      <kpi-funnel src=${src} stage-order=${safe.slice(0, 6).join(',')}></kpi-funnel>
    </div>`);
    const widgets = await all(root);
    expect(part(widgets[0], 'value')).to.match(/\d/);
    const funnel = widgets[3];
    expect(part(funnel, 'list')).to.contain(squash(safe[0]));
  });

  it('in JSON strings: labels, series dates and error details of fetched and inline documents', async () => {
    const root = await fixture(html`<div>
      ${VECTORS.map((v) => html`
        <kpi-card data=${JSON.stringify({ value: 5, label: v, currency: 'NOK' })}></kpi-card>
        <kpi-card data=${JSON.stringify({ value: 5, currency: v, format: v })}></kpi-card>
        <kpi-card src=${echoUrl(JSON.stringify({ value: v, label: v }))}></kpi-card>
        <kpi-card src=${echoUrl(JSON.stringify({ kpis: { [v]: 3 } }))} select=${v}></kpi-card>
        <goal-progress src=${echoUrl(JSON.stringify({ value: 5, target: 10, start: '2026-01-01', end: '2026-12-31', label: v }))} today="2026-06-01"></goal-progress>
        <trend-chart series=${JSON.stringify([{ date: v, value: 1 }])}></trend-chart>
        <kpi-card><script type="application/json">${JSON.stringify({ value: 1, label: v })}</script></kpi-card>`)}
    </div>`);
    const widgets = await all(root);
    for (let i = 0; i < VECTORS.length; i++) expect(part(widgets[i * 7], 'label')).to.equal(squash(VECTORS[i]));
  });

  it('as a bad number, date or option: the message quotes it as text', async () => {
    const root = await fixture(html`<div>
      ${VECTORS.map((v) => html`
        <kpi-card value=${v}></kpi-card>
        <goal-progress value="1" target="2" start=${v} end="2026-12-31"></goal-progress>
        <kpi-card value="1" format=${v}></kpi-card>
        <kpi-card src="/crm/deals.csv" kpi=${v}></kpi-card>
        <kpi-card src="/crm/deals.csv" kpi="revenue" period=${v}></kpi-card>`)}
    </div>`);
    const widgets = await all(root);
    for (const el of widgets) expect(shownAs(el)).to.equal('error');
  });

  it('in href: javascript:, data: and other schemes are refused, the card says so', async () => {
    const refused: string[] = [];
    const root = await fixture(html`<div @kpi-error=${(e: CustomEvent) => e.detail.code === 'href' && refused.push(e.detail.value)}>
      ${[...HREFS, ...VECTORS].map((v) => html`<kpi-card label="L" value="5" href=${v}></kpi-card>`)}
      <kpi-card id="ok" label="L" value="5" href="/crm/deals?id=1"></kpi-card>
    </div>`);
    await all(root);
    for (const el of root.querySelectorAll('kpi-card:not(#ok)')) {
      const link = el.shadowRoot!.querySelector('a');
      // A vector without a scheme is a relative address: harmless, and the browser encodes it.
      if (link) expect(new URL(link.href).protocol).to.match(/^https?:$/);
    }
    for (const href of HREFS) {
      // JSON in messages: a raw NUL in a failure message cuts the test runner's connection.
      const name = JSON.stringify(href);
      const card = [...root.querySelectorAll('kpi-card')].find((el) => el.getAttribute('href') === href)!;
      expect(card.shadowRoot!.querySelector('a') === null, name).to.equal(true);
      expect(part(card, 'notice'), name).to.not.equal('');
      expect(refused.includes(href), name).to.equal(true);
    }
    expect(root.querySelector('#ok')!.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/crm/deals?id=1');
  });

  it('in pasted HTML: entity-encoded schemes decode to refused addresses', async () => {
    // What an editor pastes into a CMS field; the HTML parser decodes the entities.
    const root = await fixture(html`<div></div>`);
    root.innerHTML = [
      '&#106;avascript:window.__xss=1', 'jav&#x09;ascript:window.__xss=1', 'javascript&colon;window.__xss=1',
      '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;window.__xss=1', 'jav&#x0A;ascript:window.__xss=1',
      'jav&#x0D;ascript:window.__xss=1', '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058window.__xss=1',
      'data&colon;text/html,x',
    ].map((href) => `<kpi-card label="<img src=x onerror=window.__xss=1>" value="5" href="${href}"></kpi-card>`).join('');
    await all(root);
    for (const card of root.querySelectorAll('kpi-card')) {
      expect(card.shadowRoot!.querySelector('a') === null, JSON.stringify(card.getAttribute('href'))).to.equal(true);
      expect(part(card, 'notice')).to.not.equal('');
      expect(part(card, 'label')).to.equal('<img src=x onerror=window.__xss=1>');
    }
  });

  it('in locale and currency: refused in words on a widget or dashboard, a silent fallback as a page lang, never executed', async () => {
    const root = await fixture(html`<div>
      ${VECTORS.map((v) => html`
        <kpi-card value="1234.5" locale=${v} currency=${v} format="currency"></kpi-card>
        <goal-progress value="5" target="10" start="2026-01-01" end="2026-12-31" today="2026-06-01" locale=${v} currency=${v} format="currency"></goal-progress>
        <kpi-funnel locale=${v} currency=${v}><funnel-stage value="10" amount="5" probability="0.5"></funnel-stage></kpi-funnel>
        <trend-chart locale=${v} currency=${v} format="currency" series='[{"date":"2026-01","value":1}]'></trend-chart>
        <kpi-dashboard locale=${v} currency=${v}><kpi-card value="2" format="currency"></kpi-card></kpi-dashboard>
        <div lang=${v}><kpi-card value="3"></kpi-card></div>`)}
    </div>`);
    const widgets = await all(root);
    for (const el of root.querySelectorAll('kpi-card[value="1234.5"]')) {
      expect(part(el, 'error')).to.match(/^The (locale|currency) “.*” is not a (language|currency) code/s);
    }
    // A page's own lang is not the editor's typing: English, silently.
    for (const el of root.querySelectorAll('div[lang] > kpi-card')) expect(part(el, 'value')).to.equal('3');
    expect(widgets.length).to.be.greaterThan(VECTORS.length * 5);
  });
});

function shownAs(el: Element) {
  return el.shadowRoot!.querySelector('[part~="error"]') ? 'error' : 'other';
}
