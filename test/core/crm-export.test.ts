/**
 * Acceptance: a CRM export shaped like the common "CRM sales opportunities"
 * data (opportunity_id, sales_agent, product, account, deal_stage, engage_date,
 * close_date, close_value), 22 rows over 2017-Q1..Q3, as CSV and as JSON, read
 * with the `fields` an editor would write and computed by the catalogue.
 *
 * The rows, by data row number (the first row after the header is row 1):
 *
 * | row | stage       | engaged    | closed     | value | days                 |
 * |-----|-------------|------------|------------|-------|----------------------|
 * |  1  | Won         | 2017-01-05 | 2017-01-20 |  1000 | 15                   |
 * |  2  | Won         | 2017-01-10 | 2017-02-09 |  2000 | 21 + 9 = 30          |
 * |  3  | Lost        | 2017-01-15 | 2017-02-14 |     0 |                      |
 * |  4  | Won         | 2017-02-01 | 2017-03-03 |   500 | 27 + 3 = 30          |
 * |  5  | Lost        | 2017-02-20 | 2017-03-22 |     0 |                      |
 * |  6  | Won         | 2017-03-01 | 2017-04-10 |  4000 | 30 + 10 = 40         |
 * |  7  | Lost        | 2017-03-10 | 2017-04-15 |     0 |                      |
 * |  8  | Won         | 2017-04-03 | 2017-05-03 |  1500 | 30                   |
 * |  9  | Lost        | 2017-04-20 | 2017-05-25 |     0 |                      |
 * | 10  | Won         | 2017-05-02 | 2017-06-06 |  2500 | 29 + 6 = 35          |
 * | 11  | Won         | 2017-05-10 | 2017-06-31 |  3000 | BAD: no such date    |
 * | 12  | Lost        | 2017-05-15 | 2017-06-20 |     0 |                      |
 * | 13  | Won         | 2017-06-01 | 2017-07-05 |  1200 | 29 + 5 = 34          |
 * | 14  | Won         | 2017-06-10 | 2017-07-12 |       | BAD: no value        |
 * | 15  | Won         | 2017-07-01 | 2017-08-15 |   800 | 30 + 15 = 45         |
 * | 16  | Lost        | 2017-07-10 | 2017-08-20 |     0 |                      |
 * | 17  | Lost        | 2017-08-01 | 2017-09-05 |     0 |                      |
 * | 18  | Won         | 2017-08-05 | 2017-09-14 |  3300 | 26 + 14 = 40         |
 * | 19  | Engaging    | 2017-08-20 |            |       | open                 |
 * | 20  | Prospecting |            |            |       | open, not engaged    |
 * | 21  | Engaging    | 2017-09-01 |            |       | open                 |
 * | 22  | Prospecting |            |            |       | open, not engaged    |
 *
 * Rows 11 and 14 are reported and left out; the other 20 count: 9 won, 7 lost, 4 open.
 */
import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/data/csv.js';
import { parseFields, toDataset } from '../../src/core/records.js';
import { evaluateKpi, kpiSeries } from '../../src/core/evaluate.js';
import { parsePeriod } from '../../src/core/periods.js';
import type { Dataset } from '../../src/core/types.js';
import { day, range } from './sales-dataset.js';

const FIELDS = 'value:close_value,closed:close_date,created:engage_date,stage:deal_stage,owner:sales_agent,id:opportunity_id';
const Q1_TO_Q3 = range('2017-01-01', '2017-09-30');
const period = (expr: string) => parsePeriod(expr, { today: day('2026-01-01') });

async function fixture(name: string): Promise<Response> {
  const response = await fetch(new URL(`../fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response;
}

async function fromCsv(): Promise<Dataset> {
  const rows = await parseCsv(await (await fixture('crm-export.csv')).text());
  return toDataset(rows, 'deals', { fields: parseFields(FIELDS) });
}

async function fromJson(): Promise<Dataset> {
  return toDataset(await (await fixture('crm-export.json')).json(), 'deals', { fields: parseFields(FIELDS) });
}

for (const [format, load] of [['CSV', fromCsv], ['JSON', fromJson]] as const) {
  describe(`CRM export as ${format}`, () => {
    let ds: Dataset;
    before(async () => {
      ds = await load();
    });

    it('reports the two bad rows by row number and keeps the other 20', () => {
      expect(ds.issues).to.deep.equal([
        { row: 11, field: 'closed', value: '2017-06-31', code: 'date', kind: 'deals' },
        { row: 14, field: 'value', value: '', code: 'missing', kind: 'deals' },
      ]);
      const count = (status: string) => ds.deals.filter((d) => d.status === status).length;
      expect(ds.deals).to.have.length(20);
      expect([count('won'), count('lost'), count('open')]).to.deep.equal([9, 7, 4]);
      expect(ds.deals[0]).to.include({ id: '1C1I7A6R', owner: 'Moses Frase', stage: 'Won', value: 1000 });
    });

    it('computes the win rate', () => {
      const { value } = evaluateKpi(ds, 'win-rate', { period: period('2017-01-01/2017-09-30'), compare: 'none' });
      // won rows 1 2 4 6 8 10 13 15 18 = 9; lost rows 3 5 7 9 12 16 17 = 7; 9 / (9 + 7) = 0.5625
      expect(value).to.equal(9 / 16);
    });

    it('computes the average deal value', () => {
      const { value } = evaluateKpi(ds, 'avg-deal-value', { period: period('2017-01-01/2017-09-30'), compare: 'none' });
      // (1000 + 2000 + 500 + 4000 + 1500 + 2500 + 1200 + 800 + 3300) / 9 = 16800 / 9 = 1866.67
      expect(value).to.be.closeTo(16800 / 9, 1e-9);
    });

    it('computes the average sales cycle', () => {
      const { value } = evaluateKpi(ds, 'avg-sales-cycle', { period: period('2017-01-01/2017-09-30'), compare: 'none' });
      // (15 + 30 + 30 + 40 + 30 + 35 + 34 + 45 + 40) / 9 = 299 / 9 = 33.22 days
      expect(value).to.be.closeTo(299 / 9, 1e-9);
    });

    it('computes revenue per month', () => {
      // by close month; June loses row 11 (3000) and July row 14 to the bad data
      expect(kpiSeries(ds, 'revenue', Q1_TO_Q3, 'month')).to.deep.equal([
        { date: '2017-01', value: 1000 },
        { date: '2017-02', value: 2000 },
        { date: '2017-03', value: 500 },
        { date: '2017-04', value: 4000 },
        { date: '2017-05', value: 1500 },
        { date: '2017-06', value: 2500 },
        { date: '2017-07', value: 1200 },
        { date: '2017-08', value: 800 },
        { date: '2017-09', value: 3300 },
      ]);
    });

    it('computes the win rate per quarter', () => {
      // Q1 closed: won rows 1 2 4, lost 3 5        -> 3 / 5 = 0.6
      // Q2 closed: won rows 6 8 10, lost 7 9 12    -> 3 / 6 = 0.5
      // Q3 closed: won rows 13 15 18, lost 16 17   -> 3 / 5 = 0.6
      expect(kpiSeries(ds, 'win-rate', Q1_TO_Q3, 'quarter')).to.deep.equal([
        { date: '2017-Q1', value: 0.6 },
        { date: '2017-Q2', value: 0.5 },
        { date: '2017-Q3', value: 0.6 },
      ]);
    });

    it('compares a quarter with the one before in points', () => {
      const r = evaluateKpi(ds, 'win-rate', { period: period('2017-Q2'), compare: 'previous-period' });
      // 0.5 − 0.6 = −0.1 -> −10 points, bad for a win rate
      expect(r.value).to.equal(0.5);
      expect(r.previous).to.equal(0.6);
      expect(r.delta!.points).to.be.closeTo(-10, 1e-9);
      expect(r.delta!.sentiment).to.equal('bad');
    });
  });
}

describe('CRM export: CSV and JSON', () => {
  it('give the same figures', async () => {
    const [csv, json] = await Promise.all([fromCsv(), fromJson()]);
    expect(json.deals).to.deep.equal(csv.deals);
    expect(json.issues).to.deep.equal(csv.issues);
    for (const id of ['win-rate', 'avg-deal-value', 'avg-sales-cycle', 'revenue', 'hit-rate', 'opportunities-created']) {
      expect(kpiSeries(json, id, Q1_TO_Q3, 'month'), id).to.deep.equal(kpiSeries(csv, id, Q1_TO_Q3, 'month'));
    }
  });
});
