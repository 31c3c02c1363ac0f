/**
 * What a KPI table shows, decided from the groups' figures: the order
 * (`sort`), the ranks, the rows a `limit` keeps and the "others" row for the
 * rest, the highlighted group ("me"), and each cell's goal when a goals
 * document gives one. The element only formats and draws this.
 */
import { getKpi } from './catalogue.js';
import { normalizeFilterValue } from './filter.js';
import type { FoundGoal, Who, WhoField } from './goal-book.js';
import { evaluateGoal, type GoalEvaluation, type GoalPace } from './goals.js';
import type { GroupCell, GroupTable } from './groups.js';
import type { DateRange, DayNumber } from './types.js';

/** `-revenue`: by revenue, largest first; `revenue`: smallest first; `name`: by the group's name. */
export interface TableSort {
  /** Index into the table's KPIs; -1 sorts by name. */
  column: number;
  descending: boolean;
}

/** A `sort` or `highlight` that names nothing the table has. */
export class TableOptionError extends Error {
  readonly code = 'option';
  constructor(readonly attribute: 'sort' | 'highlight', readonly value: string, readonly options: readonly string[]) {
    super(`${attribute}="${value}" is not valid: use one of ${options.join(', ')}.`);
    this.name = 'TableOptionError';
  }
}

/**
 * Reads `sort`: a KPI of the table or `name` (or the group-by field), a
 * leading `-` for descending. Empty: the first KPI, best first (largest
 * first unless lower is better).
 * @throws TableOptionError
 */
export function parseSort(text: string | undefined, kpis: readonly string[], groupBy: string): TableSort {
  const given = (text ?? '').trim();
  if (given === '') {
    return { column: kpis.length > 0 ? 0 : -1, descending: kpis.length > 0 && getKpi(kpis[0])?.direction !== 'down' };
  }
  const descending = given.startsWith('-');
  const name = given.replace(/^[-+]/, '').trim().toLowerCase();
  if (name === 'name' || name === groupBy.trim().toLowerCase()) return { column: -1, descending };
  const column = kpis.indexOf(getKpi(name)?.id ?? name);
  if (column < 0) throw new TableOptionError('sort', given, [...kpis, 'name'].flatMap((k) => [k, `-${k}`]));
  return { column, descending };
}

export interface ViewCell extends GroupCell {
  /** The target for this group, KPI and period, when the goals give one. */
  target: number | null;
  goal: GoalEvaluation | null;
}

export interface ViewRow {
  kind: 'group' | 'others' | 'total';
  /** For a group: its normalised name, the `detail` of kpi-row-select. */
  key: string;
  name: string;
  /** 1 for the best by the sorted KPI (by the first KPI when sorted by name); ties share a rank; null without a value. */
  rank: number | null;
  highlight: boolean;
  cells: ViewCell[];
  /** For an "others" row: how many groups it holds. */
  count?: number;
}

export interface TableView {
  rows: ViewRow[];
  total: ViewRow;
  sort: TableSort;
}

export interface ViewOptions {
  groupBy: string;
  sort: TableSort;
  /** Show at most this many groups; the rest become one "others" row. */
  limit?: number;
  /** `owner=Kari Nordmann` (the field may be left out): the group to mark as "me". */
  highlight?: string;
  /** The target for whom and which KPI (findGoal over the period); absent without goals. */
  goalOf?: (who: Who, kpi: string) => FoundGoal | null;
  /** Whom the total row stands for (the widget's filter; null is the company). */
  totalWho?: Who;
  /** The whole period the goals run over, and the day in progress. */
  span?: DateRange;
  today?: DayNumber;
  pace?: GoalPace;
  holidays?: ReadonlySet<DayNumber>;
}

/**
 * The highlighted group's normalised name, from `owner=Kari Nordmann` or a
 * bare name. A field other than the group-by one cannot mark a row.
 * @throws TableOptionError
 */
export function highlightKey(text: string | undefined, groupBy: string): string | undefined {
  const given = (text ?? '').trim();
  if (given === '') return undefined;
  const eq = given.indexOf('=');
  if (eq < 0) return normalizeFilterValue(given);
  const field = given.slice(0, eq).trim().toLowerCase();
  if (field !== groupBy.trim().toLowerCase()) throw new TableOptionError('highlight', given, [`${groupBy}=…`]);
  return normalizeFilterValue(given.slice(eq + 1).replace(/^\s*"|"\s*$/g, ''));
}

const WHO: ReadonlySet<string> = new Set(['owner', 'team', 'customer']);

/** Best first by the KPI's direction (neutral: largest first); values missing last. */
function better(direction: string | undefined) {
  return (a: number | null, b: number | null) => {
    if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
    return direction === 'down' ? a - b : b - a;
  };
}

/** Orders, ranks and limits the groups and attaches their goals. */
export function tableView(table: GroupTable, options: ViewOptions): TableView {
  const { sort, groupBy } = options;
  const field = groupBy.trim().toLowerCase();
  const highlight = highlightKey(options.highlight, groupBy);
  const kpis = table.kpis;

  const withGoals = (cells: GroupCell[], who: Who | undefined): ViewCell[] => cells.map((cell, k) => {
    const found = who !== undefined && options.goalOf ? options.goalOf(who, kpis[k]) : null;
    if (!found || !options.span || options.today === undefined) return { ...cell, target: found?.target ?? null, goal: null };
    const kpi = getKpi(kpis[k]);
    const goal = cell.value === null ? null : evaluateGoal({
      value: cell.value, target: found.target, baseline: found.baseline, ...options.span, today: options.today,
      pace: options.pace, holidays: options.holidays, rate: kpi?.rate, direction: kpi?.direction,
    });
    return { ...cell, target: found.target, goal };
  });
  const whoOf = (key: string): Who | undefined => (WHO.has(field) ? { field: field as WhoField, name: key } : undefined);

  // Ranks: by the sorted KPI, or the first one when sorted by name.
  const rankColumn = sort.column >= 0 ? sort.column : kpis.length > 0 ? 0 : -1;
  const rankOrder = better(rankColumn >= 0 ? getKpi(kpis[rankColumn])?.direction : undefined);
  const ranked = rankColumn < 0 ? [] : table.rows
    .map((row) => row.cells[rankColumn].value)
    .filter((v): v is number => v !== null)
    .sort(rankOrder);
  const rankOf = (value: number | null) => {
    if (value === null) return null;
    const at = ranked.findIndex((v) => rankOrder(v, value) >= 0);
    return at < 0 ? null : at + 1;
  };

  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const sorted = [...table.rows].sort((a, b) => {
    if (sort.column < 0) return sort.descending ? byName(b, a) : byName(a, b);
    const x = a.cells[sort.column].value;
    const y = b.cells[sort.column].value;
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (sort.descending ? y - x : x - y) || byName(a, b);
  });

  const limit = options.limit !== undefined && options.limit >= 0 ? Math.floor(options.limit) : Infinity;
  const shown = sorted.slice(0, limit);
  const rest = sorted.slice(limit);
  // "Me" stays in sight beyond the limit, after the top rows.
  const mine = rest.findIndex((row) => row.key === highlight);
  if (mine >= 0) shown.push(...rest.splice(mine, 1));

  const rows: ViewRow[] = shown.map((row) => ({
    kind: 'group',
    key: row.key,
    name: row.name,
    rank: rankColumn < 0 ? null : rankOf(row.cells[rankColumn].value),
    highlight: row.key === highlight,
    cells: withGoals(row.cells, whoOf(row.key)),
  }));
  if (rest.length > 0) {
    rows.push({
      kind: 'others', key: '', name: '', rank: null, highlight: false, count: rest.length,
      cells: withGoals(table.combine(rest.map((row) => row.key)), undefined),
    });
  }
  const total: ViewRow = {
    kind: 'total', key: '', name: '', rank: null, highlight: false,
    cells: withGoals(table.total, options.totalWho === undefined ? null : options.totalWho),
  };
  return { rows, total, sort };
}
