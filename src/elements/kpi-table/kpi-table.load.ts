/**
 * Where a KPI table's figures come from: records at `src`, grouped by the
 * core in one pass per record kind (groupKpis), with the goals and teams
 * documents when the table names them. Only a page with a table loads this.
 */
import { getKpi, type KpiDefinition } from '../../core/catalogue.js';
import { todayDay } from '../../core/dates.js';
import { parseFilter } from '../../core/filter.js';
import { findGoal, whoFromFilter, type GoalBook, type Who } from '../../core/goal-book.js';
import type { GoalPace } from '../../core/goals.js';
import { groupField, groupKpis, mergeGroupTables, type GroupTable } from '../../core/groups.js';
import { parsePeriod, type ResolvedPeriod } from '../../core/periods.js';
import { highlightKey, parseSort, tableView, type TableSort, type TableView } from '../../core/table-view.js';
import type { CompareMode, DayNumber, Lang, RecordKind } from '../../core/types.js';
import { queryDataset } from '../../data/query.js';
import { COMPARES, PACES, readDate, readNumber, readOption, readTimeout } from '../shared/attributes.js';
import { readHolidays } from '../shared/holidays-attribute.js';
import { readMaxSize } from '../shared/source-link.js';
import { holidaysFor, loadGoalBook, loadTeams } from '../shared/goals-source.js';
import { holidayDays, type HolidaySpec } from '../../core/holidays.js';
import { AttributeError } from '../shared/problems.js';
import { tableText } from './kpi-table.strings.js';

/** A table's raw settings: its attributes, with the dashboard's filled in. */
export interface TableInputs {
  src?: string;
  select?: string;
  fields?: string;
  kpis?: string;
  groupBy?: string;
  period?: string;
  compare?: string;
  filter?: string;
  today?: string;
  credentials?: RequestCredentials;
  timeout?: unknown;
  /** The `max-size` attribute as given. */
  maxSize?: unknown;
  goals?: string;
  teams?: string;
  pace?: string;
  holidays?: unknown;
  sort?: string;
  limit?: unknown;
  highlight?: string;
}

/** Everything the table shows, decided; the element formats it and keeps the sort a click chose. */
export interface TableData {
  kpis: KpiDefinition[];
  groupBy: string;
  period: ResolvedPeriod;
  filter?: string;
  table: GroupTable;
  /** The order `sort` asks for. */
  sort: TableSort;
  /** Rows in an order, ranked, limited, with goals. */
  view(sort: TableSort): TableView;
}

/** A table that cannot be drawn as set up; it words itself. */
class TableProblem extends Error {
  readonly code = 'table';
  constructor(readonly attribute: string) {
    super(tableText('en', 'error.group-by'));
    this.name = 'TableProblem';
  }

  describe(lang: Lang): string {
    return tableText(lang, 'error.group-by');
  }
}

/** `revenue, win-rate` → the catalogue's definitions, in order, once each. */
function readKpis(raw: string | undefined): KpiDefinition[] {
  const ids = (raw ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  const unique = [...new Set(ids.length > 0 ? ids : ['revenue'])];
  return unique.map((id) => {
    const kpi = getKpi(id);
    if (!kpi) throw new AttributeError('kpi', 'kpis', id);
    return kpi;
  });
}

export async function loadTable(input: TableInputs, signal: AbortSignal): Promise<TableData> {
  const groupBy = (input.groupBy ?? '').trim();
  if (!groupBy || !input.src) throw new TableProblem('group-by');
  const kpis = readKpis(input.kpis);
  const ids = kpis.map((k) => k.id);
  const compare = readOption('compare', input.compare, COMPARES, 'previous-period') as CompareMode;
  const pace = readOption('pace', input.pace, PACES, 'calendar') as GoalPace;
  const holidays = readHolidays('holidays', input.holidays);
  const limit = readNumber('limit', input.limit);
  if (limit !== undefined && (limit < 0 || !Number.isInteger(limit))) throw new AttributeError('range', 'limit', String(input.limit), ['a whole number, 0 or more']);
  const sort = parseSort(input.sort, ids, groupBy);
  highlightKey(input.highlight, groupBy);
  const today: DayNumber = readDate('today', input.today) ?? todayDay();
  const period = parsePeriod(input.period || 'this-month', { today });
  const timeout = readTimeout('timeout', input.timeout);
  const maxSize = readMaxSize('max-size', input.maxSize);
  const fetching = { credentials: input.credentials, timeout, maxSize, signal };

  const [teams, book] = await Promise.all([
    input.teams ? loadTeams(input.teams, fetching) : undefined,
    input.goals ? loadGoalBook(input.goals, fetching) : undefined,
  ]);
  // A column no field reads is kept with the records, to group by.
  const keep = groupField(groupBy) === null ? [groupBy] : undefined;
  // One dataset and one pass per record kind the KPIs read (a flat export is read as each KPI's kind).
  const kinds = [...new Set(kpis.map((k) => k.source))];
  const parts = await Promise.all(kinds.map(async (kind: RecordKind) => {
    const dataset = await queryDataset({ src: input.src!, select: input.select, fields: input.fields, filter: input.filter,
      kind, teams, keep, credentials: input.credentials, timeout, maxSize, signal });
    const columns = ids.flatMap((id, i) => (kpis[i].source === kind ? [i] : []));
    const table = groupKpis(dataset, { groupBy, kpis: columns.map((i) => ids[i]), period, compare });
    return { table, columns };
  }));
  const table = mergeGroupTables(parts, ids);
  return {
    kpis, groupBy, period, filter: input.filter, table, sort,
    view: (chosen) => tableView(table, {
      groupBy, sort: chosen, limit, highlight: input.highlight,
      ...(book ? goalsOf(book, { period, pace, holidays, today, filter: input.filter }) : {}),
    }),
  };
}

/** Each row's and the total's target: the goal for the whole period, as a card or goal with the same filter finds it. */
function goalsOf(book: GoalBook, at: { period: ResolvedPeriod; pace: GoalPace; holidays?: HolidaySpec; today: DayNumber; filter?: string }) {
  const span = { start: at.period.start, end: at.period.end };
  const shares = at.pace === 'working' ? holidaysFor(book, at.holidays, span) : undefined;
  return {
    goalOf: (who: Who, kpi: string) => findGoal(book, { kpi, who, range: span, pace: at.pace, holidays: shares }),
    totalWho: whoFromFilter(at.filter ? parseFilter(at.filter) : undefined),
    // What is needed per working day counts the period's holidays out, whatever the pace.
    span, today: at.today, pace: at.pace, holidays: at.holidays && holidayDays(at.holidays, span),
  };
}
