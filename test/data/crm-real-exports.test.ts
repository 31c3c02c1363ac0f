/**
 * Issue 13: exports shaped like those of real CRMs, read through the whole
 * data path (fetch from the test server, CSV reader, records, catalogue), each
 * figure worked out by hand from the fixture's rows in the comment above it.
 */
import { expect } from '@open-wc/testing';
import { queryKpi } from '../../src/data/query.js';
import { clearSharedCache } from '../../src/data/cache.js';
import { DataError } from '../../src/data/errors.js';
import { DateOrderError, FieldsError } from '../../src/core/records.js';
import { day } from '../core/sales-dataset.js';

const src = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).href;
const TODAY = day('2026-01-01');

async function kpi(name: string, id: string, period: string, extra: Record<string, unknown> = {}) {
  return queryKpi({ src: src(name), kpi: id, period, compare: 'none', today: TODAY, locale: 'en-GB', ...extra });
}

async function failure(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

afterEach(() => clearSharedCache());

describe('a one-week US export (Dynamics 365 shape)', () => {
  // Actual Close Date 3/1/2024 … 3/7/2024: every day ≤ 12, so the column alone proves nothing.
  // Created On has 2/26/2024 and 3/25/2024, which can only be month-first: the whole file is month-first.
  it('gives March revenue with no attribute, even on a day-first page', async () => {
    // Won in March: 1 200 + 800 + 2 000 = 4 000 (the $ and thousands commas are read as US numbers)
    const result = await kpi('crm-dynamics-us-week.csv', 'revenue', '2024-03');
    expect(result.value).to.equal(4000);
    expect(result.quality.dates).to.deep.equal({ order: 'mdy', by: 'file', ambiguous: 8 });
  });

  it('gives the win rate and a 28-day sales cycle', async () => {
    // won 3, lost 2 (rows 3 and 5): 3 / 5 = 0.6
    expect((await kpi('crm-dynamics-us-week.csv', 'win-rate', '2024-03')).value).to.equal(0.6);
    // Feb 2 → Mar 1, Feb 5 → Mar 4, Feb 7 → Mar 6 in 2024 (29 days in February): 28 days each, mean 28
    expect((await kpi('crm-dynamics-us-week.csv', 'avg-sales-cycle', '2024-03')).value).to.equal(28);
  });

  it('finds its columns by their header words and says so', async () => {
    const { quality } = await kpi('crm-dynamics-us-week.csv', 'revenue', '2024-03');
    expect(quality.columns).to.include({ value: 'Est. Revenue', closed: 'Actual Close Date', created: 'Created On', status: 'Status', owner: 'Owner' });
    expect(quality.found).to.include({ value: 'meaning', closed: 'meaning', created: 'alias', status: 'name' });
    expect([quality.rowsRead, quality.rowsUsed, quality.issues.length]).to.deep.equal([6, 6, 0]);
  });

  it('is read as the date-order attribute says, and the note says the attribute decided', async () => {
    // Read day-first, 3/1/2024 is 3 January: nothing closed in March but 2/26/2024 and 3/25/2024 are not dates.
    const result = await kpi('crm-dynamics-us-week.csv', 'revenue', '2024-01', { dateOrder: 'dmy' });
    // January 3 (row 1, 1 200) and 4 January? no: 3/4/2024 is 3 April. Won closed in January: row 1 (3/1 → 3 Jan) only
    expect(result.value).to.equal(1200);
    expect(result.quality.dates?.by).to.equal('attribute');
    expect(result.quality.counts.date).to.equal(2);
  });
});

describe('a Salesforce Opportunity export with IsWon and IsClosed', () => {
  it('reads won, lost and open from the yes/no columns, whatever the stage is called', async () => {
    // April: won rows 1 (5 000) and 4 (2 500, stage "Vendido", TRUE/TRUE) = 7 500
    expect((await kpi('crm-salesforce-iswon.csv', 'revenue', '2024-04')).value).to.equal(7500);
    // won 2, lost 1 (row 2: IsClosed true, IsWon false; its stage "Closed - Lost to competitor" is no built-in word): 2 / 3
    expect((await kpi('crm-salesforce-iswon.csv', 'win-rate', '2024-04')).value).to.be.closeTo(2 / 3, 1e-12);
  });

  it('weighs the open deals by their Probability column', async () => {
    // Open on 30 April: row 3, 7 000 × 75 % = 5 250, and row 5 (created 2 April), 4 000 × 50 % = 2 000: 7 250
    expect((await kpi('crm-salesforce-iswon.csv', 'weighted-pipeline', '2024-04')).value).to.equal(7250);
  });
});

describe('a HubSpot deals export', () => {
  it('counts the good rows and reports the others', async () => {
    // May: won 1 (1 500), 2 (2 500; closed before it was created, but its revenue is real), 6 (1 000) = 5 000.
    // Row 4 is won with an empty amount: left out.
    const result = await kpi('crm-hubspot-deals.csv', 'revenue', '2024-05');
    expect(result.value).to.equal(5000);
    expect([result.quality.rowsRead, result.quality.rowsUsed]).to.deep.equal([6, 5]);
    expect(result.quality.counts).to.deep.equal({ order: 1, missing: 1 });
    expect(result.quality.issues.map((i) => [i.row, i.field, i.code])).to.deep.equal([[2, 'closed', 'order'], [4, 'value', 'missing']]);
  });

  it('leaves a deal closed before it was created out of the sales cycle', async () => {
    // Row 1: 1 April → 2 May = 31 days; row 6: 1 May → 20 May = 19 days; row 2 left out: (31 + 19) / 2 = 25
    expect((await kpi('crm-hubspot-deals.csv', 'avg-sales-cycle', '2024-05')).value).to.equal(25);
  });

  it('says which values the field has when a filter matches no one', async () => {
    const result = await kpi('crm-hubspot-deals.csv', 'win-rate', '2024-05', { filter: 'owner=Jim Halpert' });
    expect(result.value).to.equal(null);
    // Pam Beesly owns rows 1, 3, 5, 6 and Dwight Schrute row 2 (row 4 was left out): most frequent first
    expect(result.why).to.deep.equal({ reason: 'filter', field: 'owner', values: ['Pam Beesly', 'Dwight Schrute'] });
  });

  it('says that no deal closed in a period, and how many rows were left out', async () => {
    const result = await kpi('crm-hubspot-deals.csv', 'win-rate', '2024-07');
    expect(result.why).to.deep.equal({ reason: 'none', by: 'closed', leftOut: 1 });
  });

  it('asks for stage probabilities when the export has none', async () => {
    const result = await kpi('crm-hubspot-deals.csv', 'weighted-pipeline', '2024-05');
    expect(result.value).to.equal(null);
    expect(result.why).to.deep.equal({ reason: 'probability' });
    // Open on 31 May: row 5, "Appointment scheduled", 900 × 20 % = 180
    const given = await kpi('crm-hubspot-deals.csv', 'weighted-pipeline', '2024-05', { probabilities: { 'Appointment scheduled': 0.2 } });
    expect(given.value).to.equal(180);
  });
});

describe('a vtiger MySQL dump with \\" and \\N', () => {
  const fields = 'closed:closingdate,created:createdtime,owner:smownerid';

  it('reads backslash-escaped quotes and null markers, and survives its two bad lines', async () => {
    // June, won: rows 1 (1 000), 3 (2 000), 5 (1 500), 7 (700) = 5 200.
    // Row 6 has an unquoted 1,200.00 (one cell too many), row 8 is cut off in a quote: both left out.
    const result = await kpi('crm-vtiger-dump.csv', 'revenue', '2024-06', { fields });
    expect(result.value).to.equal(5200);
    expect(result.quality.counts).to.deep.equal({ cells: 1, parse: 1 });
    expect(result.quality.issues.map((i) => [i.row, i.code])).to.deep.equal([[6, 'cells'], [8, 'parse']]);
    expect([result.quality.rowsRead, result.quality.rowsUsed]).to.deep.equal([8, 6]);
    // won 4, lost 1 (row 2): 4 / 5
    expect((await kpi('crm-vtiger-dump.csv', 'win-rate', '2024-06', { fields })).value).to.equal(0.8);
  });

  it('reads \\N as an empty cell: the open deal has no amount and no close date, and no issue', async () => {
    const { dataset, quality } = await kpi('crm-vtiger-dump.csv', 'revenue', '2024-06', { fields });
    const open = dataset.deals.find((d) => d.id === '4')!;
    expect([open.status, open.value, open.closed]).to.deep.equal(['open', 0, null]);
    expect(quality.issues.some((i) => i.row === 4)).to.equal(false);
    expect(dataset.deals.find((d) => d.id === '1')).to.not.equal(undefined);
  });
});

describe('a file without a header row', () => {
  it('says so, with the positional mapping to use', async () => {
    const error = (await failure(() => kpi('crm-headerless.csv', 'revenue', '2024-07'))) as FieldsError;
    expect(error).to.be.instanceOf(FieldsError);
    expect(error.reason).to.equal('no-header');
    // Column 4 is the last column of numbers, 3 holds Won/Lost, 2 the dates.
    expect(error.example).to.equal('value:4,stage:3,closed:2');
    expect(error.message).to.include('seems to have no header row');
  });

  it('is read with fields="value:4,closed:2,stage:3"', async () => {
    // July, won: 1 200 + 800 = 2 000; won 2, lost 1: 2 / 3
    const fields = 'value:4,closed:2,stage:3';
    expect((await kpi('crm-headerless.csv', 'revenue', '2024-07', { fields })).value).to.equal(2000);
    expect((await kpi('crm-headerless.csv', 'win-rate', '2024-07', { fields })).value).to.be.closeTo(2 / 3, 1e-12);
  });
});

describe('won and lost in the user’s words', () => {
  const lost = 'Perdida por licitación,Descartada,Closed - Lost to competitor';

  it('adds the words of won and lost to the built-in ones', async () => {
    // Dates 05/08/2024 … 12/08/2024 prove nothing; an en-GB page reads them day-first: August.
    // Ambiguous: all six but 08/08/2024, which reads the same either way: 5.
    // Won (Ganada): 1 000 + 600 = 1 600; lost: 400 + 200 + 300 (three rows)
    const result = await kpi('crm-spanish-words.csv', 'revenue', '2024-08', { won: 'Ganada', lost });
    expect(result.value).to.equal(1600);
    expect(result.quality.dates).to.deep.equal({ order: 'dmy', by: 'locale', ambiguous: 5 });
    // 2 won / (2 won + 3 lost) = 0.4
    expect((await kpi('crm-spanish-words.csv', 'win-rate', '2024-08', { won: 'Ganada', lost })).value).to.equal(0.4);
  });

  it('counts the unknown words as open without them: no deal closed', async () => {
    const result = await kpi('crm-spanish-words.csv', 'win-rate', '2024-08');
    // "Closed - Lost to competitor" is no built-in word either: everything is open
    expect(result.value).to.equal(null);
    expect(result.why).to.deep.equal({ reason: 'none', by: 'closed', leftOut: 0 });
  });

  it('reads the same dates month-first on an en-US page', async () => {
    // 05/08/2024 month-first is 8 May: nothing in August
    const result = await kpi('crm-spanish-words.csv', 'revenue', '2024-05', { won: 'Ganada', lost, locale: 'en-US' });
    // May 8 (1 000) and May 9? no: 09/08 is 8 September. Won in May: row 1 only
    expect(result.value).to.equal(1000);
    expect(result.quality.dates).to.deep.equal({ order: 'mdy', by: 'locale', ambiguous: 5 });
  });
});

describe('contradicting dates', () => {
  it('are an error naming the columns', async () => {
    const text = 'stage,value,close_date,created\nWon,1,03/25/2024,01/02/2024\nWon,2,04/01/2024,25/03/2024\n';
    const url = `data:text/csv,${encodeURIComponent(text)}`;
    const error = await failure(() => queryKpi({ src: url, kpi: 'revenue', period: '2024-03', today: TODAY }));
    expect(error).to.be.instanceOf(DateOrderError);
    expect((error as DateOrderError).columns).to.deep.equal(['created', 'close_date']);
  });

  it('is not an error for a file whose bad lines are all that is wrong', async () => {
    const text = 'stage,value,close_date\nWon,5,2024-03-02\n"Won,1\n';
    const url = `data:text/csv,${encodeURIComponent(text)}`;
    const result = await queryKpi({ src: url, kpi: 'revenue', period: '2024-03', today: TODAY });
    expect(result.value).to.equal(5);
    expect(result.quality.counts).to.deep.equal({ parse: 1 });
  });

  it('a file with no good row is still one DataError', async () => {
    const url = `data:text/csv,${encodeURIComponent('stage,value\n"Won,1\n')}`;
    expect(await failure(() => queryKpi({ src: url, kpi: 'revenue', period: '2024-03', today: TODAY }))).to.be.instanceOf(DataError);
  });
});
