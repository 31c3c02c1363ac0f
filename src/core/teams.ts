/**
 * Which team each seller is in, when the export has no `team` column: the
 * `teams` attribute (`Anna Berg:Vest,Ola Nordmann:Øst`) or a teams document
 * (rows with `owner` and `team`, as CSV or JSON). Owners compare as filter
 * values do (case and spaces do not matter). A mapped owner's team replaces
 * what the export says; other records keep theirs.
 */
import { normalizeFilterValue } from './filter.js';
import { RECORD_KINDS } from './records.js';
import type { Dataset, RecordKind } from './types.js';

/** Normalised owner → team as written. */
export type Teams = ReadonlyMap<string, string>;

/** A teams text or document that cannot be read; `part` is the piece that is wrong. */
export class TeamsError extends Error {
  readonly code = 'teams';
  readonly attribute = 'teams';
  constructor(readonly part: string) {
    super(`Cannot read "${part}" in teams: write owner:team pairs separated by commas, like Anna Berg:Vest,Ola Nordmann:Øst.`);
    this.name = 'TeamsError';
  }
}

/** Whether a `teams` value is an address to fetch rather than pairs. */
export function isTeamsAddress(text: string): boolean {
  const t = text.trim();
  return /^(?:https?:\/\/|\/|\.\.?\/)/i.test(t) || /\.(?:csv|json|tsv)(?:[?#].*)?$/i.test(t);
}

/**
 * Reads `Anna Berg:Vest,Ola Nordmann:Øst`: pairs by commas, owner and team by
 * the last colon (an owner may not contain one, a team may not either).
 * @throws TeamsError for a pair without a colon or with an empty side.
 */
export function parseTeams(text: string): Teams {
  const teams = new Map<string, string>();
  for (const raw of text.split(',')) {
    const pair = raw.trim();
    if (pair === '') continue;
    const colon = pair.lastIndexOf(':');
    const owner = colon < 0 ? '' : pair.slice(0, colon).trim();
    const team = colon < 0 ? '' : pair.slice(colon + 1).trim();
    if (owner === '' || team === '') throw new TeamsError(pair);
    teams.set(normalizeFilterValue(owner), team);
  }
  return teams;
}

/**
 * A teams document: rows with an owner and a team (any case of the column
 * names; `seller`, `sales_agent` and `name` also name the owner), or an
 * object `{ "Anna Berg": "Vest" }`.
 * @throws TeamsError naming the first row that has no owner or no team.
 */
export function teamsFromDoc(doc: unknown): Teams {
  const teams = new Map<string, string>();
  if (!Array.isArray(doc)) {
    if (typeof doc !== 'object' || doc === null) throw new TeamsError(String(doc));
    for (const [owner, team] of Object.entries(doc)) {
      if (typeof team !== 'string' || team.trim() === '') throw new TeamsError(`${owner}:${String(team)}`);
      teams.set(normalizeFilterValue(owner), team.trim());
    }
    return teams;
  }
  doc.forEach((row, i) => {
    const cells = typeof row === 'object' && row !== null ? Object.entries(row as Record<string, unknown>) : [];
    const cell = (names: readonly string[]) => {
      const found = cells.find(([key]) => names.includes(key.trim().toLowerCase().replace(/[\s_-]+/g, '_')));
      return typeof found?.[1] === 'string' ? found[1].trim() : '';
    };
    const owner = cell(['owner', 'seller', 'sales_agent', 'name']);
    const team = cell(['team', 'sales_team']);
    if (owner === '' || team === '') throw new TeamsError(`row ${i + 1}`);
    teams.set(normalizeFilterValue(owner), team);
  });
  return teams;
}

/**
 * The dataset with each record of a mapped owner in its team. Records are
 * copied only when their team changes; a dataset without any change is
 * returned as it is.
 */
export function assignTeams(dataset: Dataset, teams: Teams): Dataset {
  if (teams.size === 0) return dataset;
  const result: Dataset = { ...dataset };
  // Owners repeat across a million rows: normalise each distinct name once.
  const teamOf = new Map<string, string | undefined>();
  for (const kind of RECORD_KINDS) {
    const records = dataset[kind] as unknown as { owner: string; team?: string }[];
    let changed = false;
    const out = records.map((record) => {
      let team = teamOf.get(record.owner);
      if (!teamOf.has(record.owner)) teamOf.set(record.owner, (team = teams.get(normalizeFilterValue(record.owner))));
      if (team === undefined || team === record.team) return record;
      changed = true;
      return { ...record, team };
    });
    if (changed) (result as unknown as Record<RecordKind, unknown[]>)[kind] = out;
  }
  // The team is now a column of every kind, as far as a KPI's column check goes.
  if (result.columns) {
    result.columns = Object.fromEntries(Object.entries(result.columns).map(([kind, cols]) =>
      [kind, { ...cols!, fields: { ...cols!.fields, team: cols!.fields.team ?? 'teams' } }]));
  }
  return result;
}
