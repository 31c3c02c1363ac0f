import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { analyzeFunnel, stageCountsFromDeals, weightedPipeline } from '../../src/core/funnel.js';
import type { Deal, DealStatus } from '../../src/core/types.js';

function deal(id: string, status: DealStatus, stage: string, value: number, probability?: number): Deal {
  return { id, status, stage, value, created: null, closed: null, owner: 'Anna Berg', source: 'web', probability };
}

describe('analyzeFunnel', () => {
  it('computes shares, conversions, drop-off and the bottleneck of the design example', () => {
    const f = analyzeFunnel([
      { label: 'Leads', value: 1200 },
      { label: 'Qualified', value: 420 },
      { label: 'Won', value: 48 },
    ]);
    const [leads, qualified, won] = f.stages;
    // total 1200 + 420 + 48 = 1668
    expect(leads.share).to.be.closeTo(1200 / 1668, 1e-12); // 0.7194
    expect(qualified.share).to.be.closeTo(420 / 1668, 1e-12); // 0.2518
    expect(won.share).to.be.closeTo(48 / 1668, 1e-12); // 0.0288
    // first stage has no previous
    expect(leads.fromPrevious).to.equal(null);
    expect(leads.dropOff).to.equal(null);
    expect(leads.dropOffRate).to.equal(null);
    expect(leads.fromFirst).to.equal(1);
    // 420 / 1200 = 0.35; 1200 - 420 = 780; 780 / 1200 = 0.65
    expect(qualified.fromPrevious).to.equal(0.35);
    expect(qualified.fromFirst).to.equal(0.35);
    expect(qualified.dropOff).to.equal(780);
    expect(qualified.dropOffRate).to.equal(0.65);
    // 48 / 420 = 0.1143; 48 / 1200 = 0.04; 420 - 48 = 372; 372 / 420 = 0.8857
    expect(won.fromPrevious).to.be.closeTo(0.114286, 1e-6);
    expect(won.fromFirst).to.equal(0.04);
    expect(won.dropOff).to.equal(372);
    expect(won.dropOffRate).to.be.closeTo(0.885714, 1e-6);
    // 0.1143 < 0.35: Qualified -> Won is the bottleneck
    expect(f.bottleneckIndex).to.equal(2);
    expect(f.stages.map((s) => s.bottleneck)).to.deep.equal([false, false, true]);
    // 48 / 1200 = 0.04
    expect(f.overall).to.equal(0.04);
    expect(f.weightedTotal).to.equal(null);
    expect(won.weighted).to.equal(null);
  });

  it('keeps the stage inputs on the analysed stages', () => {
    const f = analyzeFunnel([{ label: 'Leads', value: 10, avgDays: 3.5, amount: 100, probability: 0.1 }]);
    expect(f.stages[0]).to.include({ label: 'Leads', value: 10, avgDays: 3.5, amount: 100, probability: 0.1 });
  });

  it('picks the earliest stage on a tie', () => {
    // 50 / 100 = 0.5, 25 / 50 = 0.5, 20 / 25 = 0.8: tie between stages 1 and 2
    const f = analyzeFunnel([
      { label: 'Lead', value: 100 },
      { label: 'Qualified', value: 50 },
      { label: 'Proposal', value: 25 },
      { label: 'Won', value: 20 },
    ]);
    expect(f.bottleneckIndex).to.equal(1);
    expect(f.stages.filter((s) => s.bottleneck)).to.have.length(1);
  });

  it('weights the money in each stage by its probability', () => {
    const f = analyzeFunnel([
      { label: 'Lead', value: 100, amount: 500000, probability: 0.1 },
      { label: 'Qualified', value: 50, amount: 400000, probability: 0.3 },
      { label: 'Proposal', value: 25, amount: 300000, probability: 0.6 },
      { label: 'Negotiation', value: 12, amount: 200000 },
    ]);
    // 500000 * 0.1 = 50000; 400000 * 0.3 = 120000; 300000 * 0.6 = 180000
    expect(f.stages.map((s) => s.weighted)).to.deep.equal([50000, 120000, 180000, null]);
    // 50000 + 120000 + 180000 = 350000
    expect(f.weightedTotal).to.equal(350000);
  });

  it('ignores a probability outside 0..1', () => {
    const f = analyzeFunnel([{ label: 'Lead', value: 10, amount: 1000, probability: 40 }]);
    expect(f.stages[0].weighted).to.equal(null);
    expect(f.weightedTotal).to.equal(null);
  });

  it('returns an empty analysis for no stages', () => {
    expect(analyzeFunnel([])).to.deep.equal({ stages: [], bottleneckIndex: null, overall: null, weightedTotal: null });
  });

  it('a single stage has no conversion, no bottleneck and no overall rate', () => {
    const f = analyzeFunnel([{ label: 'Leads', value: 40 }]);
    // 40 / 40 = 1
    expect(f.stages[0].share).to.equal(1);
    expect(f.stages[0].fromFirst).to.equal(1);
    expect(f.bottleneckIndex).to.equal(null);
    expect(f.overall).to.equal(null);
  });

  it('gives no conversion from an empty stage instead of Infinity or NaN', () => {
    const f = analyzeFunnel([
      { label: 'Leads', value: 0 },
      { label: 'Qualified', value: 0 },
    ]);
    expect(f.stages[0].share).to.equal(null); // 0 / 0
    expect(f.stages[0].fromFirst).to.equal(null);
    expect(f.stages[1].fromPrevious).to.equal(null);
    expect(f.stages[1].dropOff).to.equal(0);
    expect(f.stages[1].dropOffRate).to.equal(null);
    expect(f.bottleneckIndex).to.equal(null);
    expect(f.overall).to.equal(null);
  });

  it('a stage that empties out is the bottleneck at 0', () => {
    // 0 / 100 = 0; the next stage has no base (0) and is skipped
    const f = analyzeFunnel([
      { label: 'Leads', value: 100 },
      { label: 'Qualified', value: 0 },
      { label: 'Won', value: 0 },
    ]);
    expect(f.stages[1].fromPrevious).to.equal(0);
    expect(f.stages[1].dropOffRate).to.equal(1);
    expect(f.stages[2].fromPrevious).to.equal(null);
    expect(f.bottleneckIndex).to.equal(1);
    expect(f.overall).to.equal(0);
  });

  it('a single step (two stages) has no bottleneck: there is no other step to compare it with', () => {
    // 150 / 100 = 1.5 and 40 / 100 = 0.4: each is the only step, so neither is "the worst"
    const growing = analyzeFunnel([
      { label: 'A', value: 100 },
      { label: 'B', value: 150 },
    ]);
    expect(growing.stages[1].fromPrevious).to.equal(1.5);
    expect(growing.bottleneckIndex).to.equal(null);
    expect(growing.stages.some((s) => s.bottleneck)).to.equal(false);
    const shrinking = analyzeFunnel([
      { label: 'Leads', value: 100 },
      { label: 'Won', value: 40 },
    ]);
    expect(shrinking.stages[1].fromPrevious).to.equal(0.4);
    expect(shrinking.bottleneckIndex).to.equal(null);
    // 40 / 100 = 0.4 overall still
    expect(shrinking.overall).to.equal(0.4);
  });

  it('two steps are compared: 150 → 120 (0.8) is worse than 100 → 150 (1.5)', () => {
    const f = analyzeFunnel([
      { label: 'A', value: 100 },
      { label: 'B', value: 150 },
      { label: 'C', value: 120 },
    ]);
    // 150 / 100 = 1.5; 120 / 150 = 0.8 < 1.5
    expect(f.bottleneckIndex).to.equal(2);
  });

  it('reports a growing stage as it is', () => {
    // 20 / 10 = 2; 10 - 20 = -10; -10 / 10 = -1
    const f = analyzeFunnel([
      { label: 'Visits', value: 10 },
      { label: 'Signups', value: 20 },
    ]);
    expect(f.stages[1].fromPrevious).to.equal(2);
    expect(f.stages[1].dropOff).to.equal(-10);
    expect(f.stages[1].dropOffRate).to.equal(-1);
  });

  it('skips a stage whose value is not a number', () => {
    const f = analyzeFunnel([
      { label: 'Leads', value: 100 },
      { label: 'Qualified', value: Number.NaN },
      { label: 'Won', value: 10 },
    ]);
    // share base skips NaN: 100 + 10 = 110
    expect(f.stages[0].share).to.be.closeTo(100 / 110, 1e-12);
    expect(f.stages[1].fromPrevious).to.equal(null);
    expect(f.stages[2].fromPrevious).to.equal(null);
    expect(f.bottleneckIndex).to.equal(null);
    // 10 / 100 = 0.1
    expect(f.overall).to.equal(0.1);
  });

  describe('properties', () => {
    const counts = fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 8 });
    const stagesOf = (values: number[]) => values.map((value, i) => ({ label: `S${i}`, value }));

    it('fromFirst is the product of the step conversions', () => {
      fc.assert(
        fc.property(counts, (values) => {
          const f = analyzeFunnel(stagesOf(values));
          let product = 1;
          return f.stages.every((stage, i) => {
            if (i > 0) product *= stage.fromPrevious!;
            return Math.abs(stage.fromFirst! - product) <= 1e-9 * Math.max(1, product);
          });
        }),
      );
    });

    it('shares add up to 1', () => {
      fc.assert(
        fc.property(counts, (values) => {
          const sum = analyzeFunnel(stagesOf(values)).stages.reduce((s, stage) => s + stage.share!, 0);
          return Math.abs(sum - 1) < 1e-9;
        }),
      );
    });

    it('the bottleneck has the lowest conversion and no earlier stage ties it', () => {
      fc.assert(
        fc.property(counts, (values) => {
          const f = analyzeFunnel(stagesOf(values));
          if (values.length < 3) return f.bottleneckIndex === null;
          const b = f.bottleneckIndex!;
          const conversions = f.stages.slice(1).map((s) => s.fromPrevious!);
          const lowest = Math.min(...conversions);
          return b >= 1 && f.stages[b].fromPrevious === lowest && conversions.indexOf(lowest) === b - 1;
        }),
      );
    });
  });
});

describe('stageCountsFromDeals', () => {
  const order = ['Lead', 'Qualified', 'Proposal', 'Negotiation'];
  const deals = [
    deal('d1', 'open', 'Lead', 1000),
    deal('d2', 'open', 'Qualified', 2000),
    deal('d3', 'open', ' proposal ', 3000), // other spelling: matched case- and space-insensitively
    deal('d4', 'won', 'Closed Won', 5000), // won: every stage
    deal('d5', 'lost', 'Qualified', 700), // lost after Qualified: Lead + Qualified
    deal('d6', 'lost', 'Lost', 400), // export only says Lost: first stage
    deal('d7', 'open', 'Discovery', 100), // stage nobody listed: first stage
  ];

  it('counts every deal in each stage it reached', () => {
    const stages = stageCountsFromDeals(deals, order);
    expect(stages.map((s) => s.label)).to.deep.equal(order);
    // Lead: all 7 deals
    // Qualified: d2, d3, d4, d5 = 4
    // Proposal: d3, d4 = 2
    // Negotiation: d4 = 1
    expect(stages.map((s) => s.value)).to.deep.equal([7, 4, 2, 1]);
    // Lead: 1000 + 2000 + 3000 + 5000 + 700 + 400 + 100 = 12200
    // Qualified: 2000 + 3000 + 5000 + 700 = 10700
    // Proposal: 3000 + 5000 = 8000
    // Negotiation: 5000
    expect(stages.map((s) => s.amount)).to.deep.equal([12200, 10700, 8000, 5000]);
    expect(stages.every((s) => s.probability === undefined)).to.equal(true);
  });

  it('feeds analyzeFunnel with real conversions', () => {
    const f = analyzeFunnel(stageCountsFromDeals(deals, order));
    // 4/7 = 0.571, 2/4 = 0.5, 1/2 = 0.5: the first of the tied 0.5 steps, Proposal
    expect(f.bottleneckIndex).to.equal(2);
    // 1 / 7 = 0.1429
    expect(f.overall).to.be.closeTo(1 / 7, 1e-12);
  });

  it('returns zero counts without deals', () => {
    expect(stageCountsFromDeals([], ['Lead', 'Won'])).to.deep.equal([
      { label: 'Lead', value: 0, amount: 0 },
      { label: 'Won', value: 0, amount: 0 },
    ]);
  });

  it('returns no stages without a stage order', () => {
    expect(stageCountsFromDeals(deals, [])).to.deep.equal([]);
  });

  it('counts a single won deal in every stage', () => {
    const stages = stageCountsFromDeals([deal('x', 'won', 'Won', 250)], order);
    expect(stages.map((s) => s.value)).to.deep.equal([1, 1, 1, 1]);
  });

  it('counts a deal with a broken value but adds no amount', () => {
    const stages = stageCountsFromDeals([deal('x', 'open', 'Qualified', Number.NaN)], order);
    expect(stages.map((s) => s.value)).to.deep.equal([1, 1, 0, 0]);
    expect(stages.map((s) => s.amount)).to.deep.equal([0, 0, 0, 0]);
  });

  it('never lets a later stage hold more deals than an earlier one', () => {
    const statuses: DealStatus[] = ['open', 'won', 'lost'];
    const arbitraryDeal = fc
      .tuple(fc.constantFrom(...statuses), fc.constantFrom(...order, 'Lost', 'Other'), fc.integer({ min: 0, max: 1e6 }))
      .map(([status, stage, value]) => deal('x', status, stage, value));
    fc.assert(
      fc.property(fc.array(arbitraryDeal, { maxLength: 40 }), (ds) => {
        const values = stageCountsFromDeals(ds, order).map((s) => s.value);
        return values[0] === ds.length && values.every((v, i) => i === 0 || v <= values[i - 1]);
      }),
    );
  });
});

describe('weightedPipeline', () => {
  const probabilities = { Lead: 0.1, Qualified: 0.3, Proposal: 0.6 };

  it('sums open deal values times their probability', () => {
    const total = weightedPipeline(
      [
        deal('a', 'open', 'Lead', 1000), // 1000 * 0.1 = 100
        deal('b', 'open', 'Qualified', 2000, 0.5), // own probability wins: 2000 * 0.5 = 1000
        deal('c', 'open', 'proposal', 3000), // stage matched case-insensitively: 3000 * 0.6 = 1800
        deal('d', 'open', 'Negotiation', 4000), // no probability anywhere: 0
        deal('e', 'won', 'Proposal', 5000), // not open: skipped
        deal('f', 'lost', 'Proposal', 700), // not open: skipped
        deal('g', 'open', 'Lead', 500, 40), // 40 is not 0..1: the stage's 0.1 -> 50
      ],
      probabilities,
    );
    // 100 + 1000 + 1800 + 0 + 50 = 2950
    expect(total).to.be.closeTo(2950, 1e-9);
  });

  it('is 0 without deals', () => {
    expect(weightedPipeline([], probabilities)).to.equal(0);
  });

  it('is 0 for a single closed deal', () => {
    expect(weightedPipeline([deal('a', 'won', 'Lead', 1000)], probabilities)).to.equal(0);
  });

  it('prefers the exact stage spelling when two spellings are given', () => {
    // 'proposal' exact: 1000 * 0.2 = 200 (not 'Proposal' 0.6)
    expect(weightedPipeline([deal('a', 'open', 'proposal', 1000)], { Proposal: 0.6, proposal: 0.2 })).to.be.closeTo(200, 1e-9);
  });

  it('does not read probabilities from the object prototype', () => {
    expect(weightedPipeline([deal('a', 'open', 'constructor', 1000)], {})).to.equal(0);
  });

  it('skips a deal whose value is not a number', () => {
    expect(weightedPipeline([deal('a', 'open', 'Lead', Number.NaN), deal('b', 'open', 'Lead', 10)], probabilities)).to.equal(1);
  });
});
