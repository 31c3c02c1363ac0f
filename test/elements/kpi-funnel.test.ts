import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KpiFunnel } from '../../src/elements/kpi-funnel/kpi-funnel.define.js';
import { FunnelStage } from '../../src/elements/funnel-stage/funnel-stage.define.js';
import { defineElement } from '../../src/elements/shared/define.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';

/** Text as a reader sees it: runs of spaces (also the no-break spaces Intl puts in "35,0 %") as one space. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: Element, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
const one = (el: Element, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);
const texts = (el: Element, part: string) => all(el, part).map(text);

/** Events of one type anywhere on the page, also those fired during the first render. */
function collect<T>(type: string) {
  const seen: Array<{ target: EventTarget | null; detail: T }> = [];
  const listener = (e: Event) => seen.push({ target: e.composedPath()[0], detail: (e as CustomEvent<T>).detail });
  document.addEventListener(type, listener);
  return Object.assign(seen, { stop: () => document.removeEventListener(type, listener) });
}

/** The first fetch also loads the data layer and the CSV parser: allow for it. */
const slow = { timeout: 8000 };
const fixtureUrl = (file: string, key: string, extra = '') => `/api/fixture/${file}?key=${key}-${Math.random()}${extra}`;

describe('<kpi-funnel>', () => {
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

  const design = () => fixture<KpiFunnel>(html`
    <kpi-funnel label="Pipeline">
      <funnel-stage label="Leads" value="1200"></funnel-stage>
      <funnel-stage label="Qualified" value="420"></funnel-stage>
      <funnel-stage label="Won" value="48"></funnel-stage>
    </kpi-funnel>`);

  describe('the DESIGN.md snippet', () => {
    it('shows each stage with its count, conversion and drop-off', async () => {
      const el = await design();
      expect(text(one(el, 'label'))).to.equal('Pipeline');
      const stages = all(el, 'stage');
      expect(stages).to.have.length(3);
      expect(text(stages[0].querySelector('.name'))).to.equal('Leads');
      expect(text(stages[0].querySelector('.count'))).to.equal('1,200');
      // The first stage has nothing to convert from.
      expect(stages[0].querySelector('[part~="conversion"]')).to.equal(null);
      // 420 / 1200 = 0.35 → 35.0 %;  48 / 420 = 0.11428… → 11.4 %
      expect(texts(el, 'conversion')).to.deep.equal(['35.0% from Leads', '11.4% from Qualified']);
      // 1200 − 420 = 780, 780 / 1200 = 0.65;  420 − 48 = 372, 372 / 420 = 0.8857… → 88.6 %
      expect(texts(el, 'drop-off')).to.deep.equal(['780 dropped off (65.0%)', '372 dropped off (88.6%)']);
    });

    it('marks the bottleneck Qualified → Won in words, not colour alone', async () => {
      const el = await design();
      // 11.4 % (Qualified → Won) is lower than 35.0 % (Leads → Qualified).
      const marks = all(el, 'bottleneck');
      expect(marks).to.have.length(1);
      expect(text(marks[0])).to.equal('⚠ Bottleneck: Qualified → Won');
      expect(all(el, 'stage')[2].contains(marks[0])).to.equal(true);
      expect(all(el, 'stage')[2].classList.contains('bottleneck')).to.equal(true);
    });

    it('sums up the overall conversion', async () => {
      const el = await design();
      // 48 / 1200 = 0.04 → 4.0 %
      expect(texts(el, 'summary')).to.deep.equal(['Won / Leads: 4.0%']);
    });

    it('draws bars in proportion to the first stage', async () => {
      const el = await design();
      const bars = all(el, 'bar');
      const widths = bars.map((bar) => bar.getBoundingClientRect().width);
      expect(widths[0]).to.be.greaterThan(100);
      // 420 / 1200 = 0.35, 48 / 1200 = 0.04 of the first bar
      expect(widths[1] / widths[0]).to.be.closeTo(0.35, 0.01);
      expect(widths[2] / widths[0]).to.be.closeTo(0.04, 0.01);
      expect(parseFloat(bars[1].style.width)).to.be.closeTo(35, 1e-9);
    });

    it('fires kpi-load with the first stage count', async () => {
      const el = await design();
      const own = loads.filter((e) => e.target === el);
      expect(own).to.have.length(1);
      expect(own[0].detail.value).to.equal(1200);
      // The stages are data: they fire nothing of their own inside a funnel.
      expect(loads.filter((e) => e.target !== el)).to.have.length(0);
    });

    it('keeps the stage children as data: present in the light DOM, not displayed', async () => {
      const el = await design();
      const children = el.querySelectorAll('funnel-stage');
      expect(children).to.have.length(3);
      for (const child of children) {
        expect(child.getClientRects().length).to.equal(0);
        expect(child.shadowRoot!.querySelector('[part~="base"]')).to.equal(null);
      }
    });

    it('is a list of focusable stages', async () => {
      const el = await design();
      const list = one(el, 'list')!;
      expect(list.tagName).to.equal('OL');
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.getAttribute('aria-label')).to.equal('Funnel stages');
      const stages = all(el, 'stage');
      expect(stages.every((s) => s.tagName === 'BUTTON' && s.closest('li'))).to.equal(true);
      expect(stages.map((s) => s.tabIndex)).to.deep.equal([0, -1, -1]);
    });
  });

  it('formats for nb-NO', async () => {
    const el = await fixture<KpiFunnel>(html`
      <kpi-funnel label="Salgstrakt" locale="nb-NO">
        <funnel-stage label="Leads" value="1200"></funnel-stage>
        <funnel-stage label="Kvalifisert" value="420"></funnel-stage>
        <funnel-stage label="Vunnet" value="48"></funnel-stage>
      </kpi-funnel>`);
    // nb groups thousands with a no-break space: 1 200
    expect(text(all(el, 'stage')[0].querySelector('.count'))).to.equal('1 200');
    expect(texts(el, 'conversion')).to.deep.equal(['35,0 % fra Leads', '11,4 % fra Kvalifisert']);
    expect(texts(el, 'drop-off')).to.deep.equal(['780 falt fra (65,0 %)', '372 falt fra (88,6 %)']);
    expect(texts(el, 'bottleneck')).to.deep.equal(['⚠ Flaskehals: Kvalifisert → Vunnet']);
    expect(texts(el, 'summary')).to.deep.equal(['Vunnet / Leads: 4,0 %']);
    expect(one(el, 'list')!.getAttribute('aria-label')).to.equal('Trinn i salgstrakten');
  });

  it('takes the locale from the nearest lang ancestor', async () => {
    const wrapper = await fixture(html`<div lang="sv-SE">
      <kpi-funnel stages='[{"label":"A","value":10},{"label":"B","value":5}]'></kpi-funnel></div>`);
    const el = wrapper.querySelector('kpi-funnel')!;
    await el.updateComplete;
    // 5 / 10 = 0.5 → 50,0 %
    expect(texts(el, 'conversion')).to.deep.equal(['50,0 % från A']);
  });

  describe('the stages JSON attribute', () => {
    it('reads stages with probability, average days and amount', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel label="Deals" currency="NOK"
        stages='[{"label":"Lead","value":200,"avgDays":3},
                 {"label":"Demo","value":50,"probability":0.25,"amount":80000,"avgDays":12.5},
                 {"label":"Offer","value":20,"probability":0.6,"amount":50000}]'></kpi-funnel>`);
      expect(all(el, 'stage').map((s) => text(s.querySelector('.name')))).to.deep.equal(['Lead', 'Demo', 'Offer']);
      // 50 / 200 = 25.0 %;  20 / 50 = 40.0 % → the bottleneck is Lead → Demo
      expect(texts(el, 'conversion')).to.deep.equal(['25.0% from Lead', '40.0% from Demo']);
      expect(texts(el, 'bottleneck')).to.deep.equal(['⚠ Bottleneck: Lead → Demo']);
      expect(texts(el, 'days')).to.deep.equal(['Avg. 3 days in stage', 'Avg. 12.5 days in stage']);
      // 80 000 × 0.25 = 20 000;  50 000 × 0.6 = 30 000;  total 50 000
      expect(texts(el, 'weighted')).to.deep.equal(['Weighted: NOK 20,000', 'Weighted: NOK 30,000']);
      expect(texts(el, 'weighted-total')).to.deep.equal(['Weighted pipeline: NOK 50,000']);
      expect(loads.find((e) => e.target === el)!.detail.value).to.equal(200);
    });

    it('accepts { "stages": [...] } and numbers written as text', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel
        stages='{"stages":[{"label":"A","value":"1 000"},{"label":"B","value":"250","probability":"40 %","amount":1000}]}'></kpi-funnel>`);
      // 250 / 1000 = 25.0 %; 1000 × 0.4 = 400
      expect(texts(el, 'conversion')).to.deep.equal(['25.0% from A']);
      expect(texts(el, 'weighted')).to.deep.equal(['Weighted: 400']);
    });

    it('wins over stage children', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel stages='[{"label":"X","value":4},{"label":"Y","value":1}]'>
        <funnel-stage label="Leads" value="1200"></funnel-stage></kpi-funnel>`);
      expect(texts(el, 'summary')).to.deep.equal(['Y / X: 25.0%']);
    });
  });

  it('reads a <script type="application/json"> child', async () => {
    const el = await fixture<KpiFunnel>(html`<kpi-funnel label="Web">
      <script type="application/json">[{"label":"Visits","value":800},{"label":"Trials","value":200}]</script>
    </kpi-funnel>`);
    // 200 / 800 = 25.0 %
    expect(texts(el, 'conversion')).to.deep.equal(['25.0% from Visits']);
    el.querySelector('script')!.textContent = '[{"label":"Visits","value":800},{"label":"Trials","value":400}]';
    await waitUntil(() => texts(el, 'conversion')[0] === '50.0% from Visits');
  });

  describe('reacting to its children', () => {
    it('adds a stage appended as a child', async () => {
      const el = await design();
      const stage = document.createElement('funnel-stage');
      stage.setAttribute('label', 'Paid');
      stage.setAttribute('value', '12');
      el.append(stage);
      await waitUntil(() => all(el, 'stage').length === 4);
      // 12 / 48 = 0.25 → 25.0 %; overall 12 / 1200 = 1.0 %
      expect(texts(el, 'conversion')[2]).to.equal('25.0% from Won');
      expect(texts(el, 'summary')).to.deep.equal(['Paid / Leads: 1.0%']);
    });

    it('drops a removed stage', async () => {
      const el = await design();
      el.querySelectorAll('funnel-stage')[2].remove();
      await waitUntil(() => all(el, 'stage').length === 2);
      expect(texts(el, 'summary')).to.deep.equal(['Qualified / Leads: 35.0%']);
    });

    it('follows a stage attribute change and a stage property change', async () => {
      const el = await design();
      const [, qualified, won] = el.querySelectorAll('funnel-stage');
      qualified.setAttribute('value', '600');
      // 600 / 1200 = 50.0 %
      await waitUntil(() => texts(el, 'conversion')[0] === '50.0% from Leads');
      won.value = 300;
      // 300 / 600 = 50.0 %, 300 / 1200 = 25.0 %
      await waitUntil(() => texts(el, 'summary')[0] === 'Won / Leads: 25.0%');
      qualified.label = 'SQL';
      await waitUntil(() => texts(el, 'conversion')[0] === '50.0% from Leads' && texts(el, 'conversion')[1] === '50.0% from SQL');
    });

    it('fires kpi-load again when the first stage changes', async () => {
      const el = await design();
      el.querySelector('funnel-stage')!.setAttribute('value', '1500');
      await waitUntil(() => loads.filter((e) => e.target === el).length === 2);
      expect(loads.filter((e) => e.target === el)[1].detail.value).to.equal(1500);
    });
  });

  describe('selecting a stage', () => {
    it('moves focus with the arrow keys and fires kpi-stage-select on Enter and Space', async () => {
      const el = await design();
      const stages = all(el, 'stage');
      stages[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement).to.equal(all(el, 'stage')[1]);
      expect(all(el, 'stage').map((s) => s.tabIndex)).to.deep.equal([-1, 0, -1]);
      let event = oneEvent(el, 'kpi-stage-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ index: 1, label: 'Qualified', value: 420 });

      await sendKeys({ press: 'End' });
      expect(el.shadowRoot!.activeElement).to.equal(all(el, 'stage')[2]);
      event = oneEvent(el, 'kpi-stage-select');
      await sendKeys({ press: 'Space' });
      expect((await event).detail).to.deep.equal({ index: 2, label: 'Won', value: 48 });

      await sendKeys({ press: 'ArrowDown' }); // stays on the last stage
      expect(el.shadowRoot!.activeElement).to.equal(all(el, 'stage')[2]);
      await sendKeys({ press: 'Home' });
      expect(el.shadowRoot!.activeElement).to.equal(all(el, 'stage')[0]);
    });

    it('fires kpi-stage-select on click, bubbling and composed', async () => {
      const el = await design();
      const event = oneEvent(document, 'kpi-stage-select');
      all(el, 'stage')[2].click();
      const fired = await event;
      expect(fired.detail).to.deep.equal({ index: 2, label: 'Won', value: 48 });
      expect(fired.composed).to.equal(true);
    });
  });

  describe('JS properties', () => {
    it('takes stages as an array and re-renders when a new one is assigned', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel label="A"></kpi-funnel>`);
      el.stages = [{ label: 'In', value: 40 }, { label: 'Out', value: 10 }];
      el.label = 'Conversion';
      await el.updateComplete;
      expect(text(one(el, 'label'))).to.equal('Conversion');
      // 10 / 40 = 25.0 %
      expect(texts(el, 'summary')).to.deep.equal(['Out / In: 25.0%']);
      el.stages = [{ label: 'In', value: 40 }, { label: 'Out', value: 30 }];
      await el.updateComplete;
      // 30 / 40 = 75.0 %
      expect(texts(el, 'summary')).to.deep.equal(['Out / In: 75.0%']);
      el.locale = 'da-DK';
      await el.updateComplete;
      expect(texts(el, 'summary')).to.deep.equal(['Out / In: 75,0 %']);
    });
  });

  describe('states', () => {
    it('without stages or src, says what to add', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel label="Pipeline"></kpi-funnel>`);
      expect(text(one(el, 'empty'))).to.equal('No stages yet. Add <funnel-stage> elements or a src.');
      expect(text(one(el, 'label'))).to.equal('Pipeline');
      expect(loads.find((e) => e.target === el)!.detail.value).to.equal(null);
    });

    it('says it in the page\'s language, and goes when a stage is added', async () => {
      const wrap = await fixture(html`<div lang="sv"><kpi-funnel></kpi-funnel></div>`);
      const el = wrap.querySelector<KpiFunnel>('kpi-funnel')!;
      await el.updateComplete;
      expect(text(one(el, 'empty'))).to.equal('Inga steg ännu. Lägg till <funnel-stage>-element eller en src.');
      const stage = document.createElement('funnel-stage');
      stage.setAttribute('value', '10');
      el.append(stage);
      await waitUntil(() => !one(el, 'empty'));
      expect(all(el, 'stage')).to.have.length(1);
    });

    it('stages that are all 0 are no data for the period, not a missing setup', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel stages='[{"label":"A","value":0},{"label":"B","value":0}]'></kpi-funnel>`);
      expect(text(one(el, 'empty'))).to.equal('No data for this period.');
    });

    it('applies the theme attribute', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel theme="dark" stages='[{"label":"A","value":1}]'></kpi-funnel>`);
      expect(el.dataset.kpiTheme).to.equal('dark');
      const surface = getComputedStyle(one(el, 'base')!).backgroundColor;
      expect(surface).to.equal('rgb(22, 27, 34)');
    });
  });

  describe('bad input', () => {
    it('says a stage value "abc" is not a number, and leaves a sibling alone', async () => {
      const wrapper = await fixture(html`<div>
        <kpi-funnel id="bad" label="Bad">
          <funnel-stage label="Leads" value="1200"></funnel-stage>
          <funnel-stage label="Qualified" value="abc"></funnel-stage>
        </kpi-funnel>
        <kpi-funnel id="good" stages='[{"label":"A","value":10},{"label":"B","value":5}]'></kpi-funnel>
      </div>`);
      const bad = wrapper.querySelector<KpiFunnel>('#bad')!;
      const good = wrapper.querySelector<KpiFunnel>('#good')!;
      await Promise.all([bad.updateComplete, good.updateComplete]);
      expect(text(one(bad, 'error'))).to.equal('Stage “Qualified”: The value “abc” is not a number.');
      expect(one(bad, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(one(bad, 'label'))).to.equal('Bad');
      const own = errors.filter((e) => e.target === bad);
      expect(own).to.have.length(1);
      expect(own[0].detail).to.include({ code: 'number', attribute: 'value', value: 'abc' });
      expect(errors.filter((e) => e.target !== bad)).to.have.length(0);
      expect(texts(good, 'summary')).to.deep.equal(['B / A: 50.0%']);
    });

    it('recovers when the bad stage is fixed', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel>
        <funnel-stage label="Leads" value="100"></funnel-stage>
        <funnel-stage label="Won" value="abc"></funnel-stage></kpi-funnel>`);
      expect(one(el, 'error')).to.not.equal(null);
      el.querySelectorAll('funnel-stage')[1].setAttribute('value', '5');
      await waitUntil(() => texts(el, 'summary')[0] === 'Won / Leads: 5.0%');
      expect(one(el, 'error')).to.equal(null);
    });

    it('refuses a negative value', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel>
        <funnel-stage label="Leads" value="-5"></funnel-stage></kpi-funnel>`);
      expect(text(one(el, 'error'))).to.equal('Stage “Leads”: The value “-5” must be ≥ 0.');
      expect(errors.find((e) => e.target === el)!.detail).to.include({ code: 'range', attribute: 'value', value: '-5' });
    });

    it('names a stage without a label by its position', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel>
        <funnel-stage label="Leads" value="100"></funnel-stage>
        <funnel-stage value=""></funnel-stage></kpi-funnel>`);
      expect(text(one(el, 'error'))).to.equal('Stage 2: The value “” is not a number.');
      expect(errors.find((e) => e.target === el)!.detail).to.include({ code: 'number', attribute: 'value' });
    });

    it('names the stage in the page\'s language', async () => {
      const wrap = await fixture(html`<div lang="nb"><kpi-funnel>
        <funnel-stage label="Leads" value="100"></funnel-stage>
        <funnel-stage label="Vunnet" value="-5"></funnel-stage></kpi-funnel></div>`);
      const el = wrap.querySelector<KpiFunnel>('kpi-funnel')!;
      await el.updateComplete;
      expect(text(one(el, 'error'))).to.equal('Trinn «Vunnet»: value «-5» må være ≥ 0.');
    });

    it('one step (two stages) has no bottleneck, even at 150 %', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel>
        <funnel-stage label="A" value="100"></funnel-stage>
        <funnel-stage label="B" value="150"></funnel-stage></kpi-funnel>`);
      // 150 / 100 = 150.0 %: the only step, nothing to compare it with
      expect(texts(el, 'conversion')).to.deep.equal(['150.0% from A']);
      expect(all(el, 'bottleneck')).to.have.length(0);
    });

    it('refuses a probability outside 0–1 and a bad avg-days', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel>
        <funnel-stage label="Leads" value="5" probability="1.5"></funnel-stage></kpi-funnel>`);
      expect(text(one(el, 'error'))).to.equal('Stage “Leads”: The probability “1.5” must be 0–1.');
      el.querySelector('funnel-stage')!.setAttribute('probability', '0.5');
      el.querySelector('funnel-stage')!.setAttribute('avg-days', 'soon');
      await waitUntil(() => text(one(el, 'error')) === 'Stage “Leads”: The avg-days “soon” is not a number.');
    });

    it('says malformed stages JSON is not valid JSON', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel label="X" stages='[{"label": "A", value: 1}'></kpi-funnel>`);
      expect(text(one(el, 'error'))).to.equal('The stages attribute is not valid JSON.');
      expect(errors.find((e) => e.target === el)!.detail).to.include({ code: 'json', attribute: 'stages' });
    });

    it('names the place of a bad value inside stages JSON', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel stages='[{"label":"A","value":10},{"label":"B","value":"abc"}]'></kpi-funnel>`);
      expect(text(one(el, 'error'))).to.equal('The stages[1].value “abc” is not a number.');
    });

    it('says stages JSON of the wrong shape has the wrong shape', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel stages='{"leads": 10}'></kpi-funnel>`);
      expect(text(one(el, 'error'))).to.match(/^The data has the wrong shape: stages: expected \[/);
      expect(errors.find((e) => e.target === el)!.detail.code).to.equal('schema');
    });

    it('says a JSON script child that does not parse cannot be read', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel>
        <script type="application/json">[{"label": "A",</script></kpi-funnel>`);
      expect(text(one(el, 'error'))).to.equal('The data could not be read. It must be valid JSON or CSV.');
    });

    it('never runs markup from a label', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel
        stages='[{"label":"<img src=x onerror=alert(1)>","value":10},{"label":"B","value":5}]'></kpi-funnel>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(all(el, 'stage')[0].querySelector('.name'))).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('src', () => {
    it('counts deals from a CSV by stage-order', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel label="Deals"
        src=${fixtureUrl('kpi-funnel-deals.csv', 'csv')} stage-order="Prospecting, Engaging, Won"></kpi-funnel>`);
      await waitUntil(() => all(el, 'stage').length === 3, 'src data', slow);
      // Every deal reached Prospecting (6, the lost one too: its stage "Lost" is not in the order);
      // Engaging: deals 3, 4 and the won 5 = 3; Won: 1.
      expect(all(el, 'stage').map((s) => text(s.querySelector('.count')))).to.deep.equal(['6', '3', '1']);
      // 3 / 6 = 50.0 %;  1 / 3 = 33.3 %;  overall 1 / 6 = 16.7 %
      expect(texts(el, 'conversion')).to.deep.equal(['50.0% from Prospecting', '33.3% from Engaging']);
      expect(texts(el, 'drop-off')).to.deep.equal(['3 dropped off (50.0%)', '2 dropped off (66.7%)']);
      expect(texts(el, 'bottleneck')).to.deep.equal(['⚠ Bottleneck: Engaging → Won']);
      expect(texts(el, 'summary')).to.deep.equal(['Won / Prospecting: 16.7%']);
      expect(loads.find((e) => e.target === el)!.detail.value).to.equal(6);
    });

    it('says which stage-order names match no stage, and lists the stages the data has', async () => {
      // "Prospect" is no deal's stage (the export says "Prospecting"): without the check every deal would
      // count in the first stage and the won one in the others, a plausible funnel of nothing.
      const el = await fixture<KpiFunnel>(html`<kpi-funnel label="Deals"
        src=${fixtureUrl('kpi-funnel-deals.csv', 'stage-typo')} stage-order="Prospect, Engaging, Won"></kpi-funnel>`);
      await waitUntil(() => one(el, 'error') !== null, 'the error', slow);
      expect(text(one(el, 'error'))).to.equal(
        'No deal in the data has the stage Prospect from stage-order. The data has these stages: Prospecting, Engaging, Won, Lost.');
      const own = errors.filter((e) => e.target === el);
      expect(own[0].detail).to.include({ code: 'stage-order', attribute: 'stage-order', value: 'Prospect' });
      expect(all(el, 'stage')).to.have.length(0);
    });

    it('shows the loading skeleton until the data arrives', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel label="Deals"
        src=${fixtureUrl('kpi-funnel-deals.csv', 'slow', '&delay=400')} stage-order="Prospecting,Engaging,Won"></kpi-funnel>`);
      expect(one(el, 'skeleton')).to.not.equal(null);
      expect(one(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(text(one(el, 'label'))).to.equal('Deals');
      await waitUntil(() => all(el, 'stage').length === 3, 'src data', slow);
      expect(one(el, 'skeleton')).to.equal(null);
    });

    it('applies filter and period to the deals (created date picks the period)', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel src=${fixtureUrl('kpi-funnel-deals.csv', 'period')}
        stage-order="Prospecting,Engaging,Won" period="2026-11" today="2026-11-23"></kpi-funnel>`);
      // created in November: deal 4 (Engaging) and deal 6 (Lost) → Prospecting 2, Engaging 1, Won 0
      await waitUntil(() => all(el, 'stage').length === 3, 'src data', slow);
      expect(all(el, 'stage').map((s) => text(s.querySelector('.count')))).to.deep.equal(['2', '1', '0']);
      // 0 / 2 = 0.0 %
      expect(texts(el, 'summary')).to.deep.equal(['Won / Prospecting: 0.0%']);

      el.period = undefined;
      el.filter = 'owner=Anna Berg';
      // Anna Berg: deals 1, 3 and 5 (won) → 3, 2, 1
      await waitUntil(() => texts(el, 'summary')[0] === 'Won / Prospecting: 33.3%', 'src data', slow);
      expect(all(el, 'stage').map((s) => text(s.querySelector('.count')))).to.deep.equal(['3', '2', '1']);
    });

    it('reads a FunnelDoc JSON without stage-order', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel src=${fixtureUrl('kpi-funnel-stages.json', 'json')}></kpi-funnel>`);
      await waitUntil(() => all(el, 'stage').length === 3, 'src data', slow);
      // 750 / 5000 = 15.0 %;  60 / 750 = 8.0 %;  60 / 5000 = 1.2 %
      expect(texts(el, 'conversion')).to.deep.equal(['15.0% from Visits', '8.0% from Signups']);
      expect(texts(el, 'summary')).to.deep.equal(['Paid / Visits: 1.2%']);
      expect(loads.find((e) => e.target === el)!.detail.value).to.equal(5000);
    });

    it('reports a FunnelDoc of the wrong shape', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel src=${fixtureUrl('kpi-funnel-bad-stages.json', 'bad')}></kpi-funnel>`);
      await waitUntil(() => one(el, 'error'), 'src data', slow);
      expect(text(one(el, 'error'))).to.contain('stages[0].value');
      expect(errors.find((e) => e.target === el)!.detail.code).to.equal('schema');
    });

    it('shows a failing src in words and fires kpi-error', async () => {
      const wrapper = await fixture(html`<div>
        <kpi-funnel id="bad" label="Deals" src="/api/status/500" stage-order="A,B"></kpi-funnel>
        <kpi-funnel id="good" stages='[{"label":"A","value":10},{"label":"B","value":5}]'></kpi-funnel>
      </div>`);
      const bad = wrapper.querySelector<KpiFunnel>('#bad')!;
      await waitUntil(() => one(bad, 'error'), 'src data', slow);
      expect(text(one(bad, 'error'))).to.equal('The data source answered with error 500. Check the address in src.');
      expect(errors.find((e) => e.target === bad)!.detail).to.include({ code: 'http', status: 500 });
      expect(texts(wrapper.querySelector('#good')!, 'summary')).to.deep.equal(['B / A: 50.0%']);
    });

    it('prefers its own inline stages to a dashboard src, but its own src to inline stages', async () => {
      const el = await fixture<KpiFunnel>(html`<kpi-funnel src=${fixtureUrl('kpi-funnel-stages.json', 'own')}>
        <funnel-stage label="Leads" value="1200"></funnel-stage></kpi-funnel>`);
      await waitUntil(() => all(el, 'stage').length === 3, 'src data', slow);
      expect(texts(el, 'summary')).to.deep.equal(['Paid / Visits: 1.2%']);
    });
  });

  it('works under other tag names: children are found by a marker, not by tag', async () => {
    defineElement('acme-funnel', KpiFunnel);
    defineElement('acme-stage', FunnelStage);
    const el = await fixture<KpiFunnel>(html`<acme-funnel label="Acme">
      <acme-stage label="Leads" value="100"></acme-stage>
      <acme-stage label="Won" value="20"></acme-stage>
    </acme-funnel>`);
    await aTimeout(0);
    // 20 / 100 = 20.0 %
    expect(texts(el, 'summary')).to.deep.equal(['Won / Leads: 20.0%']);
  });
});
