import { expect } from '@open-wc/testing';
import {
  FunnelDoc, GoalDoc, GoalsDoc, KpiValueDoc, RecordsDoc, SchemaError, SeriesDoc, validate,
} from '../../src/core/schemas.js';

/** The SchemaError validate() throws, or a failure when it throws none. */
function schemaError(run: () => unknown): SchemaError {
  try {
    run();
  } catch (e) {
    expect(e).to.be.instanceOf(SchemaError);
    return e as SchemaError;
  }
  throw new Error('expected a SchemaError');
}

describe('validate', () => {
  it('returns the typed document when it fits', () => {
    const doc = validate(KpiValueDoc, { value: 182400, previous: 171000, format: 'currency', currency: 'NOK', unit: 'ignored' });
    // typed: value is number | null
    const value: number | null = doc.value;
    expect(value).to.equal(182400);
    expect(doc.currency).to.equal('NOK');
  });

  it('throws a SchemaError with code, readable path and plain message', () => {
    const error = schemaError(() =>
      validate(FunnelDoc, { stages: [{ label: 'Leads', value: 1200 }, { label: 'Qualified', value: 420 }, { label: 'Won', value: '48' }] }));
    expect(error.code).to.equal('schema');
    expect(error.issues).to.deep.equal([
      { path: 'stages[2].value', code: 'invalid_type', message: 'expected a number, got a text' },
    ]);
    expect(error.message).to.contain('stages[2].value: expected a number');
  });

  it('says what is missing', () => {
    const error = schemaError(() => validate(KpiValueDoc, { previous: 3 }));
    expect(error.issues[0]).to.include({ path: 'value', message: 'expected a number, but it is missing' });
  });

  it('names both shapes a union accepts when the document is neither', () => {
    const error = schemaError(() => validate(FunnelDoc, 5));
    expect(error.issues).to.deep.equal([{ path: '', code: 'invalid_type', message: 'expected an array or an object, got 5' }]);
  });

  it('reports several issues and caps the message', () => {
    const error = schemaError(() => validate(SeriesDoc, [1, 2, 3, 4, 5].map(() => ({ date: 'May', value: 'x' }))));
    // two issues per point
    expect(error.issues).to.have.length(10);
    expect(error.message).to.contain('(and 7 more)');
  });
});

describe('KpiValueDoc', () => {
  it('accepts null for a value the backend does not have yet', () => {
    expect(validate(KpiValueDoc, { value: null }).value).to.equal(null);
  });

  it('accepts a sparkline series', () => {
    const doc = validate(KpiValueDoc, { value: 1, series: [{ date: '2026-01', value: 120 }, { date: '2026-02', value: null }] });
    expect(doc.series).to.have.length(2);
  });

  it('rejects an unknown format and a currency that is not a code', () => {
    const error = schemaError(() => validate(KpiValueDoc, { value: 1, format: 'percentage', currency: 'kroner' }));
    expect(error.issues.map((i) => i.path)).to.deep.equal(['format', 'currency']);
    expect(error.issues[0]!.message).to.equal(
      'expected one of "number", "currency", "percent", "compact", "days", "points", got a text');
    expect(error.issues[1]!.message).to.equal('expected a 3-letter currency code such as NOK, got a text');
  });

  it('rejects infinite and NaN numbers', () => {
    expect(schemaError(() => validate(KpiValueDoc, { value: Number.NaN })).issues[0]!.path).to.equal('value');
    expect(schemaError(() => validate(KpiValueDoc, { value: Infinity })).issues[0]!.path).to.equal('value');
  });
});

describe('SeriesDoc', () => {
  it('accepts every bucket key a trend uses', () => {
    const dates = ['2026', '2026-Q1', '2026-03', '2026-W12', '2026-W53', '2026-03-05'];
    expect(validate(SeriesDoc, dates.map((date) => ({ date, value: 1 })))).to.have.length(6);
  });

  it('rejects other dates with the path of the point', () => {
    for (const date of ['2026-13', '2026-Q5', '2026-W54', '2026-3', '03/2026', '2026-03-32']) {
      const error = schemaError(() => validate(SeriesDoc, [{ date: '2026-01', value: 1 }, { date, value: 2 }]));
      expect(error.issues[0]!.path, date).to.equal('[1].date');
      expect(error.issues[0]!.message).to.match(/^expected a date like 2026-03/);
    }
  });

  it('accepts an empty series', () => {
    expect(validate(SeriesDoc, [])).to.deep.equal([]);
  });
});

describe('GoalDoc', () => {
  const goal = { label: 'Q1 revenue', value: 1240000, target: 1500000, start: '2026-01-01', end: '2026-03-31' };

  it('accepts a SMART goal', () => {
    expect(validate(GoalDoc, { ...goal, baseline: 0, pace: 'working', holidays: ['2026-01-01'] }).target).to.equal(1500000);
  });

  it('rejects a day that does not exist', () => {
    const error = schemaError(() => validate(GoalDoc, { ...goal, start: '2026-02-30' }));
    // one issue: the end is not also blamed for coming "before" a date that does not exist
    expect(error.issues).to.deep.equal([{ path: 'start', code: 'custom', message: 'expected a real calendar date' }]);
  });

  it('rejects a date in another notation', () => {
    const error = schemaError(() => validate(GoalDoc, { ...goal, end: '31.03.2026' }));
    expect(error.issues[0]).to.include({ path: 'end', message: 'expected a date written YYYY-MM-DD, got a text' });
  });

  it('rejects an end before the start', () => {
    const error = schemaError(() => validate(GoalDoc, { ...goal, end: '2025-12-31' }));
    expect(error.issues).to.deep.equal([{ path: 'end', code: 'custom', message: 'expected a date on or after start' }]);
  });
});

describe('GoalsDoc', () => {
  it('takes a list of goals or { goals }, a year as a number, and says where a row is wrong', () => {
    const goal = { owner: 'Kari Nordmann', kpi: 'revenue', period: 2026, target: 3650000 };
    expect(validate(GoalsDoc, [goal, { kpi: 'win-rate', period: '2026-Q1', target: 0.4, baseline: 0.3 }])).to.have.length(2);
    expect(validate(GoalsDoc, { goals: [goal] })).to.deep.equal({ goals: [goal] });
    const error = schemaError(() => validate(GoalsDoc, [goal, { ...goal, target: '3 650 000' }]));
    // Issue 17: a schema error names a text by its shape, never its content (as for GoalDoc above).
    expect(error.issues.map((i) => [i.path, i.message])).to.deep.equal([['[1].target', 'expected a number, got a text']]);
  });
});

describe('FunnelDoc', () => {
  const stages = [
    { label: 'Leads', value: 1200 },
    { label: 'Qualified', value: 420, probability: 0.3, avgDays: 12, amount: 840000 },
    { label: 'Won', value: 48 },
  ];

  it('accepts an array of stages or an object with stages', () => {
    expect(validate(FunnelDoc, stages)).to.have.length(3);
    expect((validate(FunnelDoc, { stages }) as { stages: unknown[] }).stages).to.have.length(3);
  });

  it('reports a bad stage in an array with its index', () => {
    const error = schemaError(() => validate(FunnelDoc, [{ label: 'Leads', value: -1 }, { label: 'Won', value: 2, probability: 1.5 }]));
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      '[0].value: expected at least 0, got -1',
      '[1].probability: expected at most 1, got 1.5',
    ]);
  });

  it('reports an object without stages', () => {
    const error = schemaError(() => validate(FunnelDoc, { steps: stages }));
    expect(error.issues[0]).to.include({ path: 'stages', message: 'expected an array, but it is missing' });
  });
});

describe('RecordsDoc', () => {
  it('accepts rows, or rows per record kind', () => {
    expect(validate(RecordsDoc, [{ close_value: '1 200', deal_stage: 'Won' }])).to.have.length(1);
    expect(validate(RecordsDoc, { deals: [{ value: 1 }], customers: [] })).to.have.property('deals');
  });

  it('rejects an object that holds no record kind', () => {
    const error = schemaError(() => validate(RecordsDoc, { rows: [] }));
    expect(error.issues[0]!.message).to.equal('expected an array of rows, or an object with deals, leads, activities, customers or costs');
  });

  it('calls a row that is not an object by its place', () => {
    expect(schemaError(() => validate(RecordsDoc, { deals: [{}, 1] })).issues[0]).to.include({
      path: 'deals[1]',
      message: 'expected an object, got 1',
    });
    expect(schemaError(() => validate(RecordsDoc, [['a', 'b']])).issues[0]).to.include({
      path: '[0]',
      message: 'expected an object, got an array',
    });
  });
});

describe('JSON Schema', () => {
  it('converts every document schema, as scripts/schemas.mjs publishes them', async () => {
    const { toJSONSchema } = await import('zod/mini');
    for (const schema of [KpiValueDoc, SeriesDoc, GoalDoc, FunnelDoc, RecordsDoc]) {
      const json = toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
      expect(json.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    }
    const goal = toJSONSchema(GoalDoc, { io: 'input' }) as { required: string[] };
    expect(goal.required).to.deep.equal(['value', 'target', 'start', 'end']);
  });
});
