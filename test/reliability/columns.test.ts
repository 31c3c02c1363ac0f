/**
 * Data whose columns the kit does not recognise, and `fields` and `select`
 * mistakes: every widget that reads records says which column is missing, in
 * its language, with a typed kpi-error, instead of showing zeros.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/kpi-card/kpi-card.define.js';
import '../../src/elements/goal-progress/goal-progress.define.js';
import '../../src/elements/kpi-funnel/kpi-funnel.define.js';
import '../../src/elements/trend-chart/trend-chart.define.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';
import { echoUrl, part, settle, uniqueKey, watchPage } from './helpers.js';

/** A deals export whose headers are no name or alias the kit knows, and hold no word that says what they hold ("Phase" would be a stage). */
const UNKNOWN = 'Deal;Rep;Step;Opened;Shut;Sum\nA-1;Kari;Won;05.03.2026;20.03.2026;12 500,00\nA-2;Ola;Demo;06.03.2026;;4 000,00\n';
/** The demo's Norwegian Excel export: every header is a Norwegian alias. */
const NORWEGIAN = '\ufeffAvtale;Selger;Fase;Opprettet;Lukket;Beløp\nA-1;Kari;Vunnet;05.03.2026;20.03.2026;12 500,00\nA-2;Ola;Tapt;06.03.2026;21.03.2026;4 000,00\n';
const ACTIVITIES = 'id,date,type,owner\nA1,2026-03-02,call,Kari\n';

const csv = (body: string) => echoUrl(body, { type: 'text/csv', key: uniqueKey('columns') });
const text = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const NO_VALUE_EN =
  'The data has no column for the deal value (looked for value, amount, close_value, deal_value, deal_amount, beløp, belopp, beløb, …). ' +
  'Its columns are: Deal, Rep, Step, Opened, Shut, Sum. Map one with fields, e.g. fields="value:Sum".';
const NO_VALUE_NB =
  'Dataene har ingen kolonne for avtaleverdien (lette etter value, amount, close_value, deal_value, deal_amount, beløp, belopp, beløb, …). ' +
  'Kolonnene er: Deal, Rep, Step, Opened, Shut, Sum. Koble en med fields, f.eks. fields="value:Sum".';

function make(tag: string, attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** Puts the widget on the page (in a `lang` wrapper) and waits for its kpi-error. */
async function failure(el: HTMLElement, lang = 'en'): Promise<{ detail: KpiErrorDetail; message: string }> {
  const host = await fixture(html`<div lang=${lang}></div>`);
  const event = oneEvent(el, 'kpi-error') as Promise<CustomEvent<KpiErrorDetail>>;
  host.append(el);
  const { detail } = await event;
  expect(await settle(el)).to.equal('error');
  const message = part(el, 'error');
  expect(text(detail.message), 'the event carries the words shown').to.equal(message);
  return { detail, message };
}

async function shows(el: HTMLElement): Promise<string> {
  const host = await fixture(html`<div lang="en"></div>`);
  host.append(el);
  return settle(el);
}

describe('data without a column the widget reads', () => {
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => (page = watchPage()));
  afterEach(() => {
    page.stop();
    expect(page.problems, 'page errors').to.deep.equal([]);
  });

  const card = (src: string, extra: Record<string, string> = {}) =>
    make('kpi-card', { label: 'Revenue', src, kpi: 'revenue', period: '2026-03', today: '2026-04-15', ...extra });

  it('<kpi-card>: names the missing column, what was looked for and the columns there are', async () => {
    const { detail, message } = await failure(card(csv(UNKNOWN)));
    expect(message).to.equal(NO_VALUE_EN);
    expect(detail).to.deep.include({ code: 'fields', attribute: 'fields', value: 'value' });
  });

  it('<kpi-card>: the same in Norwegian', async () => {
    const { detail, message } = await failure(card(csv(UNKNOWN)), 'nb');
    expect(message).to.equal(NO_VALUE_NB);
    expect(detail.code).to.equal('fields');
  });

  it('<kpi-card>: one mapping at a time leads to the next missing column, then to the value', async () => {
    const src = csv(UNKNOWN);
    const stage = await failure(card(src, { fields: 'value:Sum' }));
    expect(stage.message).to.equal(
      'The data has no column for the deal stage or status (looked for stage, deal_stage, stage_name, pipeline_stage, lifecycle_stage, fase, salgsfase, fas, …). ' +
        'Its columns are: Deal, Rep, Step, Opened, Shut, Sum. Map one with fields, e.g. fields="stage:Step".',
    );
    const closed = await failure(card(src, { fields: 'value:Sum,stage:Step' }));
    expect(closed.message).to.match(/^The data has no column for the close date \(looked for closed, close_date, .*e\.g\. fields="closed:Shut"\.$/);
    const el = card(src, { fields: 'value:Sum,stage:Step,closed:Shut', currency: 'NOK', locale: 'nb-NO' });
    expect(await shows(el)).to.equal('value');
    // One won deal closed in March: 12 500.
    expect(part(el, 'value')).to.equal('12 500 kr');
  });

  it('<kpi-card>: the wrong file says so', async () => {
    const { detail, message } = await failure(card(csv(ACTIVITIES)));
    expect(message).to.equal(
      'The data has no column for the deal value (looked for value, amount, close_value, deal_value, deal_amount, beløp, belopp, beløb, …), ' +
        'and none of its columns looks like one: id, date, type, owner. Check that src is the right file.',
    );
    expect(detail).to.deep.include({ code: 'fields', attribute: 'fields', value: 'value' });
  });

  it('<kpi-card>: reads the Norwegian Excel export without fields', async () => {
    const el = card(csv(NORWEGIAN), { currency: 'NOK', locale: 'nb-NO' });
    expect(await shows(el)).to.equal('value');
    expect(part(el, 'value')).to.equal('12 500 kr');
  });

  it('<kpi-card>: a column that is there but empty in some rows is not missing', async () => {
    // A-2 is open with no close date; A-3 is won without a value: a bad row, skipped, not an error.
    const el = card(csv(`${NORWEGIAN}A-3;Ola;Vunnet;07.03.2026;22.03.2026;\n`), { currency: 'NOK', locale: 'nb-NO' });
    expect(await shows(el)).to.equal('value');
    expect(part(el, 'value')).to.equal('12 500 kr');
  });

  it('<goal-progress> with kpi and src', async () => {
    const el = make('goal-progress', { label: 'Goal', src: csv(UNKNOWN), kpi: 'revenue', period: '2026-03', target: '100000', today: '2026-03-15' });
    const { detail, message } = await failure(el);
    expect(message).to.equal(NO_VALUE_EN);
    expect(detail).to.deep.include({ code: 'fields', attribute: 'fields', value: 'value' });
  });

  it('<kpi-funnel> with src and stage-order', async () => {
    const el = make('kpi-funnel', { label: 'Funnel', src: csv(UNKNOWN), 'stage-order': 'Demo,Won' });
    const { detail, message } = await failure(el, 'nb');
    expect(message).to.equal(
      'Dataene har ingen kolonne for salgsfasen (lette etter stage, deal_stage, stage_name, pipeline_stage, lifecycle_stage, fase, salgsfase, fas, …). ' +
        'Kolonnene er: Deal, Rep, Step, Opened, Shut, Sum. Koble en med fields, f.eks. fields="stage:Step".',
    );
    expect(detail).to.deep.include({ code: 'fields', attribute: 'fields', value: 'stage' });
  });

  it('<kpi-funnel> with a period needs the created date', async () => {
    const el = make('kpi-funnel', { label: 'Funnel', src: csv(UNKNOWN), 'stage-order': 'Demo,Won', fields: 'stage:Step', period: '2026-03', today: '2026-04-15' });
    const { detail } = await failure(el);
    expect(detail.value).to.equal('created');
    expect(detail.message).to.include('e.g. fields="created:Opened"');
  });

  it('<trend-chart> with kpi and src', async () => {
    const el = make('trend-chart', { label: 'Trend', src: csv(UNKNOWN), kpi: 'revenue', period: '2026', today: '2026-04-15' });
    const { detail, message } = await failure(el);
    expect(message).to.equal(NO_VALUE_EN);
    expect(detail).to.deep.include({ code: 'fields', attribute: 'fields', value: 'value' });
  });
});

describe('fields and select mistakes', () => {
  const card = (attributes: Record<string, string>) =>
    make('kpi-card', { label: 'Revenue', kpi: 'revenue', period: '2026-03', today: '2026-04-15', ...attributes });

  it('fields: each reason has its own words, quoting what was typed', async () => {
    const src = csv(NORWEGIAN);
    const cases: [string, string, string][] = [
      ['value:belop', 'belop',
        'The fields mapping names the column “belop”, but the data has no such column. Its columns are: Avtale, Selger, Fase, Opprettet, Lukket, Beløp.'],
      ['value=close_value', 'value=close_value',
        'The fields mapping “value=close_value” is not understood. Write field:column pairs separated by commas, like value:close_value,closed:close_date.'],
      ['value:Beløp,value:Avtale', 'value', 'The fields mapping names the field “value” twice.'],
    ];
    for (const [fields, value, words] of cases) {
      const { detail, message } = await failure(card({ src, fields }));
      expect(message, fields).to.equal(words);
      expect(detail, fields).to.deep.include({ code: 'fields', attribute: 'fields', value });
    }
    const unknown = await failure(card({ src, fields: 'valeu:Beløp' }));
    expect(unknown.message).to.match(/^The fields mapping names “valeu”, which is not a field\. The fields are: id, status, stage, value, created, closed, .*, leads\.$/);
    expect(unknown.detail.value).to.equal('valeu');
  });

  it('fields: the column message in Swedish and Dutch', async () => {
    const src = csv(NORWEGIAN);
    expect((await failure(card({ src, fields: 'value:belop' }), 'sv')).message).to.equal(
      'Fältmappningen nämner kolumnen ”belop”, men data har ingen sådan kolumn. Kolumnerna är: Avtale, Selger, Fase, Opprettet, Lukket, Beløp.',
    );
    expect((await failure(card({ src, fields: 'value=close_value' }), 'nl')).message).to.equal(
      'De veldkoppeling ‘value=close_value’ wordt niet begrepen. Schrijf veld:kolom-paren gescheiden door komma’s, zoals value:close_value,closed:close_date.',
    );
  });

  const SALES = JSON.stringify({ kpis: { arr: 2188800, wins: 14 }, regions: [{ revenue: 1 }, { revenue: 2 }] });
  const json = () => echoUrl(SALES, { key: uniqueKey('select') });

  it('select: a path that is not there names it and says what there is', async () => {
    const plain = (select: string) => make('kpi-card', { label: 'MRR', src: json(), select });
    const cases: [string, string, string][] = [
      ['kpis.mrr', 'en', 'The data has nothing at “kpis.mrr”. Under “kpis” it has: arr, wins.'],
      ['kpis.mrr', 'nb', 'Dataene har ingenting på «kpis.mrr». Under «kpis» finnes: arr, wins.'],
      ['mrr', 'en', 'The data has nothing at “mrr”. At the top it has: kpis, regions.'],
      ['regions.5.revenue', 'da', 'Data har intet på »regions.5.revenue«. Under »regions« findes: 0–1.'],
      ['kpis.arr.value', 'en', 'The data has nothing at “kpis.arr.value”: “kpis.arr” is a single value.'],
      ['kpis..mrr', 'en', 'The select path “kpis..mrr” is not understood. Write names and numbers separated by dots, like kpis.mrr or series.0.value.'],
    ];
    for (const [select, lang, words] of cases) {
      const { detail, message } = await failure(plain(select), lang);
      expect(message, `${select} ${lang}`).to.equal(words);
      expect(detail, select).to.deep.include({ code: 'select', attribute: 'select', value: select });
    }
  });

  it('select: also when it picks the records a KPI reads', async () => {
    const { detail, message } = await failure(card({ src: json(), select: 'deals' }));
    expect(message).to.equal('The data has nothing at “deals”. At the top it has: kpis, regions.');
    expect(detail.code).to.equal('select');
  });
});
