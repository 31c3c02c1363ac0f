/**
 * Issue 13, the reading rules of the core on small hand-made exports: one date
 * order per file, columns by header words and by position, yes/no status
 * columns, the user's won/lost words, null markers, stage probabilities, the
 * data quality and why a KPI has no value.
 */
import { expect } from '@open-wc/testing';
import { localeDateOrder, orderEvidence, parseDate } from '../../src/core/date-parse.js';
import { DateOrderError, FieldsError, headerWords, isNullMarker, requireColumns, toDataset } from '../../src/core/records.js';
import { parseProbabilities } from '../../src/core/probabilities.js';
import { dataQuality, rowsLeftOut, worthNoting } from '../../src/core/quality.js';
import { whyEmpty } from '../../src/core/why-empty.js';
import { getKpi } from '../../src/core/catalogue.js';
import { evaluateKpi } from '../../src/core/evaluate.js';
import { parseFilter } from '../../src/core/filter.js';
import { parsePeriod } from '../../src/core/periods.js';
import { day, range } from './sales-dataset.js';

const MARCH_2024 = range('2024-03-01', '2024-03-31');
const revenue = getKpi('revenue')!;

describe('dates: one order per file', () => {
  it('counts what each value proves', () => {
    // 25/03 only day-first, 3/25 only month-first, 3/4 either way, 4/4 the same both ways, ISO nothing
    expect(orderEvidence(['25/03/2024', '3/25/2024', '3/4/2024', '4/4/2024', '2024-03-04', 7])).to.deep.equal({ dmy: 1, mdy: 1, ambiguous: 1 });
  });

  it('takes the order of the locale when the file proves none', () => {
    expect(localeDateOrder('en-US')).to.equal('mdy');
    for (const locale of ['en-GB', 'nb-NO', 'sv-SE', 'da-DK', 'nl-NL']) expect(localeDateOrder(locale), locale).to.equal('dmy');
  });

  it('lets one column prove the order of another', () => {
    // closed alone (every day ≤ 12) proves nothing; created has 2/26/2024
    const rows = [
      { status: 'won', value: '1', closed: '3/1/2024', created: '2/26/2024' },
      { status: 'won', value: '2', closed: '3/4/2024', created: '2/5/2024' },
    ];
    const ds = toDataset(rows, 'deals', { locale: 'nb-NO' });
    expect(ds.deals.map((d) => d.closed)).to.deep.equal([day('2024-03-01'), day('2024-03-04')]);
    // 3/1, 3/4 and 2/5 could be read either way
    expect(ds.dates).to.deep.equal({ order: 'mdy', by: 'file', ambiguous: 3 });
  });

  it('lets a column of another kind in the same document vote', () => {
    const doc = { deals: [{ status: 'won', value: '1', closed: '3/4/2024' }], leads: [{ created: '3/25/2024' }] };
    expect(toDataset(doc, 'deals', { locale: 'en-GB' }).deals[0]!.closed).to.equal(day('2024-03-04'));
  });

  it('reads ambiguous dates by the locale, and says so', () => {
    const rows = [{ status: 'won', value: '1', closed: '3/4/2024' }];
    expect(toDataset(rows, 'deals', { locale: 'en-US' }).deals[0]!.closed).to.equal(day('2024-03-04'));
    const gb = toDataset(rows, 'deals', { locale: 'en-GB' });
    expect(gb.deals[0]!.closed).to.equal(day('2024-04-03'));
    expect(gb.dates).to.deep.equal({ order: 'dmy', by: 'locale', ambiguous: 1 });
    // Nothing to say about a file of ISO dates
    expect(toDataset([{ status: 'won', value: '1', closed: '2024-03-04' }], 'deals').dates).to.equal(undefined);
  });

  it('refuses columns that prove both orders, and takes date-order over everything', () => {
    const rows = [{ status: 'won', value: '1', closed: '3/25/2024', created: '25/2/2024' }];
    expect(() => toDataset(rows, 'deals')).to.throw(DateOrderError).with.deep.property('columns', ['created', 'closed']);
    const told = toDataset(rows, 'deals', { dateOrder: 'mdy' });
    // 25/2/2024 cannot be month-first: reported, the deal kept without a created date
    expect(told.deals[0]!.closed).to.equal(day('2024-03-25'));
    expect(told.issues).to.deep.equal([{ row: 1, field: 'created', value: '25/2/2024', code: 'date', kind: 'deals' }]);
  });

  it('reads ymd with a two-digit year only when told', () => {
    expect(parseDate('24/03/05', 'YYYY/MM/DD')).to.equal(day('2024-03-05'));
    expect(toDataset([{ status: 'won', value: '1', closed: '24/03/05' }], 'deals', { dateOrder: 'ymd' }).deals[0]!.closed).to.equal(day('2024-03-05'));
  });
});

describe('columns by meaning and by position', () => {
  it('splits headers into words at spaces, punctuation and camelCase', () => {
    expect(headerWords('Est. close date')).to.deep.equal(['est', 'close', 'date']);
    expect(headerWords('CloseDate')).to.deep.equal(['close', 'date']);
    expect(headerWords('Amount (converted)')).to.deep.equal(['amount', 'converted']);
  });

  it('takes the header with the fewest other words, then the leftmost, and never a column a name took', () => {
    // "Est. close date, customer time" has 3 words besides close and date, "Actual Close Date" 1.
    const row = { 'Est. close date, customer time': '2024-03-09', 'Actual Close Date': '2024-03-10', 'Amount (converted)': '5', Status: 'won', 'Opportunity Owner': 'Kari' };
    const { columns } = toDataset([row], 'deals');
    expect(columns!.deals!.fields).to.include({ closed: 'Actual Close Date', value: 'Amount (converted)', owner: 'Opportunity Owner', status: 'Status' });
    expect(columns!.deals!.how).to.include({ closed: 'meaning', value: 'meaning', status: 'name' });
    // Expected Revenue is amount × probability: never the value
    expect(toDataset([{ 'Expected Revenue': '5', stage: 'Won' }], 'deals').columns!.deals!.fields.value).to.equal(undefined);
    // Created By is a person, not a date
    expect(toDataset([{ 'Created By': 'Kari', stage: 'Won' }], 'deals').columns!.deals!.fields.created).to.equal(undefined);
  });

  it('maps by position: value:3 is the third column', () => {
    const ds = toDataset([{ a: 'Won', b: '2024-03-02', c: '700' }], 'deals', { fields: { value: '3', closed: '2', stage: '1' } });
    expect(ds.deals[0]).to.deep.include({ status: 'won', value: 700, closed: day('2024-03-02') });
  });

  it('says that a file with columns 1, 2, 3… has no header row, with the mapping to use', () => {
    const ds = toDataset([{ 1: '7', 2: '2024-03-02', 3: 'Won', 4: '700' }], 'deals');
    const run = () => requireColumns(ds, revenue.needs);
    expect(run).to.throw(FieldsError).with.property('reason', 'no-header');
    expect(run).to.throw(FieldsError).with.property('example', 'value:4,stage:3,closed:2');
  });
});

describe('won, lost and open', () => {
  const closed = '2024-03-05';

  it('reads IsWon with IsClosed', () => {
    const rows = [
      { IsWon: 'true', IsClosed: 'true', Amount: '10', CloseDate: closed },
      { IsWon: 'false', IsClosed: 'true', Amount: '20', CloseDate: closed },
      { IsWon: 'false', IsClosed: 'false', Amount: '30', CloseDate: closed },
    ];
    expect(toDataset(rows, 'deals').deals.map((d) => d.status)).to.deep.equal(['won', 'lost', 'open']);
  });

  it('reads a status column of yes/no words in five languages; not won with a close date is lost', () => {
    const words = ['TRUE', 'FALSE', '1', '0', 'yes', 'no', 'ja', 'nei', 'nej', 'waar', 'onwaar'];
    const rows = words.map((w) => ({ won: w, value: '1', closed }));
    const ds = toDataset(rows, 'deals', { fields: { status: 'won' } });
    expect(ds.deals.map((d) => d.status)).to.deep.equal(['won', 'lost', 'won', 'lost', 'won', 'lost', 'won', 'lost', 'lost', 'won', 'lost']);
    // Without a close date a deal not won is still open
    expect(toDataset([{ won: 'FALSE' }], 'deals', { fields: { status: 'won' } }).deals[0]!.status).to.equal('open');
  });

  it('adds the user’s won and lost words to the built-in ones', () => {
    const rows = ['Ganada', 'Perdida por licitación', 'Descartada', 'Closed - Lost to competitor', 'Closed Won', 'Negociación']
      .map((stage) => ({ stage, value: '1', closed }));
    const ds = toDataset(rows, 'deals', { wonWords: ['Ganada'], lostWords: ['Perdida por licitación', 'Descartada', 'Closed - Lost to competitor'] });
    expect(ds.deals.map((d) => d.status)).to.deep.equal(['won', 'lost', 'lost', 'lost', 'won', 'open']);
  });
});

describe('null markers', () => {
  it('are \\N, NULL, null, N/A, n/a, - and #N/A', () => {
    for (const marker of ['\\N', 'NULL', 'null', 'N/A', 'n/a', '-', ' #N/A ']) expect(isNullMarker(marker), marker).to.equal(true);
    for (const value of ['None', 'N', '0', '--5', 'Nils']) expect(isNullMarker(value), value).to.equal(false);
  });

  it('are empty cells: no owner called \\N, no issue for an open deal without amount', () => {
    const ds = toDataset([{ stage: 'Demo', value: '\\N', closed: 'NULL', owner: '\\N' }], 'deals');
    expect(ds.deals[0]).to.deep.include({ value: 0, closed: null, owner: '' });
    expect(ds.issues).to.deep.equal([]);
  });
});

describe('stage probabilities', () => {
  it('reads stage:percent pairs', () => {
    expect(parseProbabilities('Prospecting:10, Proposal:50 %,Stage: with colon:0.5')).to.deep.equal({ Prospecting: 0.1, Proposal: 0.5, 'Stage: with colon': 0.5 });
    expect(parseProbabilities('Prospecting')).to.equal(null);
    expect(parseProbabilities('Prospecting:150')).to.equal(null);
    expect(parseProbabilities(':10')).to.equal(null);
  });
});

describe('data quality', () => {
  it('counts rows read, used and left out, and each reason', () => {
    const rows = [
      { stage: 'Won', value: '100', closed: '2024-03-02', created: '2024-03-05' },
      { stage: 'Won', value: '', closed: '2024-03-03' },
      { stage: 'Won', value: 'abc', closed: '2024-03-04' },
      { stage: 'Demo', value: '5' },
    ];
    const ds = toDataset(rows, 'deals', { readIssues: [{ row: 3, field: '*', value: '"x', code: 'parse' }], rowNumbers: [1, 2, 4, 5] });
    const q = dataQuality(ds, 'deals');
    // 4 rows given + 1 the CSV reader left out = 5 read; rows 2 (empty value) and 4 (unreadable value) of a won deal dropped: 2 used
    expect([q.rowsRead, q.rowsUsed, rowsLeftOut(q)]).to.deep.equal([5, 2, 3]);
    expect(q.counts).to.deep.equal({ parse: 1, order: 1, missing: 1, number: 1 });
    expect(q.issues.map((i) => [i.row, i.code])).to.deep.equal([[1, 'order'], [2, 'missing'], [3, 'parse'], [4, 'number']]);
    expect(worthNoting(q)).to.equal(true);
    expect(worthNoting(dataQuality(toDataset([{ stage: 'Won', value: '1', closed: '2024-03-02' }], 'deals'), 'deals'))).to.equal(false);
  });
});

describe('why a KPI has no value', () => {
  const rows = [
    { stage: 'Won', value: '100', closed: '2024-03-02', created: '2024-03-05', owner: 'Kari' },
    { stage: 'Lost', value: '100', closed: '2024-03-03', created: '2024-02-01', owner: 'Ola' },
    { stage: 'Demo', value: '50', created: '2024-03-01', owner: 'Kari' },
  ];
  const all = toDataset(rows, 'deals');

  it('names the filter and the values its field has', () => {
    const filter = parseFilter('owner=Jim');
    // Kari owns 2 rows, Ola 1: most frequent first
    expect(whyEmpty({ all, filter, kpi: getKpi('win-rate')!, range: MARCH_2024 })).to.deep.equal({ reason: 'filter', field: 'owner', values: ['Kari', 'Ola'] });
  });

  it('says when the period ends before the data starts, or has not begun', () => {
    // The earliest day any row carries is 2024-02-01 (the lost deal's created date): January ends before it.
    expect(whyEmpty({ all, kpi: getKpi('win-rate')!, range: range('2024-01-01', '2024-01-31') }))
      .to.deep.equal({ reason: 'before', start: day('2024-02-01') });
    // February begins on the data's first day: nothing closed in it is a real "none".
    expect(whyEmpty({ all, kpi: getKpi('win-rate')!, range: range('2024-02-01', '2024-02-29') }).reason).to.equal('none');
    // April 2024 seen on 15 March 2024 has not begun; seen on 1 April it has.
    const april = range('2024-04-01', '2024-04-30');
    expect(whyEmpty({ all, kpi: getKpi('win-rate')!, range: april, today: day('2024-03-15') })).to.deep.equal({ reason: 'future' });
    expect(whyEmpty({ all, kpi: getKpi('win-rate')!, range: april, today: day('2024-04-01') }).reason).to.equal('none');
  });

  it('asks for probabilities when no open deal has one', () => {
    expect(whyEmpty({ all, kpi: getKpi('weighted-pipeline')!, range: MARCH_2024 })).to.deep.equal({ reason: 'probability' });
    const period = parsePeriod('2024-03', { today: day('2024-06-01') });
    expect(evaluateKpi(all, 'weighted-pipeline', { period, compare: 'none' }).value).to.equal(null);
    // Demo 50 × 40 % = 20
    expect(evaluateKpi(all, 'weighted-pipeline', { period, compare: 'none', probabilities: { demo: 0.4 } }).value).to.equal(20);
    expect(whyEmpty({ all, kpi: getKpi('weighted-pipeline')!, range: MARCH_2024, context: { probabilities: { Demo: 0.4 } } }).reason).to.equal('none');
  });

  it('says when every deal won in the period closed before it was created', () => {
    expect(whyEmpty({ all, kpi: getKpi('avg-sales-cycle')!, range: MARCH_2024 })).to.deep.equal({ reason: 'order' });
  });

  it('says that nothing closed, or was created, and how many rows were left out', () => {
    const april = range('2024-04-01', '2024-04-30');
    expect(whyEmpty({ all, kpi: getKpi('win-rate')!, range: april, leftOut: 2 })).to.deep.equal({ reason: 'none', by: 'closed', leftOut: 2 });
    expect(whyEmpty({ all, kpi: getKpi('hit-rate')!, range: april })).to.deep.equal({ reason: 'none', by: 'created', leftOut: 0 });
  });
});
