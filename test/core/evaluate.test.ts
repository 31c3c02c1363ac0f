import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { KPI_CATALOGUE, getKpi } from '../../src/core/catalogue.js';
import { KpiError, evaluateKpi, kpiSeries } from '../../src/core/evaluate.js';
import { parsePeriod } from '../../src/core/periods.js';
import { FieldsError, RECORD_FIELDS, toDataset } from '../../src/core/records.js';
import type { Deal } from '../../src/core/types.js';
import { DEALS, FEBRUARY, MARCH, SALES, dataset, day, deal, range } from './sales-dataset.js';

const period = (expr: string, today = '2026-04-15') => parsePeriod(expr, { today: day(today) });

describe('evaluateKpi', () => {
  it('compares revenue with the previous period', () => {
    const r = evaluateKpi(SALES, 'revenue', { period: period('2026-03'), compare: 'previous-period' });
    // March 4000 vs February 5000
    expect(r.value).to.equal(4000);
    expect(r.previous).to.equal(5000);
    expect(r.range).to.deep.equal(MARCH);
    expect(r.previousRange).to.deep.equal(FEBRUARY);
    // 4000 − 5000 = −1000; −1000 / 5000 = −0.2; falling revenue is bad
    expect(r.delta!.absolute).to.equal(-1000);
    expect(r.delta!.relative).to.equal(-0.2);
    expect(r.delta!.sentiment).to.equal('bad');
  });

  it('tells a rate change in points', () => {
    const r = evaluateKpi(SALES, 'win-rate', { period: period('2026-03'), compare: 'previous-period' });
    // 2/3 vs 1/2: (0.6667 − 0.5) × 100 = 16.67 points
    expect(r.delta!.points).to.be.closeTo((2 / 3 - 0.5) * 100, 1e-9);
    expect(r.delta!.relative).to.equal(null);
    expect(r.delta!.sentiment).to.equal('good');
  });

  it('judges a rising churn as bad', () => {
    const r = evaluateKpi(SALES, 'churn-rate', { period: period('2026-03'), compare: 'previous-period' });
    // 0 in February -> 2/3 in March: +66.7 points of churn
    expect(r.previous).to.equal(0);
    expect(r.delta!.points).to.be.closeTo(200 / 3, 1e-9);
    expect(r.delta!.sentiment).to.equal('bad');
  });

  it('computes a running period up to today and compares the same elapsed share', () => {
    const r = evaluateKpi(SALES, 'revenue', { period: period('this-month', '2026-03-11'), compare: 'previous-period' });
    // 1-11 March: d1 (03-05) 1000 + d2 (03-11) 3000
    expect(r.range).to.deep.equal(range('2026-03-01', '2026-03-11'));
    expect(r.value).to.equal(4000);
    // 1-11 February: nothing (d5 closed 02-15) -> baseline 0, so no delta
    expect(r.previousRange).to.deep.equal(range('2026-02-01', '2026-02-11'));
    expect(r.previous).to.equal(0);
    expect(r.delta).to.equal(null);
  });

  it('takes a state on the last day that can have data', () => {
    // weighted pipeline of this month on 2026-02-28 is the pipeline that day: d1 1000 × 0.6
    const r = evaluateKpi(SALES, 'weighted-pipeline', { period: period('2026-02', '2026-02-28'), compare: 'none' });
    expect(r.value).to.be.closeTo(600, 1e-9);
  });

  it('has no previous value when comparing with nothing', () => {
    const r = evaluateKpi(SALES, 'revenue', { period: period('2026-03'), compare: 'none' });
    expect(r.value).to.equal(4000);
    expect(r.previous).to.equal(null);
    expect(r.previousRange).to.equal(null);
    expect(r.delta).to.equal(null);
  });

  it('compares with the same period last year', () => {
    const r = evaluateKpi(SALES, 'revenue', { period: period('2026-03'), compare: 'previous-year' });
    expect(r.previousRange).to.deep.equal(range('2025-03-01', '2025-03-31'));
    // no deal closed in March 2025: 0, and no delta from a zero baseline
    expect(r.previous).to.equal(0);
    expect(r.delta).to.equal(null);
  });

  it('uses the compare range as the baseline of sales growth, with no delta of its own', () => {
    const r = evaluateKpi(SALES, 'sales-growth', { period: period('2026-03'), compare: 'previous-period' });
    // (4000 − 5000) / 5000
    expect(r.value).to.be.closeTo(-0.2, 1e-12);
    expect(r.previousRange).to.deep.equal(FEBRUARY);
    expect(r.previous).to.equal(null);
    expect(r.delta).to.equal(null);
    // compare none still needs a baseline: the previous period
    const none = evaluateKpi(SALES, 'sales-growth', { period: period('2026-03'), compare: 'none' });
    expect(none.value).to.be.closeTo(-0.2, 1e-12);
    // against March 2025, revenue 0: no growth figure
    const lastYear = evaluateKpi(SALES, 'sales-growth', { period: period('2026-03'), compare: 'previous-year' });
    expect(lastYear.value).to.equal(null);
  });

  it('passes the stage to stage-share', () => {
    const r = evaluateKpi(SALES, 'stage-share', { period: period('2026-03'), compare: 'none', stage: 'Qualified' });
    // d7 of d2, d3, d4, d7
    expect(r.value).to.equal(0.25);
  });

  it('passes stage probabilities to weighted-pipeline', () => {
    const ds = dataset({ deals: [deal({ status: 'open', stage: 'Proposal', value: 1000, created: day('2026-03-01') })] });
    const r = evaluateKpi(ds, 'weighted-pipeline', { period: period('2026-03'), compare: 'none', probabilities: { Proposal: 0.4 } });
    // 1000 × 0.4
    expect(r.value).to.be.closeTo(400, 1e-9);
  });

  it('computes a period wholly in the future over its days, which hold nothing yet', () => {
    const r = evaluateKpi(SALES, 'revenue', { period: period('2026-05'), compare: 'previous-period' });
    expect(r.range).to.deep.equal(range('2026-05-01', '2026-05-31'));
    expect(r.value).to.equal(0);
  });

  it('throws a KpiError for an unknown KPI', () => {
    let error: unknown;
    try {
      evaluateKpi(SALES, 'profit', { period: period('2026-03'), compare: 'none' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(KpiError);
    expect((error as KpiError).code).to.equal('kpi');
    expect((error as KpiError).value).to.equal('profit');
  });
});

describe('kpiSeries', () => {
  const Q1 = range('2026-01-01', '2026-03-31');

  it('gives revenue per month', () => {
    // January nothing closed; February d5 5000; March d1 + d2 = 4000
    expect(kpiSeries(SALES, 'revenue', Q1, 'month')).to.deep.equal([
      { date: '2026-01', value: 0 },
      { date: '2026-02', value: 5000 },
      { date: '2026-03', value: 4000 },
    ]);
  });

  it('gives a rate per month, null where nothing closed', () => {
    const series = kpiSeries(SALES, 'win-rate', Q1, 'month');
    // January: nothing closed; February 1/2; March 2/3
    expect(series.map((p) => p.value)).to.deep.equal([null, 0.5, 2 / 3]);
  });

  it('buckets by ISO week, clipping the first week to the range', () => {
    // 2026-03-01 is a Sunday: W09 holds only that day; W10 = 03-02..08 (d1, 1000); W11 = 03-09..15 (d2, 3000)
    expect(kpiSeries(SALES, 'revenue', range('2026-03-01', '2026-03-15'), 'week')).to.deep.equal([
      { date: '2026-W09', value: 0 },
      { date: '2026-W10', value: 1000 },
      { date: '2026-W11', value: 3000 },
    ]);
  });

  it('names quarters of a fiscal year', () => {
    const series = kpiSeries(SALES, 'revenue', range('2026-01-01', '2026-06-30'), 'quarter', { fiscalYearStart: 4 });
    // fiscal 2025-Q4 = Jan..Mar 2026: 5000 + 4000; fiscal 2026-Q1 = Apr..Jun: nothing
    expect(series).to.deep.equal([{ date: '2025-Q4', value: 9000 }, { date: '2026-Q1', value: 0 }]);
  });

  it('computes a state per bucket', () => {
    // open on Jan 31: d5 and d6 without probability -> null; Feb 28: d1 600; Mar 31: d4 1000 + d7 200
    const series = kpiSeries(SALES, 'weighted-pipeline', Q1, 'month');
    expect(series.map((p) => p.value)).to.deep.equal([null, 600, 1200]);
  });

  it('compares each bucket of sales growth with the bucket before', () => {
    const series = kpiSeries(SALES, 'sales-growth', range('2026-02-01', '2026-03-31'), 'month');
    // February vs January (revenue 0): null; March vs February: (4000 − 5000) / 5000
    expect(series[0]).to.deep.equal({ date: '2026-02', value: null });
    expect(series[1]!.value).to.be.closeTo(-0.2, 1e-12);
  });

  it('passes the stage on', () => {
    expect(kpiSeries(SALES, 'stage-share', MARCH, 'month', { stage: 'proposal' })).to.deep.equal([{ date: '2026-03', value: 0.25 }]);
  });

  it('is all null when the dataset lacks the records the KPI reads', () => {
    expect(kpiSeries(dataset({ deals: DEALS }), 'activities', Q1, 'month').map((p) => p.value)).to.deep.equal([null, null, null]);
    expect(kpiSeries(dataset({ deals: DEALS }), 'cac', Q1, 'month').map((p) => p.value)).to.deep.equal([null, null, null]);
  });

  it('is empty for an empty range', () => {
    expect(kpiSeries(SALES, 'revenue', { start: day('2026-03-02'), end: day('2026-03-01') }, 'day')).to.deep.equal([]);
  });

  it('reads each record once, however many buckets', () => {
    let reads = 0;
    const counted: Deal[] = DEALS.map((d) => {
      const copy = { ...d };
      Object.defineProperty(copy, 'closed', { get: () => { reads += 1; return d.closed; } });
      return copy;
    });
    kpiSeries(dataset({ deals: counted }), 'revenue', range('2026-01-01', '2026-03-31'), 'day');
    // 7 deals, 90 day buckets: 7 reads, not 630
    expect(reads).to.equal(DEALS.length);
  });

  it('agrees with computing every bucket on its own, for every KPI', () => {
    const arbDeal = fc.record({
      status: fc.constantFrom('open' as const, 'won' as const, 'lost' as const),
      value: fc.integer({ min: 0, max: 10000 }),
      created: fc.integer({ min: day('2025-12-01'), max: day('2026-04-30') }),
      cycle: fc.integer({ min: 0, max: 60 }),
      forecast: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: undefined }),
      probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    }).map(({ status, value, created, cycle, forecast, probability }) =>
      deal({ status, value, created, closed: status === 'open' ? null : created + cycle, forecast, probability }));
    fc.assert(fc.property(fc.array(arbDeal, { maxLength: 40 }), fc.constantFrom('week' as const, 'month' as const), (deals, granularity) => {
      const ds = { ...SALES, deals };
      const r = range('2026-01-10', '2026-04-20');
      for (const k of KPI_CATALOGUE) {
        if (k.selfComparing) continue;
        const series = kpiSeries(ds, k.id, r, granularity);
        const single = series.map((p, i) => {
          const b = bucketRange(r, granularity, i);
          return getKpi(k.id)!.compute(ds, b);
        });
        const values = series.map((p) => p.value);
        values.forEach((v, i) => {
          if (v === null || single[i] === null) expect(v, `${k.id} ${i}`).to.equal(single[i]);
          else expect(v, `${k.id} ${i}`).to.be.closeTo(single[i]!, 1e-9);
        });
      }
    }), { numRuns: 40 });
  });
});

/** The i-th bucket of the range, recomputed here without the series code. */
function bucketRange(r: { start: number; end: number }, granularity: 'week' | 'month', i: number) {
  const starts: number[] = [];
  for (let d = r.start; d <= r.end; d++) {
    const date = new Date(d * 86400000);
    const first = granularity === 'week' ? date.getUTCDay() === 1 : date.getUTCDate() === 1;
    if (d === r.start || first) starts.push(d);
  }
  const start = starts[i]!;
  const end = i + 1 < starts.length ? starts[i + 1]! - 1 : r.end;
  return { start, end };
}

describe('the columns a KPI reads', () => {
  const march = parsePeriod('2026-03', { today: day('2026-04-15') });

  it('computes revenue from a Norwegian export without fields', () => {
    const rows = [
      { Avtale: 'A-1', Selger: 'Kari', Fase: 'Vunnet', Opprettet: '02.02.2026', Lukket: '03.03.2026', Beløp: '12 500,00' },
      { Avtale: 'A-2', Selger: 'Ola', Fase: 'Vunnet', Opprettet: '02.02.2026', Lukket: '31.03.2026', Beløp: '7 250,50' },
      { Avtale: 'A-3', Selger: 'Ola', Fase: 'Tapt', Opprettet: '02.02.2026', Lukket: '10.03.2026', Beløp: '99 000,00' },
      { Avtale: 'A-4', Selger: 'Kari', Fase: 'Vunnet', Opprettet: '02.02.2026', Lukket: '01.04.2026', Beløp: '1 000,00' },
    ];
    // Won and closed in March: 12 500 + 7 250.50 = 19 750.50 (A-3 is lost, A-4 closed in April).
    expect(evaluateKpi(toDataset(rows, 'deals'), 'revenue', { period: march, compare: 'none' }).value).to.equal(19750.5);
  });

  it('is an error, not 0, when the export lacks a column the KPI reads', () => {
    // The activities file given to a revenue card.
    const activities = toDataset([{ id: 'A1', date: '2026-03-02', type: 'call', owner: 'Kari' }], 'deals');
    for (const run of [
      () => evaluateKpi(activities, 'revenue', { period: march, compare: 'previous-period' }),
      () => kpiSeries(activities, 'revenue', march, 'week'),
    ]) {
      expect(run).to.throw(FieldsError).with.property('reason', 'missing');
      expect(run).to.throw(FieldsError).with.property('part', 'value');
    }
    // The value is there but no stage or status says which deals are won.
    const noStatus = toDataset([{ value: '5', closed: '2026-03-02' }], 'deals');
    expect(() => evaluateKpi(noStatus, 'revenue', { period: march, compare: 'none' })).to.throw(FieldsError).with.deep.property('fields', ['stage', 'status', 'isWon']);
    // Win rate does not read the value.
    expect(evaluateKpi(toDataset([{ stage: 'Won', closed: '2026-03-02' }], 'deals'), 'win-rate', { period: march, compare: 'none' }).value).to.equal(1);
  });

  it('every KPI names the columns it reads, and they are fields of their kind', () => {
    for (const kpi of KPI_CATALOGUE) {
      expect(kpi.needs?.[kpi.source], kpi.id).to.not.be.empty;
      for (const [kind, groups] of Object.entries(kpi.needs ?? {})) {
        for (const field of groups!.flat()) expect(RECORD_FIELDS[kind as keyof typeof RECORD_FIELDS], `${kpi.id} ${field}`).to.include(field);
      }
    }
  });

  it('every KPI refuses an export with none of its columns, and takes one with all of them', () => {
    for (const kpi of KPI_CATALOGUE) {
      const junk = toDataset([{ Whatever: '1' }], kpi.source);
      expect(() => evaluateKpi(junk, kpi.id, { period: march, compare: 'none' }), kpi.id).to.throw(FieldsError);
      const all = Object.fromEntries(RECORD_FIELDS[kpi.source].map((field) => [field, '']));
      expect(() => evaluateKpi(toDataset([all], kpi.source), kpi.id, { period: march, compare: 'none' }), kpi.id).not.to.throw();
    }
  });
});
