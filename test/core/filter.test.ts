import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FilterError, applyFilter, parseFilter } from '../../src/core/filter.js';
import type { Dataset, Deal, Lead } from '../../src/core/types.js';

function filterError(text: string): FilterError {
  try {
    parseFilter(text);
  } catch (error) {
    expect(error, text).to.be.instanceOf(FilterError);
    return error as FilterError;
  }
  throw new Error(`expected a FilterError for ${text}`);
}

const deal = (id: string, owner: string, source: string, extra: Partial<Deal> = {}): Deal => ({
  id, status: 'open', stage: 'Demo', value: 0, created: null, closed: null, owner, source, ...extra,
});

const lead = (id: string, owner: string, source: string, extra: Partial<Lead> = {}): Lead => ({
  id, created: 0, contacted: null, assigned: true, qualified: false, opportunity: false, response: null,
  origin: 'marketing', owner, source, ...extra,
});

const DATASET: Dataset = {
  deals: [
    deal('d1', 'Anna Berg', 'web', { stage: 'Won', status: 'won', newCustomer: true }),
    deal('d2', 'Per Lie', 'web', { newCustomer: false }),
    deal('d3', 'anna  berg', 'Fair'),
    deal('d4', '', 'web'),
  ],
  leads: [lead('l1', 'Anna Berg', 'web', { qualified: true }), lead('l2', 'Per Lie', 'fair')],
  activities: [{ id: 'a1', date: 0, type: 'call', owner: 'Per Lie', source: '' }],
  customers: [],
  costs: [{ date: 0, amount: 10, kind: 'sales', owner: 'Anna Berg', source: 'web' }],
  issues: [{ row: 3, field: 'value', value: 'x', code: 'number' }],
};

const ids = (ds: Dataset) => ({
  deals: ds.deals.map((d) => d.id),
  leads: ds.leads.map((l) => l.id),
  activities: ds.activities.map((a) => a.id),
  costs: ds.costs.length,
});

describe('parseFilter', () => {
  it('reads clauses separated by semicolons', () => {
    expect(parseFilter('owner=Anna Berg;source=web')).to.deep.equal({
      clauses: [
        { field: 'owner', negate: false, values: ['anna berg'] },
        { field: 'source', negate: false, values: ['web'] },
      ],
    });
  });

  it('reads != and comma alternatives, trimming spaces', () => {
    expect(parseFilter(' owner = Anna ,  Per Lie ; source != web ;')).to.deep.equal({
      clauses: [
        { field: 'owner', negate: false, values: ['anna', 'per lie'] },
        { field: 'source', negate: true, values: ['web'] },
      ],
    });
  });

  it('reads quoted values with commas, semicolons and doubled quotes, and "" as empty', () => {
    expect(parseFilter('owner="Berg, Anna";source="a;b","say ""hi""";stage=""').clauses).to.deep.equal([
      { field: 'owner', negate: false, values: ['berg, anna'] },
      { field: 'source', negate: false, values: ['a;b', 'say "hi"'] },
      { field: 'stage', negate: false, values: [''] },
    ]);
  });

  it('matches field names case-insensitively and reads yes/no fields', () => {
    expect(parseFilter('Owner=x;NEWCUSTOMER=ja;qualified=No').clauses).to.deep.equal([
      { field: 'owner', negate: false, values: ['x'] },
      { field: 'newCustomer', negate: false, values: ['true'] },
      { field: 'qualified', negate: false, values: ['false'] },
    ]);
  });

  it('gives no clauses for an empty text', () => {
    expect(parseFilter('')).to.deep.equal({ clauses: [] });
    expect(parseFilter(' ; ;')).to.deep.equal({ clauses: [] });
  });

  it('keeps = inside a value', () => {
    expect(parseFilter('source=utm=a').clauses[0]!.values).to.deep.equal(['utm=a']);
  });

  it('throws FilterError with a reason for malformed filters', () => {
    for (const [text, reason, part] of [
      ['owner', 'syntax', 'owner'],
      ['owner=Anna;source', 'syntax', 'source'],
      ['=web', 'syntax', '=web'],
      ['owner="Anna', 'syntax', 'owner="Anna'],
      ['owner="Anna" Berg', 'syntax', 'owner="Anna" Berg'],
      ['ownr=Anna', 'field', 'ownr'],
      ['value=100', 'field', 'value'],
      ['closed=2026-01-01', 'field', 'closed'],
      ['owner=', 'value', 'owner='],
      ['owner=Anna,', 'value', 'owner=Anna,'],
      ['qualified=maybe', 'value', 'maybe'],
    ] as const) {
      const error = filterError(text);
      expect(error.code, text).to.equal('filter');
      expect(error.reason, text).to.equal(reason);
      expect(error.part, text).to.equal(part);
      expect(error.message, text).to.include(part);
    }
  });
});

describe('applyFilter', () => {
  it('filters every kind that has the field, case- and space-insensitively', () => {
    // owner=Anna Berg: deals d1, d3 ("anna  berg"); lead l1; no activity; the cost
    expect(ids(applyFilter(DATASET, parseFilter('owner=Anna Berg')))).to.deep.equal({
      deals: ['d1', 'd3'], leads: ['l1'], activities: [], costs: 1,
    });
  });

  it('ands clauses and ors alternatives', () => {
    // (owner Anna Berg or Per Lie) and source web: d1, d2; l1; activity has source '' -> out; the cost
    expect(ids(applyFilter(DATASET, parseFilter('owner=Anna Berg,Per Lie;source=web')))).to.deep.equal({
      deals: ['d1', 'd2'], leads: ['l1'], activities: [], costs: 1,
    });
  });

  it('keeps the records matching none of the values for !=', () => {
    expect(ids(applyFilter(DATASET, parseFilter('owner!=Anna Berg,Per Lie')))).to.deep.equal({
      deals: ['d4'], leads: [], activities: [], costs: 0,
    });
  });

  it('leaves kinds without the field alone', () => {
    // stage is a deal field only: leads, activities and costs stay
    expect(ids(applyFilter(DATASET, parseFilter('stage=won')))).to.deep.equal({
      deals: ['d1'], leads: ['l1', 'l2'], activities: ['a1'], costs: 1,
    });
  });

  it('matches the empty value and yes/no fields', () => {
    expect(ids(applyFilter(DATASET, parseFilter('owner=""'))).deals).to.deep.equal(['d4']);
    // newCustomer undefined (d3, d4) is neither yes nor no
    expect(ids(applyFilter(DATASET, parseFilter('newCustomer=yes'))).deals).to.deep.equal(['d1']);
    expect(ids(applyFilter(DATASET, parseFilter('newCustomer!=yes'))).deals).to.deep.equal(['d2', 'd3', 'd4']);
    expect(ids(applyFilter(DATASET, parseFilter('qualified=ja'))).leads).to.deep.equal(['l1']);
  });

  it('keeps issues and returns the dataset itself for an empty filter', () => {
    expect(applyFilter(DATASET, parseFilter('owner=Per Lie')).issues).to.equal(DATASET.issues);
    expect(applyFilter(DATASET, parseFilter(''))).to.equal(DATASET);
  });

  it('does not change the dataset it filters', () => {
    applyFilter(DATASET, parseFilter('owner=Per Lie'));
    expect(DATASET.deals).to.have.length(4);
  });

  it('splits a dataset in two with = and != (property)', () => {
    const owners = ['Anna Berg', 'Per Lie', 'Kari', ''];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...owners), { maxLength: 40 }), fc.constantFrom(...owners.slice(0, 3)), (list, who) => {
        const ds: Dataset = { ...DATASET, deals: list.map((o, i) => deal(String(i), o, 'web')) };
        const kept = applyFilter(ds, parseFilter(`owner=${who}`)).deals.length;
        const rest = applyFilter(ds, parseFilter(`owner!=${who}`)).deals.length;
        return kept + rest === list.length && kept === list.filter((o) => o === who).length;
      }),
    );
  });
});
