/**
 * KPIs per group (owner, team, customer, product, source, or any kept column)
 * for one period, with the comparison, in one pass over the records.
 *
 * Each event KPI is a tally (catalogue.ts): its running numbers only ever add
 * up. So every group keeps the running numbers of every KPI for the period and
 * its comparison in one flat array, each record is placed in its group once,
 * and the total row, or an "others" row of the groups a limit leaves out, is
 * the sum of the groups' numbers run through the KPI's own result: a team's
 * win rate is its won deals over its closed deals, never a mean of rates.
 *
 * KPIs that are not plain tallies (state KPIs such as MRR and churn, the
 * self-comparing sales growth, and the KPIs whose tally depends on which
 * record kinds the data has) are computed per group from the group's records,
 * which the same pass sorts out.
 *
 * A group's value equals the KPI on a card filtered to that group
 * (`filter="owner=Kari Nordmann"`): group names compare as filter values do
 * (case and runs of spaces do not matter), and a KPI whose record kinds the
 * group has no records of is null, as on such a card. Records of a kind that
 * has no such field (activities when grouping by product) belong to no group
 * but count in the total.
 */
import { getKpi, type KpiContext, type KpiDefinition, type KpiRecord, type TallyPart } from './catalogue.js';
import { compareValues, type Delta } from './compare.js';
import { evaluateKpi, KpiError } from './evaluate.js';
import { normalizeFilterValue } from './filter.js';
import { comparisonRange, type ResolvedPeriod } from './periods.js';
import { RECORD_FIELDS, RECORD_KINDS, requireColumns } from './records.js';
import type { CompareMode, Dataset, DateRange, RecordKind } from './types.js';

/** Text fields of the records a table can group by; any other name is a column kept with the records. */
export const GROUP_FIELDS: readonly string[] = ['owner', 'team', 'customer', 'product', 'source', 'stage', 'status', 'type', 'kind', 'origin'];

/** The canonical field a `group-by` names (any case), or null for a column of the export. */
export function groupField(name: string): string | null {
  const lower = name.trim().toLowerCase();
  return GROUP_FIELDS.find((f) => f.toLowerCase() === lower) ?? null;
}

export interface GroupOptions extends Omit<KpiContext, 'previousRange'> {
  /** A field of GROUP_FIELDS, or a column the records keep (RecordOptions.keep). */
  groupBy: string;
  kpis: readonly string[];
  period: ResolvedPeriod;
  compare: CompareMode;
}

export interface GroupCell {
  value: number | null;
  previous: number | null;
  /** Judged good or bad by the KPI's direction, as on a card; null without a baseline. */
  delta: Delta | null;
}

export interface GroupRow {
  /** The group's name normalised as a filter value (owner=… matches it). */
  key: string;
  /** The name as the first record wrote it; '' for records with the field empty. */
  name: string;
  /** One cell per KPI, in the order asked. */
  cells: GroupCell[];
}

export interface GroupTable {
  kpis: string[];
  /** Groups in the order first met in the records. */
  rows: GroupRow[];
  /** From all records, not from the rows. */
  total: GroupCell[];
  range: DateRange;
  previousRange: DateRange | null;
  /** The cells of the listed groups taken together, computed from their records (an "others" row). */
  combine(keys: readonly string[]): GroupCell[];
}

/**
 * KPIs whose tally is built from what the dataset holds (whether costs carry
 * lead counts, whether there are customers or deals at all): a group's own
 * records may choose differently, so they are computed per group.
 */
const SHAPED_BY_DATA: ReadonlySet<string> = new Set(['cost-per-lead', 'cac', 'opportunities-created']);

function kpiOrThrow(id: string): KpiDefinition {
  const kpi = getKpi(id);
  if (!kpi) throw new KpiError(id);
  return kpi;
}

interface Entry {
  k: number;
  part: TallyPart;
}

const emptyDataset = (ds: Dataset): Dataset =>
  ({ deals: [], leads: [], activities: [], customers: [], costs: [], issues: [], columns: ds.columns });

/**
 * The KPIs per group and in total; see the module comment.
 * @throws KpiError for an unknown KPI id; FieldsError when the data lacks a column a KPI reads.
 */
export function groupKpis(ds: Dataset, options: GroupOptions): GroupTable {
  const { groupBy, kpis, period, compare, ...context } = options;
  const defs = kpis.map(kpiOrThrow);
  for (const def of defs) requireColumns(ds, def.needs);
  const range: DateRange = { start: period.start, end: period.toDate >= period.start ? period.toDate : period.end };
  const previousRange = comparisonRange(period, compare);

  const tallies = defs.map((def) => (def.selfComparing || !def.tally || SHAPED_BY_DATA.has(def.id) ? undefined : def.tally(ds, context)));
  const perGroup = tallies.some((t) => t === undefined);
  const offsets: number[] = [];
  let slots = 0;
  for (const t of tallies) {
    offsets.push(slots);
    slots += t?.slots ?? 0;
  }
  const kindBit = (kind: RecordKind) => 1 << RECORD_KINDS.indexOf(kind);
  const kindsOf = tallies.map((t) => (t ? t.parts.reduce((mask, p) => mask | kindBit(p.kind), 0) : 0));

  // Group 0 holds the records of kinds without the field: they count in the total only.
  const field = groupField(groupBy);
  const keys: string[] = [''];
  const names: string[] = [''];
  const seen: number[] = [0];
  const accs: Float64Array[] = [new Float64Array(2 * slots)];
  const parts: Dataset[] = perGroup ? [emptyDataset(ds)] : [];
  const groupOfKey = new Map<string, number>();
  const curViews: Float64Array[][] = [];
  const prevViews: Float64Array[][] = [];
  const addViews = (acc: Float64Array) => {
    curViews.push(tallies.map((t, k) => acc.subarray(offsets[k], offsets[k] + (t?.slots ?? 0))));
    prevViews.push(tallies.map((t, k) => acc.subarray(slots + offsets[k], slots + offsets[k] + (t?.slots ?? 0))));
  };
  addViews(accs[0]);
  const groupOfName = (raw: string): number => {
    const key = normalizeFilterValue(raw);
    let g = groupOfKey.get(key);
    if (g === undefined) {
      g = keys.length;
      groupOfKey.set(key, g);
      keys.push(key);
      names.push(raw.trim());
      seen.push(0);
      const acc = new Float64Array(2 * slots);
      accs.push(acc);
      addViews(acc);
      if (perGroup) parts.push(emptyDataset(ds));
    }
    return g;
  };

  const hasPrevious = previousRange !== null;
  const cs = range.start;
  const ce = range.end;
  // Without a comparison, an empty range no day falls in.
  const ps = previousRange?.start ?? 0;
  const pe = previousRange?.end ?? -1;
  for (const kind of RECORD_KINDS) {
    const list: readonly KpiRecord[] = ds[kind];
    if (list.length === 0) continue;
    const placed = field === null || (RECORD_FIELDS[kind] as readonly string[]).includes(field);
    // The parts of every KPI that read this kind, gathered by their date function: one date per record for all.
    const byDate = new Map<TallyPart['date'], Entry[]>();
    tallies.forEach((t, k) => t?.parts.forEach((part) => {
      if (part.kind !== kind) return;
      const list = byDate.get(part.date) ?? [];
      list.push({ k, part });
      byDate.set(part.date, list);
    }));
    // Flat lists, so the loop below reads arrays rather than objects per record.
    const dates = [...byDate.keys()];
    const adds = [...byDate.values()].map((entries) => entries.map((e) => e.part.add));
    const slotsOf = [...byDate.values()].map((entries) => entries.map((e) => e.k));
    const bit = kindBit(kind);
    // A record's group by its raw text: owners repeat across a million rows, each is normalised once.
    const groupOfRaw = new Map<unknown, number>();
    for (let i = 0; i < list.length; i++) {
      const record = list[i];
      let g = 0;
      if (placed) {
        const raw = field !== null
          ? (record as unknown as Record<string, unknown>)[field]
          : record.extra === undefined ? undefined : record.extra[groupBy] ?? '';
        if (raw !== undefined || field !== null) {
          let found = groupOfRaw.get(raw);
          if (found === undefined) groupOfRaw.set(raw, (found = groupOfName(typeof raw === 'string' ? raw : '')));
          g = found;
        }
      }
      seen[g] |= bit;
      if (perGroup) (parts[g][kind] as KpiRecord[]).push(record);
      for (let d = 0; d < dates.length; d++) {
        const day = dates[d](record);
        if (day === null) continue;
        const inCurrent = day >= cs && day <= ce;
        const inPrevious = day >= ps && day <= pe;
        if (!inCurrent && !inPrevious) continue;
        const views = inCurrent ? curViews[g] : prevViews[g];
        const add = adds[d];
        const ks = slotsOf[d];
        for (let e = 0; e < add.length; e++) add[e](views[ks[e]], record);
        // A day in both (a comparison that overlaps the period) counts in both.
        if (inCurrent && inPrevious) for (let e = 0; e < add.length; e++) add[e](prevViews[g][ks[e]], record);
      }
    }
  }

  const evaluateOptions = { period, compare, ...context };
  const cell = (def: KpiDefinition, value: number | null, previous: number | null): GroupCell => ({
    value,
    previous,
    delta: hasPrevious && !def.selfComparing ? compareValues(value, previous, { direction: def.direction, rate: def.rate }) : null,
  });
  /** The cells of groups taken together: their numbers summed, or their records evaluated. */
  const cellsOf = (groups: readonly number[], whole?: Dataset): GroupCell[] => {
    const mask = groups.reduce((m, g) => m | seen[g], 0);
    return defs.map((def, k) => {
      const tally = tallies[k];
      if (tally === undefined) {
        const data = whole ?? mergeParts(ds, groups.map((g) => parts[g]));
        const e = evaluateKpi(data, def.id, evaluateOptions);
        return { value: e.value, previous: e.previous, delta: e.delta };
      }
      if (tally === null || (mask & kindsOf[k]) === 0) return cell(def, null, null);
      const sum = (views: Float64Array[][]) => {
        if (groups.length === 1) return views[groups[0]][k];
        const acc = new Float64Array(tally.slots);
        for (const g of groups) for (let s = 0; s < tally.slots; s++) acc[s] += views[g][k][s];
        return acc;
      };
      return cell(def, tally.result(sum(curViews)), hasPrevious ? tally.result(sum(prevViews)) : null);
    });
  };

  const groupIndexes = keys.map((_, g) => g);
  // A group only of records no KPI reads (costs without an owner, in a table of deal KPIs) is no row.
  const read = defs.reduce((mask, def, k) => mask | kindsOf[k] | kindBit(def.source), 0);
  const rows: GroupRow[] = [];
  for (let g = 1; g < keys.length; g++) if (seen[g] & read) rows.push({ key: keys[g], name: names[g], cells: cellsOf([g]) });
  const total = cellsOf(groupIndexes, ds);
  return {
    kpis: defs.map((d) => d.id),
    rows,
    total,
    range,
    previousRange,
    combine: (list) => cellsOf(list.map((key) => groupOfKey.get(normalizeFilterValue(key))).filter((g): g is number => g !== undefined)),
  };
}

function mergeParts(ds: Dataset, list: readonly Dataset[]): Dataset {
  if (list.length === 1) return list[0];
  const merged = emptyDataset(ds);
  for (const kind of RECORD_KINDS) (merged as unknown as Record<RecordKind, KpiRecord[]>)[kind] = list.flatMap((part) => part[kind] as KpiRecord[]);
  return merged;
}

/**
 * One table from tables of the same groups over different KPIs: what a flat
 * export needs when its KPIs read different record kinds (deals for revenue,
 * activities for activities), each table from the records of its kind.
 * `columns[i]` says where table i's KPIs go among `kpis`. A group missing
 * from a table has no records of that kind: its cells there are null.
 */
export function mergeGroupTables(parts: readonly { table: GroupTable; columns: readonly number[] }[], kpis: readonly string[]): GroupTable {
  if (parts.length === 1 && parts[0].columns.every((c, i) => c === i)) return parts[0].table;
  const none: GroupCell = { value: null, previous: null, delta: null };
  const place = (cellsOfPart: (i: number) => GroupCell[]): GroupCell[] => {
    const cells: GroupCell[] = kpis.map(() => none);
    parts.forEach(({ columns }, i) => cellsOfPart(i).forEach((c, k) => (cells[columns[k]] = c)));
    return cells;
  };
  const order: GroupRow[] = [];
  const byKey = new Map<string, GroupRow>();
  for (const { table } of parts) {
    for (const row of table.rows) {
      if (!byKey.has(row.key)) {
        const merged = { key: row.key, name: row.name, cells: [] as GroupCell[] };
        byKey.set(row.key, merged);
        order.push(merged);
      }
    }
  }
  for (const row of order) {
    row.cells = place((i) => parts[i].table.rows.find((r) => r.key === row.key)?.cells ?? parts[i].table.kpis.map(() => none));
  }
  return {
    kpis: [...kpis],
    rows: order,
    total: place((i) => parts[i].table.total),
    range: parts[0].table.range,
    previousRange: parts[0].table.previousRange,
    combine: (keys) => place((i) => parts[i].table.combine(keys)),
  };
}
