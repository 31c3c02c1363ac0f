import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dayFromYmd } from '../../src/core/dates.js';
import {
  DateOrderError,
  FieldsError,
  RecordsError,
  inferStatus,
  parseFields,
  parseYesNo,
  requireColumns,
  toDataset,
  toRecords,
} from '../../src/core/records.js';
import type { Deal } from '../../src/core/types.js';

const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day);

function fieldsError(fn: () => unknown): FieldsError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(FieldsError);
    return error as FieldsError;
  }
  throw new Error('expected a FieldsError');
}

describe('parseFields', () => {
  it('reads field:column pairs', () => {
    expect(parseFields('value:close_value,closed:close_date,status:deal_stage')).to.deep.equal({
      value: 'close_value',
      closed: 'close_date',
      status: 'deal_stage',
    });
  });

  it('trims around names, keeps spaces inside columns, skips empty pairs', () => {
    expect(parseFields(' value : close value , closed:Close Date ,')).to.deep.equal({
      value: 'close value',
      closed: 'Close Date',
    });
    expect(parseFields('')).to.deep.equal({});
    expect(parseFields('  ')).to.deep.equal({});
  });

  it('splits at the first colon only and matches field names case-insensitively', () => {
    expect(parseFields('closed:Date: closed')).to.deep.equal({ closed: 'Date: closed' });
    expect(parseFields('VALUE:x,newcustomer:first_deal')).to.deep.equal({ value: 'x', newCustomer: 'first_deal' });
  });

  it('throws FieldsError with a reason for malformed input', () => {
    for (const [input, reason, part] of [
      ['value', 'syntax', 'value'],
      ['value:', 'syntax', 'value:'],
      [':close_value', 'syntax', ':close_value'],
      ['value:a,closed', 'syntax', 'closed'],
      ['valeu:amount', 'unknown-field', 'valeu'],
      ['value:a, Value:b', 'duplicate', 'value'],
    ] as const) {
      const error = fieldsError(() => parseFields(input));
      expect(error.code, input).to.equal('fields');
      expect(error.reason, input).to.equal(reason);
      expect(error.part, input).to.equal(part);
      expect(error.message, input).to.include(part);
    }
  });
});

describe('inferStatus', () => {
  it('knows won and lost in any case, with _ - and extra spaces', () => {
    for (const stage of ['Won', 'won', 'WON', ' Closed Won ', 'closed_won', 'Closed-Won', 'closed   won']) {
      expect(inferStatus(stage), stage).to.equal('won');
    }
    for (const stage of ['Lost', 'Closed Lost', 'closed_lost', 'LOST']) expect(inferStatus(stage), stage).to.equal('lost');
  });

  it('knows the nb, sv, da and nl words', () => {
    for (const stage of ['Vunnet', 'Vunnen', 'Vundet', 'Gewonnen']) expect(inferStatus(stage), stage).to.equal('won');
    for (const stage of ['Tapt', 'Förlorad', 'Tabt', 'Verloren']) expect(inferStatus(stage), stage).to.equal('lost');
  });

  it('calls every other stage open', () => {
    for (const stage of ['Negotiation', 'Prospecting', '', 'Won?', 'Closed']) expect(inferStatus(stage), stage).to.equal('open');
  });

  it('uses the given lists instead of the defaults', () => {
    const options = { won: ['Signed', 'Order placed'], lost: ['no_deal'] };
    expect(inferStatus('signed', options)).to.equal('won');
    expect(inferStatus('Order_Placed', options)).to.equal('won');
    expect(inferStatus('No Deal', options)).to.equal('lost');
    expect(inferStatus('Won', options)).to.equal('open');
    expect(inferStatus('Won', { lost: ['gone'] })).to.equal('won');
  });
});

describe('parseYesNo', () => {
  it('reads yes/no words in five languages', () => {
    for (const yes of ['true', 'Yes', 'y', 'JA', '1', 'x', '✓', 'sant', 'waar']) expect(parseYesNo(yes), yes).to.equal(true);
    for (const no of ['false', 'No', 'n', 'nei', 'nej', 'nee', '0', 'usant', 'falsk', 'onwaar']) expect(parseYesNo(no), no).to.equal(false);
    for (const other of ['', 'maybe', '2']) expect(parseYesNo(other), other).to.equal(null);
  });
});

describe('toRecords: deals', () => {
  const kaggle = {
    opportunity_id: 'D1',
    sales_agent: 'Anna Berg',
    deal_stage: 'Won',
    engage_date: '2026-01-05',
    close_date: '2026-01-20',
    close_value: '1 234,50',
    lead_source: 'web',
  };

  it('finds columns by alias without a mapping', () => {
    const { records, issues } = toRecords([kaggle], 'deals');
    expect(issues).to.deep.equal([]);
    expect(records).to.deep.equal([
      {
        id: 'D1',
        status: 'won',
        stage: 'Won',
        value: 1234.5,
        created: d(2026, 1, 5),
        closed: d(2026, 1, 20),
        owner: 'Anna Berg',
        source: 'web',
      },
    ]);
  });

  it('matches column names ignoring case, spaces and punctuation', () => {
    const row = { 'Deal ID': 'X', STAGE: 'Lost', 'Close Date': '2026-02-01', AMOUNT: '10', 'Owner-Name': 'Per', CreatedDate: '2026-01-01' };
    const [deal] = toRecords([row], 'deals').records;
    expect(deal).to.deep.equal({
      id: 'X', status: 'lost', stage: 'Lost', value: 10, created: d(2026, 1, 1), closed: d(2026, 2, 1), owner: 'Per', source: '',
    });
  });

  it('prefers the canonical name over an alias, and a mapping over both', () => {
    const row = { value: '1', amount: '2', close_value: '3', closed: '2026-01-01', stage: 'Won' };
    expect(toRecords([row], 'deals').records[0]!.value).to.equal(1);
    expect(toRecords([row], 'deals', { fields: { value: 'close_value' } }).records[0]!.value).to.equal(3);
    expect(toRecords([row], 'deals', { fields: { value: 'Close Value' } }).records[0]!.value).to.equal(3);
  });

  it('throws FieldsError when a mapped column is not in the data', () => {
    const error = fieldsError(() => toRecords([kaggle], 'deals', { fields: { value: 'close_valeu' } }));
    expect(error.reason).to.equal('column');
    expect(error.part).to.equal('close_valeu');
    expect(error.columns).to.include('close_value');
    // No rows: nothing to check against.
    expect(toRecords([], 'deals', { fields: { value: 'close_valeu' } }).records).to.deep.equal([]);
  });

  it('reads the status from a status column, else from the stage', () => {
    const rows = [
      { status: 'won', stage: 'Contract', closed: '2026-01-02', value: '5' },
      { status: 'Lost', stage: 'Contract', closed: '2026-01-02' },
      { status: 'open', stage: 'Won', closed: '' },
      { status: '', stage: 'Closed Won', closed: '2026-01-03', value: '7' },
    ];
    expect(toRecords(rows, 'deals').records.map((r) => r.status)).to.deep.equal(['won', 'lost', 'open', 'won']);
  });

  it('reads the status from the stage column a mapping names', () => {
    const rows = [{ deal_stage: 'Closed Won', close_date: '2026-01-02', amount: '5' }];
    const [deal] = toRecords(rows, 'deals', { fields: parseFields('status:deal_stage') }).records;
    expect(deal!.status).to.equal('won');
    expect(deal!.stage).to.equal('Closed Won');
  });

  it('keeps "won"/"lost" in a status column with custom stage lists', () => {
    const rows = [
      { status: 'won', closed: '2026-01-02', value: '1' },
      { stage: 'Signed', closed: '2026-01-02', value: '1' },
      { stage: 'Won', closed: '2026-01-02', value: '1' },
    ];
    const { records } = toRecords(rows, 'deals', { wonStages: ['Signed'], lostStages: ['Dropped'] });
    expect(records.map((r) => r.status)).to.deep.equal(['won', 'won', 'open']);
  });

  it('skips won and lost deals without a closed date, and won deals without a value, reporting row and field', () => {
    const rows = [
      { id: 'a', stage: 'Won', closed: '', value: '100' }, //       row 1: won, no close date     -> skipped
      { id: 'b', stage: 'Lost', closed: '', value: '' }, //         row 2: lost, no close date    -> skipped
      { id: 'c', stage: 'Won', closed: '2026-01-10', value: '' }, //  row 3: won, no value          -> skipped
      { id: 'd', stage: 'Won', closed: '2026-01-10', value: 'abc' }, // row 4: won, bad value       -> skipped
      { id: 'e', stage: 'Won', closed: '2026-02-30', value: '5' }, //  row 5: won, no such date     -> skipped
      { id: 'f', stage: 'Lost', closed: '2026-01-11', value: '' }, //  row 6: lost, empty value     -> kept, 0
      { id: 'g', stage: 'Demo', closed: '', value: '' }, //           row 7: open, empty value      -> kept, 0
      { id: 'h', stage: 'Demo', closed: 'soon', value: 'lots' }, //   row 8: open, bad date+value   -> kept
      { id: 'i', stage: 'Won', closed: '2026-01-12', value: '9', created: 'yesterday' }, // row 9: bad created -> kept
    ];
    const { records, issues } = toRecords(rows, 'deals');
    expect(issues).to.deep.equal([
      { row: 1, field: 'closed', value: '', code: 'missing' },
      { row: 2, field: 'closed', value: '', code: 'missing' },
      { row: 3, field: 'value', value: '', code: 'missing' },
      { row: 4, field: 'value', value: 'abc', code: 'number' },
      { row: 5, field: 'closed', value: '2026-02-30', code: 'date' },
      { row: 8, field: 'closed', value: 'soon', code: 'date' },
      { row: 8, field: 'value', value: 'lots', code: 'number' },
      { row: 9, field: 'created', value: 'yesterday', code: 'date' },
    ]);
    expect(records.map((r) => [r.id, r.value, r.closed, r.created])).to.deep.equal([
      ['f', 0, d(2026, 1, 11), null],
      ['g', 0, null, null],
      ['h', 0, null, null],
      ['i', 9, d(2026, 1, 12), null],
    ]);
  });

  it('numbers the rows from 1 and uses the row number when there is no id', () => {
    const { records } = toRecords([{ stage: 'Demo' }, { stage: 'Demo', id: '' }, { stage: 'Demo', id: 'Z' }], 'deals');
    expect(records.map((r) => r.id)).to.deep.equal(['1', '2', 'Z']);
  });

  it('reports rows that are not objects', () => {
    const rows = [null, ['a'], { stage: 'Demo' }] as unknown as Record<string, unknown>[];
    const { records, issues } = toRecords(rows, 'deals');
    expect(records).to.have.length(1);
    expect(issues).to.deep.equal([
      { row: 1, field: '*', value: '', code: 'missing' },
      { row: 2, field: '*', value: '[…]', code: 'missing' },
    ]);
  });

  it('takes JSON numbers and Excel serial dates as they are', () => {
    const [deal] = toRecords([{ stage: 'Won', closed: 46031, created: '2026-01-01', value: 1234.5 }], 'deals').records;
    // Excel serial 46031 = 1899-12-30 + 46031 days = 2026-01-09
    expect(deal!.closed).to.equal(d(2026, 1, 9));
    expect(deal!.value).to.equal(1234.5);
  });

  it('reads optional fields only when the export has them', () => {
    const rows = [
      { stage: 'Demo', probability: '60', forecast: '1 000', mrr: '99,5', new_customer: 'ja' },
      { stage: 'Demo', probability: '60 %', forecast: '', mrr: '', new_customer: 'nei' },
      { stage: 'Demo', probability: '0.25', forecast: 'x', mrr: '1', new_customer: '' },
      { stage: 'Demo', probability: '150', forecast: '1', mrr: '1', new_customer: 'maybe' },
    ];
    const { records, issues } = toRecords(rows, 'deals', { decimal: ',' });
    const picked = records.map(({ probability, forecast, mrr, newCustomer }) => ({ probability, forecast, mrr, newCustomer }));
    expect(picked).to.deep.equal([
      { probability: 0.6, forecast: 1000, mrr: 99.5, newCustomer: true },
      { probability: 0.6, forecast: undefined, mrr: undefined, newCustomer: false },
      { probability: 0.25, forecast: undefined, mrr: 1, newCustomer: undefined },
      { probability: undefined, forecast: 1, mrr: 1, newCustomer: undefined },
    ]);
    expect(issues).to.deep.equal([
      { row: 3, field: 'forecast', value: 'x', code: 'number' },
      { row: 4, field: 'probability', value: '150', code: 'number' },
      { row: 4, field: 'newCustomer', value: 'maybe', code: 'status' },
    ]);
    const plain: Deal = toRecords([{ stage: 'Demo' }], 'deals').records[0]!;
    expect(Object.keys(plain)).to.deep.equal(['id', 'status', 'stage', 'value', 'created', 'closed', 'owner', 'source']);
  });

  it('reads the decimal separator the numeric columns prove together', () => {
    const rows = [
      { stage: 'Demo', value: '1,234', probability: '' },
      { stage: 'Demo', value: '2,500', probability: '0,5' }, // 0,5 can only be a decimal comma
    ];
    expect(toRecords(rows, 'deals').records.map((r) => r.value)).to.deep.equal([1.234, 2.5]);
    // Without the proof the lone comma before 3 digits is a thousands mark...
    expect(toRecords(rows.map(({ stage, value }) => ({ stage, value })), 'deals').records.map((r) => r.value)).to.deep.equal([1234, 2500]);
    // ...and the option overrides both.
    expect(toRecords(rows, 'deals', { decimal: '.' }).records.map((r) => r.value)).to.deep.equal([1234, 2500]);
  });

  it('refuses a file whose date columns prove both orders, unless it is told the order', () => {
    const rows = [
      { stage: 'Won', value: '1', closed: '03/04/2026', created: '03/04/2026' },
      { stage: 'Won', value: '1', closed: '03/25/2026', created: '25/03/2026' },
    ];
    // closed has 03/25 (month first), created has 25/03 (day first): one export cannot mean both
    expect(() => toRecords(rows, 'deals')).to.throw(DateOrderError);
    const dayFirst = toRecords(rows, 'deals', { dateFormat: 'DD/MM/YYYY' });
    // 03/25/2026 read day-first is month 25: no such date, row 2 is dropped
    expect(dayFirst.records.map((r) => r.closed)).to.deep.equal([d(2026, 4, 3)]);
    expect(dayFirst.issues).to.deep.equal([{ row: 2, field: 'closed', value: '03/25/2026', code: 'date' }]);
  });

  it('trims texts and turns numbers in text fields into strings', () => {
    const [deal] = toRecords([{ id: 17, stage: ' Demo ', owner: '  Anna Berg ', source: null }], 'deals').records;
    expect(deal).to.include({ id: '17', stage: 'Demo', owner: 'Anna Berg', source: '' });
  });

  it('truncates a long bad value in the issue', () => {
    const { issues } = toRecords([{ stage: 'Won', closed: '2026-01-01', value: 'x'.repeat(500) }], 'deals');
    expect(issues[0]!.value).to.have.length(201);
  });

  it('keeps or reports every row, whatever the cells hold', () => {
    const cell = fc.oneof(fc.string(), fc.constant(''), fc.double(), fc.constantFrom('Won', 'Lost', '2026-01-05', '1 234,5'));
    const row = fc.record({ stage: cell, value: cell, closed: cell, created: cell, probability: cell });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const { records, issues } = toRecords(rows, 'deals');
        // Without an id column a record's id is its row number.
        const kept = new Set(records.map((r) => Number(r.id)));
        const reported = new Set(issues.map((i) => i.row));
        return (
          rows.every((_, i) => kept.has(i + 1) || reported.has(i + 1)) &&
          records.every((r) => Number.isFinite(r.value) && (r.status === 'open' || r.closed !== null))
        );
      }),
    );
  });
});

describe('toRecords: leads', () => {
  it('reads leads with the defaults of absent columns', () => {
    const rows = [
      { lead_id: 'L1', created_at: '2026-03-01', first_contact: '2026-03-02', owner: 'Anna', sql: 'yes', converted: '1', reply: 'positive', lead_origin: 'Inbound', channel: 'web' },
      { lead_id: 'L2', created_at: '2026-03-03', first_contact: '', owner: '', sql: '', converted: 'nei', reply: 'Nej', lead_origin: 'Outbound', channel: '' },
      { lead_id: 'L3', created_at: '2026-03-04', first_contact: 'later', owner: 'Per', sql: 'perhaps', converted: '', reply: 'who knows', lead_origin: 'partner', channel: '' },
    ];
    const { records, issues } = toRecords(rows, 'leads');
    expect(records).to.deep.equal([
      { id: 'L1', created: d(2026, 3, 1), contacted: d(2026, 3, 2), assigned: true, qualified: true, opportunity: true, response: 'positive', origin: 'marketing', owner: 'Anna', source: 'web' },
      { id: 'L2', created: d(2026, 3, 3), contacted: null, assigned: false, qualified: false, opportunity: false, response: 'negative', origin: 'sales', owner: '', source: '' },
      { id: 'L3', created: d(2026, 3, 4), contacted: null, assigned: true, qualified: false, opportunity: false, response: null, origin: 'marketing', owner: 'Per', source: '' },
    ]);
    expect(issues).to.deep.equal([
      { row: 3, field: 'contacted', value: 'later', code: 'date' },
      { row: 3, field: 'qualified', value: 'perhaps', code: 'status' },
      { row: 3, field: 'response', value: 'who knows', code: 'status' },
      { row: 3, field: 'origin', value: 'partner', code: 'status' },
    ]);
  });

  it('skips leads without a created date', () => {
    const { records, issues } = toRecords([{ created: '' }, { created: 'x' }, { created: '2026-01-01', assigned: 'no', owner: 'Anna', response_hours: '2,5' }], 'leads');
    expect(records).to.have.length(1);
    expect(records[0]).to.include({ assigned: false, responseHours: 2.5 });
    expect(issues).to.deep.equal([
      { row: 1, field: 'created', value: '', code: 'missing' },
      { row: 2, field: 'created', value: 'x', code: 'date' },
    ]);
  });
});

describe('toRecords: activities, customers, costs', () => {
  it('reads activities and skips those without a date', () => {
    const { records, issues } = toRecords(
      [{ activity_type: 'call', date: '05.03.2026', owner: 'Anna' }, { activity_type: 'email', date: '' }],
      'activities',
    );
    expect(records).to.deep.equal([{ id: '1', date: d(2026, 3, 5), type: 'call', owner: 'Anna', source: '' }]);
    expect(issues).to.deep.equal([{ row: 2, field: 'date', value: '', code: 'missing' }]);
  });

  it('reads customers; a bad start, end or mrr skips the row, an empty one does not', () => {
    const rows = [
      { customer_id: 'C1', start_date: '2025-01-01', churn_date: '', mrr: '1 000', gross_margin: '70 %' },
      { customer_id: 'C2', start_date: '', churn_date: '2026-02-01', mrr: '' },
      { customer_id: 'C3', start_date: '2025-01-01', churn_date: 'gone', mrr: '5' },
      { customer_id: 'C4', start_date: '2025-01-01', churn_date: '', mrr: 'much' },
    ];
    const { records, issues } = toRecords(rows, 'customers');
    expect(records).to.deep.equal([
      { id: 'C1', start: d(2025, 1, 1), end: null, mrr: 1000, margin: 0.7, owner: '', source: '' },
      { id: 'C2', start: null, end: d(2026, 2, 1), mrr: 0, owner: '', source: '' },
    ]);
    expect(issues).to.deep.equal([
      { row: 3, field: 'end', value: 'gone', code: 'date' },
      { row: 4, field: 'mrr', value: 'much', code: 'number' },
    ]);
  });

  it('reads costs; amount and date are required, kind defaults to marketing', () => {
    const rows = [
      { date: '2026-03-01', cost: 'kr 12 000', category: 'Markedsføring', leads_generated: '40' },
      { date: '2026-03-02', cost: '500', category: 'Salg' },
      { date: '2026-03-03', cost: '', category: '' },
      { date: '', cost: '7', category: 'events' },
    ];
    const { records, issues } = toRecords(rows, 'costs');
    expect(records).to.deep.equal([
      { date: d(2026, 3, 1), amount: 12000, kind: 'marketing', leads: 40, owner: '', source: '' },
      { date: d(2026, 3, 2), amount: 500, kind: 'sales', owner: '', source: '' },
    ]);
    expect(issues).to.deep.equal([
      { row: 3, field: 'amount', value: '', code: 'missing' },
      // a skipped row reports what made it skip; its other cells are not read
      { row: 4, field: 'date', value: '', code: 'missing' },
    ]);
  });
});

describe('toDataset', () => {
  it('puts an array of rows under the given kind', () => {
    const ds = toDataset([{ stage: 'Demo' }], 'deals');
    expect(ds.deals).to.have.length(1);
    expect([ds.leads, ds.activities, ds.customers, ds.costs, ds.issues]).to.deep.equal([[], [], [], [], []]);
  });

  it('reads every kind of an object and tags the issues with their kind', () => {
    const ds = toDataset(
      {
        deals: [{ stage: 'Won', value: '1' }],
        leads: [{ created: '2026-01-01' }, { created: '' }],
        ignored: [{ x: 1 }],
      },
      'costs',
    );
    // The deals have no closed column at all: the won deal is kept, undated
    // (a KPI that reads the close date refuses the export: requireColumns).
    expect(ds.deals).to.have.length(1);
    expect(ds.deals[0]).to.include({ status: 'won', value: 1, closed: null });
    expect(ds.leads).to.have.length(1);
    expect(ds.costs).to.deep.equal([]);
    expect(ds.issues).to.deep.equal([{ row: 2, field: 'created', value: '', code: 'missing', kind: 'leads' }]);
  });

  it('finds rows under a wrapper key', () => {
    expect(toDataset({ data: [{ stage: 'Demo' }] }, 'deals').deals).to.have.length(1);
    expect(toDataset({ results: [{ date: '2026-01-01' }] }, 'activities').activities).to.have.length(1);
  });

  it('throws RecordsError when there are no rows', () => {
    for (const doc of [null, 42, 'text', { hello: 'world' }, { deals: 'no' }]) {
      expect(() => toDataset(doc, 'deals'), JSON.stringify(doc)).to.throw(RecordsError).with.property('code', 'records');
    }
  });

  it('accepts a mapped column that only some kinds have', () => {
    const doc = { deals: [{ stage: 'Demo', rep: 'Anna' }], leads: [{ created: '2026-01-01' }] };
    const ds = toDataset(doc, 'deals', { fields: { owner: 'rep' } });
    expect(ds.deals[0]!.owner).to.equal('Anna');
    expect(() => toDataset(doc, 'deals', { fields: { owner: 'agent' } })).to.throw(FieldsError);
  });
});

describe('Nordic and Dutch column names', () => {
  // The header a Norwegian Excel "Save as CSV" of the demo deals has, and its sv, da and nl counterparts.
  const exports: Record<string, Record<string, string>> = {
    nb: { Avtale: 'A-1', Selger: 'Kari Nord', Fase: 'Vunnet', Opprettet: '05.01.2026', Lukket: '20.01.2026', Beløp: '12 500,00' },
    sv: { Affär: 'A-1', Säljare: 'Kari Nord', Fas: 'Vunnen', Skapad: '2026-01-05', Stängd: '2026-01-20', Belopp: '12 500,00' },
    da: { Aftale: 'A-1', Sælger: 'Kari Nord', Fase: 'Vundet', Oprettet: '05-01-2026', Lukket: '20-01-2026', Beløb: '12.500,00' },
    nl: { Deal: 'A-1', Verkoper: 'Kari Nord', Fase: 'Gewonnen', Aangemaakt: '05-01-2026', Gesloten: '20-01-2026', Bedrag: '12.500,00' },
  };

  for (const [lang, row] of Object.entries(exports)) {
    it(`reads a ${lang} export without fields`, () => {
      const ds = toDataset([row], 'deals');
      expect(ds.issues).to.deep.equal([]);
      expect(ds.deals[0]).to.deep.include({
        status: 'won', value: 12500, created: d(2026, 1, 5), closed: d(2026, 1, 20), owner: 'Kari Nord',
      });
    });
  }

  it('reads costs, activities and sources under their Nordic names', () => {
    expect(toDataset([{ Dato: '2026-02-01', Kostnad: '1 000' }], 'costs').costs[0]).to.deep.include({ date: d(2026, 2, 1), amount: 1000 });
    expect(toDataset([{ Datum: '2026-02-01', Kosten: '250' }], 'costs').costs[0]).to.deep.include({ date: d(2026, 2, 1), amount: 250 });
    expect(toDataset([{ Datum: '2026-02-01', Ägare: 'Eva' }], 'activities').activities[0]).to.deep.include({ date: d(2026, 2, 1), owner: 'Eva' });
    expect(toDataset([{ Fase: 'Demo', Kilde: 'web' }], 'deals').deals[0]).to.deep.include({ stage: 'Demo', source: 'web' });
  });

  it('still prefers the English name when both are there', () => {
    expect(toDataset([{ Beløp: '1', value: '2', stage: 'Won', closed: '2026-01-01' }], 'deals').deals[0]!.value).to.equal(2);
  });
});

describe('the columns of a dataset', () => {
  const header = { Deal: 'A-1', Rep: 'Kari', Phase: 'Won', Opened: '2026-01-05', Shut: '2026-01-20', Sum: '12 500' };

  it('records the columns of each kind with rows, the field each is read as, and what the others hold', () => {
    const ds = toDataset({ deals: [{ id: 'D1', stage: 'Won', ...header }], leads: [] }, 'deals');
    expect(ds.columns).to.deep.equal({
      deals: {
        keys: ['id', 'stage', 'Deal', 'Rep', 'Phase', 'Opened', 'Shut', 'Sum'],
        // Rep is an owner by the words of its header; the others have no word that says what they are.
        fields: { id: 'id', stage: 'stage', owner: 'Rep' },
        how: { id: 'name', stage: 'name', owner: 'meaning' },
        looks: { Deal: 'text', Phase: 'stage', Opened: 'date', Shut: 'date', Sum: 'number' },
      },
    });
  });

  it('takes the columns of the first 100 rows: a JSON key of one row counts', () => {
    const ds = toDataset([{ stage: 'Won' }, { stage: 'Won', value: '5' }], 'deals');
    expect(ds.columns!.deals!.fields).to.deep.include({ stage: 'stage', value: 'value' });
  });
});

describe('requireColumns', () => {
  const needs = { deals: [['value'], ['stage', 'status'], ['closed']] } as const;

  it('names the first field without a column, what was looked for, the columns and a mapping', () => {
    const rows = [{ Deal: 'A-1', Rep: 'Kari', Phase: 'Won', Opened: '05.01.2026', Shut: '20.01.2026', Sum: '12 500,00' }];
    const error = fieldsError(() => requireColumns(toDataset(rows, 'deals'), needs));
    expect(error.reason).to.equal('missing');
    expect(error.attribute).to.equal('fields');
    expect(error.part).to.equal('value');
    expect(error.fields).to.deep.equal(['value']);
    expect(error.kind).to.equal('deals');
    expect(error.looked.slice(0, 6)).to.deep.equal(['value', 'amount', 'close_value', 'deal_value', 'deal_amount', 'beløp']);
    expect(error.columns).to.deep.equal(['Deal', 'Rep', 'Phase', 'Opened', 'Shut', 'Sum']);
    expect(error.example).to.equal('value:Sum');
    expect(error.message).to.equal(
      'The data has no column for value (looked for value, amount, close_value, deal_value, deal_amount, beløp, belopp, beløb, …). ' +
        'Its columns are: Deal, Rep, Phase, Opened, Shut, Sum. Map one with fields, e.g. fields="value:Sum".',
    );
  });

  it('suggests a column of the right sort: a won/lost word for the stage, the last date for the close date', () => {
    // "Step" says nothing a header-word rule knows: only its won/lost words suggest it.
    const base = { Deal: 'A-1', Step: 'Lost', Opened: '2026-01-05', Shut: '2026-01-20', Sum: '5' };
    const stage = fieldsError(() => requireColumns(toDataset([base], 'deals', { fields: { value: 'Sum' } }), needs));
    expect([stage.part, stage.fields, stage.example]).to.deep.equal(['stage', ['stage', 'status'], 'stage:Step']);
    const closed = fieldsError(() => requireColumns(toDataset([base], 'deals', { fields: { value: 'Sum', stage: 'Step' } }), needs));
    expect([closed.part, closed.example]).to.deep.equal(['closed', 'closed:Shut']);
    // Nothing of the right sort: the first column nothing is read from.
    const none = fieldsError(() => requireColumns(toDataset([{ Deal: 'A-1', Sum: '5' }], 'deals', { fields: { value: 'Sum' } }), needs));
    expect(none.example).to.equal('stage:Deal');
    // The activities file given where deals are read: no column holds amounts, no mapping to suggest.
    const wrong = fieldsError(() => requireColumns(toDataset([{ id: 'A1', date: '2026-03-02', type: 'call', owner: 'Kari' }], 'deals'), needs));
    expect([wrong.part, wrong.example, wrong.columns]).to.deep.equal(['value', '', ['id', 'date', 'type', 'owner']]);
    expect(wrong.message).to.equal(
      'The data has no column for value (looked for value, amount, close_value, deal_value, deal_amount, beløp, belopp, beløb, …), ' +
        'and none of its columns looks like one: id, date, type, owner. Check that src is the right file.',
    );
  });

  it('is content with one of the alternatives, and with a mapped column', () => {
    const ds = toDataset([{ Sum: '5', status: 'won', Shut: '2026-01-20' }], 'deals', { fields: { value: 'Sum', closed: 'Shut' } });
    expect(() => requireColumns(ds, needs)).not.to.throw();
  });

  it('does not count a column that is there but empty in some rows as missing', () => {
    const rows = [
      { stage: 'Won', closed: '2026-01-20', value: '' },
      { stage: 'Won', closed: '2026-01-21', value: '7' },
    ];
    const ds = toDataset(rows, 'deals');
    expect(() => requireColumns(ds, needs)).not.to.throw();
    expect(ds.issues).to.deep.equal([{ row: 1, field: 'value', value: '', code: 'missing', kind: 'deals' }]);
    // Empty in every row is still a column the export has.
    expect(() => requireColumns(toDataset([{ stage: 'Won', closed: '', value: '' }], 'deals'), needs)).not.to.throw();
  });

  it('keeps won deals of an export without a value or closed column: an empty cell is a bad row, an absent column is not', () => {
    const { records, issues } = toRecords([{ stage: 'Won' }, { stage: 'Lost' }, { stage: 'Demo' }], 'deals');
    expect(issues).to.deep.equal([]);
    expect(records.map((r) => [r.status, r.value, r.closed])).to.deep.equal([['won', 0, null], ['lost', 0, null], ['open', 0, null]]);
  });

  it('checks only kinds the document has rows of, and nothing on a dataset built by hand', () => {
    expect(() => requireColumns(toDataset({ leads: [{ created: '2026-01-01' }], deals: [] }, 'deals'), needs)).not.to.throw();
    expect(() => requireColumns(toDataset([], 'deals'), needs)).not.to.throw();
    const byHand = { deals: [], leads: [], activities: [], customers: [], costs: [], issues: [] };
    expect(() => requireColumns(byHand, needs)).not.to.throw();
    expect(() => requireColumns(toDataset([{ x: '1' }], 'deals'), undefined)).not.to.throw();
  });
});

describe('FieldsError', () => {
  it('carries what a translated message needs for every reason', () => {
    const syntax = fieldsError(() => parseFields('value=close_value'));
    expect([syntax.reason, syntax.part, syntax.attribute]).to.deep.equal(['syntax', 'value=close_value', 'fields']);
    const unknown = fieldsError(() => parseFields('valeu:amount'));
    expect(unknown.options).to.include.members(['value', 'closed', 'stage', 'mrr']);
    const column = fieldsError(() => toDataset([{ Avtale: 'A', Beløp: '1' }], 'deals', { fields: { value: 'belop' } }));
    expect([column.reason, column.part, column.columns]).to.deep.equal(['column', 'belop', ['Avtale', 'Beløp']]);
    expect(column.message).to.equal('The column "belop" named in fields is not in the data. Its columns are: Avtale, Beløp.');
  });
});
