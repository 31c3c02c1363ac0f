/**
 * The goals and teams documents a widget names in `goals` and `teams`,
 * fetched once per page like any source and read by the core. Only a widget
 * with such an attribute loads this module (and with it the goals schema).
 */
import { findGoal, readGoals, whoFromFilter, GoalsError, type FoundGoal, type GoalBook, type GoalsIssue } from '../../core/goal-book.js';
import { parseFilter } from '../../core/filter.js';
import type { GoalPace } from '../../core/goals.js';
import { holidayDays, type HolidaySpec } from '../../core/holidays.js';
import { isTeamsAddress, parseTeams, teamsFromDoc, TeamsError } from '../../core/teams.js';
import type { DateRange, DayNumber, Lang } from '../../core/types.js';
import { queryDocument, type SourceQuery, type TeamsGiven } from '../../data/query.js';
import { goalsText } from './goals.strings.js';
import { atSource } from './problems.js';
import { clipText } from '../../core/quote.js';

/** A goals document with bad rows, in the widget's words: which rows and why. */
class GoalsProblem extends Error {
  readonly code = 'goals';
  readonly attribute = 'goals';
  constructor(readonly url: string, readonly issues: readonly GoalsIssue[], cause: GoalsError) {
    super(cause.message);
    this.name = 'GoalsProblem';
  }

  describe(lang: Lang): string {
    // A KPI or period as the file wrote it is cut to 40 characters, as every quoted name is (quote.ts);
    // a row's shape is the schema's own words, and `who` names columns.
    const shown = this.issues.slice(0, 5).map((issue) => goalsText(lang, `row.${issue.reason}`, {
      row: issue.row, value: issue.reason === 'shape' || issue.reason === 'who' ? issue.value : clipText(issue.value), other: issue.other ?? '',
    }));
    if (this.issues.length > 5) shown.push(goalsText(lang, 'more', { count: this.issues.length - 5 }));
    return goalsText(lang, 'error.goals', { url: this.url, rows: shown.join('; ') });
  }
}

/** A `teams` text or document that cannot be read, in the widget's words. */
function teamsProblem(error: unknown): unknown {
  if (!(error instanceof TeamsError)) return error;
  return Object.assign(error, { describe: (lang: Lang) => goalsText(lang, 'error.teams', { value: clipText(error.part) }) });
}

/**
 * The `teams` attribute read: `Anna Berg:Vest,Ola Nordmann:Øst`, or the
 * address of a teams document (owner and team columns), fetched like a source.
 */
export async function loadTeams(teams: string, query: Omit<SourceQuery, 'src' | 'select'>): Promise<TeamsGiven> {
  try {
    if (!isTeamsAddress(teams)) return { key: teams, map: parseTeams(teams) };
    const doc = await queryDocument({ ...query, src: teams.trim() });
    const map = await atSource(teams.trim(), () => teamsFromDoc(doc));
    // Keyed by content too: a refreshed teams file that moved someone must not reuse the old grouping.
    return { key: `${teams}|${JSON.stringify([...map])}`, map };
  } catch (error) {
    throw teamsProblem(error);
  }
}

const books = new WeakMap<object, GoalBook>();

/** The goals document at `url`, read once per fetched copy. */
export async function loadGoalBook(url: string, query: Omit<SourceQuery, 'src' | 'select'>): Promise<GoalBook> {
  const doc = await queryDocument({ ...query, src: url });
  const key = typeof doc === 'object' && doc !== null ? doc : undefined;
  const known = key && books.get(key);
  if (known) return known;
  const book = await atSource(url, () => {
    try {
      return readGoals(doc);
    } catch (error) {
      throw error instanceof GoalsError ? new GoalsProblem(url, error.issues, error) : error;
    }
  });
  if (key) books.set(key, book);
  return book;
}

export interface WidgetGoal {
  kpi: string;
  /** The widget's `filter`: its owner, customer or team clause says whose goal. */
  filter?: string;
  range: DateRange;
  pace?: GoalPace;
  /** The widget's `holidays`, read: counted out of working days with pace "working". */
  holidays?: HolidaySpec;
}

/**
 * The holiday days a pro-rata share over working days needs: those of the
 * range and of every goal in the book, whose periods may be longer (a year's
 * budget spread to a month counts the year's holidays too).
 */
export function holidaysFor(book: GoalBook, spec: HolidaySpec | undefined, range: DateRange): ReadonlySet<DayNumber> | undefined {
  if (!spec) return undefined;
  let { start, end } = range;
  for (const goal of book.goals) {
    start = Math.min(start, goal.start);
    end = Math.max(end, goal.end);
  }
  return holidayDays(spec, { start, end });
}

/** The target a goals document gives a widget: the same rule for every widget (findGoal). */
export async function goalFor(url: string, query: Omit<SourceQuery, 'src' | 'select'>, goal: WidgetGoal): Promise<FoundGoal | null> {
  const book = await loadGoalBook(url, query);
  const who = whoFromFilter(goal.filter ? parseFilter(goal.filter) : undefined);
  const holidays = goal.pace === 'working' ? holidaysFor(book, goal.holidays, goal.range) : undefined;
  return findGoal(book, { kpi: goal.kpi, who, range: goal.range, pace: goal.pace, holidays });
}

/** A chart's budget: each bucket's own target, by the rule every widget uses (a month of a yearly budget is its share). */
export async function bucketTargets(
  url: string,
  query: Omit<SourceQuery, 'src' | 'select'>,
  goal: Omit<WidgetGoal, 'range'>,
  spans: readonly DateRange[],
): Promise<(number | null)[]> {
  const book = await loadGoalBook(url, query);
  const who = whoFromFilter(goal.filter ? parseFilter(goal.filter) : undefined);
  const holidays = goal.pace === 'working' && spans.length > 0
    ? holidaysFor(book, goal.holidays, { start: spans[0].start, end: spans[spans.length - 1].end })
    : undefined;
  return spans.map((range) => findGoal(book, { kpi: goal.kpi, who, range, pace: goal.pace, holidays })?.target ?? null);
}
