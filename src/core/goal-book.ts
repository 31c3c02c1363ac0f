/**
 * A goals document: targets per seller, team, customer or the whole company,
 * per KPI and period, and the rule that gives the target of any period.
 *
 * Rows (CSV columns or JSON keys): `owner`, `team`, `customer` (at most one
 * filled; none is the whole company), `kpi`, `period` (`2026`, `2026-Q1`,
 * `2026-03`, `2026-W12`, a day or a range of those), `target`, optional
 * `baseline`. Row numbers are 1-based data rows, as a data note counts them.
 *
 * PRO RATA. A goal for a longer period serves a shorter one inside it: the
 * target of a total (revenue, counts: additive KPIs) is the goal's target ×
 * the share of the goal's days the shorter period holds; with pace "working"
 * the share of its working days. A yearly budget of 1 200 000 gives March 2026
 * 1 200 000 × 31/365 on calendar pace and 1 200 000 × 22/261 on working pace.
 * A rate or mean (win rate, deal value) is a level, not a total: the goal's
 * target holds unchanged for any part of its period. The goal closest in
 * length wins (a monthly goal over the yearly one for that month). A period
 * no single goal covers takes the sum of goals that tile it exactly (twelve
 * monthly goals make the year's target), for totals only.
 */
import { getKpi } from './catalogue.js';
import { normalizeFilterValue, type Filter } from './filter.js';
import type { GoalPace } from './goals.js';
import { parseNumber } from './numbers.js';
import { parsePeriod, PeriodError } from './periods.js';
import { SchemaError, validate, GoalRow } from './schemas.js';
import type { DateRange, DayNumber } from './types.js';
import { workingDaysIn } from './working-days.js';

/** The fields a goal can be for. */
export type WhoField = 'owner' | 'team' | 'customer';
export const WHO_FIELDS: readonly WhoField[] = ['owner', 'team', 'customer'];

/** Whom a goal is for; null is the whole company. `name` is normalised as filter values are. */
export type Who = { field: WhoField; name: string } | null;

export interface GoalEntry {
  /** 1-based data row of the document. */
  row: number;
  who: Who;
  /** The catalogue's id. */
  kpi: string;
  period: string;
  start: DayNumber;
  end: DayNumber;
  target: number;
  baseline?: number;
}

export interface GoalBook {
  goals: GoalEntry[];
}

/**
 * Why a row cannot be used: `shape` (a column missing or not a number),
 * `kpi` (not in the catalogue), `period` (does not parse, or is relative like
 * this-month), `negative` (a negative target for a KPI where up is good),
 * `who` (more than one of owner, team, customer), `duplicate` (a second goal
 * for the same who, KPI and period; `other` is the first one's row).
 */
export type GoalsIssueReason = 'shape' | 'kpi' | 'period' | 'negative' | 'who' | 'duplicate';

export interface GoalsIssue {
  row: number;
  reason: GoalsIssueReason;
  /** The cell as written (for `shape`: what is wrong). */
  value: string;
  other?: number;
}

/** A goals document with rows that cannot be used; every such row is listed. */
export class GoalsError extends Error {
  readonly code = 'goals';
  constructor(readonly issues: GoalsIssue[]) {
    super(`The goals document has rows that cannot be used: ${issues.slice(0, 5).map(goalsIssueText).join('; ')}` +
      `${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}.`);
    this.name = 'GoalsError';
  }
}

/** One issue in English; the widgets word it in their language. */
export function goalsIssueText(issue: GoalsIssue): string {
  const { row, value } = issue;
  switch (issue.reason) {
    case 'shape': return `row ${row}: ${value}`;
    case 'kpi': return `row ${row}: there is no KPI called "${value}"`;
    case 'period': return `row ${row}: "${value}" is not a period such as 2026, 2026-Q1, 2026-03 or 2026-W12`;
    case 'negative': return `row ${row}: the target ${value} is negative for a KPI where more is better`;
    case 'who': return `row ${row}: give only one of owner, team and customer`;
    case 'duplicate': return `row ${row}: a second goal for the same person and period as row ${issue.other}`;
  }
}

function rowsOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (typeof doc === 'object' && doc !== null && Array.isArray((doc as { goals?: unknown }).goals)) {
    return (doc as { goals: unknown[] }).goals;
  }
  throw new SchemaError([{ path: '', code: 'invalid_type', message: 'expected a list of goals, or an object with "goals"' }]);
}

/** CSV cells are text: numbers as people write them (`1 200 000`, `12,5`) become numbers, blanks go. */
function fromCells(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  const out: Record<string, unknown> = {};
  for (const [key, cell] of Object.entries(row)) {
    const name = key.trim().toLowerCase();
    if (typeof cell === 'string' && cell.trim() === '') continue;
    if ((name === 'target' || name === 'baseline') && typeof cell === 'string') out[name] = parseNumber(cell) ?? cell;
    else out[name] = cell;
  }
  return out;
}

/** Relative words (this-month, ytd, rolling-30d) mean nothing in a document kept for a year. */
function absolutePeriod(text: string): DateRange | null {
  try {
    const a = parsePeriod(text, { today: 0 });
    const b = parsePeriod(text, { today: 40000 });
    return a.start === b.start && a.end === b.end ? { start: a.start, end: a.end } : null;
  } catch (error) {
    if (error instanceof PeriodError) return null;
    throw error;
  }
}

const whoKey = (who: Who) => (who ? `${who.field}=${who.name}` : '');

/**
 * Reads and checks a goals document (JSON, or CSV rows as the data layer gives
 * them). Every row that cannot be used is reported, not only the first.
 * @throws GoalsError listing the rows; SchemaError when the document is not a list.
 */
export function readGoals(doc: unknown): GoalBook {
  const goals: GoalEntry[] = [];
  const issues: GoalsIssue[] = [];
  const seen = new Map<string, number>();
  rowsOf(doc).forEach((raw, i) => {
    const row = i + 1;
    let goal: GoalRow;
    try {
      goal = validate(GoalRow, fromCells(raw));
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      issues.push({ row, reason: 'shape', value: error.issues.map((s) => (s.path ? `${s.path}: ${s.message}` : s.message)).join(', ') });
      return;
    }
    const named = WHO_FIELDS.filter((field) => (goal[field] ?? '').trim() !== '');
    if (named.length > 1) {
      issues.push({ row, reason: 'who', value: named.join(', ') });
      return;
    }
    const who: Who = named.length === 0 ? null : { field: named[0], name: normalizeFilterValue(goal[named[0]]!) };
    const kpi = getKpi(goal.kpi);
    if (!kpi) {
      issues.push({ row, reason: 'kpi', value: goal.kpi });
      return;
    }
    const period = String(goal.period).trim();
    const range = absolutePeriod(period);
    if (!range) {
      issues.push({ row, reason: 'period', value: period });
      return;
    }
    if (kpi.direction === 'up' && goal.target < 0) {
      issues.push({ row, reason: 'negative', value: String(goal.target) });
      return;
    }
    const key = `${whoKey(who)}|${kpi.id}|${range.start}|${range.end}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ row, reason: 'duplicate', value: period, other: first });
      return;
    }
    seen.set(key, row);
    goals.push({ row, who, kpi: kpi.id, period, ...range, target: goal.target, baseline: goal.baseline });
  });
  if (issues.length > 0) throw new GoalsError(issues);
  return { goals };
}

/**
 * Whom a widget's filter narrows it to: its clause on owner, else customer,
 * else team, when that clause keeps exactly one value. Null (the company)
 * without such a clause.
 */
export function whoFromFilter(filter: Filter | undefined): Who {
  if (!filter) return null;
  for (const field of ['owner', 'customer', 'team'] as const) {
    const clause = filter.clauses.find((c) => c.field === field && !c.negate && c.values.length === 1);
    if (clause) return { field, name: clause.values[0] };
  }
  return null;
}

export interface GoalQuery {
  kpi: string;
  who: Who;
  range: DateRange;
  pace?: GoalPace;
  holidays?: ReadonlySet<DayNumber>;
}

export interface FoundGoal {
  target: number;
  baseline?: number;
  /** The goals the target comes from (one, or those that tile the range), by row. */
  rows: number[];
  /** The part of the goal's target the range takes: 1 for the goal's own period or for a rate. */
  share: number;
}

function sameWho(a: Who, b: Who): boolean {
  return whoKey(a) === whoKey(b);
}

/** The range's share of a goal's span, in calendar or (pace "working") working days. */
function spanShare(range: DateRange, goal: DateRange, pace: GoalPace | undefined, holidays?: ReadonlySet<DayNumber>): number {
  if (pace === 'working') {
    const whole = workingDaysIn(goal, holidays);
    if (whole > 0) return workingDaysIn(range, holidays) / whole;
  }
  return (range.end - range.start + 1) / (goal.end - goal.start + 1);
}

/**
 * The target of a KPI for whom and range, by the pro rata rule of the module
 * comment; null when the book has none.
 */
export function findGoal(book: GoalBook, query: GoalQuery): FoundGoal | null {
  const kpi = getKpi(query.kpi);
  if (!kpi) return null;
  const additive = kpi.additive === true;
  const { range } = query;
  const mine = book.goals.filter((g) => g.kpi === kpi.id && sameWho(g.who, query.who));
  const covering = mine
    .filter((g) => g.start <= range.start && g.end >= range.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  const best = covering[0];
  if (best) {
    const share = additive ? spanShare(range, best, query.pace, query.holidays) : 1;
    return {
      target: best.target * share,
      baseline: best.baseline === undefined ? undefined : best.baseline * share,
      rows: [best.row],
      share,
    };
  }
  if (!additive) return null;
  const inside = mine.filter((g) => g.start >= range.start && g.end <= range.end).sort((a, b) => a.start - b.start);
  let next = range.start;
  for (const g of inside) {
    if (g.start !== next) return null;
    next = g.end + 1;
  }
  if (inside.length === 0 || next !== range.end + 1) return null;
  const baselines = inside.every((g) => g.baseline !== undefined);
  return {
    target: inside.reduce((sum, g) => sum + g.target, 0),
    baseline: baselines ? inside.reduce((sum, g) => sum + g.baseline!, 0) : undefined,
    rows: inside.map((g) => g.row),
    share: 1,
  };
}
