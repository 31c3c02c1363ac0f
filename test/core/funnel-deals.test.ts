import { expect } from '@open-wc/testing';
import { dayFromYmd } from '../../src/core/dates.js';
import { checkStageOrder, funnelFromDataset, funnelFromDeals, parseStageOrder, StageOrderError } from '../../src/core/funnel-deals.js';
import { FieldsError, toDataset } from '../../src/core/records.js';
import type { Deal, DealStatus } from '../../src/core/types.js';

function deal(id: string, status: DealStatus, stage: string, created: number | null): Deal {
  return { id, status, stage, value: 100, created, closed: null, owner: 'Anna Berg', source: 'web' };
}

describe('parseStageOrder', () => {
  it('splits on commas, trims and drops blanks', () => {
    expect(parseStageOrder(' Prospecting, Engaging ,,Won ')).to.deep.equal(['Prospecting', 'Engaging', 'Won']);
  });
  it('gives no stages for nothing', () => {
    expect(parseStageOrder(undefined)).to.deep.equal([]);
    expect(parseStageOrder(' , ')).to.deep.equal([]);
  });
});

describe('funnelFromDeals', () => {
  const order = ['Prospecting', 'Engaging', 'Won'];
  const deals = [
    deal('a', 'open', 'Prospecting', 10),
    deal('b', 'open', 'Engaging', 20),
    deal('c', 'won', 'Won', 30),
    deal('d', 'open', 'Engaging', 40),
    deal('e', 'open', 'Engaging', null),
  ];

  it('counts every deal without a range', () => {
    // reached Prospecting: a b c d e = 5; Engaging: b c d e = 4; Won: c = 1
    expect(funnelFromDeals(deals, order).map((s) => s.value)).to.deep.equal([5, 4, 1]);
  });

  it('keeps only deals created in the range, both ends included', () => {
    // created 20..30: b (Engaging) and c (won) → Prospecting 2, Engaging 2, Won 1
    expect(funnelFromDeals(deals, order, { start: 20, end: 30 }).map((s) => s.value)).to.deep.equal([2, 2, 1]);
  });

  it('leaves a deal without a created date out of a period funnel', () => {
    // range 0..100 holds a b c d, not e → 4, 3, 1
    expect(funnelFromDeals(deals, order, { start: 0, end: 100 }).map((s) => s.value)).to.deep.equal([4, 3, 1]);
  });

  it('gives zero counts when no deal is in the range', () => {
    expect(funnelFromDeals(deals, order, { start: 500, end: 600 }).map((s) => s.value)).to.deep.equal([0, 0, 0]);
  });

  it('gives no stages without a stage order', () => {
    expect(funnelFromDeals(deals, [])).to.deep.equal([]);
  });
});

describe('funnelFromDataset', () => {
  const order = ['Prospecting', 'Engaging', 'Won'];
  const march = { start: dayFromYmd(2026, 3, 1), end: dayFromYmd(2026, 3, 31) };

  it('counts the deals of an export that has a stage column', () => {
    const ds = toDataset([
      { Fase: 'Prospecting', Opprettet: '2026-03-02' },
      { Fase: 'Won', Opprettet: '2026-03-05' },
      { Fase: 'Won', Opprettet: '2026-02-05' },
    ], 'deals');
    // In March: one in Prospecting, one Won; a won deal passed every stage before it.
    expect(funnelFromDataset(ds, order, march).map((s) => s.value)).to.deep.equal([2, 1, 1]);
    expect(funnelFromDataset(toDataset([{ stage: 'Won', value: '5' }], 'deals'), order).map((s) => s.amount)).to.deep.equal([5, 5, 5]);
  });

  it('refuses an export without a stage column instead of putting every deal in the first stage', () => {
    const ds = toDataset([{ Deal: 'A', Step: 'Won', created: '2026-03-02' }], 'deals');
    expect(() => funnelFromDataset(ds, order)).to.throw(FieldsError).with.property('part', 'stage');
  });

  it('needs a created date only when a period picks the deals', () => {
    const ds = toDataset([{ stage: 'Won' }], 'deals');
    expect(funnelFromDataset(ds, order).map((s) => s.value)).to.deep.equal([1, 1, 1]);
    // No value column: the amounts are unknown, not 0.
    expect(funnelFromDataset(ds, order)[0]).to.not.have.property('amount');
    expect(() => funnelFromDataset(ds, order, march)).to.throw(FieldsError).with.property('part', 'created');
  });
});

describe('checkStageOrder', () => {
  const deals = [deal('1', 'open', 'Prospecting', null), deal('2', 'won', 'Won', null), deal('3', 'open', ' engaging ', null)];

  it('passes names every one of which some deal has, case and spaces ignored', () => {
    expect(() => checkStageOrder(deals, ['prospecting', 'Engaging', 'WON'])).not.to.throw();
  });

  it('passes a stage that is only empty, when every open deal’s stage is named', () => {
    expect(() => checkStageOrder(deals, ['Prospecting', 'Engaging', 'Proposal', 'Won'])).not.to.throw();
  });

  it('names the ones no deal has and lists the data’s stages', () => {
    try {
      checkStageOrder(deals, ['Prospect', 'Engaging', 'Closed Won']);
      expect.fail('no error');
    } catch (error) {
      expect(error).to.be.instanceOf(StageOrderError);
      expect((error as StageOrderError).unknown).to.deep.equal(['Prospect', 'Closed Won']);
      expect((error as StageOrderError).stages).to.deep.equal(['Prospecting', 'Won', 'engaging']);
    }
  });

  it('says nothing about a dataset without deals (an empty funnel is shown as empty)', () => {
    expect(() => checkStageOrder([], ['A'])).not.to.throw();
  });
});
