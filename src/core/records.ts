/**
 * From whatever a CRM export calls its columns to the canonical records of
 * types.ts. One pass per kind, with the column names resolved once, because a
 * CSV can hold a million rows.
 *
 * Columns. `fields` maps a canonical field to an export column
 * (`value:close_value`, or by position: `value:3`). Without a mapping a column
 * is found by its name, then by the aliases in {@link FIELD_ALIASES}, then by
 * the words of its header ({@link FIELD_MEANINGS}). Names compare
 * case-insensitively and ignoring spaces and punctuation, so `Close Date`,
 * `close_date` and `CloseDate` are one name. A null marker (`\N`, `NULL`,
 * `N/A`, `-`…, see {@link isNullMarker}) is an empty cell.
 *
 * Dates: every date column of a document votes on one day/month order
 * ({@link fileDateOrder}); `dateOrder` settles it, the locale decides when no
 * value proves it, and columns that prove both orders are a DateOrderError.
 *
 * Deal status: from a `status` column of yes/no words (won, or not won), then
 * a `status` column of words (the won/lost stage names, plus the plain words
 * `won` and `lost`; anything else is open), then `isWon`/`isClosed` yes/no
 * columns, otherwise inferred from `stage` with {@link inferStatus}; the
 * `wonWords`/`lostWords` options add to the built-in words (see flagStatus
 * for a deal that is not won). `status:deal_stage` reads it from a stage column.
 *
 * Bad rows. A value that cannot be read gives a {@link RecordIssue} with the
 * 1-based row number (the first data row, after any CSV header, is row 1;
 * empty lines the CSV reader skipped are not counted). The
 * row is skipped when the bad field is one it cannot be used without, and kept
 * with the field empty otherwise; every other row still counts. The fields a row
 * cannot do without:
 * - deals: `closed` of a won or lost deal (`missing` / `date`), `value` of a won
 *   deal (`missing` / `number`). An open or lost deal with an empty value counts
 *   as 0 without an issue (CRMs leave the amount empty until it is known); with
 *   an unreadable value it is kept as 0 and reported. These are rules for
 *   cells: an export without a `closed` or `value` column at all keeps its
 *   deals (closed null, value 0), and a KPI that reads the field refuses such
 *   an export as a whole ({@link requireColumns}), so a hit rate or a funnel
 *   still counts its won deals.
 * - leads: `created`. activities: `date`. costs: `date` and `amount`.
 * - customers: `start` and `end` when present but unreadable (a wrong end date
 *   would count a lost customer as active), `mrr` when unreadable (empty is 0).
 * Every other bad value (`created` of a deal, `contacted`, `probability`, a
 * yes/no word...) is reported and left empty. Issue codes: `missing` (empty but
 * needed), `number`, `date`, `status` (a word that is none of the known values:
 * yes/no, reply, origin, cost kind), `order` (a deal closed before it was
 * created: kept, and left out of the sales cycle). Rows a reader left out
 * before (`readIssues`, csv.ts: `parse`, `cells`) join the issues, and
 * `rowNumbers` keeps the rows after them at their numbers in the file.
 *
 * Defaults for absent or empty columns: `id` is the row number, texts are '',
 * lead `assigned` is "has an owner", lead `origin` and cost `kind` are
 * `marketing`, other yes/no fields are false (deal `newCustomer` stays
 * undefined, i.e. unknown). `probability` and `margin` are shares 0..1: `60`,
 * `60 %` and `0.6` are all 0.6.
 */
import { formatOfOrder, localeDateOrder, orderEvidence, parseDate, type DateFormat, type DateOrder } from './date-parse.js';
import { decimalEvidence, parseNumber, type DecimalSeparator } from './numbers.js';
import { clipList, clipText } from './quote.js';
import type {
  Activity,
  ColumnMatch,
  ColumnNeeds,
  Cost,
  Customer,
  Dataset,
  DateRange,
  DatesRead,
  DayNumber,
  Deal,
  DealStatus,
  KindColumns,
  Lead,
  RecordIssue,
  RecordKind,
} from './types.js';

/** Canonical field → export column. */
export type FieldMap = Partial<Record<string, string>>;

export const RECORD_KINDS: readonly RecordKind[] = ['deals', 'leads', 'activities', 'customers', 'costs'];

/** The record type of each kind. */
export interface RecordOf {
  deals: Deal;
  leads: Lead;
  activities: Activity;
  customers: Customer;
  costs: Cost;
}

/**
 * Column names tried, after the canonical name itself, when `fields` does not
 * map a field. They cover the common CRM exports (HubSpot, Salesforce,
 * Pipedrive, the Kaggle "CRM sales opportunities" set) written in any case with
 * spaces, `_` or `-`, and the words a Norwegian, Swedish, Danish or Dutch
 * export uses for the common columns (`Beløp`, `Fase`, `Lukket`, `Stängd`…):
 *
 * | field | aliases |
 * |---|---|
 * | id | deal_id, opportunity_id, lead_id, activity_id, customer_id, account_id, record_id |
 * | status | deal_status, outcome |
 * | stage | deal_stage, stage_name, pipeline_stage, lifecycle_stage, fase, salgsfase, fas, steg, säljsteg, salgsstadie, verkoopfase |
 * | value | amount, close_value, deal_value, deal_amount, beløp, belopp, beløb, bedrag, verdi, värde, værdi, waarde |
 * | created | created_at, created_date, create_date, created_on, add_time, engage_date, lead_date, opprettet, opprettet_dato, opprettelsesdato, oprettet, oprettelsesdato, skapad, skapat, skapad_datum, aangemaakt, aanmaakdatum |
 * | closed | close_date, closed_at, closed_date, closed_on, close_time, won_time, lukket, lukket_dato, lukkedato, avsluttet, afsluttet, stängd, stängt, stängningsdatum, avslutad, gesloten, sluitingsdatum |
 * | owner | owner_name, deal_owner, lead_owner, sales_agent, sales_rep, salesperson, assigned_to, user, eier, ägare, ejer, eigenaar, selger, säljare, sælger, verkoper |
 * | source | lead_source, deal_source, channel, utm_source, kilde, källa, bron |
 * | probability | win_probability, deal_probability, probability_percent, sannsynlighet, sannolikhet, sandsynlighed, waarschijnlijkheid |
 * | forecast | forecast_amount, forecast_value |
 * | mrr | monthly_recurring_revenue, recurring_revenue, monthly_value |
 * | newCustomer | new_customer, is_new_customer, new_business |
 * | contacted | contacted_at, first_contact, first_contacted, first_contact_date |
 * | responseHours | response_hours, response_time, hours_to_contact |
 * | assigned | is_assigned |
 * | qualified | sql, is_sql, sales_qualified |
 * | opportunity | is_opportunity, converted, has_opportunity |
 * | response | reply, response_type |
 * | origin | lead_origin, originated_by |
 * | date | activity_date, done_date, due_date, timestamp, dato, datum |
 * | type | activity_type, activity |
 * | start | start_date, customer_since, signup_date, subscription_start |
 * | end | end_date, churn_date, churned_at, cancel_date, cancelled_at |
 * | margin | gross_margin |
 * | amount | cost, spend, kostnad, kostnader, omkostning, omkostninger, kosten, beløp, belopp, beløb, bedrag |
 * | kind | cost_type, category |
 * | leads | lead_count, leads_generated |
 * | team | sales_team, team_name, salgsteam, säljteam |
 * | customer | account, account_name, customer_name, company, company_name, client, kunde, kund, klant |
 * | product | product_name, produkt, item |
 */
export const FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['deal_id', 'opportunity_id', 'lead_id', 'activity_id', 'customer_id', 'account_id', 'record_id'],
  status: ['deal_status', 'outcome'],
  stage: ['deal_stage', 'stage_name', 'pipeline_stage', 'lifecycle_stage', 'fase', 'salgsfase', 'fas', 'steg', 'säljsteg', 'salgsstadie', 'verkoopfase'],
  value: ['amount', 'close_value', 'deal_value', 'deal_amount', 'beløp', 'belopp', 'beløb', 'bedrag', 'verdi', 'värde', 'værdi', 'waarde'],
  created: ['created_at', 'created_date', 'create_date', 'created_on', 'add_time', 'engage_date', 'lead_date', 'opprettet', 'opprettet_dato', 'opprettelsesdato', 'oprettet', 'oprettelsesdato', 'skapad', 'skapat', 'skapad_datum', 'aangemaakt', 'aanmaakdatum'],
  closed: ['close_date', 'closed_at', 'closed_date', 'closed_on', 'close_time', 'won_time', 'lukket', 'lukket_dato', 'lukkedato', 'avsluttet', 'afsluttet', 'stängd', 'stängt', 'stängningsdatum', 'avslutad', 'gesloten', 'sluitingsdatum'],
  owner: ['owner_name', 'deal_owner', 'lead_owner', 'sales_agent', 'sales_rep', 'salesperson', 'assigned_to', 'user', 'eier', 'ägare', 'ejer', 'eigenaar', 'selger', 'säljare', 'sælger', 'verkoper'],
  source: ['lead_source', 'deal_source', 'channel', 'utm_source', 'kilde', 'källa', 'bron'],
  probability: ['win_probability', 'deal_probability', 'probability_percent', 'sannsynlighet', 'sannolikhet', 'sandsynlighed', 'waarschijnlijkheid'],
  forecast: ['forecast_amount', 'forecast_value'],
  mrr: ['monthly_recurring_revenue', 'recurring_revenue', 'monthly_value'],
  newCustomer: ['new_customer', 'is_new_customer', 'new_business'],
  contacted: ['contacted_at', 'first_contact', 'first_contacted', 'first_contact_date'],
  responseHours: ['response_hours', 'response_time', 'hours_to_contact'],
  assigned: ['is_assigned'],
  qualified: ['sql', 'is_sql', 'sales_qualified'],
  opportunity: ['is_opportunity', 'converted', 'has_opportunity'],
  response: ['reply', 'response_type'],
  origin: ['lead_origin', 'originated_by'],
  date: ['activity_date', 'done_date', 'due_date', 'timestamp', 'dato', 'datum'],
  type: ['activity_type', 'activity'],
  start: ['start_date', 'customer_since', 'signup_date', 'subscription_start'],
  end: ['end_date', 'churn_date', 'churned_at', 'cancel_date', 'cancelled_at'],
  margin: ['gross_margin'],
  amount: ['cost', 'spend', 'kostnad', 'kostnader', 'omkostning', 'omkostninger', 'kosten', 'beløp', 'belopp', 'beløb', 'bedrag'],
  kind: ['cost_type', 'category'],
  leads: ['lead_count', 'leads_generated'],
  isWon: ['won_flag', 'is_won_deal'],
  isClosed: ['closed_flag', 'is_closed_deal'],
  team: ['sales_team', 'team_name', 'salgsteam', 'säljteam'],
  customer: ['account', 'account_name', 'customer_name', 'company', 'company_name', 'client', 'kunde', 'kund', 'klant'],
  product: ['product_name', 'produkt', 'item'],
};

/**
 * Columns found by meaning, when no column has a field's name or alias: a
 * header matches when it holds a word from each group (headers are split into
 * words at spaces, punctuation and camelCase: `Est. close date` is est, close,
 * date) and none of `not`. Among several matches the header with the fewest
 * other words wins, then the leftmost: `Close Date` before `Est. close date`.
 * A column already taken by a field found by name goes to no other field.
 */
export const FIELD_MEANINGS: Readonly<Record<string, { all: readonly (readonly string[])[]; not?: readonly string[] }>> = {
  closed: {
    all: [['close', 'closed', 'closing', 'won', 'lukket', 'lukke', 'stängd', 'stängning', 'afsluttet', 'gesloten', 'sluiting'], ['date', 'time', 'on', 'at', 'day', 'dato', 'datum', 'dag', 'tid']],
    not: ['created', 'create', 'is'],
  },
  created: {
    all: [['created', 'create', 'creation', 'opened', 'opprettet', 'skapad', 'oprettet', 'aangemaakt'], ['date', 'on', 'at', 'time', 'day', 'dato', 'datum']],
  },
  value: {
    all: [['amount', 'revenue', 'value', 'worth', 'beløp', 'belopp', 'beløb', 'bedrag', 'verdi', 'värde', 'værdi', 'waarde', 'omsetning', 'omsättning']],
    not: ['expected', 'weighted', 'probability', 'forecast', 'id', 'recurring'],
  },
  stage: { all: [['stage', 'phase', 'fase', 'fas', 'steg', 'stadie']] },
  status: { all: [['status', 'outcome', 'result']], not: ['reason', 'id'] },
  owner: {
    all: [['owner', 'assigned', 'rep', 'agent', 'salesperson', 'seller', 'eier', 'ägare', 'ejer', 'eigenaar', 'selger', 'säljare', 'sælger', 'verkoper']],
  },
  probability: { all: [['probability', 'likelihood', 'sannsynlighet', 'sannolikhet', 'sandsynlighed', 'kans']] },
  source: { all: [['source', 'channel', 'kilde', 'källa', 'bron']] },
};

/** A header's words: `Est. close date` → est, close, date; `CloseDate` → close, date. */
export function headerWords(name: string): string[] {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** How many words of the header are not the meaning's; -1 when it does not match. */
function meaningScore(words: readonly string[], field: string): number {
  const meaning = FIELD_MEANINGS[field];
  if (!meaning) return -1;
  if (meaning.not?.some((w) => words.includes(w))) return -1;
  const used = new Set<string>();
  for (const group of meaning.all) {
    const hit = words.find((w) => group.includes(w));
    if (hit === undefined) return -1;
    used.add(hit);
  }
  return words.filter((w) => !used.has(w)).length;
}

/** The canonical fields of each kind, as in types.ts. */
/** Deals also have `isWon` and `isClosed`, boolean status columns that are read into `status`. */
export const RECORD_FIELDS: { readonly [K in RecordKind]: readonly string[] } = {
  deals: ['id', 'status', 'stage', 'value', 'created', 'closed', 'owner', 'source', 'probability', 'forecast', 'mrr', 'newCustomer', 'isWon', 'isClosed', 'team', 'customer', 'product'],
  leads: ['id', 'created', 'contacted', 'responseHours', 'assigned', 'qualified', 'opportunity', 'response', 'origin', 'owner', 'source', 'team'],
  activities: ['id', 'date', 'type', 'owner', 'source', 'team'],
  customers: ['id', 'start', 'end', 'mrr', 'margin', 'owner', 'source', 'team'],
  costs: ['date', 'amount', 'kind', 'leads', 'owner', 'source', 'team'],
};

const ALL_FIELDS: ReadonlyMap<string, string> = new Map(
  RECORD_KINDS.flatMap((kind) => RECORD_FIELDS[kind]).map((name) => [name.toLowerCase(), name]),
);

/**
 * Why a field has no column: `syntax`, `unknown-field`, `duplicate` (the
 * `fields` text), `column` (a column `fields` names is not in the data),
 * `missing` (no column for a field a KPI reads, by name, alias or mapping).
 */
export type FieldsErrorReason = 'syntax' | 'unknown-field' | 'duplicate' | 'column' | 'missing' | 'no-header';

/** For FieldsError `missing`: what was looked for and a mapping that may fix it. */
export interface MissingColumn {
  /** The fields any one of which would do, e.g. `['stage', 'status']`. */
  fields: readonly string[];
  /** The column names tried: each field and its aliases. */
  looked: readonly string[];
  /** A `fields` pair naming a column of the data that looks right, e.g. `value:Beløp`; '' when none does. */
  example: string;
  kind: RecordKind;
}

/**
 * A column mapping that cannot be used; `reason` and `part` say why and where.
 * It carries what a translated message needs: `columns` (the data's), `options`
 * (the known fields, for `unknown-field`), and for `missing` the `fields`,
 * `looked` and `example` of {@link MissingColumn}.
 */
export class FieldsError extends Error {
  readonly code = 'fields';
  /** The attribute an editor corrects. */
  readonly attribute = 'fields';
  /** For `unknown-field`: the fields there are. */
  readonly options: readonly string[];
  /** For `missing`: the fields any one of which would do. */
  readonly fields: readonly string[];
  /** For `missing`: the column names tried. */
  readonly looked: readonly string[];
  /** For `missing`: a `field:column` pair to suggest. */
  readonly example: string;
  /** For `missing`: the record kind that lacks the column. */
  readonly kind?: RecordKind;
  constructor(
    readonly reason: FieldsErrorReason,
    /** The piece that is wrong: the pair as typed (`syntax`), the field (`unknown-field`, `duplicate`, `missing`) or the column (`column`). */
    readonly part: string,
    /** For `column` and `missing`: the columns the data does have. */
    readonly columns: readonly string[] = [],
    missing?: MissingColumn,
  ) {
    super(fieldsMessage(reason, clipText(part), columns, missing));
    this.name = 'FieldsError';
    this.options = reason === 'unknown-field' ? [...ALL_FIELDS.values()] : [];
    this.fields = missing?.fields ?? [];
    this.looked = missing?.looked ?? [];
    this.example = missing?.example ?? '';
    if (missing) this.kind = missing.kind;
  }
}

/** A list for a message: the first `max` names, then "…". */
export function shortList(names: readonly string[], max = 12): string {
  return clipList(names, max).join(', ');
}

function fieldsMessage(reason: FieldsErrorReason, part: string, columns: readonly string[], missing?: MissingColumn): string {
  switch (reason) {
    case 'syntax':
      return `Cannot read "${part}" in fields: write field:column pairs separated by commas, like value:close_value,closed:close_date.`;
    case 'unknown-field':
      return `"${part}" in fields is not a known field. Known fields: ${[...ALL_FIELDS.values()].join(', ')}.`;
    case 'duplicate':
      return `The field "${part}" is mapped twice in fields.`;
    case 'column':
      return `The column "${part}" named in fields is not in the data. Its columns are: ${shortList(columns)}.`;
    case 'no-header':
      return `This file seems to have no header row: its first line holds data. Map its columns by position, e.g. fields="${missing?.example ?? ''}".`;
    case 'missing': {
      const what = `The data has no column for ${(missing?.fields ?? [part]).join(' or ')} (looked for ${shortList(missing?.looked ?? [], 8)})`;
      return missing?.example
        ? `${what}. Its columns are: ${shortList(columns)}. Map one with fields, e.g. fields="${clipText(missing.example)}".`
        : `${what}, and none of its columns looks like one: ${shortList(columns)}. Check that src is the right file.`;
    }
  }
}

/**
 * Reads the `fields` attribute: `value:close_value,closed:close_date,status:deal_stage`.
 * Pairs are separated by commas, field and column by the first colon; spaces
 * around either are ignored, so a column may contain spaces (`closed:Close Date`).
 * Field names are matched case-insensitively. An empty text gives `{}`.
 * @throws FieldsError for a pair without a colon or with an empty side, an unknown
 *   field, or a field given twice.
 */
export function parseFields(text: string): FieldMap {
  const map: FieldMap = {};
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const colon = part.indexOf(':');
    const name = colon < 0 ? '' : part.slice(0, colon).trim();
    const column = colon < 0 ? '' : part.slice(colon + 1).trim();
    if (name === '' || column === '') throw new FieldsError('syntax', part);
    const field = ALL_FIELDS.get(name.toLowerCase());
    if (field === undefined) throw new FieldsError('unknown-field', name);
    if (map[field] !== undefined) throw new FieldsError('duplicate', field);
    map[field] = column;
  }
  return map;
}

export interface StatusOptions {
  /** Stage names that mean won. Default {@link DEFAULT_WON_STAGES}. */
  won?: readonly string[];
  /** Stage names that mean lost. Default {@link DEFAULT_LOST_STAGES}. */
  lost?: readonly string[];
}

/** English and the four languages' words for won, as CRMs name the last stage. */
export const DEFAULT_WON_STAGES: readonly string[] = ['won', 'closed won', 'vunnet', 'vunnen', 'vundet', 'gewonnen'];
/** English and the four languages' words for lost. */
export const DEFAULT_LOST_STAGES: readonly string[] = ['lost', 'closed lost', 'tapt', 'förlorad', 'tabt', 'verloren'];

/** Case, `_`, `-` and runs of spaces do not matter: `Closed_Won` is `closed won`. */
export function normalizeWord(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

type StatusReader = (stage: string) => DealStatus;

function statusReader(options: StatusOptions): StatusReader {
  const won = new Set((options.won ?? DEFAULT_WON_STAGES).map(normalizeWord));
  const lost = new Set((options.lost ?? DEFAULT_LOST_STAGES).map(normalizeWord));
  // A CRM has a handful of stage names in a million rows: remember each answer.
  const seen = new Map<string, DealStatus>();
  return (stage) => {
    let status = seen.get(stage);
    if (status === undefined) {
      const word = normalizeWord(stage);
      status = won.has(word) ? 'won' : lost.has(word) ? 'lost' : 'open';
      seen.set(stage, status);
    }
    return status;
  };
}

/**
 * The status a stage name stands for: `won` for Won, Closed Won (and the
 * defaults' nb/sv/da/nl words), `lost` for Lost, Closed Lost..., `open` for any
 * other stage. Case, `_`, `-` and extra spaces are ignored. Lists given in
 * `options` replace the defaults.
 */
export function inferStatus(stage: string, options: StatusOptions = {}): DealStatus {
  return statusReader(options)(stage);
}

export interface RecordOptions {
  /** Canonical field → export column; see {@link parseFields}. */
  fields?: FieldMap;
  /** A fixed date format for every date column; wins over everything below. */
  dateFormat?: DateFormat;
  /**
   * The order of a file's dates that could be read either way (`date-order`).
   * Without it, every date column of the document votes together (see
   * {@link fileDateOrder}); with no evidence, `locale` decides.
   */
  dateOrder?: DateOrder;
  /** The reader's locale, for dates nothing in the file proves: `en-US` reads 3/4 as March 4th. Default day-first. */
  locale?: string;
  /** Stage or status words meaning won, added to the built-in ones (`won`). */
  wonWords?: readonly string[];
  /** Stage or status words meaning lost, added to the built-in ones (`lost`). */
  lostWords?: readonly string[];
  /** The data row number of each row, when a reader left some rows out (csv.ts); else row i is i + 1. */
  rowNumbers?: readonly number[];
  /** Rows a reader left out before these (csv.ts), reported with the others. */
  readIssues?: readonly RecordIssue[];
  /** Decimal separator; without it the separator the numeric columns prove (detectDecimal). */
  decimal?: DecimalSeparator;
  /** Stage names that mean won; see {@link inferStatus}. */
  wonStages?: readonly string[];
  /** Stage names that mean lost. */
  lostStages?: readonly string[];
  /** Export columns no field reads, kept on each record's `extra` as text (to group by them). */
  keep?: readonly string[];
}

export interface RecordsResult<K extends RecordKind> {
  records: RecordOf[K][];
  issues: RecordIssue[];
}

type Row = Record<string, unknown>;

/** Lower case without spaces and punctuation: `Close Date` → `closedate`. */
function columnKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** How many rows are read for column names and for the date order of a column. */
const SAMPLE_ROWS = 5000;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The columns of the first rows (JSON rows need not all have the same keys). */
function sampleKeys(rows: readonly unknown[]): string[] {
  const keys = new Set<string>();
  const n = Math.min(rows.length, 100);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (isRow(row)) for (const key of Object.keys(row)) keys.add(key);
  }
  return [...keys];
}

interface Columns {
  /** Canonical field → the row key that holds it. */
  found: Map<string, string>;
  /** How each was found. */
  how: Map<string, ColumnMatch>;
  /** Mapped columns the data does not have. */
  missing: string[];
}

/**
 * Finds each field's column, in this order: the column `fields` names (by
 * name, or by position: `value:3` is the third column, for files without a
 * header row); the field's own name; its aliases in their order; then, for
 * the fields still without one, the words of the headers not yet taken
 * ({@link FIELD_MEANINGS}).
 */
function resolveColumns(keys: readonly string[], fields: readonly string[], map: FieldMap): Columns {
  const byKey = new Map<string, string>();
  for (const key of keys) {
    const k = columnKey(key);
    if (!byKey.has(k)) byKey.set(k, key);
  }
  const found = new Map<string, string>();
  const how = new Map<string, ColumnMatch>();
  const missing: string[] = [];
  const take = (field: string, key: string, match: ColumnMatch) => {
    found.set(field, key);
    how.set(field, match);
  };
  for (const field of fields) {
    const mapped = map[field];
    if (mapped !== undefined) {
      const position = /^\d+$/.test(mapped) ? Number(mapped) : 0;
      const key = keys.includes(mapped) ? mapped
        : byKey.get(columnKey(mapped)) ?? (position >= 1 && position <= keys.length ? keys[position - 1] : undefined);
      if (key === undefined) missing.push(mapped);
      else take(field, key, 'fields');
      continue;
    }
    const names = [field, ...(FIELD_ALIASES[field] ?? [])];
    const i = names.findIndex((name) => byKey.has(columnKey(name)));
    if (i >= 0) take(field, byKey.get(columnKey(names[i]!))!, i === 0 ? 'name' : 'alias');
  }
  const taken = new Set(found.values());
  for (const field of fields) {
    if (found.has(field) || map[field] !== undefined) continue;
    let best: string | undefined;
    let bestScore = Infinity;
    for (const key of keys) {
      if (taken.has(key)) continue;
      const score = meaningScore(headerWords(key), field);
      if (score >= 0 && score < bestScore) {
        best = key;
        bestScore = score;
      }
    }
    if (best === undefined) continue;
    take(field, best, 'meaning');
    taken.add(best);
  }
  return { found, how, missing };
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'ja', 'j', '1', 'x', '✓', '✔', 'sant', 'waar']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'nei', 'nej', 'nee', '0', 'usant', 'falsk', 'falskt', 'onwaar']);
/**
 * Yes/no as exports write it: true/false, yes/no, y/n, 1/0, x, ✓, and the nb,
 * sv, da, nl words (ja/nei/nej/nee, sant/usant, falsk, waar/onwaar), any case.
 * Null for anything else.
 */
export function parseYesNo(text: string): boolean | null {
  const word = normalizeWord(text);
  return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : null;
}

export const POSITIVE_WORDS: ReadonlySet<string> = new Set(['positive', 'pos', '+', 'yes', 'interested', 'positiv', 'positivt', 'positief', 'ja']);
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['negative', 'neg', '-', 'no', 'not interested', 'negativ', 'negativt', 'negatief', 'nei', 'nej', 'nee']);
export const MARKETING_WORDS: ReadonlySet<string> = new Set(['marketing', 'mql', 'inbound', 'markedsføring', 'marknadsföring', 'marknad', 'ads', 'advertising', 'campaign']);
export const SALES_WORDS: ReadonlySet<string> = new Set(['sales', 'sql', 'outbound', 'sdr', 'bdr', 'salg', 'sälj', 'försäljning', 'verkoop']);

/** The converter state of one kind: where each field is, how numbers and dates read. */
class RowReader {
  row: Row = {};
  rowNumber = 0;
  readonly issues: RecordIssue[] = [];
  private readonly numberOptions: { decimal?: DecimalSeparator };
  private readonly dateFormats = new Map<string, DateFormat>();

  constructor(
    readonly rows: readonly unknown[],
    readonly columns: ReadonlyMap<string, string>,
    options: RecordOptions,
    numberFields: readonly string[],
    dateFields: readonly string[],
  ) {
    this.numberOptions = { decimal: options.decimal ?? this.detectDecimal(numberFields) ?? undefined };
    for (const field of dateFields) {
      if (columns.has(field)) this.dateFormats.set(field, options.dateFormat ?? 'auto');
    }
  }

  /**
   * One export is written by one locale, so every numeric column votes
   * together (see detectDecimal). A plain loop, not detectDecimal over a
   * generator: it runs over every row of a million-row file.
   */
  private detectDecimal(fields: readonly string[]): DecimalSeparator | null {
    const keys = fields.map((f) => this.columns.get(f)).filter((k): k is string => k !== undefined);
    if (keys.length === 0) return null;
    let comma = 0;
    let dot = 0;
    for (const row of this.rows) {
      if (!isRow(row)) continue;
      for (const key of keys) {
        const value = row[key];
        if (typeof value !== 'string' || (value.indexOf(',') < 0 && value.indexOf('.') < 0)) continue;
        const vote = decimalEvidence(value);
        if (vote === ',') comma++;
        else if (vote === '.') dot++;
      }
      if (comma >= 50 || dot >= 50) break;
    }
    return comma > dot ? ',' : dot > comma ? '.' : null;
  }

  has(field: string): boolean {
    return this.columns.has(field);
  }

  /** The cell of a field; a null marker (`\\N`, `NULL`, `N/A`, `-`…) is an empty cell. */
  raw(field: string): unknown {
    const key = this.columns.get(field);
    if (key === undefined) return undefined;
    const value = this.row[key];
    return typeof value === 'string' && isNullMarker(value) ? '' : value;
  }

  issue(field: string, code: RecordIssue['code'], value: unknown): void {
    const text = value === undefined || value === null ? '' : String(value);
    this.issues.push({ row: this.rowNumber, field, value: text.length > 200 ? text.slice(0, 200) + '…' : text, code });
  }

  text(field: string): string {
    const value = this.raw(field);
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return '';
  }

  /** A number, null when empty, undefined when unreadable (and then reported). */
  number(field: string): number | null | undefined {
    const value = this.raw(field);
    if (isBlank(value)) return null;
    const n = parseNumber(value, this.numberOptions);
    if (n === null) {
      this.issue(field, 'number', value);
      return undefined;
    }
    return n;
  }

  /** A share 0..1 from `0.6`, `60` or `60 %`; undefined when empty or bad (bad is reported). */
  share(field: string): number | undefined {
    const value = this.raw(field);
    const n = this.number(field);
    if (n === null || n === undefined) return undefined;
    const share = n > 1 ? n / 100 : n;
    if (share < 0 || share > 1) {
      this.issue(field, 'number', value);
      return undefined;
    }
    return share;
  }

  /** A day, null when empty, undefined when unreadable (and then reported). */
  date(field: string): DayNumber | null | undefined {
    const value = this.raw(field);
    if (isBlank(value)) return null;
    const day = parseDate(value, this.dateFormats.get(field) ?? 'auto');
    if (day === null) {
      this.issue(field, 'date', value);
      return undefined;
    }
    return day;
  }

  /** true/false from yes/no words in the five languages, 1/0, x; null when blank, undefined (reported) when unknown. */
  flag(field: string): boolean | null | undefined {
    const value = this.raw(field);
    if (typeof value === 'boolean') return value;
    if (isBlank(value)) return null;
    const yes = parseYesNo(String(value));
    if (yes === null) this.issue(field, 'status', value);
    return yes ?? undefined;
  }

  /** One of two words; `fallback` when blank, `fallback` and reported when unknown. */
  choice<A extends string, B extends string, F>(
    field: string,
    a: A,
    aWords: ReadonlySet<string>,
    b: B,
    bWords: ReadonlySet<string>,
    fallback: F,
  ): A | B | F {
    const value = this.raw(field);
    if (isBlank(value)) return fallback;
    const word = normalizeWord(String(value));
    if (word === a || aWords.has(word)) return a;
    if (word === b || bWords.has(word)) return b;
    this.issue(field, 'status', value);
    return fallback;
  }

  id(): string {
    return this.text('id') || String(this.rowNumber);
  }
}

/** What exports and database dumps write for "no value". */
const NULL_MARKERS = new Set(['\\n', 'null', 'n/a', '-', '#n/a']);

/** Whether a cell says "no value": `\\N` (MySQL), `NULL`, `null`, `N/A`, `n/a`, `-`, `#N/A` (Excel). */
export function isNullMarker(text: string): boolean {
  const t = text.trim();
  return t.length <= 4 && NULL_MARKERS.has(t.toLowerCase());
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'string') return false;
  return value.length === 0 || value.trim().length === 0;
}

type Converter<T> = (r: RowReader) => T | null;

/**
 * Won, lost or open from yes/no columns: `isWon` (or a `status` column of
 * TRUE/FALSE, 1/0, yes/no, ja/nei/nej, waar/onwaar) says won; `isClosed` says
 * whether a deal that is not won is lost or still open. Without `isClosed` a
 * deal that is not won is lost when it has a close date, else open.
 */
function flagStatus(won: boolean, closed: boolean | null | undefined, hasCloseDate: boolean): DealStatus {
  if (won) return 'won';
  if (closed === true) return 'lost';
  if (closed === false) return 'open';
  return hasCloseDate ? 'lost' : 'open';
}

function makeDealConverter(options: RecordOptions): Converter<Deal> {
  const won = [...(options.wonStages ?? DEFAULT_WON_STAGES), ...(options.wonWords ?? [])];
  const lost = [...(options.lostStages ?? DEFAULT_LOST_STAGES), ...(options.lostWords ?? [])];
  const fromStage = statusReader({ won, lost });
  // A status column says won/lost in plain words even when the stage lists are custom.
  const fromStatus = statusReader({ won: [...won, 'won'], lost: [...lost, 'lost'] });
  return (r) => {
    const stage = r.text('stage');
    const statusText = r.text('status');
    const closedAt = r.date('closed');
    const created = r.date('created');
    const value = r.number('value');
    const hasCloseDate = typeof closedAt === 'number';
    const statusFlag = statusText ? parseYesNo(statusText) : null;
    const isWon = r.has('isWon') ? r.flag('isWon') : undefined;
    const closedFlag = () => (r.has('isClosed') ? r.flag('isClosed') : undefined);
    const dealStatus: DealStatus = statusFlag !== null
      ? flagStatus(statusFlag, closedFlag(), hasCloseDate)
      : statusText
        ? fromStatus(statusText)
        : typeof isWon === 'boolean'
          ? flagStatus(isWon, closedFlag(), hasCloseDate)
          : fromStage(stage);
    // Kept for every other KPI, but a sales cycle cannot be measured from it.
    if (typeof created === 'number' && hasCloseDate && closedAt < created) r.issue('closed', 'order', r.raw('closed'));
    // Only an empty cell is a bad row: an export without the column keeps its
    // deals, and a KPI that reads the field refuses the export (requireColumns).
    if (dealStatus !== 'open' && r.has('closed')) {
      if (closedAt === null) r.issue('closed', 'missing', '');
      if (closedAt === null || closedAt === undefined) return null;
    }
    if (dealStatus === 'won' && r.has('value')) {
      if (value === null) r.issue('value', 'missing', '');
      if (value === null || value === undefined) return null;
    }
    const deal: Deal = {
      id: r.id(),
      status: dealStatus,
      stage,
      value: value ?? 0,
      created: created ?? null,
      closed: closedAt ?? null,
      owner: r.text('owner'),
      source: r.text('source'),
    };
    if (r.has('probability')) {
      const p = r.share('probability');
      if (p !== undefined) deal.probability = p;
    }
    if (r.has('forecast')) {
      const f = r.number('forecast');
      if (f !== null && f !== undefined) deal.forecast = f;
    }
    if (r.has('mrr')) {
      const m = r.number('mrr');
      if (m !== null && m !== undefined) deal.mrr = m;
    }
    if (r.has('newCustomer')) {
      const isNew = r.flag('newCustomer');
      if (typeof isNew === 'boolean') deal.newCustomer = isNew;
    }
    return deal;
  };
}

const convertLead: Converter<Lead> = (r) => {
  const created = r.date('created');
  if (created === null) r.issue('created', 'missing', '');
  if (created === null || created === undefined) return null;
  const owner = r.text('owner');
  const lead: Lead = {
    id: r.id(),
    created,
    contacted: r.date('contacted') ?? null,
    assigned: r.flag('assigned') ?? owner !== '',
    qualified: r.flag('qualified') ?? false,
    opportunity: r.flag('opportunity') ?? false,
    response: r.choice('response', 'positive', POSITIVE_WORDS, 'negative', NEGATIVE_WORDS, null),
    origin: r.choice('origin', 'marketing', MARKETING_WORDS, 'sales', SALES_WORDS, 'marketing'),
    owner,
    source: r.text('source'),
  };
  if (r.has('responseHours')) {
    const hours = r.number('responseHours');
    if (hours !== null && hours !== undefined) lead.responseHours = hours;
  }
  return lead;
};

const convertActivity: Converter<Activity> = (r) => {
  const date = r.date('date');
  if (date === null) r.issue('date', 'missing', '');
  if (date === null || date === undefined) return null;
  return { id: r.id(), date, type: r.text('type'), owner: r.text('owner'), source: r.text('source') };
};

const convertCustomer: Converter<Customer> = (r) => {
  const start = r.date('start');
  const end = r.date('end');
  const mrr = r.number('mrr');
  if (start === undefined || end === undefined || mrr === undefined) return null;
  const customer: Customer = {
    id: r.id(),
    start,
    end,
    mrr: mrr ?? 0,
    owner: r.text('owner'),
    source: r.text('source'),
  };
  if (r.has('margin')) {
    const margin = r.share('margin');
    if (margin !== undefined) customer.margin = margin;
  }
  return customer;
};

const convertCost: Converter<Cost> = (r) => {
  const date = r.date('date');
  const amount = r.number('amount');
  if (date === null) r.issue('date', 'missing', '');
  if (amount === null) r.issue('amount', 'missing', '');
  if (date === null || date === undefined || amount === null || amount === undefined) return null;
  const cost: Cost = {
    date,
    amount,
    kind: r.choice('kind', 'marketing', MARKETING_WORDS, 'sales', SALES_WORDS, 'marketing'),
    owner: r.text('owner'),
    source: r.text('source'),
  };
  if (r.has('leads')) {
    const leads = r.number('leads');
    if (leads !== null && leads !== undefined) cost.leads = leads;
  }
  return cost;
};

const NUMBER_FIELDS: Record<RecordKind, readonly string[]> = {
  deals: ['value', 'probability', 'forecast', 'mrr'],
  leads: ['responseHours'],
  activities: [],
  customers: ['mrr', 'margin'],
  costs: ['amount', 'leads'],
};

const DATE_FIELDS: Record<RecordKind, readonly string[]> = {
  deals: ['created', 'closed'],
  leads: ['created', 'contacted'],
  activities: ['date'],
  customers: ['start', 'end'],
  costs: ['date'],
};

function converterFor(kind: RecordKind, options: RecordOptions): Converter<RecordOf[RecordKind]> {
  switch (kind) {
    case 'deals':
      return makeDealConverter(options);
    case 'leads':
      return convertLead;
    case 'activities':
      return convertActivity;
    case 'customers':
      return convertCustomer;
    case 'costs':
      return convertCost;
  }
}

/** Text fields that name who or what a record belongs to; optional on every record. */
const LABEL_FIELDS = ['team', 'customer', 'product'] as const;

/** `keep` names as asked → the export's key for each (case, spaces and punctuation do not matter). */
function keptColumns(keys: readonly string[], keep: readonly string[] | undefined): [string, string][] {
  if (!keep || keep.length === 0) return [];
  return keep.flatMap((name) => {
    const key = keys.find((k) => columnKey(k) === columnKey(name));
    return key === undefined ? [] : [[name, key] as [string, string]];
  });
}

function cellText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value);
}

interface Converted<K extends RecordKind> extends RecordsResult<K> {
  missingColumns: string[];
  keys: string[];
  found: Map<string, string>;
  how: Map<string, ColumnMatch>;
}

/**
 * The day/month dates of a document contradict each other: a column holds a
 * value that can only be day-first and one (the same column or another)
 * holds one that can only be month-first. `columns` names them.
 */
export class DateOrderError extends Error {
  readonly code = 'date-order';
  readonly attribute = 'date-order';
  readonly columns: readonly string[];
  constructor(columns: readonly string[]) {
    // Column names as a message quotes them: at most 40 characters each.
    columns = columns.map((c) => (c.length > 40 ? `${c.slice(0, 40)}…` : c));
    super(
      `The dates in ${columns.map((c) => `"${c}"`).join(' and ')} contradict each other: some can only be day-first, ` +
        'others only month-first. Set date-order="dmy" or date-order="mdy" to say how to read them.',
    );
    this.name = 'DateOrderError';
    this.columns = columns;
  }
}

/**
 * One order for all the day/month dates of a document (an export is written
 * by one locale): every date column of every kind votes, on its first 5000
 * rows. A value such as `25/03/2024` proves day-first, `3/25/2024`
 * month-first; a value such as `3/4/2024` proves nothing. `date-order` wins;
 * without it a proof decides, and without a proof the locale does.
 * @throws DateOrderError when the columns prove both orders.
 */
export function fileDateOrder(
  parts: readonly (readonly [RecordKind, readonly unknown[]])[],
  options: RecordOptions = {},
): { format: DateFormat; dates?: DatesRead } {
  if (options.dateFormat && options.dateFormat !== 'auto') return { format: options.dateFormat };
  let ambiguous = 0;
  const dmy: string[] = [];
  const mdy: string[] = [];
  for (const [kind, rows] of parts) {
    const { found } = resolveColumns(sampleKeys(rows), RECORD_FIELDS[kind], options.fields ?? {});
    for (const field of DATE_FIELDS[kind]) {
      const key = found.get(field);
      if (key === undefined) continue;
      const evidence = orderEvidence(columnSample(rows, key, SAMPLE_ROWS));
      ambiguous += evidence.ambiguous;
      if (evidence.dmy > 0 && !dmy.includes(key)) dmy.push(key);
      if (evidence.mdy > 0 && !mdy.includes(key)) mdy.push(key);
    }
  }
  const proven: DateOrder | undefined = dmy.length > 0 && mdy.length === 0 ? 'dmy' : mdy.length > 0 && dmy.length === 0 ? 'mdy' : undefined;
  if (options.dateOrder) {
    const format = formatOfOrder(options.dateOrder);
    return { format, dates: { order: options.dateOrder, by: 'attribute', ambiguous } };
  }
  if (dmy.length > 0 && mdy.length > 0) throw new DateOrderError([...new Set([...dmy, ...mdy])].slice(0, 2));
  if (proven) return { format: formatOfOrder(proven), dates: { order: proven, by: 'file', ambiguous } };
  const order = localeDateOrder(options.locale ?? 'en-GB');
  return { format: formatOfOrder(order), ...(ambiguous > 0 ? { dates: { order, by: 'locale' as const, ambiguous } } : {}) };
}

function* columnSample(rows: readonly unknown[], key: string, limit: number): Generator<unknown> {
  const n = Math.min(rows.length, limit);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (isRow(row)) yield row[key];
  }
}

function convert<K extends RecordKind>(rows: readonly unknown[], kind: K, options: RecordOptions): Converted<K> {
  const keys = sampleKeys(rows);
  const { found, how, missing } = resolveColumns(keys, RECORD_FIELDS[kind], options.fields ?? {});
  const reader = new RowReader(rows, found, options, NUMBER_FIELDS[kind], DATE_FIELDS[kind]);
  const toRecord = converterFor(kind, options) as Converter<RecordOf[K]>;
  const records: RecordOf[K][] = [];
  // Labels to group and filter by: set only when the export has the column, so records without one stay as they were.
  const labels = LABEL_FIELDS.filter((field) => found.has(field) && (RECORD_FIELDS[kind] as readonly string[]).includes(field));
  const keep = keptColumns(keys, options.keep);
  const numbers = options.rowNumbers;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    reader.rowNumber = numbers?.[i] ?? i + 1;
    if (!isRow(row)) {
      reader.issue('*', 'missing', Array.isArray(row) ? '[…]' : row);
      continue;
    }
    reader.row = row;
    const record = toRecord(reader);
    if (record === null) continue;
    const labelled = record as unknown as Record<string, unknown>;
    for (const field of labels) labelled[field] = reader.text(field);
    if (keep.length > 0) {
      const extra: Record<string, string> = {};
      for (const [name, key] of keep) extra[name] = cellText(row[key]);
      labelled.extra = extra;
    }
    records.push(record);
  }
  return { records, issues: reader.issues, missingColumns: missing, keys, found, how };
}

const NUMBER_LIKE: ReadonlySet<string> = new Set(Object.values(NUMBER_FIELDS).flat());
const DATE_LIKE: ReadonlySet<string> = new Set(Object.values(DATE_FIELDS).flat());
const STAGE_WORDS: ReadonlySet<string> = new Set([...DEFAULT_WON_STAGES, ...DEFAULT_LOST_STAGES, 'won', 'lost'].map(normalizeWord));

/**
 * What each column no field is read from holds, judged on its first 20
 * non-empty cells (of the first 200 rows): `number` when all read as numbers,
 * `date` when all read as dates (a plain number is a number, not an Excel
 * serial), `stage` when text and one of them is a won/lost word, else `text`.
 */
function columnLooks(rows: readonly unknown[], keys: readonly string[], used: ReadonlySet<string>): KindColumns['looks'] {
  const looks: KindColumns['looks'] = {};
  const n = Math.min(rows.length, 200);
  for (const key of keys) {
    if (used.has(key)) continue;
    let seen = 0;
    let numbers = 0;
    let dates = 0;
    let stage = false;
    for (let i = 0; i < n && seen < 20; i++) {
      const row = rows[i];
      if (!isRow(row) || isBlank(row[key])) continue;
      const value = row[key];
      seen++;
      if (parseNumber(value) !== null) numbers++;
      else if (parseDate(value) !== null) dates++;
      else if (STAGE_WORDS.has(normalizeWord(String(value)))) stage = true;
    }
    looks[key] = seen > 0 && numbers === seen ? 'number' : seen > 0 && dates === seen ? 'date' : stage ? 'stage' : 'text';
  }
  return looks;
}

/**
 * A `field:column` pair for the message: a column nothing is read from that
 * holds what the field needs (numbers, dates; for a stage a column with won/lost
 * words, else any text). '' when no column fits: likely the wrong file.
 */
function suggestMapping(columns: KindColumns, fields: readonly string[]): string {
  const free = columns.keys.filter((key) => columns.looks[key] !== undefined);
  const sorts = (field: string): string[] =>
    NUMBER_LIKE.has(field) ? ['number'] : DATE_LIKE.has(field) ? ['date'] : field === 'stage' || field === 'status' ? ['stage', 'text'] : ['text'];
  for (const field of fields) {
    for (const sort of sorts(field)) {
      const fit = free.filter((key) => columns.looks[key] === sort);
      // An export lists the created date before the closed one, the start before the end, an id before the amount.
      const column = field === 'closed' || field === 'end' || field === 'value' ? fit.at(-1) : fit[0];
      if (column !== undefined) return `${field}:${column}`;
    }
  }
  return '';
}

/**
 * Checks that the dataset has a column for every field a computation reads
 * (a KPI's `needs`, the funnel's stage). A column is missing when no column
 * of the export is that field by name, alias or `fields` mapping; a column
 * that is there but empty in some rows is not missing (those rows are issues).
 * Only kinds the document had rows of are checked, and nothing when the
 * dataset does not say its columns (built by hand, not by toDataset).
 * @throws FieldsError `missing` for the first field without a column.
 */
export function requireColumns(ds: Dataset, needs: ColumnNeeds | undefined): void {
  if (!needs || !ds.columns) return;
  for (const kind of RECORD_KINDS) {
    const columns = ds.columns[kind];
    const groups = needs[kind];
    if (!columns || !groups) continue;
    const lacking = groups.filter((fields) => fields.length > 0 && !fields.some((field) => columns.fields[field] !== undefined));
    // Columns named 1, 2, 3…: the reader found no header row (csv.ts).
    if (lacking.length > 0 && columns.keys.every((key) => /^\d+$/.test(key))) {
      const example = lacking.map((fields) => suggestMapping(columns, fields)).filter((pair) => pair !== '');
      throw new FieldsError('no-header', lacking[0]![0]!, columns.keys, {
        fields: lacking[0]!,
        looked: [],
        example: [...new Set(example)].join(',') || `${lacking[0]![0]}:1`,
        kind,
      });
    }
    for (const fields of lacking) {
      throw new FieldsError('missing', fields[0]!, columns.keys, {
        fields,
        looked: fields.flatMap((field) => [field, ...(FIELD_ALIASES[field] ?? [])]),
        example: suggestMapping(columns, fields),
        kind,
      });
    }
  }
}

/**
 * Turns export rows into canonical records of one kind. Rows that cannot be
 * used are skipped and reported; see the module comment for the rules.
 * @throws FieldsError (`column`) when a column named in `fields` is in none of
 *   the first 100 rows.
 */
export function toRecords<K extends RecordKind>(
  rows: readonly Record<string, unknown>[],
  kind: K,
  options: RecordOptions = {},
): RecordsResult<K> {
  const { format } = fileDateOrder([[kind, rows]], options);
  const result = convert(rows, kind, { ...options, dateFormat: format });
  if (rows.length > 0 && result.missingColumns.length > 0) {
    throw new FieldsError('column', result.missingColumns[0]!, result.keys);
  }
  return { records: result.records, issues: result.issues };
}

/** A document that holds no rows this module can find. */
export class RecordsError extends Error {
  readonly code = 'records';
  constructor() {
    super(
      'The data is not a list of records. Expected an array of rows, or an object with ' +
        `${RECORD_KINDS.join(', ')} arrays.`,
    );
    this.name = 'RecordsError';
  }
}

/** Object keys that commonly wrap the row array of an API answer. */
const WRAPPER_KEYS = ['rows', 'records', 'data', 'items', 'results'];

/**
 * Builds a Dataset from a loaded document:
 * - an array of rows → records of `kind`;
 * - an object with arrays under kind names (`{ deals: [...], leads: [...] }`) →
 *   each of those kinds, `kind` unused;
 * - else an object whose `rows`, `records`, `data`, `items` or `results` is an
 *   array → records of `kind`.
 * Issues carry their `kind`. The same `options.fields` applies to every kind.
 * `columns` says, for each kind with rows, its column names and which field
 * each was read as, so requireColumns can tell a missing column from a period
 * without records. Every date column of every kind votes on one date order
 * ({@link fileDateOrder}); `dates` says how they were read. `rowsRead` counts
 * the rows, with those a reader left out before (`options.readIssues`), which
 * join the issues.
 * @throws RecordsError when no rows are found; FieldsError (`column`) when a
 *   mapped column is in none of the converted kinds; DateOrderError when the
 *   dates contradict each other.
 */
export function toDataset(doc: unknown, kind: RecordKind = 'deals', options: RecordOptions = {}): Dataset {
  const dataset: Dataset = { deals: [], leads: [], activities: [], customers: [], costs: [], issues: [] };
  const parts: [RecordKind, readonly unknown[]][] = [];
  if (Array.isArray(doc)) {
    parts.push([kind, doc]);
  } else if (isRow(doc)) {
    for (const k of RECORD_KINDS) {
      const rows = doc[k];
      if (Array.isArray(rows)) parts.push([k, rows]);
    }
    if (parts.length === 0) {
      const wrapper = WRAPPER_KEYS.find((key) => Array.isArray(doc[key]));
      if (wrapper !== undefined) parts.push([kind, doc[wrapper] as unknown[]]);
    }
  }
  if (parts.length === 0) throw new RecordsError();

  const { format, dates } = fileDateOrder(parts, options);
  if (dates) dataset.dates = dates;
  const read = options.readIssues ?? [];
  dataset.issues.push(...read.map((issue) => ({ ...issue, kind: issue.kind ?? parts[0]![0] })));
  dataset.rowsRead = read.length + parts.reduce((sum, [, rows]) => sum + rows.length, 0);
  // A mapped column is an error only when no kind that has the field has the column.
  const found = new Set<string>();
  const missing = new Set<string>();
  let keys: string[] = [];
  for (const [k, rows] of parts) {
    const result = convert(rows, k, { ...options, dateFormat: format, ...(parts.length > 1 ? { rowNumbers: undefined } : {}) });
    (dataset as unknown as Record<RecordKind, unknown[]>)[k] = result.records;
    for (const issue of result.issues) dataset.issues.push({ ...issue, kind: k });
    if (rows.length === 0) continue;
    (dataset.columns ??= {})[k] = {
      keys: result.keys,
      fields: Object.fromEntries(result.found),
      how: Object.fromEntries(result.how),
      looks: columnLooks(rows, result.keys, new Set(result.found.values())),
    };
    keys = [...new Set([...keys, ...result.keys])];
    for (const field of RECORD_FIELDS[k]) {
      const column = options.fields?.[field];
      if (column === undefined) continue;
      if (result.missingColumns.includes(column)) missing.add(column);
      else found.add(column);
    }
  }
  for (const column of missing) if (!found.has(column)) throw new FieldsError('column', column, keys);
  return dataset;
}

/**
 * The days a dataset's records cover: from the first day any record carries
 * (a deal's creation or close, a lead's creation or first contact, an
 * activity's, a cost's, a customer's start or end) to the last. Null when no
 * record has a date.
 */
export function recordSpan(ds: Dataset): DateRange | null {
  // Many widgets on one document ask for its span (data start, coverage, why empty): read the records once.
  if (spans.has(ds)) return spans.get(ds)!;
  const span = scanSpan(ds);
  spans.set(ds, span);
  return span;
}

/** Datasets are not changed once built, so a span found is kept with its dataset. */
const spans = new WeakMap<Dataset, DateRange | null>();

function scanSpan(ds: Dataset): DateRange | null {
  let start = Infinity;
  let end = -Infinity;
  const see = (day: DayNumber | null | undefined) => {
    if (typeof day !== 'number' || !Number.isFinite(day)) return;
    if (day < start) start = day;
    if (day > end) end = day;
  };
  for (const d of ds.deals) { see(d.created); see(d.closed); }
  for (const l of ds.leads) { see(l.created); see(l.contacted); }
  for (const a of ds.activities) see(a.date);
  for (const c of ds.customers) { see(c.start); see(c.end); }
  for (const c of ds.costs) see(c.date);
  return start <= end ? { start, end } : null;
}
