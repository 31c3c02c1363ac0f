/**
 * Issue 13 in the widgets: the data note, `kpi-load`'s `detail.quality`,
 * empty states that say why, and the reading attributes (date-order, won,
 * lost, probabilities, hide-data-note), with real CRM-shaped fixtures served
 * by the test server. Figures are worked out in test/data/crm-real-exports.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KpiCard } from '../../src/elements/kpi-card/kpi-card.define.js';
import '../../src/elements/goal-progress/goal-progress.define.js';
import '../../src/elements/trend-chart/trend-chart.define.js';
import '../../src/elements/kpi-funnel/kpi-funnel.define.js';
import '../../src/elements/kpi-dashboard/kpi-dashboard.define.js';
import type { DataQuality } from '../../src/core/quality.js';
import type { KpiErrorDetail } from '../../src/elements/shared/problems.js';
import { axeFindings } from '../a11y/support.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const url = (file: string) => `/api/fixture/${file}?key=note-${Math.random().toString(36).slice(2)}`;

async function settled<T extends Element>(el: T): Promise<T> {
  await waitUntil(() => part(el, 'value') || part(el, 'list') || part(el, 'error') || part(el, 'empty'), 'the widget did not settle', { timeout: 5000 });
  await (el as unknown as KpiCard).updateComplete;
  return el;
}

function collect<T>(type: string) {
  const seen: T[] = [];
  const listener = (e: Event) => seen.push((e as CustomEvent<T>).detail);
  document.addEventListener(type, listener);
  return Object.assign(seen, { stop: () => document.removeEventListener(type, listener) });
}

describe('the data note on <kpi-card>', () => {
  let loads: ReturnType<typeof collect<{ value: number | null; quality?: DataQuality }>>;
  let errors: ReturnType<typeof collect<KpiErrorDetail>>;
  beforeEach(() => {
    loads = collect('kpi-load');
    errors = collect('kpi-error');
  });
  afterEach(() => {
    loads.stop();
    errors.stop();
  });

  it('says how many rows were left out, and opens by keyboard into row, column, value and why', async () => {
    const el = await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="revenue" src=${url('crm-hubspot-deals.csv')} period="2024-05" today="2024-06-15" locale="en-GB"></kpi-card>`));
    // Won in May: 1 500 + 2 500 + 1 000
    expect(loads.at(-1)!.value).to.equal(5000);
    const note = part(el, 'note') as HTMLDetailsElement;
    expect(text(note.querySelector('summary'))).to.equal('1 of 6 rows left out');
    expect(note.open).to.equal(false);
    note.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => note.open, 'Enter did not open the note');
    const rows = [...note.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
    expect(rows).to.deep.equal([
      ['2', 'Close Date', '2024-05-10 15:30', 'closed before it was created: left out of the sales cycle'],
      ['4', 'Amount', '', 'empty, but needed: row left out'],
    ]);
    expect(text(note)).to.include('value ← Amount');
  });

  it('puts the quality in kpi-load, and hide-data-note hides only the note', async () => {
    const el = await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="revenue" src=${url('crm-hubspot-deals.csv')} period="2024-05" today="2024-06-15" locale="en-GB" hide-data-note></kpi-card>`));
    const { quality } = loads.at(-1)!;
    expect([quality!.rowsRead, quality!.rowsUsed, quality!.counts]).to.deep.equal([6, 5, { order: 1, missing: 1 }]);
    expect(part(el, 'note')).to.equal(null);
    expect(text(part(el, 'value'))).to.not.equal('');
  });

  it('passes axe, open and closed', async () => {
    const el = await settled(await fixture<KpiCard>(html`
      <kpi-card label="Revenue" kpi="revenue" src=${url('crm-vtiger-dump.csv')} fields="closed:closingdate,created:createdtime"
        period="2024-06" today="2024-07-01" locale="en-GB"></kpi-card>`));
    expect(await axeFindings(el)).to.deep.equal([]);
    (part(el, 'note') as HTMLDetailsElement).open = true;
    expect(await axeFindings(el)).to.deep.equal([]);
  });

  it('speaks the page’s language', async () => {
    const el = await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="revenue" src=${url('crm-vtiger-dump.csv')} fields="closed:closingdate" period="2024-06" today="2024-07-01" locale="nb-NO"></kpi-card>`));
    expect(text(part(el, 'note')!.querySelector('summary'))).to.equal('2 av 8 rader utelatt');
    expect(text(part(el, 'note')!.querySelector('caption'))).to.equal('Rader som ble utelatt eller lest med forbehold');
  });

  it('is not shown when every row was read plainly', async () => {
    const el = await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="revenue" src=${url('crm-salesforce-iswon.csv')} period="2024-04" today="2024-06-15" locale="en-GB"></kpi-card>`));
    expect(loads.at(-1)!.value).to.equal(7500);
    // OwnerId is an owner by its header's words: a guess the note shows
    expect(text(part(el, 'note')!.querySelector('summary'))).to.equal('Columns guessed from their headers');
    expect(text(part(el, 'note'))).to.include('owner ← OwnerId (guessed from the header)');
  });
});

describe('dates and words, from attributes', () => {
  it('reads a one-week US export right with no attribute', async () => {
    const loads = collect<{ value: number | null }>('kpi-load');
    const el = await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="win-rate" src=${url('crm-dynamics-us-week.csv')} period="2024-03" today="2024-04-02" locale="nb-NO"></kpi-card>`));
    loads.stop();
    // 3 won / 5 closed
    expect(loads.at(-1)!.value).to.equal(0.6);
    expect(text(part(el, 'value'))).to.equal('60\u00a0%');
  });

  it('says on an en-US page that ambiguous dates were read month-first, and how to change it', async () => {
    const el = await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="revenue" src=${url('crm-spanish-words.csv')} won="Ganada" lost="Perdida por licitación,Descartada,Closed - Lost to competitor"
        period="2024-05" today="2024-12-01" locale="en-US"></kpi-card>`));
    expect(text(part(el, 'note'))).to.include('read month-first (March 4)');
    expect(text(part(el, 'note'))).to.include('date-order="dmy"');
  });

  it('takes won and lost words', async () => {
    const loads = collect<{ value: number | null }>('kpi-load');
    await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="win-rate" src=${url('crm-spanish-words.csv')} won="Ganada" lost="Perdida por licitación, Descartada, Closed - Lost to competitor"
        period="2024-08" today="2024-12-01" locale="en-GB"></kpi-card>`));
    loads.stop();
    // 2 won / (2 + 3 lost)
    expect(loads.at(-1)!.value).to.equal(0.4);
  });

  it('says in words, in the page’s language, that the file’s dates contradict each other', async () => {
    const csv = 'stage,value,close_date,created\nWon,1,03/25/2024,01/02/2024\nWon,2,04/01/2024,25/03/2024\n';
    const src = `data:text/csv,${encodeURIComponent(csv)}`;
    const errors = collect<KpiErrorDetail>('kpi-error');
    const el = await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="revenue" src=${src} period="2024-03" today="2024-04-02" locale="sv-SE"></kpi-card>`));
    errors.stop();
    expect(text(part(el, 'error'))).to.equal(
      'Datumen i kolumnerna created, close_date motsäger varandra: vissa kan bara läsas med dagen först, andra bara med månaden först. ' +
        'Lägg till date-order="dmy" eller date-order="mdy" för att ange hur de ska läsas.');
    expect(errors.at(-1)).to.deep.include({ code: 'date-order', attribute: 'date-order' });
    // Told the order, the same file is read: 03/25/2024 month-first is 25 March; 25/03/2024 is then a bad created date
    const loads = collect<{ value: number | null; quality?: DataQuality }>('kpi-load');
    await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="revenue" src=${src} date-order="mdy" period="2024-03" today="2024-04-02" locale="sv-SE"></kpi-card>`));
    loads.stop();
    // Won in March: row 1 (1); row 2 closed 1 April
    expect(loads.at(-1)!.value).to.equal(1);
    expect(loads.at(-1)!.quality!.counts).to.deep.equal({ date: 1 });
  });

  it('refuses probabilities it cannot read, in the page’s language', async () => {
    const errors = collect<KpiErrorDetail>('kpi-error');
    const el = await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="weighted-pipeline" src=${url('crm-hubspot-deals.csv')} probabilities="Prospecting"
        period="2024-05" today="2024-06-15" locale="nb-NO"></kpi-card>`));
    errors.stop();
    expect(text(part(el, 'error'))).to.equal(
      'Sannsynlighetene «Prospecting» forstås ikke. Skriv fase:prosent-par skilt med komma, som Prospecting:10,Proposal:50.');
    expect(errors.at(-1)).to.deep.include({ attribute: 'probabilities', value: 'Prospecting' });
  });

  it('refuses a date-order it does not know, in words', async () => {
    const errors = collect<KpiErrorDetail>('kpi-error');
    const el = await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="revenue" src=${url('crm-hubspot-deals.csv')} date-order="us" period="2024-05" today="2024-06-15" locale="en"></kpi-card>`));
    errors.stop();
    expect(text(part(el, 'error'))).to.equal('The date-order “us” is not one of: dmy, mdy, ymd.');
    expect(errors.at(-1)!.attribute).to.equal('date-order');
  });
});

describe('"No data" says why', () => {
  const empty = async (template: ReturnType<typeof html>) => text(part(await settled(await fixture<KpiCard>(template)), 'empty'));

  it('names the values a field has when the filter matched no one', async () => {
    expect(await empty(html`<kpi-card kpi="win-rate" src=${url('crm-hubspot-deals.csv')} filter="owner=Jim Halpert"
      period="2024-05" today="2024-06-15" locale="en"></kpi-card>`))
      .to.equal('No records match the filter on owner. Values owner has: Pam Beesly, Dwight Schrute.');
  });

  it('says that no deal closed, and that rows were left out', async () => {
    expect(await empty(html`<kpi-card kpi="win-rate" src=${url('crm-hubspot-deals.csv')} period="2024-07" today="2024-08-15" locale="en"></kpi-card>`))
      .to.equal('No deals closed in this period. Rows of the file left out: 1; the data note lists them.');
  });

  it('asks for stage probabilities, and uses them', async () => {
    expect(await empty(html`<kpi-card kpi="weighted-pipeline" src=${url('crm-hubspot-deals.csv')} period="2024-05" today="2024-06-15" locale="en"></kpi-card>`))
      .to.equal('The open deals have no win probability. Give each stage one with probabilities="Prospecting:10,Proposal:50".');
    const loads = collect<{ value: number | null }>('kpi-load');
    await settled(await fixture<KpiCard>(html`<kpi-card kpi="weighted-pipeline" src=${url('crm-hubspot-deals.csv')}
      probabilities="Appointment scheduled:20,Contract sent:80" period="2024-05" today="2024-06-15" locale="en"></kpi-card>`));
    loads.stop();
    // 900 × 20 %
    expect(loads.at(-1)!.value).to.equal(180);
  });

  it('says it in Dutch too', async () => {
    expect(await empty(html`<kpi-card kpi="win-rate" src=${url('crm-hubspot-deals.csv')} filter="owner=Jim Halpert"
      period="2024-05" today="2024-06-15" locale="nl-NL"></kpi-card>`))
      .to.equal('Geen records voldoen aan het filter op owner. Waarden die owner heeft: Pam Beesly, Dwight Schrute.');
  });

  it('tells a file without a header row', async () => {
    const el = await settled(await fixture<KpiCard>(html`
      <kpi-card kpi="revenue" src=${url('crm-headerless.csv')} period="2024-07" today="2024-08-15" locale="en"></kpi-card>`));
    expect(text(part(el, 'error'))).to.equal(
      'This file seems to have no header row: its first line holds data. Map its columns by position, e.g. fields="value:4,stage:3,closed:2".');
  });
});

describe('the data note on every widget that reads records', () => {
  it('<goal-progress>: kpi-load carries the quality, the note lists the rows', async () => {
    const loads = collect<{ value: number | null; quality?: DataQuality }>('kpi-load');
    const el = await settled(await fixture(html`
      <goal-progress kpi="revenue" target="10000" src=${url('crm-hubspot-deals.csv')} period="2024-05" today="2024-05-20" locale="en"></goal-progress>`));
    loads.stop();
    // Won in May: 1 500 + 2 500 + 1 000
    expect(loads.at(-1)!.value).to.equal(5000);
    expect(loads.at(-1)!.quality!.counts).to.deep.equal({ order: 1, missing: 1 });
    expect(text(part(el, 'note')!.querySelector('summary'))).to.equal('1 of 6 rows left out');
  });

  it('<goal-progress>: says why it has no value', async () => {
    const el = await settled(await fixture(html`
      <goal-progress kpi="win-rate" target="0.5" src=${url('crm-hubspot-deals.csv')} filter="owner=Jim Halpert"
        period="2024-05" today="2024-05-20" locale="en"></goal-progress>`));
    expect(text(part(el, 'empty'))).to.equal('No records match the filter on owner. Values owner has: Pam Beesly, Dwight Schrute.');
  });

  it('<trend-chart>: kpi-load carries the quality, the note lists the rows', async () => {
    const loads = collect<{ value: number | null; quality?: DataQuality }>('kpi-load');
    const el = await fixture(html`
      <trend-chart kpi="revenue" src=${url('crm-vtiger-dump.csv')} fields="closed:closingdate,created:createdtime"
        period="2024-06-01/2024-06-30" granularity="month" today="2024-07-01" locale="en"></trend-chart>`);
    await waitUntil(() => loads.length > 0, 'no kpi-load', { timeout: 5000 });
    await (el as unknown as KpiCard).updateComplete;
    loads.stop();
    // June, won: 1 000 + 2 000 + 1 500 + 700
    expect(loads.at(-1)!.value).to.equal(5200);
    expect(loads.at(-1)!.quality!.counts).to.deep.equal({ cells: 1, parse: 1 });
    await waitUntil(() => part(el, 'note'), 'no note');
    expect(text(part(el, 'note')!.querySelector('summary'))).to.equal('2 of 8 rows left out');
  });

  it('<kpi-funnel>: kpi-load carries the quality, and an empty funnel says why', async () => {
    const loads = collect<{ value: number | null; quality?: DataQuality }>('kpi-load');
    const el = await settled(await fixture(html`
      <kpi-funnel src=${url('crm-hubspot-deals.csv')} stage-order="Appointment scheduled,Closed won" period="2024-05"
        today="2024-06-01" locale="en"></kpi-funnel>`));
    loads.stop();
    // Created in May: 1002 (won), 1005 (appointment), 1006 (won); 1004 was left out. A won deal passed every stage: 3 in the first
    expect(loads.at(-1)!.value).to.equal(3);
    expect(loads.at(-1)!.quality!.rowsUsed).to.equal(5);
    expect(text(part(el, 'note')!.querySelector('summary'))).to.equal('1 of 6 rows left out');
    const empty = await settled(await fixture(html`
      <kpi-funnel src=${url('crm-hubspot-deals.csv')} stage-order="Appointment scheduled,Closed won" period="2024-08"
        today="2024-09-01" locale="en"></kpi-funnel>`));
    expect(text(part(empty, 'empty'))).to.equal('Nothing was created in this period. Rows of the file left out: 1; the data note lists them.');
  });
});

describe('a dashboard hands down how its export is read', () => {
  it('won, lost and date-order on <kpi-dashboard> reach every widget on the shared src; a widget’s own wins', async () => {
    const board = await fixture(html`
      <kpi-dashboard src=${url('crm-spanish-words.csv')} won="Ganada" lost="Perdida por licitación, Descartada, Closed - Lost to competitor"
        period="2024-08" locale="en-GB">
        <kpi-card id="shared" kpi="win-rate" today="2024-12-01"></kpi-card>
        <kpi-card id="own" kpi="win-rate" won="Perdida por licitación" lost="Ganada" today="2024-12-01"></kpi-card>
      </kpi-dashboard>`);
    const shared = await settled(board.querySelector<KpiCard>('#shared')!);
    const own = await settled(board.querySelector<KpiCard>('#own')!);
    // As the card with its own words above: 2 won / (2 + 3 lost) = 40 %.
    expect(text(part(shared, 'value'))).to.equal('40%');
    // The card's own words win: the 2 "won" are now lost and only "Perdida por licitación" rows are won.
    expect(text(part(own, 'value'))).to.not.equal('40%');
  });
});
