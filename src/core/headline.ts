/**
 * What a KPI card headlines besides its value: which number of a Delta it
 * shows, and how the value stands against a target. The card only formats
 * and draws what these functions decide.
 */
import type { Delta } from './compare.js';
import type { DeltaPart } from './format.js';
import type { Direction } from './types.js';

/**
 * How a card shows a change. `auto`: percentage points for a rate, the
 * relative change for everything else ("+6.7 %" reads faster than
 * "+11 400 kr" on a headline). `absolute`: the change in the KPI's own unit.
 * `relative`: the change as a share of the baseline.
 */
export type DeltaMode = 'auto' | 'absolute' | 'relative';
export const DELTA_MODES: readonly DeltaMode[] = ['auto', 'absolute', 'relative'];

export interface DeltaChoice {
  /** The part to pass to formatDelta. */
  part: DeltaPart;
  /**
   * The size of the change without its sign, rounded as the card shows it,
   * for sentences like "up 2.1 points": points to 0.1, a relative change as a
   * ratio; null when the chosen number does not exist.
   */
  magnitude: number | null;
  /**
   * The arrow and the words as shown: a change that rounds to nothing on the
   * card ("0 pp", "0 %") is flat and neutral, never "▼ 0 pp, good".
   */
  trend: Delta['trend'];
  sentiment: Delta['sentiment'];
}

/**
 * Picks the number of a delta to show. A rate's change is always told in
 * percentage points, whatever the mode: its absolute change in percent format
 * ("+2.1 %") reads like a relative change, and its relative change
 * ("+100 %" for 10 % → 20 %) is what DESIGN.md rules out.
 */
export function chooseDelta(delta: Delta, mode: DeltaMode, rate: boolean): DeltaChoice {
  let part: DeltaPart;
  let magnitude: number | null;
  let shown: number | null;
  if (rate || delta.points !== null) {
    part = 'points';
    magnitude = delta.points === null ? null : Math.round(Math.abs(delta.points) * 10) / 10;
    shown = magnitude;
  } else if (mode === 'absolute' && Number.isFinite(delta.absolute)) {
    part = 'absolute';
    magnitude = Math.abs(delta.absolute);
    shown = magnitude;
  } else {
    part = 'relative';
    magnitude = delta.relative === null ? null : Math.abs(delta.relative);
    // A relative change is shown in percent with at most one decimal: 0.04 % reads "0 %".
    shown = magnitude === null ? null : Math.round(magnitude * 1000) / 1000;
  }
  const flat = shown === 0;
  return { part, magnitude, trend: flat ? 'flat' : delta.trend, sentiment: flat ? 'neutral' : delta.sentiment };
}

export interface TargetStanding {
  /** value / target: 0.91 for 182 400 of 200 000; null when the target is 0 or below (a share of it means nothing) or the value is missing. */
  share: number | null;
  /** The value is at the target or beyond it in the KPI's good direction. */
  reached: boolean;
}

/**
 * How a value stands against its target. For a KPI where lower is better
 * (cost per lead, sales cycle) the target is a ceiling: 180 against a target
 * of 200 has reached it. A neutral KPI reaches its target from either side
 * only by meeting it, so it is read as a floor like an up KPI.
 */
export function targetStanding(value: number | null | undefined, target: number, direction: Direction = 'up'): TargetStanding {
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isFinite(target)) {
    return { share: null, reached: false };
  }
  const share = target > 0 ? value / target : null;
  return { share, reached: direction === 'down' ? value <= target : value >= target };
}
