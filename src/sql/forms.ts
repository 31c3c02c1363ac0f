/**
 * The SQL form of every KPI in the catalogue (src/core/catalogue.ts), keyed by
 * the same id and written in the same order, each beside a one-line reminder
 * of its JavaScript form. The catalogue ships to browsers, so its SQL lives
 * here; test/node/sql-forms.spec.ts fails when an id is missing on either
 * side, and the differential test (test/node/differential.spec.ts) fails when
 * a form and its JavaScript compute different figures.
 *
 * A form lists, per record kind it reads, sums over the rows (slots), and
 * turns the sums into the KPI with the same arithmetic as the catalogue.
 * `n` is the number of rows of the kind after filter and scope: a KPI whose
 * records are absent altogether is null, as in the catalogue.
 */
import { addMonths } from '../core/dates.js';
import type { DateRange, DayNumber, RecordKind } from '../core/types.js';

/** One range a KPI is computed for: a period, a baseline or a bucket of a trend. */
export interface Unit extends DateRange {
  /** The baseline of a self-comparing KPI (sales-growth). */
  previous?: DateRange;
}

/** What a form may write: canonical fields, days of the unit, and the dialect's day arithmetic. */
export interface FormSql {
  /** A canonical field of the record (a column of the inner query). */
  f(field: string): string;
  /** A day of the unit as a bound date: `start`, `end`, or one the form's `days` adds. */
  day(name: string): string;
  daysBetween(later: string, earlier: string): string;
  /** A bound text value. */
  value(text: string): string;
  /** A bound number. */
  number(x: number): string;
}

export interface SqlPart {
  kind: RecordKind;
  /** Aggregates over the kind's rows, one per slot. */
  slots(x: FormSql): string[];
}

export interface PartResult {
  /** Rows of the kind (after filter and scope), whatever their dates. */
  n: number;
  s: number[];
}

export interface KpiContextSql {
  stage?: string;
  probabilities?: Readonly<Record<string, number>>;
}

export interface SqlForm {
  parts(context: KpiContextSql): SqlPart[];
  /** Present when the form is one tally: lets a long trend be summed per day. */
  daily?: DailyTally;
  /** Days beyond `start` and `end` the slots read. */
  days?(unit: Unit): Record<string, DayNumber>;
  result(parts: PartResult[], unit: Unit): number | null;
}

// ---- small shared pieces (as in the catalogue) ---------------------------

const sumIf = (cond: string, expr: string) => `SUM(CASE WHEN ${cond} THEN ${expr} ELSE 0 END)`;
const countIf = (cond: string) => sumIf(cond, '1');
const inside = (x: FormSql, field: string, from = 'start', to = 'end') => `${x.f(field)} BETWEEN ${x.day(from)} AND ${x.day(to)}`;
const won = (x: FormSql) => `${x.f('status')} = 'won'`;
const ratio = (share: number, whole: number) => (whole > 0 ? share / whole : null);
const none = (parts: PartResult[]) => parts.every((p) => p.n === 0);

/**
 * Per-row numbers summed over the rows whose `date` lies in a range: the
 * catalogue's Tally. The compiler sums them per unit, or per day when a
 * trend has many buckets (one GROUP BY day instead of a column per bucket).
 */
export interface DailyTally {
  kind: RecordKind;
  date: string;
  /** A number per row and slot (0 leaves the row out of the slot). */
  rows(x: FormSql): string[];
}

const when = (cond: string, expr = '1') => `(CASE WHEN ${cond} THEN ${expr} ELSE 0 END)`;

function tally(kind: RecordKind, date: string, rows: (x: FormSql) => string[], result: (s: number[]) => number | null): SqlForm {
  const daily: DailyTally = { kind, date, rows };
  return {
    daily,
    parts: () => [{ kind, slots: (x) => rows(x).map((e) => `SUM(CASE WHEN ${inside(x, date)} THEN ${e} ELSE 0 END)`) }],
    result: ([part]) => (part.n === 0 ? null : result(part.s)),
  };
}

const count = (kind: RecordKind, date: string, test?: (x: FormSql) => string) =>
  tally(kind, date, (x) => [test ? when(test(x)) : '1'], ([c]) => c);

const share = (kind: RecordKind, date: string, base: (x: FormSql) => string, hit: (x: FormSql) => string) =>
  tally(kind, date, (x) => [when(`${base(x)} AND ${hit(x)}`), when(base(x))], ([h, b]) => ratio(h, b));

/** Mean of a measure over rows where it is not null (the catalogue's meanOf). */
const mean = (kind: RecordKind, date: string, measure: (x: FormSql) => string) =>
  tally(kind, date, (x) => {
    const m = measure(x);
    return [when(`${m} IS NOT NULL`, m), when(`${m} IS NOT NULL`)];
  }, ([sum, n]) => ratio(sum, n));

/** Active on a day: started by then (or undated), not ended by then. */
const activeOn = (x: FormSql, day: string) =>
  `(${x.f('start')} IS NULL OR ${x.f('start')} <= ${x.day(day)}) AND (${x.f('end')} IS NULL OR ${x.f('end')} > ${x.day(day)})`;

const revenueSlot = (x: FormSql, from: string, to: string) => sumIf(`${inside(x, 'closed', from, to)} AND ${won(x)}`, x.f('value'));

const DAYS_PER_MONTH = 30.436875;

const stageShare = (stage: string | undefined) => share('deals', 'created', () => 'TRUE', (x) =>
  stage === undefined ? `${x.f('status')} = 'open'` : `LOWER(${x.f('stage')}) = ${x.value(stage.trim().toLowerCase())}`);

// ---- the forms -------------------------------------------------------------

export const SQL_FORMS: Readonly<Record<string, SqlForm>> = {
  // runTally(sumOf(deals, closed, won ? value : 0))
  revenue: tally('deals', 'closed', (x) => [when(won(x), x.f('value'))], ([s]) => s),

  // customers active on range.end: Σ mrr; else Σ mrr of won deals closed by then
  mrr: {
    parts: () => [
      { kind: 'customers', slots: (x) => [sumIf(activeOn(x, 'end'), x.f('mrr'))] },
      { kind: 'deals', slots: (x) => [
        sumIf(`${won(x)} AND ${x.f('closed')} <= ${x.day('end')} AND ${x.f('mrr')} IS NOT NULL`, x.f('mrr')),
        countIf(`${x.f('mrr')} IS NOT NULL`),
      ] },
    ],
    result: ([customers, deals]) => (customers.n > 0 ? customers.s[0] : deals.s[1] > 0 ? deals.s[0] : null),
  },

  // (revenue(range) − revenue(previous)) / |revenue(previous)|
  'sales-growth': {
    parts: () => [{ kind: 'deals', slots: (x) => [revenueSlot(x, 'start', 'end'), revenueSlot(x, 'pstart', 'pend')] }],
    days: (u) => {
      const length = u.end - u.start + 1;
      const previous = u.previous ?? { start: u.start - length, end: u.start - 1 };
      return { pstart: previous.start, pend: previous.end };
    },
    result: ([deals]) => {
      if (deals.n === 0) return null;
      const [now, before] = deals.s;
      return before === 0 ? null : (now - before) / Math.abs(before);
    },
  },

  // shareOf(closed, status ≠ open, won)
  'win-rate': share('deals', 'closed', (x) => `${x.f('status')} <> 'open'`, won),

  // won / lost among deals closed in the range
  'win-loss-ratio': tally('deals', 'closed', (x) => [when(won(x)), when(`${x.f('status')} = 'lost'`)], ([w, l]) => ratio(w, l)),

  // shareOf(created, all, won)
  'hit-rate': share('deals', 'created', () => 'TRUE', won),

  // meanOf(closed, won ? value : null)
  'avg-deal-value': mean('deals', 'closed', (x) => `(CASE WHEN ${won(x)} THEN ${x.f('value')} END)`),

  // meanOf(closed, won and closed ≥ created ? closed − created : null)
  'avg-sales-cycle': mean('deals', 'closed', (x) =>
    `(CASE WHEN ${won(x)} AND ${x.f('created')} IS NOT NULL AND ${x.f('closed')} IS NOT NULL AND ${x.f('closed')} >= ${x.f('created')} THEN ${x.daysBetween(x.f('closed'), x.f('created'))} END)`),

  // marketing costs / (costs' own lead counts when any cost has one, else leads created)
  'cost-per-lead': {
    parts: () => [
      { kind: 'costs', slots: (x) => [
        sumIf(`${inside(x, 'date')} AND ${x.f('kind')} = 'marketing'`, x.f('amount')),
        sumIf(`${inside(x, 'date')} AND ${x.f('leads')} IS NOT NULL`, x.f('leads')),
        countIf(`${x.f('leads')} IS NOT NULL`),
      ] },
      { kind: 'leads', slots: (x) => [countIf(inside(x, 'created'))] },
    ],
    result: ([costs, leads]) => {
      if (costs.n === 0) return null;
      const [marketing, costLeads, withLeads] = costs.s;
      return ratio(marketing, withLeads > 0 ? costLeads : leads.s[0]);
    },
  },

  // all costs / (customers started in the range, else won deals that made a new customer)
  cac: {
    parts: () => [
      { kind: 'costs', slots: (x) => [sumIf(inside(x, 'date'), x.f('amount'))] },
      { kind: 'customers', slots: (x) => [countIf(inside(x, 'start'))] },
      { kind: 'deals', slots: (x) => [countIf(`${inside(x, 'closed')} AND ${won(x)} AND (${x.f('newCustomer')} IS NULL OR ${x.f('newCustomer')})`)] },
    ],
    result: ([costs, customers, deals]) => {
      if (costs.n === 0) return null;
      return ratio(costs.s[0], customers.n > 0 ? customers.s[0] : deals.s[0]);
    },
  },

  // average monthly margin of active customers / monthly churn over ≥ 12 months
  clv: {
    parts: () => [{ kind: 'customers', slots: (x) => [
      sumIf(activeOn(x, 'end'), `${x.f('mrr')} * COALESCE(${x.f('margin')}, 1)`),
      countIf(activeOn(x, 'end')),
      countIf(activeOn(x, 'before')),
      countIf(`${activeOn(x, 'before')} AND ${x.f('end')} IS NOT NULL AND ${x.f('end')} <= ${x.day('end')}`),
    ] }],
    days: (u) => {
      const churnStart = Math.min(u.start, addMonths(u.end + 1, -12));
      return { churnStart, before: churnStart - 1 };
    },
    result: ([customers], u) => {
      const [margin, active, atStart, lost] = customers.s;
      if (active === 0 || atStart === 0 || lost === 0) return null;
      const churnStart = Math.min(u.start, addMonths(u.end + 1, -12));
      const monthlyChurn = (lost / atStart) * (DAYS_PER_MONTH / (u.end - churnStart + 1));
      return margin / active / monthlyChurn;
    },
  },

  // customers active the day before the range that ended in it / those active
  'churn-rate': {
    parts: () => [{ kind: 'customers', slots: (x) => [
      countIf(`${activeOn(x, 'before')} AND ${x.f('end')} IS NOT NULL AND ${x.f('end')} <= ${x.day('end')}`),
      countIf(activeOn(x, 'before')),
    ] }],
    days: (u) => ({ before: u.start - 1 }),
    result: ([customers]) => ratio(customers.s[0], customers.s[1]),
  },

  'new-leads': count('leads', 'created'),
  sql: count('leads', 'created', (x) => x.f('qualified')),

  // deals created; without deals, leads created that became an opportunity
  'opportunities-created': {
    parts: () => [
      { kind: 'deals', slots: (x) => [countIf(inside(x, 'created'))] },
      { kind: 'leads', slots: (x) => [countIf(`${inside(x, 'created')} AND ${x.f('opportunity')}`)] },
    ],
    result: ([deals, leads]) => (deals.n > 0 ? deals.s[0] : leads.n > 0 ? leads.s[0] : null),
  },

  activities: count('activities', 'date'),

  // meanOf(created, responseHours ?? (contacted − created) × 24, when ≥ 0)
  'avg-response-time': mean('leads', 'created', (x) => {
    const hours = `COALESCE(${x.f('responseHours')}, ${x.daysBetween(x.f('contacted'), x.f('created'))} * 24.0)`;
    return `(CASE WHEN ${hours} >= 0 THEN ${hours} END)`;
  }),

  'followed-up-rate': share('leads', 'created', (x) => x.f('assigned'),
    (x) => `(${x.f('contacted')} IS NOT NULL OR ${x.f('responseHours')} IS NOT NULL)`),

  'positive-response-rate': share('leads', 'created', (x) => `${x.f('response')} IS NOT NULL`, (x) => `${x.f('response')} = 'positive'`),

  'lead-source-mix': share('leads', 'created', () => 'TRUE', (x) => `${x.f('origin')} = 'marketing'`),

  // max(0, 1 − |actual − forecast| / actual) over deals closed in the range with a forecast
  'forecast-accuracy': tally('deals', 'closed', (x) => [
    when(`${x.f('forecast')} IS NOT NULL AND ${won(x)}`, x.f('value')),
    when(`${x.f('forecast')} IS NOT NULL`, x.f('forecast')),
  ], ([actual, forecast]) => (actual <= 0 ? null : Math.max(0, 1 - Math.abs(actual - forecast) / actual))),

  // Σ value × probability of deals open on range.end; own probability, else the stage's
  'weighted-pipeline': {
    parts: ({ probabilities = {} }) => [{ kind: 'deals', slots: (x) => {
      const stages = Object.entries(probabilities).filter(([, p]) => p >= 0 && p <= 1);
      const stageKey = `LOWER(${x.f('stage')})`;
      const byStage = stages.length === 0 ? 'NULL'
        : `CASE ${stages.map(([stage, p]) => `WHEN ${stageKey} = ${x.value(stage.trim().toLowerCase())} THEN ${x.number(p)}`).join(' ')} END`;
      const probability = `COALESCE(${x.f('probability')}, ${byStage})`;
      const open = `(${x.f('created')} IS NULL OR ${x.f('created')} <= ${x.day('end')}) AND (${x.f('status')} = 'open' OR (${x.f('closed')} IS NOT NULL AND ${x.f('closed')} > ${x.day('end')}))`;
      return [
        sumIf(`${open} AND ${probability} IS NOT NULL`, `${x.f('value')} * ${probability}`),
        countIf(open),
        countIf(`${open} AND ${probability} IS NOT NULL`),
      ];
    } }],
    result: ([deals]) => {
      if (deals.n === 0) return null;
      const [sum, open, weighed] = deals.s;
      return open > 0 && weighed === 0 ? null : sum;
    },
  },

  // of deals created in the range, the share in `stage` (else still open)
  'stage-share': {
    parts: ({ stage }) => stageShare(stage).parts({}),
    result: ([deals]) => (deals.n === 0 ? null : ratio(deals.s[0], deals.s[1])),
  },
};
