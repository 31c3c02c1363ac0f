/**
 * Shared vocabulary of the KPI core. Every module in src/core speaks in these
 * types; nothing here knows about the DOM, lit or chart.js.
 */

/** The five languages the kit ships. */
export type Lang = 'en' | 'nb' | 'sv' | 'da' | 'nl';

/** Which way is good for a KPI: a delta is judged by this, never by its sign alone. */
export type Direction = 'up' | 'down' | 'neutral';

/** How a number is shown. `points` is a percentage-point difference of two rates. */
export type FormatKind = 'number' | 'currency' | 'percent' | 'compact' | 'days' | 'hours' | 'points';

/**
 * A calendar date with no time and no time zone: whole days since 1970-01-01
 * in the proleptic Gregorian calendar. Integer arithmetic on it cannot shift a
 * date across a DST change or a far-away UTC offset, and it is cheap to compare
 * when a CRM export holds a million rows.
 */
export type DayNumber = number;

/** A closed range of calendar days, both ends included. */
export interface DateRange {
  start: DayNumber;
  end: DayNumber;
}

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

export type CompareMode = 'previous-period' | 'previous-year' | 'none';

export type DealStatus = 'open' | 'won' | 'lost';

/** A canonical deal (opportunity), whatever the CRM export called its columns. */
export interface Deal {
  id: string;
  status: DealStatus;
  stage: string;
  value: number;
  created: DayNumber | null;
  closed: DayNumber | null;
  owner: string;
  source: string;
  /** Win probability 0..1 for weighted pipeline; falls back to the stage's. */
  probability?: number;
  /** Forecast amount for forecast accuracy, when the export has one. */
  forecast?: number;
  /** Recurring monthly amount of a won deal, for MRR. */
  mrr?: number;
  /** Whether closing this deal made a new customer, for CAC. */
  newCustomer?: boolean;
}

export type LeadOrigin = 'marketing' | 'sales';

/** A lead as marketing automation or the CRM exports it. */
export interface Lead {
  id: string;
  created: DayNumber | null;
  /** First contact by sales; null when nobody has contacted it yet. */
  contacted: DayNumber | null;
  /** Hours from lead creation to first contact, when the export has it. */
  responseHours?: number;
  /** Assigned to a sales rep (followed-up rate counts only these). */
  assigned: boolean;
  /** Reached sales-qualified (SQL). */
  qualified: boolean;
  /** Became an opportunity. */
  opportunity: boolean;
  /** Reply to outreach. */
  response: 'positive' | 'negative' | null;
  origin: LeadOrigin;
  owner: string;
  source: string;
}

/** A sales activity: a call, an email or a meeting. */
export interface Activity {
  id: string;
  date: DayNumber | null;
  type: string;
  owner: string;
  source: string;
}

/** A customer relationship with its recurring revenue, for MRR, churn and CLV. */
export interface Customer {
  id: string;
  start: DayNumber | null;
  /** The day the customer left; null while still a customer. */
  end: DayNumber | null;
  /** Monthly recurring revenue. */
  mrr: number;
  /** Gross margin 0..1 for CLV; defaults to 1 when absent. */
  margin?: number;
  owner: string;
  source: string;
}

/** Money spent on sales or marketing, optionally with the leads it produced. */
export interface Cost {
  date: DayNumber | null;
  amount: number;
  /** `marketing` costs count in cost per lead; both count in CAC. */
  kind: 'marketing' | 'sales';
  leads?: number;
  owner: string;
  source: string;
}

export type RecordKind = 'deals' | 'leads' | 'activities' | 'customers' | 'costs';

export type IssueCode = 'missing' | 'number' | 'date' | 'status' | 'order' | 'parse' | 'cells';

/** A row that could not be used, reported with its 1-based data row number. */
export interface RecordIssue {
  row: number;
  field: string;
  value: string;
  /**
   * Stable code for translation: 'missing' | 'number' | 'date' | 'status';
   * 'order' (a deal closed before it was created: kept, but left out of the
   * sales cycle); from the CSV reader 'parse' (a line that cannot be read)
   * and 'cells' (more cells than the header). `field` is '*' for a whole line.
   */
  code: IssueCode;
  /** Which kind's rows `row` counts in, when a document held several kinds. */
  kind?: RecordKind;
}

/**
 * The columns one kind's rows came with, as records.ts found them: what tells
 * "this export has no value column" (an error an editor can fix with
 * `fields`) from "this period has no deals" (an empty state).
 */
export interface KindColumns {
  /** The export's column names as written: the keys of its first 100 rows (a CSV's header). */
  keys: string[];
  /** Canonical field → the column it is read from. A field absent here has no column. */
  fields: Partial<Record<string, string>>;
  /**
   * What the first rows of each column not read as a field hold, for suggesting
   * a mapping: numbers, dates, won/lost stage words, or other text.
   */
  looks: Partial<Record<string, 'number' | 'date' | 'stage' | 'text'>>;
  /**
   * How each field's column was found: named in `fields`, by the field's own
   * name, by an alias, or by the words of its header (records.ts).
   */
  how?: Partial<Record<string, ColumnMatch>>;
}

export type ColumnMatch = 'fields' | 'name' | 'alias' | 'meaning';

/** How the dates of a file that could be read either way were read. */
export interface DatesRead {
  order: 'dmy' | 'mdy' | 'ymd';
  /** `attribute`: date-order said so; `file`: a value of the file proved it; `locale`: nothing proved it, the widget's language decided. */
  by: 'attribute' | 'file' | 'locale';
  /** Values that could be read either way (`03/04/2024`). */
  ambiguous: number;
}

/**
 * The columns a computation reads, per record kind: each entry is a field, or
 * alternatives of which one is enough (`['stage', 'status']`). See requireColumns.
 */
export type ColumnNeeds = Partial<Record<RecordKind, readonly (readonly string[])[]>>;

/** Everything the catalogue computes from. Absent kinds are empty arrays. */
export interface Dataset {
  deals: Deal[];
  leads: Lead[];
  activities: Activity[];
  customers: Customer[];
  costs: Cost[];
  issues: RecordIssue[];
  /**
   * The columns of each kind the document had rows of (set by toDataset).
   * Without it (a dataset built by hand) no column is checked.
   */
  columns?: Partial<Record<RecordKind, KindColumns>>;
  /** Data rows in the document, good and bad, when toDataset built it. */
  rowsRead?: number;
  /** How its day/month dates were read, when any date could be read either way or the order was given. */
  dates?: DatesRead;
}
