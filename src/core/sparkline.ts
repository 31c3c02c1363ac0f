/**
 * A sparkline as SVG geometry: a series scaled into a box, ready for a
 * `<path d>`. The element draws it without chart.js, so a card with a trend
 * costs a few hundred bytes, not a chart library.
 */
import type { PeriodKind } from './periods.js';

export interface SparklineBox {
  /** viewBox width and height; the element scales the SVG with CSS. */
  width?: number;
  height?: number;
  /** Room kept free at every edge so the stroke and the end dot are not clipped. */
  padding?: number;
}

export interface SparklinePoint {
  x: number;
  y: number;
  value: number;
}

export interface Sparkline {
  /** SVG path data; a missing value (null) breaks the line and the next value starts a new segment. */
  d: string;
  /**
   * The same line split before its last point: `head` all but the last
   * segment, `tail` that segment ('' when the last point stands alone), so a
   * period still running can be drawn apart from the whole ones.
   */
  head: string;
  tail: string;
  /** The drawn points, in order. */
  points: SparklinePoint[];
  first: SparklinePoint | null;
  last: SparklinePoint | null;
  min: number | null;
  max: number | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Scales values into the box: x evenly over all slots (a gap keeps its slot,
 * so time stays linear), y from max at the top to min at the bottom. A flat
 * series runs through the middle rather than along an edge, and a single
 * value sits in the middle of the box.
 */
export function sparkline(values: ReadonlyArray<number | null | undefined>, box: SparklineBox = {}): Sparkline {
  const { width = 100, height = 28, padding = 2 } = box;
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return { d: '', head: '', tail: '', points: [], first: null, last: null, min: null, max: null };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const innerW = width - 2 * padding;
  const innerH = height - 2 * padding;
  const step = values.length > 1 ? innerW / (values.length - 1) : 0;

  const points: SparklinePoint[] = [];
  let d = '';
  let head = '';
  let tail = '';
  let penDown = false;
  values.forEach((value, i) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      penDown = false;
      return;
    }
    const x = round(values.length > 1 ? padding + i * step : width / 2);
    // Halves, so a range from −1e308 to 1e308 does not overflow to Infinity (and the y to NaN).
    const y = round(max === min ? height / 2 : padding + ((max / 2 - value / 2) / (max / 2 - min / 2)) * innerH);
    const before = points[points.length - 1];
    head = d;
    tail = penDown && before ? `M${before.x} ${before.y} L${x} ${y}` : '';
    d += `${d ? ' ' : ''}${penDown ? 'L' : 'M'}${x} ${y}`;
    penDown = true;
    points.push({ x, y, value });
  });
  // A last point that stands alone leaves the head as the whole line before it.
  return { d, head, tail, points, first: points[0], last: points[points.length - 1], min, max };
}

/**
 * The values of a series document: `[{"date":"2026-01","value":120}, …]` or a
 * bare list of numbers; a `null` value is a gap. Null when the document is not
 * such a list, so the widget can say which attribute is wrong.
 */
export function seriesValues(doc: unknown): Array<number | null> | null {
  if (!Array.isArray(doc)) return null;
  const values: Array<number | null> = [];
  for (const item of doc) {
    const value = typeof item === 'object' && item !== null ? (item as { value?: unknown }).value : item;
    if (value === null) values.push(null);
    else if (typeof value === 'number' && Number.isFinite(value)) values.push(value);
    else return null;
  }
  return values;
}

/**
 * How many periods a card's sparkline from records spans (see kpiTrail): the
 * period shown and the ones before it, each of the same kind and length, so
 * the line ends at the value the card shows. Enough points to show a shape,
 * over a stretch a sales team looks back on: two weeks of days, a quarter of
 * weeks, a year of months, two years of quarters, five years; 8 of a rolling
 * or custom range (`rolling-30d` → 8 windows of 30 days).
 */
export const SPARKLINE_PERIODS: Readonly<Record<PeriodKind, number>> = Object.freeze({
  day: 14,
  week: 12,
  month: 12,
  quarter: 8,
  year: 5,
  rolling: 8,
  custom: 8,
});
