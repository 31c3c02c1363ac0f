import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { KPI_CATALOGUE, getKpi, stageShares, type KpiContext } from '../../src/core/catalogue.js';
import type { Dataset, DateRange } from '../../src/core/types.js';
import {
  CUSTOMERS, COSTS, DEALS, FEBRUARY, LEADS, MARCH, SALES, cost, customer, dataset, day, deal, range,
} from './sales-dataset.js';

function kpi(id: string, ds: Dataset = SALES, r: DateRange = MARCH, context?: KpiContext): number | null {
  const definition = getKpi(id);
  if (!definition) throw new Error(`no KPI ${id}`);
  return definition.compute(ds, r, context);
}

const DESIGN_IDS = [
  'revenue', 'mrr', 'sales-growth', 'win-rate', 'win-loss-ratio', 'hit-rate', 'avg-deal-value', 'avg-sales-cycle',
  'cost-per-lead', 'cac', 'clv', 'churn-rate', 'new-leads', 'sql', 'opportunities-created', 'activities',
  'avg-response-time', 'followed-up-rate', 'positive-response-rate', 'lead-source-mix', 'forecast-accuracy',
  'weighted-pipeline', 'stage-share',
];

describe('KPI_CATALOGUE', () => {
  it('has one entry for every KPI of DESIGN.md, in its order', () => {
    expect(KPI_CATALOGUE.map((k) => k.id)).to.deep.equal(DESIGN_IDS);
  });

  it('names every KPI in all five languages', () => {
    for (const k of KPI_CATALOGUE) {
      for (const lang of ['en', 'nb', 'sv', 'da', 'nl'] as const) {
        expect(k.names[lang], `${k.id} ${lang}`).to.be.a('string').and.not.equal('');
      }
    }
    expect(getKpi('win-rate')!.names).to.deep.equal({
      en: 'Win rate', nb: 'Vinnrate', sv: 'Vinstfrekvens', da: 'Vinderrate', nl: 'Winratio',
    });
    expect(getKpi('churn-rate')!.names.nb).to.equal('Kundefrafall');
  });

  it('shows rates as percent, and only rates', () => {
    for (const k of KPI_CATALOGUE) expect(k.rate, k.id).to.equal(k.format === 'percent');
  });

  it('knows which way is good', () => {
    const down = KPI_CATALOGUE.filter((k) => k.direction === 'down').map((k) => k.id);
    const neutral = KPI_CATALOGUE.filter((k) => k.direction === 'neutral').map((k) => k.id);
    expect(down).to.deep.equal(['avg-sales-cycle', 'cost-per-lead', 'cac', 'churn-rate', 'avg-response-time']);
    expect(neutral).to.deep.equal(['lead-source-mix', 'stage-share']);
  });

  it('finds a KPI by id, forgiving case and spaces', () => {
    expect(getKpi(' Win-Rate ')!.id).to.equal('win-rate');
    expect(getKpi('win rate')).to.equal(undefined);
  });

  it('gives null for every KPI of an empty dataset, never 0 or NaN', () => {
    for (const k of KPI_CATALOGUE) expect(k.compute(dataset({}), MARCH), k.id).to.equal(null);
  });
});

describe('deal KPIs', () => {
  it('revenue sums won deals by close date', () => {
    // March: d1 1000 + d2 3000 = 4000 (d3 is lost, d4/d7 open)
    expect(kpi('revenue')).to.equal(4000);
    // February: d5 5000
    expect(kpi('revenue', SALES, FEBRUARY)).to.equal(5000);
    // deals exist but none closed in the range: a real 0
    expect(kpi('revenue', SALES, range('2025-01-01', '2025-01-31'))).to.equal(0);
  });

  it('revenue of a single won deal is its value', () => {
    const one = dataset({ deals: [deal({ status: 'won', value: 750, closed: day('2026-03-31') })] });
    expect(kpi('revenue', one)).to.equal(750);
  });

  it('win rate is won / (won + lost) closed in the range', () => {
    // March: won d1, d2; lost d3 -> 2 / 3
    expect(kpi('win-rate')).to.be.closeTo(2 / 3, 1e-12);
    // February: won d5, lost d6 -> 1 / 2
    expect(kpi('win-rate', SALES, FEBRUARY)).to.equal(0.5);
    // a single won deal: 1 / 1
    expect(kpi('win-rate', dataset({ deals: [deal({ status: 'won', closed: day('2026-03-02') })] }))).to.equal(1);
    // only open deals: no closed deal, no rate
    expect(kpi('win-rate', dataset({ deals: [DEALS[3]!] }))).to.equal(null);
  });

  it('win/loss ratio is won / lost, null without a loss', () => {
    // March: 2 won / 1 lost = 2
    expect(kpi('win-loss-ratio')).to.equal(2);
    // 1-15 March: d1 and d2 won, nothing lost
    expect(kpi('win-loss-ratio', SALES, range('2026-03-01', '2026-03-15'))).to.equal(null);
  });

  it('hit rate is the won share of the deals created in the range', () => {
    // created in March: d2 (won), d3 (lost), d4 and d7 (open) -> 1 / 4
    expect(kpi('hit-rate')).to.equal(0.25);
    // created in January: d5 (won), d6 (lost) -> 1 / 2, although both closed in February
    expect(kpi('hit-rate', SALES, range('2026-01-01', '2026-01-31'))).to.equal(0.5);
  });

  it('average deal value is the mean of won deals', () => {
    // (1000 + 3000) / 2 = 2000
    expect(kpi('avg-deal-value')).to.equal(2000);
    expect(kpi('avg-deal-value', SALES, range('2026-03-12', '2026-03-31'))).to.equal(null);
  });

  it('average sales cycle is the mean days from created to closed of won deals', () => {
    // d1: 2026-02-20 -> 03-05 = 8 + 5 = 13 days; d2: 03-01 -> 03-11 = 10 days; (13 + 10) / 2 = 11.5
    expect(kpi('avg-sales-cycle')).to.equal(11.5);
    // a won deal without a created date, or closed before it was created, is left out
    const odd = dataset({
      deals: [
        deal({ status: 'won', created: null, closed: day('2026-03-05') }),
        deal({ status: 'won', created: day('2026-03-20'), closed: day('2026-03-05') }),
        deal({ status: 'won', created: day('2026-03-01'), closed: day('2026-03-05') }),
      ],
    });
    // only the last: 4 days
    expect(kpi('avg-sales-cycle', odd)).to.equal(4);
  });

  it('sales growth compares revenue with the previous range', () => {
    // (4000 − 5000) / 5000 = −0.2
    expect(kpi('sales-growth', SALES, MARCH, { previousRange: FEBRUARY })).to.be.closeTo(-0.2, 1e-12);
    // without a previous range: the 31 days before March, 2026-01-29..02-28, which hold d5's 5000
    expect(kpi('sales-growth')).to.be.closeTo(-0.2, 1e-12);
    // against January, whose revenue is 0: no growth figure
    expect(kpi('sales-growth', SALES, MARCH, { previousRange: range('2026-01-01', '2026-01-31') })).to.equal(null);
  });

  it('forecast accuracy is max(0, 1 − |actual − forecast| / actual)', () => {
    // March, deals with a forecast: d1 won 1000 (f 1200), d2 won 3000 (f 2500), d3 lost (f 600)
    // actual 4000, forecast 4300: 1 − 300 / 4000 = 0.925
    expect(kpi('forecast-accuracy')).to.be.closeTo(0.925, 1e-12);
    // forecast 9000 for actual 1000: 1 − 8000 / 1000 < 0 -> 0
    const wild = dataset({ deals: [deal({ status: 'won', value: 1000, forecast: 9000, closed: day('2026-03-03') })] });
    expect(kpi('forecast-accuracy', wild)).to.equal(0);
    // February's deals carry no forecast
    expect(kpi('forecast-accuracy', SALES, FEBRUARY)).to.equal(null);
  });

  it('weighted pipeline weighs the deals open on the last day by probability', () => {
    // open on March 31: d4 2000 × 0.5 + d7 1000 × 0.2 = 1000 + 200 = 1200
    expect(kpi('weighted-pipeline')).to.be.closeTo(1200, 1e-9);
    // open on Feb 28: d1 (created 02-20, closed 03-05) 1000 × 0.6 = 600; d5 and d6 closed by then
    expect(kpi('weighted-pipeline', SALES, FEBRUARY)).to.be.closeTo(600, 1e-9);
    // open on Jan 31: d5 and d6, neither with a probability
    expect(kpi('weighted-pipeline', SALES, range('2026-01-01', '2026-01-31'))).to.equal(null);
    // nothing open yet on 2025-12-31
    expect(kpi('weighted-pipeline', SALES, range('2025-12-01', '2025-12-31'))).to.equal(0);
  });

  it('weighted pipeline falls back to the stage probabilities it is given', () => {
    const ds = dataset({
      deals: [
        deal({ status: 'open', stage: 'Proposal', value: 1000, created: day('2026-03-01') }),
        deal({ status: 'open', stage: 'Qualified', value: 2000, created: day('2026-03-01'), probability: 0.1 }),
        deal({ status: 'open', stage: 'Prospecting', value: 4000, created: day('2026-03-01') }),
      ],
    });
    // Proposal by its stage 1000 × 0.5; Qualified by its own 2000 × 0.1; Prospecting has none
    // (40 is not a probability): 500 + 200 = 700
    const probabilities = { proposal: 0.5, Qualified: 0.9, Prospecting: 40 };
    expect(kpi('weighted-pipeline', ds, MARCH, { probabilities })).to.be.closeTo(700, 1e-9);
  });

  it('opportunities created counts deals by created date, else leads that became one', () => {
    // d2, d3, d4, d7
    expect(kpi('opportunities-created')).to.equal(4);
    // no deals: l1 is the only March lead that became an opportunity
    expect(kpi('opportunities-created', dataset({ leads: LEADS }))).to.equal(1);
  });

  it('stage share is the share of the deals created in the range in a stage', () => {
    // created in March: d2 Won, d3 Lost, d4 Proposal, d7 Qualified; still open: 2 / 4
    expect(kpi('stage-share')).to.equal(0.5);
    // in Proposal: 1 / 4
    expect(kpi('stage-share', SALES, MARCH, { stage: 'proposal' })).to.equal(0.25);
  });
});

describe('stageShares', () => {
  it('spreads the deals created in the range over their stages, open stages first', () => {
    const quarter = 1 / 4;
    expect(stageShares(SALES, MARCH)).to.deep.equal([
      { stage: 'Proposal', count: 1, share: quarter },
      { stage: 'Qualified', count: 1, share: quarter },
      { stage: 'Won', count: 1, share: quarter },
      { stage: 'Lost', count: 1, share: quarter },
    ]);
  });

  it('follows a given stage order', () => {
    expect(stageShares(SALES, MARCH, ['qualified', 'Proposal']).map((s) => s.stage)).to.deep.equal([
      'Qualified', 'Proposal', 'Won', 'Lost',
    ]);
  });

  it('is empty when no deal was created in the range', () => {
    expect(stageShares(SALES, range('2020-01-01', '2020-12-31'))).to.deep.equal([]);
  });
});

describe('customer KPIs', () => {
  it('MRR sums the customers active on the last day', () => {
    // March 31: c1 100 + c3 300 = 400 (c2 left 03-15, c5 left 03-20, c4 left 03-01)
    expect(kpi('mrr')).to.equal(400);
    // Feb 28: c1 100 + c2 200 + c4 50 = 350
    expect(kpi('mrr', SALES, FEBRUARY)).to.equal(350);
  });

  it('MRR falls back to the won deals that carry an MRR', () => {
    const deals = dataset({ deals: DEALS });
    // won by March 31 with an MRR: d1 100 + d5 200 = 300
    expect(kpi('mrr', deals)).to.equal(300);
    // won by Feb 28: d5 200
    expect(kpi('mrr', deals, FEBRUARY)).to.equal(200);
    // no deal has an MRR: nothing to tell
    expect(kpi('mrr', dataset({ deals: [deal({ status: 'won', value: 1, closed: day('2026-03-01') })] }))).to.equal(null);
  });

  it('churn rate is customers lost / customers at the start', () => {
    // active at the close of Feb 28: c1, c2, c4 -> 3; of those c2 (03-15) and c4 (03-01) left -> 2 / 3
    // c5 started and left within March and is not part of the March base
    expect(kpi('churn-rate')).to.be.closeTo(2 / 3, 1e-12);
    // February: c1, c2, c4 at the start, nobody left -> 0 / 3 = 0
    expect(kpi('churn-rate', SALES, FEBRUARY)).to.equal(0);
    // before any customer started: no base, no rate
    expect(kpi('churn-rate', SALES, range('2023-01-01', '2023-01-31'))).to.equal(null);
  });

  it('CLV is average monthly margin per customer / monthly churn', () => {
    // active on March 31: c1 100 × 0.8 = 80 and c3 300 × 1 = 300 -> average 190
    // churn window: the 12 months 2025-04-01..2026-03-31 = 365 days
    //   active on 2025-03-31: c1, c4, c6 -> 3; left in the window: c6 (2025-12-31), c4 (2026-03-01) -> 2
    //   monthly churn = 2/3 × 30.436875 / 365
    // CLV = 190 / (2/3 × 30.436875 / 365) = 285 × 365 / 30.436875 = 3417.73…
    expect(kpi('clv')).to.be.closeTo((285 * 365) / 30.436875, 1e-9);
    expect(kpi('clv')).to.be.closeTo(3417.73, 0.01);
  });

  it('CLV is null without churn', () => {
    const loyal = dataset({ customers: [customer({ start: day('2025-01-01'), mrr: 100 })] });
    expect(kpi('clv', loyal)).to.equal(null);
  });

  it('CAC is all costs / new customers', () => {
    // March costs 3000 + 2000 = 5000; customers started in March: c3, c5 -> 5000 / 2 = 2500
    expect(kpi('cac')).to.equal(2500);
    // without customer records: won deals closed in March except d2 (an existing customer's): d1 -> 5000 / 1
    expect(kpi('cac', dataset({ deals: DEALS, costs: COSTS }))).to.equal(5000);
    // no costs recorded at all: unknown, not free
    expect(kpi('cac', dataset({ deals: DEALS, customers: CUSTOMERS }))).to.equal(null);
  });
});

describe('lead and activity KPIs', () => {
  it('cost per lead divides marketing costs by the leads they report', () => {
    // marketing 3000 with 30 leads (the sales cost 2000 does not count) -> 100
    expect(kpi('cost-per-lead')).to.equal(100);
  });

  it('cost per lead counts the leads created when costs report none', () => {
    const costs = [cost({ date: day('2026-03-03'), amount: 3000, kind: 'marketing' }), cost({ date: day('2026-03-31'), amount: 2000, kind: 'sales' })];
    // 3000 / 4 leads created in March (l1..l4) = 750
    expect(kpi('cost-per-lead', dataset({ leads: LEADS, costs }))).to.equal(750);
    // and no leads at all: no figure
    expect(kpi('cost-per-lead', dataset({ costs }))).to.equal(null);
  });

  it('counts new leads, SQLs and activities by their date', () => {
    // l1..l4 created in March
    expect(kpi('new-leads')).to.equal(4);
    // qualified: l1, l3
    expect(kpi('sql')).to.equal(2);
    // 03-01 and 03-31; 04-01 and the undated one are out
    expect(kpi('activities')).to.equal(2);
  });

  it('average response time is the mean hours to first contact', () => {
    // l1: 1 day = 24 h; l3: its own 5 h; l4: 2 days = 48 h; l2 was not contacted -> (24 + 5 + 48) / 3
    expect(kpi('avg-response-time')).to.be.closeTo(77 / 3, 1e-12);
  });

  it('followed-up rate is contacted / assigned leads', () => {
    // assigned in March: l1, l2, l3; contacted: l1, l3 -> 2 / 3
    expect(kpi('followed-up-rate')).to.be.closeTo(2 / 3, 1e-12);
  });

  it('positive response rate is positive / (positive + negative)', () => {
    // l1 positive, l3 negative, l4 positive; l2 no reply -> 2 / 3
    expect(kpi('positive-response-rate')).to.be.closeTo(2 / 3, 1e-12);
  });

  it('lead source mix is the marketing share of the leads', () => {
    // marketing: l1, l3, l4 of 4 -> 0.75
    expect(kpi('lead-source-mix')).to.equal(0.75);
  });
});

describe('catalogue properties', () => {
  const arbDeal = fc.record({
    status: fc.constantFrom('open' as const, 'won' as const, 'lost' as const),
    value: fc.integer({ min: 0, max: 100000 }),
    created: fc.integer({ min: day('2025-10-01'), max: day('2026-06-30') }),
    cycle: fc.integer({ min: 0, max: 120 }),
  }).map(({ status, value, created, cycle }) =>
    deal({ status, value, created, closed: status === 'open' ? null : created + cycle }));

  it('rates stay within 0..1 and sums add up over adjacent ranges', () => {
    fc.assert(fc.property(fc.array(arbDeal, { maxLength: 60 }), fc.integer({ min: 0, max: 200 }), (deals, cut) => {
      const ds = dataset({ deals });
      const whole = range('2025-11-01', '2026-05-31');
      const left = { start: whole.start, end: whole.start + cut };
      const right = { start: whole.start + cut + 1, end: whole.end };
      for (const id of ['win-rate', 'hit-rate', 'stage-share']) {
        const rate = kpi(id, ds, whole);
        if (rate !== null) expect(rate).to.be.within(0, 1);
      }
      if (deals.length > 0) {
        for (const id of ['revenue', 'opportunities-created']) {
          expect(kpi(id, ds, left)! + kpi(id, ds, right)!).to.equal(kpi(id, ds, whole));
        }
      }
    }));
  });
});
