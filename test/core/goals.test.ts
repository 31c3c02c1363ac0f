import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { evaluateGoal, goalStatusFromRatio, GoalError, GOAL_THRESHOLDS, type GoalInput } from '../../src/core/goals.js';

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86400000;

// April 2026: 30 days, Wed 1 .. Thu 30.
// Working days: Wed 1-Fri 3 (3), 6-10 (5), 13-17 (5), 20-24 (5), 27-30 (4) = 22.
const APRIL = { start: day(2026, 4, 1), end: day(2026, 4, 30) };
const revenueGoal = (value: number, today: number, extra: Partial<GoalInput> = {}) =>
  evaluateGoal({ value, target: 300000, ...APRIL, today, ...extra });

describe('GOAL_THRESHOLDS and goalStatusFromRatio', () => {
  it('maps pace ratios to statuses at the documented boundaries', () => {
    expect(GOAL_THRESHOLDS).to.deep.equal({ ahead: 1.05, onTrack: 0.95, atRisk: 0.85 });
    expect(goalStatusFromRatio(1.05)).to.equal('ahead');
    expect(goalStatusFromRatio(1.0499)).to.equal('on-track');
    expect(goalStatusFromRatio(0.95)).to.equal('on-track');
    expect(goalStatusFromRatio(0.9499)).to.equal('at-risk');
    expect(goalStatusFromRatio(0.85)).to.equal('at-risk');
    expect(goalStatusFromRatio(0.8499)).to.equal('behind');
    expect(goalStatusFromRatio(-2)).to.equal('behind');
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(GOAL_THRESHOLDS)).to.equal(true);
  });
});

describe('evaluateGoal', () => {
  it('evaluates a revenue goal halfway through on calendar pace', () => {
    // today Apr 15: Apr 1..15 have passed, today included (its deals are in the value) = 15 of 30 days
    const g = revenueGoal(160000, day(2026, 4, 15));
    expect(g.direction).to.equal('up');
    // 15 / 30 = 0.5
    expect(g.expectedShare).to.equal(0.5);
    // 0 + 0.5 * (300000 - 0) = 150000
    expect(g.expected).to.equal(150000);
    // 160000 / 300000 = 0.5333…
    expect(g.progress).to.be.closeTo(0.533333, 1e-6);
    // 0.5333 / 0.5 = 1.0667 >= 1.05
    expect(g.paceRatio).to.be.closeTo(1.066667, 1e-6);
    expect(g.status).to.equal('ahead');
    // 160000 per 15 days * 30 days = 320000
    expect(g.projected).to.equal(320000);
    // 300000 - 160000 = 140000
    expect(g.remaining).to.equal(140000);
    // Apr 15..30 = 16 days still to act on: today is not over
    expect(g.daysLeft).to.equal(16);
    // 140000 / 16 = 8750
    expect(g.neededPerDay).to.be.closeTo(8750, 1e-9);
    // 140000 / (16 / 7) = 61250
    expect(g.neededPerWeek).to.be.closeTo(61250, 1e-9);
    // Wed 15, Thu 16, Fri 17, 20-24, 27-30 = 3 + 5 + 4 = 12 working days
    expect(g.workingDaysLeft).to.equal(12);
    // 140000 / 12 = 11666.67
    expect(g.neededPerWorkingDay).to.be.closeTo(11666.667, 1e-3);
    expect(g.reached).to.equal(false);
    expect(g.overTarget).to.equal(false);
  });

  it('sets the status from the pace ratio', () => {
    const today = day(2026, 4, 15); // expected share 15 / 30 = 0.5
    // 150000 / 300000 = 0.5; 0.5 / 0.5 = 1.0
    expect(revenueGoal(150000, today).status).to.equal('on-track');
    // 135000 / 300000 = 0.45; 0.45 / 0.5 = 0.9
    expect(revenueGoal(135000, today).status).to.equal('at-risk');
    // 120000 / 300000 = 0.4; 0.4 / 0.5 = 0.8
    expect(revenueGoal(120000, today).status).to.equal('behind');
  });

  it('runs the line over working days with pace "working"', () => {
    // today Sun Apr 12. Calendar: Apr 1..12 passed = 12 of 30. Working: Apr 1-3, 6-10 = 8 of 22.
    const calendar = revenueGoal(100000, day(2026, 4, 12));
    const working = revenueGoal(100000, day(2026, 4, 12), { pace: 'working' });
    // 12 / 30 = 0.4; progress 100000 / 300000 = 1/3; (1/3) / 0.4 = 0.833 -> behind
    expect(calendar.expectedShare).to.equal(0.4);
    expect(calendar.status).to.equal('behind');
    // 8 / 22 = 0.3636; 300000 * 8 / 22 = 109090.9
    expect(working.expectedShare).to.be.closeTo(8 / 22, 1e-12);
    expect(working.expected).to.be.closeTo(109090.909, 1e-3);
    // (1/3) / (8/22) = 22 / 24 = 0.9167 -> at risk
    expect(working.paceRatio).to.be.closeTo(0.916667, 1e-6);
    expect(working.status).to.equal('at-risk');
    // run rate 100000 per 8 working days * 22 = 275000
    expect(working.projected).to.be.closeTo(275000, 1e-6);
    // Apr 13..30: 13-17, 20-24, 27-30 = 14 working days; (300000 - 100000) / 14 = 14285.71
    expect(working.workingDaysLeft).to.equal(14);
    expect(working.neededPerWorkingDay).to.be.closeTo(14285.714, 1e-3);
  });

  it('leaves holidays out of the working-day line', () => {
    // Easter 2026 in Norway: Thu Apr 2, Fri Apr 3, Mon Apr 6
    const holidays = new Set([day(2026, 4, 2), day(2026, 4, 3), day(2026, 4, 6)]);
    const g = revenueGoal(100000, day(2026, 4, 12), { pace: 'working', holidays });
    // total 22 - 3 = 19; passed: Apr 1, 7, 8, 9, 10 = 5; share 5 / 19
    expect(g.expectedShare).to.be.closeTo(5 / 19, 1e-12);
    // 300000 * 5 / 19 = 78947.37
    expect(g.expected).to.be.closeTo(78947.368, 1e-3);
    // (1/3) / (5/19) = 19 / 15 = 1.2667 -> ahead
    expect(g.paceRatio).to.be.closeTo(19 / 15, 1e-12);
    expect(g.status).to.equal('ahead');
    // 14 working days left, none of them holidays
    expect(g.workingDaysLeft).to.equal(14);
  });

  it('before the start: nothing has passed and all of the span is left', () => {
    const g = revenueGoal(0, day(2026, 3, 25));
    expect(g.expectedShare).to.equal(0);
    expect(g.expected).to.equal(0);
    expect(g.projected).to.equal(null);
    expect(g.paceRatio).to.equal(null);
    expect(g.status).to.equal('on-track');
    expect(g.daysLeft).to.equal(30);
    expect(g.workingDaysLeft).to.equal(22);
    // 300000 / 30 = 10000; 300000 / (30 / 7) = 70000; 300000 / 22 = 13636.36
    expect(g.neededPerDay).to.equal(10000);
    expect(g.neededPerWeek).to.be.closeTo(70000, 1e-9);
    expect(g.neededPerWorkingDay).to.be.closeTo(13636.364, 1e-3);
  });

  it('before the start: a head start is ahead', () => {
    expect(revenueGoal(5000, day(2026, 3, 25)).status).to.equal('ahead');
  });

  it('on the start day: today has passed for the line, is still to act on, and it is too early to project', () => {
    const g = revenueGoal(0, APRIL.start);
    // 1 of 30 days: 300000 / 30 = 10000 expected
    expect(g.expectedShare).to.equal(1 / 30);
    expect(g.expected).to.equal(10000);
    // 1 / 30 < 0.2 of the period and no history: no forecast, and the status only reads the direction
    expect(g.projected).to.equal(null);
    expect(g.forecastMethod).to.equal('too-early');
    expect(g.status).to.equal('on-track');
    expect(g.daysLeft).to.equal(30);
    // a deal closed in the morning of day one is ahead of the line
    expect(revenueGoal(2000, APRIL.start).status).to.equal('ahead');
  });

  it('on the end day: the line is complete, one day is left to act on', () => {
    const g = revenueGoal(290000, APRIL.end);
    // 30 of 30 days passed, today included
    expect(g.expectedShare).to.equal(1);
    expect(g.projected).to.equal(290000);
    expect(g.forecastMethod).to.equal('final');
    expect(g.daysLeft).to.equal(1);
    expect(g.workingDaysLeft).to.equal(1);
    // 300000 - 290000 = 10000 still needed today
    expect(g.neededPerDay).to.equal(10000);
    // (290000 / 300000) / 1 = 0.967 -> on track
    expect(g.paceRatio).to.be.closeTo(29 / 30, 1e-12);
    expect(g.status).to.equal('on-track');
  });

  it('after the end without reaching: behind, no time left, projection is the final value', () => {
    const g = revenueGoal(280000, day(2026, 5, 3));
    expect(g.expectedShare).to.equal(1);
    expect(g.expected).to.equal(300000);
    expect(g.projected).to.equal(280000);
    expect(g.daysLeft).to.equal(0);
    expect(g.workingDaysLeft).to.equal(0);
    // 300000 - 280000 = 20000 but no time to do it in
    expect(g.remaining).to.equal(20000);
    expect(g.neededPerDay).to.equal(null);
    expect(g.neededPerWeek).to.equal(null);
    expect(g.neededPerWorkingDay).to.equal(null);
    // (280000 / 300000) / 1 = 0.933 would be "at risk" while running; after the end it is behind
    expect(g.status).to.equal('behind');
  });

  it('after the end having reached the target exactly', () => {
    const g = revenueGoal(300000, day(2026, 5, 3));
    expect(g.reached).to.equal(true);
    expect(g.overTarget).to.equal(false);
    expect(g.status).to.equal('ahead');
    expect(g.remaining).to.equal(0);
    expect(g.neededPerDay).to.equal(0);
  });

  it('reached early: reached, over target, ahead, nothing more needed', () => {
    const g = revenueGoal(310000, day(2026, 4, 20));
    expect(g.reached).to.equal(true);
    expect(g.overTarget).to.equal(true);
    // 310000 / 300000 = 1.0333
    expect(g.progress).to.be.closeTo(1.033333, 1e-6);
    // 20 days passed, today included: 1.0333 / (20 / 30) = 1.55
    expect(g.paceRatio).to.be.closeTo(1.55, 1e-6);
    expect(g.status).to.equal('ahead');
    expect(g.remaining).to.equal(0);
    expect(g.neededPerDay).to.equal(0);
    expect(g.neededPerWeek).to.equal(0);
    expect(g.neededPerWorkingDay).to.equal(0);
  });

  it('reached stays ahead even where the ratio alone would say on track', () => {
    // Apr 29: 1 / (29 / 30) = 1.0345 < 1.05 would be on track
    const g = revenueGoal(300000, day(2026, 4, 29));
    expect(g.paceRatio).to.be.closeTo(1.034483, 1e-6);
    expect(g.status).to.equal('ahead');
  });

  describe('a goal to reduce (target below baseline): churn 5 % -> 3 %', () => {
    const churn = (value: number) =>
      evaluateGoal({ value, baseline: 0.05, target: 0.03, ...APRIL, today: day(2026, 4, 15) });

    it('measures progress downwards', () => {
      const g = churn(0.042);
      expect(g.direction).to.equal('down');
      // (0.042 - 0.05) / (0.03 - 0.05) = -0.008 / -0.02 = 0.4
      expect(g.progress).to.be.closeTo(0.4, 1e-12);
      // 0.05 + 0.5 * (0.03 - 0.05) = 0.04
      expect(g.expected).to.be.closeTo(0.04, 1e-12);
      // 0.4 / 0.5 = 0.8 -> behind
      expect(g.paceRatio).to.be.closeTo(0.8, 1e-12);
      expect(g.status).to.equal('behind');
      // 0.05 + (0.042 - 0.05) * 30 / 15 = 0.034
      expect(g.projected).to.be.closeTo(0.034, 1e-12);
      // 0.042 - 0.03 = 0.012 still to cut, as a positive distance
      expect(g.remaining).to.be.closeTo(0.012, 1e-12);
      // 0.012 / 16 days (Apr 15..30) = 0.00075 per day
      expect(g.neededPerDay).to.be.closeTo(0.00075, 1e-12);
    });

    it('is ahead when falling faster than the line', () => {
      // (0.039 - 0.05) / -0.02 = 0.55; 0.55 / 0.5 = 1.1
      expect(churn(0.039).status).to.equal('ahead');
    });

    it('is reached at or below the target', () => {
      expect(churn(0.03).reached).to.equal(true);
      expect(churn(0.03).overTarget).to.equal(false);
      const below = churn(0.029);
      expect(below.reached).to.equal(true);
      expect(below.overTarget).to.equal(true);
      expect(below.remaining).to.equal(0);
    });

    it('is behind when moving away from the target', () => {
      const g = churn(0.06);
      // (0.06 - 0.05) / -0.02 = -0.5
      expect(g.progress).to.be.closeTo(-0.5, 1e-12);
      expect(g.status).to.equal('behind');
      // 0.06 - 0.03 = 0.03
      expect(g.remaining).to.be.closeTo(0.03, 1e-12);
    });
  });

  describe('a rate goal (rate: true): churn 5 % -> 3 %, the README example', () => {
    const rate = (value: number, today = day(2026, 4, 15)) =>
      evaluateGoal({ value, baseline: 0.05, target: 0.03, ...APRIL, today, rate: true });

    it('gives the remaining distance in percentage points and needs nothing per day', () => {
      const g = rate(0.04);
      // 0.04 - 0.03 = 0.01 of a ratio = 1 percentage point
      expect(g.remaining).to.be.closeTo(0.01, 1e-12);
      expect(g.remainingPoints).to.be.closeTo(1, 1e-12);
      // A rate does not accumulate: "0.07 pp per day" would mean nothing.
      expect(g.perDayNeeds).to.equal(false);
      expect(g.neededPerDay).to.equal(null);
      expect(g.neededPerWeek).to.equal(null);
      expect(g.neededPerWorkingDay).to.equal(null);
      // The rest is as for any goal: (0.04 - 0.05) / -0.02 = 0.5 of the way, expected 0.5 -> ratio 1 -> on track.
      expect(g.progress).to.be.closeTo(0.5, 1e-12);
      expect(g.expected).to.be.closeTo(0.04, 1e-12);
      expect(g.status).to.equal('on-track');
      expect(g.daysLeft).to.equal(16);
    });

    it('12.5 % -> 10 % at 11.75 %: 1.75 points to go', () => {
      const g = evaluateGoal({ value: 0.1175, baseline: 0.125, target: 0.1, ...APRIL, today: day(2026, 4, 16), rate: true });
      // 0.1175 - 0.1 = 0.0175 -> 1.75 points
      expect(g.remainingPoints).to.be.closeTo(1.75, 1e-9);
    });

    it('reached: 0 points remain; after the end unreached: still in points, still nothing per day', () => {
      expect(rate(0.029).remainingPoints).to.equal(0);
      const late = rate(0.035, day(2026, 5, 3));
      // 0.035 - 0.03 = 0.005 -> 0.5 points short
      expect(late.remainingPoints).to.be.closeTo(0.5, 1e-12);
      expect(late.neededPerDay).to.equal(null);
    });

    it('a total (the default) has no points and does need something per day', () => {
      const g = revenueGoal(160000, day(2026, 4, 16));
      expect(g.perDayNeeds).to.equal(true);
      expect(g.remainingPoints).to.equal(null);
    });
  });

  it('a goal to reach 0 (open complaints 12 -> 0)', () => {
    const g = evaluateGoal({ value: 6, baseline: 12, target: 0, ...APRIL, today: day(2026, 4, 15) });
    expect(g.direction).to.equal('down');
    // (6 - 12) / (0 - 12) = 0.5; 0.5 / 0.5 = 1 -> on track
    expect(g.progress).to.equal(0.5);
    expect(g.status).to.equal('on-track');
    // 6 - 0 = 6
    expect(g.remaining).to.equal(6);
    expect(evaluateGoal({ value: 0, baseline: 12, target: 0, ...APRIL, today: day(2026, 4, 16) }).reached).to.equal(true);
  });

  describe('target equal to baseline (a level to hold)', () => {
    const hold = (value: number, direction?: 'up' | 'down') =>
      evaluateGoal({ value, baseline: 0.9, target: 0.9, ...APRIL, today: day(2026, 4, 16), direction });

    it('is a floor by default: held at or above it', () => {
      const g = hold(0.92);
      expect(g.direction).to.equal('up');
      expect(g.reached).to.equal(true);
      expect(g.overTarget).to.equal(true);
      expect(g.progress).to.equal(1);
      expect(g.paceRatio).to.equal(null);
      expect(g.status).to.equal('ahead');
      // the line is flat at 0.9
      expect(g.expected).to.equal(0.9);
    });

    it('is behind when not held, with the gap as remaining', () => {
      const g = hold(0.88);
      expect(g.reached).to.equal(false);
      expect(g.progress).to.equal(0);
      expect(g.status).to.equal('behind');
      // 0.9 - 0.88 = 0.02
      expect(g.remaining).to.be.closeTo(0.02, 1e-12);
    });

    it('is a ceiling with direction "down"', () => {
      expect(hold(0.88, 'down').reached).to.equal(true);
      const over = hold(0.92, 'down');
      expect(over.reached).to.equal(false);
      // 0.92 - 0.9 = 0.02
      expect(over.remaining).to.be.closeTo(0.02, 1e-12);
    });

    it('target 0 with the default baseline 0 is reached at 0', () => {
      const g = evaluateGoal({ value: 0, target: 0, ...APRIL, today: day(2026, 4, 16) });
      expect(g.reached).to.equal(true);
      expect(g.status).to.equal('ahead');
    });
  });

  it('handles negative values (a net result below zero)', () => {
    const g = revenueGoal(-20000, day(2026, 4, 15), { target: 100000 });
    // -20000 / 100000 = -0.2; -0.2 / 0.5 = -0.4 -> behind
    expect(g.progress).to.equal(-0.2);
    expect(g.paceRatio).to.equal(-0.4);
    expect(g.status).to.equal('behind');
    // 100000 - (-20000) = 120000
    expect(g.remaining).to.equal(120000);
    // -20000 * 30 / 15 = -40000
    expect(g.projected).to.equal(-40000);
  });

  it('uses the baseline as the start of the line', () => {
    // MRR from 100000 to 130000: today Apr 15, share 15 / 30 = 0.5
    const g = evaluateGoal({ value: 118000, baseline: 100000, target: 130000, ...APRIL, today: day(2026, 4, 15) });
    // 100000 + 0.5 * 30000 = 115000
    expect(g.expected).to.equal(115000);
    // (118000 - 100000) / 30000 = 0.6; 0.6 / 0.5 = 1.2
    expect(g.progress).to.be.closeTo(0.6, 1e-12);
    expect(g.status).to.equal('ahead');
    // 100000 + 18000 * 30 / 15 = 136000
    expect(g.projected).to.equal(136000);
  });

  it('a single-day goal on its day has the whole day left to act on, and its line complete', () => {
    const d = day(2026, 4, 7);
    const g = evaluateGoal({ value: 3, target: 10, start: d, end: d, today: d });
    expect(g.daysLeft).to.equal(1);
    expect(g.expectedShare).to.equal(1);
    expect(g.projected).to.equal(3);
    // 10 - 3 = 7 needed today
    expect(g.neededPerDay).to.equal(7);
  });

  it('a working-day goal without working days falls back to calendar days', () => {
    // Sat Apr 4 .. Sun Apr 5; today Saturday: 1 of 2 calendar days passed, today included
    const g = evaluateGoal({ value: 4, target: 10, start: day(2026, 4, 4), end: day(2026, 4, 5), today: day(2026, 4, 4), pace: 'working' });
    expect(g.expectedShare).to.equal(0.5);
    expect(g.workingDaysLeft).to.equal(0);
    expect(g.neededPerWorkingDay).to.equal(null);
    // (10 - 4) / 2 days (Saturday and Sunday) = 3
    expect(g.neededPerDay).to.equal(3);
  });

  describe('invalid input', () => {
    it('rejects a value that is NaN', () => {
      try {
        revenueGoal(Number.NaN, day(2026, 4, 16));
        expect.fail('should have thrown');
      } catch (e) {
        expect(e).to.be.instanceOf(GoalError);
        const error = e as GoalError;
        expect(error.code).to.equal('goal');
        expect(error.field).to.equal('value');
        expect(error.reason).to.equal('not-a-number');
        expect(error.message).to.contain('value');
      }
    });

    it('rejects an infinite target or baseline', () => {
      expect(() => revenueGoal(1, day(2026, 4, 16), { target: Number.POSITIVE_INFINITY }))
        .to.throw(GoalError).with.property('field', 'target');
      expect(() => revenueGoal(1, day(2026, 4, 16), { baseline: Number.NaN }))
        .to.throw(GoalError).with.property('field', 'baseline');
    });

    it('rejects days that are not whole days', () => {
      expect(() => revenueGoal(1, 20560.5)).to.throw(GoalError).with.property('reason', 'not-a-day');
    });

    it('rejects an end before the start', () => {
      expect(() => revenueGoal(1, day(2026, 4, 16), { start: APRIL.end, end: APRIL.start }))
        .to.throw(GoalError).with.property('reason', 'end-before-start');
    });
  });

  describe('properties', () => {
    const offset = fc.integer({ min: -40, max: 70 });
    const amount = fc.integer({ min: -1_000_000, max: 1_000_000 });

    it('keeps the expected share in 0..1 and never lets it fall as days go by', () => {
      fc.assert(
        fc.property(offset, fc.boolean(), (d, working) => {
          const pace = working ? 'working' : 'calendar';
          const a = revenueGoal(1000, APRIL.start + d, { pace });
          const b = revenueGoal(1000, APRIL.start + d + 1, { pace });
          return a.expectedShare >= 0 && b.expectedShare <= 1 && a.expectedShare <= b.expectedShare;
        }),
      );
    });

    it('a mirrored goal to reduce behaves like the goal to increase', () => {
      fc.assert(
        fc.property(amount, amount, amount, offset, (value, baseline, target, d) => {
          fc.pre(target !== baseline);
          const today = APRIL.start + d;
          const up = evaluateGoal({ value, baseline, target, ...APRIL, today });
          const down = evaluateGoal({ value: -value, baseline: -baseline, target: -target, ...APRIL, today });
          return (
            Math.abs(up.progress - down.progress) < 1e-9 &&
            up.status === down.status &&
            up.remaining === down.remaining &&
            up.reached === down.reached
          );
        }),
      );
    });

    it('a reached goal is ahead and needs nothing more', () => {
      fc.assert(
        fc.property(amount, fc.integer({ min: 0, max: 1_000_000 }), offset, (target, over, d) => {
          const g = evaluateGoal({ value: target + over, target, baseline: target - 1000, ...APRIL, today: APRIL.start + d });
          return g.reached && g.status === 'ahead' && g.remaining === 0 && g.neededPerDay === 0 && g.neededPerWorkingDay === 0;
        }),
      );
    });

    it('after the end the projection is the value itself', () => {
      fc.assert(
        fc.property(amount, fc.integer({ min: 1, max: 400 }), (value, after) => {
          return revenueGoal(value, APRIL.end + after).projected === value;
        }),
      );
    });
  });
});
