import { expect } from '@open-wc/testing';
import { dayFromYmd } from '../../src/core/dates.js';
import { ADDITIVE_KPIS } from '../../src/core/catalogue.js';
import {
  alignByPosition, axisDigits, budgetLine, buildTrend, ChartRangeError, progressOfValues, progressThrough, projectToEnd,
  runningTotal, trendDirection, withinData,
} from '../../src/core/series.js';
import { recordSpan } from '../../src/core/records.js';
import type { Dataset, Deal } from '../../src/core/types.js';

const jan = { start: dayFromYmd(2026, 1, 1), end: dayFromYmd(2026, 1, 31) };
const feb = { start: dayFromYmd(2026, 2, 1), end: dayFromYmd(2026, 2, 28) };
const mar = { start: dayFromYmd(2026, 3, 1), end: dayFromYmd(2026, 3, 31) };

describe('series: progressThrough', () => {
  it('finds the running bucket and the share of its days that have passed', () => {
    // 14 February: bucket 1 (February, 28 days), 14 of 28 days gone = 0.5.
    expect(progressThrough([jan, feb, mar], dayFromYmd(2026, 2, 14))).to.deep.equal({ last: 1, share: 0.5 });
  });

  it('counts the first day of a bucket as one day gone', () => {
    // 1 March: 1 of 31 days.
    expect(progressThrough([jan, feb, mar], dayFromYmd(2026, 3, 1))).to.deep.equal({ last: 2, share: 1 / 31 });
  });

  it('gives a whole last bucket when the period is over', () => {
    expect(progressThrough([jan, feb, mar], dayFromYmd(2026, 3, 31))).to.deep.equal({ last: 2, share: 1 });
    expect(progressThrough([jan, feb, mar], dayFromYmd(2026, 7, 1))).to.deep.equal({ last: 2, share: 1 });
  });

  it('says -1 before the period begins and for no buckets at all', () => {
    expect(progressThrough([jan, feb], dayFromYmd(2025, 12, 31))).to.deep.equal({ last: -1, share: 0 });
    expect(progressThrough([], dayFromYmd(2026, 1, 1))).to.deep.equal({ last: -1, share: 0 });
  });
});

describe('series: progressOfValues', () => {
  it('treats trailing nulls as buckets to come and a gap inside as a gap', () => {
    expect(progressOfValues([1, null, 2, null, null])).to.deep.equal({ last: 2, share: 1 });
  });

  it('is -1 for an empty or all-null series', () => {
    expect(progressOfValues([])).to.deep.equal({ last: -1, share: 0 });
    expect(progressOfValues([null, null])).to.deep.equal({ last: -1, share: 0 });
  });
});

describe('series: runningTotal', () => {
  it('sums as it goes', () => {
    // 10, 10+20 = 30, 30+5 = 35
    expect(runningTotal([10, 20, 5])).to.deep.equal([10, 30, 35]);
  });

  it('keeps a gap and carries the total over it', () => {
    // 1, gap, 1+2 = 3
    expect(runningTotal([1, null, 2])).to.deep.equal([1, null, 3]);
  });

  it('handles negative values and an empty series', () => {
    expect(runningTotal([5, -2, -3])).to.deep.equal([5, 3, 0]);
    expect(runningTotal([])).to.deep.equal([]);
  });
});

describe('series: alignByPosition', () => {
  it('cuts a longer series and pads a shorter one with nulls', () => {
    expect(alignByPosition([1, 2, 3], 2)).to.deep.equal([1, 2]);
    expect(alignByPosition([1], 3)).to.deep.equal([1, null, null]);
    expect(alignByPosition([], 0)).to.deep.equal([]);
  });
});

describe('records: recordSpan', () => {
  const deal = (created: number | null, closed: number | null): Deal =>
    ({ id: 'd', status: 'won', stage: 'Won', value: 1, created, closed, owner: '', source: '' });
  const empty: Dataset = { deals: [], leads: [], activities: [], customers: [], costs: [], issues: [] };

  it('runs from the first day any record carries to the last, over every kind and date', () => {
    const ds: Dataset = {
      ...empty,
      // Created 10 March 2025 is the earliest day of all.
      deals: [deal(dayFromYmd(2025, 3, 10), dayFromYmd(2025, 4, 2)), deal(null, null)],
      // A lead contacted on 20 February 2026 is the latest.
      leads: [{
        id: 'l', created: dayFromYmd(2025, 6, 1), contacted: dayFromYmd(2026, 2, 20), assigned: true, qualified: false,
        opportunity: false, response: null, origin: 'sales', owner: '', source: '',
      }],
      costs: [{ date: dayFromYmd(2025, 12, 31), amount: 5, kind: 'sales', owner: '', source: '' }],
    };
    expect(recordSpan(ds)).to.deep.equal({ start: dayFromYmd(2025, 3, 10), end: dayFromYmd(2026, 2, 20) });
  });

  it('is null without any dated record', () => {
    expect(recordSpan(empty)).to.equal(null);
    expect(recordSpan({ ...empty, deals: [deal(null, null)] })).to.equal(null);
  });
});

describe('series: withinData', () => {
  // Data from 10 February to 15 March 2026.
  const data = { start: dayFromYmd(2026, 2, 10), end: dayFromYmd(2026, 3, 15) };
  const apr = { start: dayFromYmd(2026, 4, 1), end: dayFromYmd(2026, 4, 30) };

  it('has no data for a bucket wholly before the first record, and a real 0 inside the span', () => {
    // January ends on the 31st, before the 10 February start: no data. February and March are
    // touched by the span and keep their values, 0 included (a month with no deals).
    expect(withinData([0, 0, 40, 0], [jan, feb, mar, apr], data, { after: false })).to.deep.equal([null, 0, 40, 0]);
  });

  it('has no data after the last record either, when asked', () => {
    // April starts on the 1st, after the 15 March end.
    expect(withinData([0, 0, 40, 0], [jan, feb, mar, apr], data, { after: true })).to.deep.equal([null, 0, 40, null]);
  });

  it('leaves the values alone without a span, and a null stays null', () => {
    expect(withinData([0, null], [jan, feb], null, { after: true })).to.deep.equal([0, null]);
    expect(withinData([null, 5], [jan, feb], data, { after: true })).to.deep.equal([null, 5]);
  });
});

describe('series: budgetLine', () => {
  const keys = ['2026-01', '2026-02', '2026-03'];

  it('repeats one number for every bucket', () => {
    expect(budgetLine(1000, keys)).to.deep.equal([1000, 1000, 1000]);
  });

  it('places a list of numbers by position', () => {
    expect(budgetLine([90, 100], keys)).to.deep.equal([90, 100, null]);
  });

  it('matches a series by bucket key and leaves unnamed buckets empty', () => {
    const budget = [{ date: '2026-03', value: 30 }, { date: '2026-01', value: 10 }, { date: '2025-12', value: 99 }];
    expect(budgetLine(budget, keys)).to.deep.equal([10, null, 30]);
  });

  it('refuses anything else', () => {
    expect(budgetLine('100', keys)).to.equal(null);
    expect(budgetLine({ value: 1 }, keys)).to.equal(null);
    expect(budgetLine([{ month: '2026-01', value: 1 }], keys)).to.equal(null);
    expect(budgetLine([{ date: '2026-01', value: '5' }], keys)).to.equal(null);
    expect(budgetLine(Number.NaN, keys)).to.equal(null);
  });
});

describe('series: projectToEnd', () => {
  it('projects an additive KPI at its run rate, starting at the last actual value', () => {
    // 100 + 200 + 50 = 350 over 2.5 elapsed buckets → 140 per bucket.
    // The dashed line starts at March's 50 so it joins the solid one; later buckets 140 each.
    const projection = projectToEnd([100, 200, 50, null, null], { last: 2, share: 0.5 }, { cumulative: false, additive: true });
    expect(projection).to.deep.equal([null, null, 50, 140, 140]);
  });

  it('weighs buckets the period cuts short: November 2026 by ISO week', () => {
    // Weeks 44..49 of November 2026: W44 is only Sun 1 Nov (1/7 of a week), W45..W47 whole,
    // W48 = 23..29 Nov, W49 only Mon 30 Nov (1/7). Today Mon 23 Nov: W48 is 1/7 through.
    // 10 a day: 10, 70, 70, 70, then 10 on the 23rd = 230 over 1/7 + 3 + 1/7 = 23/7 weeks → 70 a week.
    const progress = { last: 4, share: 1 / 7, weights: [1 / 7, 1, 1, 1, 1, 1 / 7] };
    const values = [10, 70, 70, 70, 10, null];
    // W49 holds one day: 70 × 1/7 = 10, not a whole week's 70.
    const perWeek = projectToEnd(values, progress, { cumulative: false, additive: true })!;
    expect(perWeek[4]).to.equal(10);
    expect(perWeek[5]).to.be.closeTo(10, 1e-9);
    // Cumulative: 230, then the rest of W48 (70 × 6/7 = 60) and W49's day (10): 300 = 30 days × 10.
    const total = projectToEnd(values, progress, { cumulative: true, additive: true })!;
    expect(total[4]).to.equal(230);
    expect(total[5]).to.be.closeTo(300, 1e-9);
    // Without weights every bucket counts whole: 230 / 4 1/7 weeks = 55.5… for W49.
    expect(projectToEnd(values, { last: 4, share: 1 / 7 }, { cumulative: false, additive: true })![5]).to.be.closeTo(230 / (29 / 7), 1e-9);
  });

  it('projects the running total in cumulative mode, from the running total drawn', () => {
    // Totals 100, 300, 350; rate 140. Starts at 350; the running bucket's other half (140 × 0.5 = 70)
    // comes with the next step: 350 + 70 + 140 = 560, then 700 (= 140 × 5 buckets).
    const projection = projectToEnd([100, 200, 50, null, null], { last: 2, share: 0.5 }, { cumulative: true, additive: true });
    expect(projection).to.deep.equal([null, null, 350, 560, 700]);
  });

  it('starts at the last actual value when its bucket is finished', () => {
    // 600 over 3 whole buckets → 200 per bucket.
    expect(projectToEnd([100, 200, 300, null], { last: 2, share: 1 }, { cumulative: false, additive: true }))
      .to.deep.equal([null, null, 300, 200]);
    // Cumulative: 600, then 600 + 200 = 800.
    expect(projectToEnd([100, 200, 300, null], { last: 2, share: 1 }, { cumulative: true, additive: true }))
      .to.deep.equal([null, null, 600, 800]);
  });

  it('carries the mean level forward for a KPI that does not add up', () => {
    // Win rate in %: mean of 20, 40, 30 = 30; the running bucket keeps its value.
    expect(projectToEnd([20, 40, 30, null], { last: 2, share: 0.5 }, { cumulative: false, additive: false }))
      .to.deep.equal([null, null, 30, 30]);
  });

  it('has nothing to draw when the running bucket is the last one', () => {
    // The line would start and end at the last actual point.
    expect(projectToEnd([30, 30], { last: 1, share: 0.5 }, { cumulative: false, additive: true })).to.equal(null);
    expect(projectToEnd([30, 30], { last: 1, share: 0.5 }, { cumulative: true, additive: true })).to.equal(null);
  });

  it('starts at the last bucket with a value when the running bucket has none yet', () => {
    // 100 + 200 = 300 over 2.5 buckets → 120. The line ends at February (200, total 300).
    // March so far has nothing: it gets the rest of its run rate, 120 × 0.5 = 60; then 120 a bucket.
    expect(projectToEnd([100, 200, null, null, null], { last: 2, share: 0.5 }, { cumulative: false, additive: true }))
      .to.deep.equal([null, 200, 60, 120, 120]);
    // 300, 300 + 60 = 360, 480, 600 (= 120 × 5 buckets).
    expect(projectToEnd([100, 200, null, null, null], { last: 2, share: 0.5 }, { cumulative: true, additive: true }))
      .to.deep.equal([null, 300, 360, 480, 600]);
    // A rate without a value in the running quarter: the mean of 20 and 40 from Q2 on.
    expect(projectToEnd([20, 40, null, null], { last: 2, share: 0.5 }, { cumulative: false, additive: false }))
      .to.deep.equal([null, 40, 30, 30]);
  });

  it('counts a gap as nothing sold', () => {
    // 90 + 0 + 60 = 150 over 3 buckets → 50.
    expect(projectToEnd([90, null, 60, null], { last: 2, share: 1 }, { cumulative: false, additive: true }))
      .to.deep.equal([null, null, 60, 50]);
  });

  it('counts the run rate from the first bucket with data, not from buckets before the data began', () => {
    // The data starts in the third month: 60 + 90 = 150 over 2 elapsed buckets (not 4) → 75.
    expect(projectToEnd([null, null, 60, 90, null], { last: 3, share: 1 }, { cumulative: false, additive: true }))
      .to.deep.equal([null, null, null, 90, 75]);
    // Half-way through the fourth: 150 over 1.5 buckets → 100; the rest of the fourth is 100 × 0.5 = 50,
    // so the total 150 goes to 150 + 50 + 100 = 300.
    expect(projectToEnd([null, null, 60, 90, null], { last: 3, share: 0.5 }, { cumulative: true, additive: true }))
      .to.deep.equal([null, null, null, 150, 300]);
  });

  it('is null when nothing is left to project or nothing is known', () => {
    expect(projectToEnd([1, 2, 3], { last: 2, share: 1 }, { cumulative: false, additive: true })).to.equal(null);
    expect(projectToEnd([null, null], { last: -1, share: 0 }, { cumulative: false, additive: true })).to.equal(null);
    expect(projectToEnd([null, null, null], { last: 1, share: 1 }, { cumulative: false, additive: true })).to.equal(null);
    expect(projectToEnd([], { last: -1, share: 0 }, { cumulative: true, additive: true })).to.equal(null);
  });
});

describe('series: trendDirection', () => {
  it('follows the least-squares line', () => {
    // x̄ = 1, ȳ = 30; Σ(x−x̄)(y−ȳ) = (−1)(−20) + 0 + (1)(30) = 50; Σ(x−x̄)² = 2 → slope 25 → up.
    expect(trendDirection([10, 20, 60])).to.equal('up');
    expect(trendDirection([3, 2, 1])).to.equal('down');
  });

  it('is not turned around by one low last bucket', () => {
    // 10, 20, 30, 40, 25: slope = (−2·−15 + −1·−5 + 0 + 1·15 + 2·0) / 10 = 50/10 = 5 → up.
    expect(trendDirection([10, 20, 30, 40, 25])).to.equal('up');
  });

  it('calls a change under 1 % of the level flat', () => {
    // 100 → 101: change 1 ≤ 1 % of the mean 100.5 (1.005) → flat; 100 → 102: 2 > 1.01 → up.
    expect(trendDirection([100, 101])).to.equal('flat');
    expect(trendDirection([100, 102])).to.equal('up');
    expect(trendDirection([0, 0, 0])).to.equal('flat');
  });

  it('skips gaps and needs two values', () => {
    expect(trendDirection([10, null, 30])).to.equal('up');
    expect(trendDirection([5])).to.equal(null);
    expect(trendDirection([null, 5, null])).to.equal(null);
    expect(trendDirection([])).to.equal(null);
  });
});

describe('series: buildTrend', () => {
  // kpiSeries gives 0 for a month still to come; progress says it has not happened.
  const series = [
    { date: '2026-01', value: 100 },
    { date: '2026-02', value: 200 },
    { date: '2026-03', value: 50 },
    { date: '2026-04', value: 0 },
  ];
  const input = {
    series,
    progress: { last: 2, share: 0.5 },
    previous: [80, 120, 100, 90, 70],
    budget: [150, 150, 150, 150],
    target: 150,
  };

  it('draws every line per bucket', () => {
    const model = buildTrend(input);
    expect(model.keys).to.deep.equal(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(model.actual).to.deep.equal([100, 200, 50, null]);
    // Last year's fifth bucket has no place in four.
    expect(model.previous).to.deep.equal([80, 120, 100, 90]);
    expect(model.budget).to.deep.equal([150, 150, 150, 150]);
    expect(model.target).to.deep.equal([150, 150, 150, 150]);
    // 350 / 2.5 = 140: from March's 50 (the last actual point) to April's 140.
    expect(model.projection).to.deep.equal([null, null, 50, 140]);
    expect(model.projection![2]).to.equal(model.actual[2]);
    expect(model.last).to.deep.equal({ index: 2, value: 50 });
    expect(model.cumulative).to.equal(false);
    // March is half run (share 0.5), so its 50 is half a month: the trend is read over January and
    // February, 100 → 200, up. (With March whole: x̄ = 1, ȳ = 350/3, Σ(x−x̄)(y−ȳ) = −50 → down.)
    expect(model.trend).to.equal('up');
    expect(buildTrend({ ...input, progress: { last: 2, share: 1 } }).trend).to.equal('down');
  });

  it('turns actual, last year, budget and projection into running totals in cumulative mode', () => {
    const model = buildTrend({ ...input, cumulative: true });
    expect(model.actual).to.deep.equal([100, 300, 350, null]);
    expect(model.previous).to.deep.equal([80, 200, 300, 390]);
    expect(model.budget).to.deep.equal([150, 300, 450, 600]);
    // The target stays a level: it is the goal for the total.
    expect(model.target).to.deep.equal([150, 150, 150, 150]);
    // From the total drawn, 350, to 350 + 140 × 0.5 + 140 = 560.
    expect(model.projection).to.deep.equal([null, null, 350, 560]);
    expect(model.projection![2]).to.equal(model.actual[2]);
    expect(model.last).to.deep.equal({ index: 2, value: 350 });
    // The last value is the total so far.
    expect(model.cumulative).to.equal(true);
    // The trend is of the running total the chart draws: 100, 300, 350.
    // x̄ = 1, ȳ = 250; Σ(x−x̄)(y−ȳ) = (−1)(−150) + 0 + (1)(100) = 250; Σ(x−x̄)² = 2 → slope 125;
    // change over the range 250 > 1 % of the mean 250 → up (per bucket it would be down, above).
    expect(model.trend).to.equal('up');
  });

  it('reads progress off trailing nulls of a ready-made series', () => {
    const model = buildTrend({ series: [{ date: '2026-Q1', value: 30 }, { date: '2026-Q2', value: 50 }, { date: '2026-Q3', value: null }] });
    expect(model.actual).to.deep.equal([30, 50, null]);
    // 80 over 2 whole quarters → 40.
    expect(model.projection).to.deep.equal([null, 50, 40]);
    expect(model.previous).to.equal(null);
    expect(model.budget).to.equal(null);
    expect(model.target).to.equal(null);
    expect(model.last).to.deep.equal({ index: 1, value: 50 });
    expect(model.trend).to.equal('up');
  });

  it('keeps buckets before the data began as gaps in every running total', () => {
    // Actual starts in February, last year in March: running totals start where the data does.
    const model = buildTrend({
      series: [{ date: '2026-01', value: null }, { date: '2026-02', value: 30 }, { date: '2026-03', value: 20 }],
      previous: [null, null, 10],
      cumulative: true,
    });
    expect(model.actual).to.deep.equal([null, 30, 50]);
    expect(model.previous).to.deep.equal([null, null, 10]);
    expect(model.last).to.deep.equal({ index: 2, value: 50 });
  });

  it('has no last value, projection or trend for an empty series', () => {
    const model = buildTrend({ series: [], target: 5 });
    expect(model.keys).to.deep.equal([]);
    expect(model.target).to.deep.equal([]);
    expect(model.last).to.equal(null);
    expect(model.projection).to.equal(null);
    expect(model.trend).to.equal(null);
  });

  it('knows which catalogue KPIs add up', () => {
    expect(ADDITIVE_KPIS.has('revenue')).to.equal(true);
    expect(ADDITIVE_KPIS.has('win-rate')).to.equal(false);
    expect(ADDITIVE_KPIS.has('mrr')).to.equal(false);
  });
});

describe('series: buildTrend reads the trend without a bucket still running', () => {
  const series = (values: (number | null)[]) => values.map((value, i) => ({ date: `2026-W4${i + 4}`, value }));
  it('a one-day week of an additive KPI is not a fall', () => {
    // 100, 120, 140 a week, then 20 on the first day of the running week (share 1/7):
    // fitted over the three whole weeks the trend is up; with the 20 it would read down.
    const progress = { last: 3, share: 1 / 7 };
    expect(buildTrend({ series: series([100, 120, 140, 20]), progress }).trend).to.equal('up');
    expect(buildTrend({ series: series([100, 120, 140, 20]), progress: { last: 3, share: 1 } }).trend).to.equal('down');
    // A level (a rate) is a whole value in a running bucket too: kept.
    expect(buildTrend({ series: series([100, 120, 140, 20]), progress, additive: false }).trend).to.equal('down');
    // A running total keeps it: 100, 220, 360, 380 goes up.
    expect(buildTrend({ series: series([100, 120, 140, 20]), progress, cumulative: true }).trend).to.equal('up');
  });
});

describe('series: buildTrend refuses what a chart cannot draw', () => {
  const series = (values: (number | null)[]) => values.map((value, i) => ({ date: `2026-0${i + 1}`, value }));

  it('draws up to ±1E300 and refuses beyond, naming the value', () => {
    expect(buildTrend({ series: series([5, 1e300]) }).last).to.deep.equal({ index: 1, value: 1e300 });
    expect(buildTrend({ series: series([-1e300, 1e300]) }).actual).to.deep.equal([-1e300, 1e300]);
    // Number.MAX_VALUE = 1.7976931348623157E308, written with two decimals.
    for (const huge of [Number.MAX_VALUE, -1e301]) {
      let error: unknown;
      try {
        buildTrend({ series: series([5, huge]) });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ChartRangeError);
      expect((error as ChartRangeError).code).to.equal('too-large');
    }
    expect(() => buildTrend({ series: series([5, Number.MAX_VALUE]) })).to.throw('The value 1.80e+308 is too large');
  });

  it('checks the lines as drawn: a running total past the limit, a budget, a target', () => {
    // 6E299 + 6E299 = 1.2E300: each value is drawable, their running total is not.
    expect(() => buildTrend({ series: series([6e299, 6e299]) })).not.to.throw();
    expect(() => buildTrend({ series: series([6e299, 6e299]), cumulative: true })).to.throw(ChartRangeError, '1.20e+300');
    expect(() => buildTrend({ series: series([1, 2]), budget: [1, 2e300] })).to.throw(ChartRangeError, '2.00e+300');
    expect(() => buildTrend({ series: series([1, 2]), target: -5e300 })).to.throw(ChartRangeError, '-5.00e+300');
  });
});

describe('series: axisDigits', () => {
  it('uses whole numbers for whole steps', () => {
    // Ticks 0, 20 000, 40 000 … kr: "0 kr", never "0,00 kr".
    expect(axisDigits(20000, 'currency')).to.equal(0);
    expect(axisDigits(1, 'number')).to.equal(0);
  });

  it('uses as many decimals as the step has', () => {
    // 0, 0.5, 1 → one decimal; 0, 0.25, 0.5 → two, so 0.25 does not read 0.3; 2.5 → one.
    expect(axisDigits(0.5, 'number')).to.equal(1);
    expect(axisDigits(0.25, 'number')).to.equal(2);
    expect(axisDigits(2.5, 'days')).to.equal(1);
    // Float noise in a step (0.1 + 0.2) does not ask for 17 decimals.
    expect(axisDigits(0.1 + 0.2, 'number')).to.equal(1);
  });

  it('counts a percent axis in percent', () => {
    // Ratio step 0.05 = 5 % → whole percents; 0.025 = 2.5 % → one decimal.
    expect(axisDigits(0.05, 'percent')).to.equal(0);
    expect(axisDigits(0.025, 'percent')).to.equal(1);
  });

  it('leaves compact numbers to Intl and survives a zero or missing step', () => {
    expect(axisDigits(2500, 'compact')).to.equal(undefined);
    expect(axisDigits(0, 'number')).to.equal(0);
    expect(axisDigits(Number.NaN, 'number')).to.equal(0);
  });
});
