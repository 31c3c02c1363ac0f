import { expect } from '@open-wc/testing';
import { gaugeShare, goalState, ringGauge } from '../../src/core/goal-gauge.js';

describe('gaugeShare', () => {
  it('passes a progress inside 0..1 through', () => {
    // 1 240 000 of 1 500 000 = 0.82666…
    expect(gaugeShare(1240000 / 1500000)).to.be.closeTo(0.826667, 1e-6);
    expect(gaugeShare(0)).to.equal(0);
    expect(gaugeShare(1)).to.equal(1);
  });

  it('pins an over-target progress to a full gauge and a value below the baseline to an empty one', () => {
    // 1 680 000 of 1 500 000 = 1.12 → full
    expect(gaugeShare(1.12)).to.equal(1);
    expect(gaugeShare(-0.3)).to.equal(0);
    expect(gaugeShare(Infinity)).to.equal(1);
  });

  it('draws nothing for NaN', () => {
    expect(gaugeShare(NaN)).to.equal(0);
  });
});

describe('ringGauge', () => {
  it('gives the arc length and the marker angle', () => {
    // radius 40: circumference 2π·40 = 251.327…; fill 0.5 → 125.66…; marker 0.25 → 90°
    const ring = ringGauge(0.5, 0.25, 40);
    expect(ring.circumference).to.be.closeTo(251.327412, 1e-6);
    expect(ring.fillLength).to.be.closeTo(125.663706, 1e-6);
    expect(ring.markerAngle).to.equal(90);
  });

  it('closes the ring over target and keeps the marker on the circle', () => {
    // fill 1.12 → the whole circumference; marker 1 → 360°
    const ring = ringGauge(1.12, 1, 10);
    expect(ring.fillLength).to.equal(ring.circumference);
    expect(ring.markerAngle).to.equal(360);
  });

  it('draws an empty ring at the baseline', () => {
    const ring = ringGauge(0, 0, 40);
    expect(ring.fillLength).to.equal(0);
    expect(ring.markerAngle).to.equal(0);
  });
});

describe('goalState', () => {
  // Q1 2026 as DayNumbers: 2026-01-01 = 20454, 2026-03-31 = 20543.
  const q1 = { start: 20454, end: 20543 };

  it('is the pace status while the goal runs, first and last day included', () => {
    expect(goalState({ reached: false, status: 'at-risk' }, q1, 20454)).to.equal('at-risk');
    expect(goalState({ reached: false, status: 'behind' }, q1, 20543)).to.equal('behind');
  });

  it('is not-started before the start and missed after the end', () => {
    expect(goalState({ reached: false, status: 'on-track' }, q1, 20453)).to.equal('not-started');
    expect(goalState({ reached: false, status: 'behind' }, q1, 20544)).to.equal('missed');
  });

  it('is reached whenever the target is reached, before, during and after', () => {
    for (const today of [20400, 20500, 20600]) expect(goalState({ reached: true, status: 'ahead' }, q1, today)).to.equal('reached');
  });
});
