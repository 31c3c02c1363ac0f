/**
 * The KPI catalogue: every KPI of DESIGN.md as data. An entry says what the KPI
 * is called in each language, which way is good, how it is shown, which records
 * it reads, and how it is computed from them for a range of days.
 *
 * Most KPIs add up events that happened in the range (deals closed, leads
 * created). Those are written as a Tally: the records a KPI reads, the day that
 * places each record in a period, and a few running numbers. A tally computes
 * one period here and every bucket of a trend in one pass (evaluate.ts). KPIs
 * that describe a state on a day (MRR, churn, pipeline) have a plain compute.
 *
 * Shared rule: a KPI whose records are absent from the dataset altogether is
 * null ("—"), not 0, so a card fed the wrong export does not claim "0 leads".
 * A range that merely has no events is 0 for counts and sums, and null for
 * rates and averages, whose denominator is then 0. An export that has rows but
 * no column for a field the KPI reads (`needs`: a revenue file without a value
 * column) is an error evaluate.ts raises, not a silent 0.
 */
import { addMonths } from './dates.js';
import type {
  Activity,
  ColumnNeeds,
  Cost,
  Customer,
  Dataset,
  DateRange,
  DayNumber,
  Deal,
  Direction,
  FormatKind,
  Lang,
  Lead,
  RecordKind,
} from './types.js';

/** What a KPI may need beyond the dataset and the range. */
export interface KpiContext {
  /**
   * The baseline of a KPI that is itself a comparison (sales-growth).
   * Without it: the same number of days just before the range.
   */
  previousRange?: DateRange;
  /** The funnel stage `stage-share` reports (case-insensitive). */
  stage?: string;
  /**
   * Win probability 0..1 per stage name (case-insensitive) for
   * `weighted-pipeline`, for deals that carry no probability of their own.
   */
  probabilities?: Readonly<Record<string, number>>;
}

export interface KpiDefinition {
  id: string;
  names: Record<Lang, string>;
  direction: Direction;
  format: FormatKind;
  /** A 0..1 rate: its change is told in percentage points. */
  rate: boolean;
  /** The record kind a flat export is read as for this KPI. */
  source: RecordKind;
  /**
   * The columns the KPI cannot be computed without, per record kind: an export
   * of that kind without one of them is an error to show, not a silent 0 (see
   * requireColumns in records.ts). Kinds the data has no rows of are not checked.
   */
  needs?: ColumnNeeds;
  compute(ds: Dataset, range: DateRange, context?: KpiContext): number | null;
  /**
   * Present when the KPI adds up events in the range: lets a trend fill all
   * its buckets in one pass over the records. Null when the dataset cannot
   * support the KPI.
   */
  tally?(ds: Dataset, context: KpiContext): Tally | null;
  /**
   * The value is already a comparison with `context.previousRange`, so it has
   * no previous value and no delta of its own (a change of a growth rate
   * would be a second derivative nobody reads off a card).
   */
  selfComparing?: boolean;
}

/** Any canonical record a tally reads. */
export type KpiRecord = Deal | Lead | Activity | Customer | Cost;
type RecordOf<K extends RecordKind> = Dataset[K][number];

/** One record kind feeding a tally. */
export interface TallyPart {
  kind: RecordKind;
  /** The day that places a record in a period; null leaves the record out. */
  date(record: KpiRecord): DayNumber | null;
  /** Adds the record to the running numbers of the period it falls in. */
  add(acc: Float64Array, record: KpiRecord): void;
}

/**
 * A KPI as running numbers over events. The numbers live in a Float64Array
 * so a trend keeps one flat array for all buckets instead of an object each.
 */
export interface Tally {
  slots: number;
  parts: readonly TallyPart[];
  result(acc: Float64Array): number | null;
}

// Methods in TallyPart are bivariant, so a part typed for its own record kind fits.
function part<K extends RecordKind>(
  kind: K,
  date: (record: RecordOf<K>) => DayNumber | null,
  add: (acc: Float64Array, record: RecordOf<K>) => void,
): TallyPart {
  return { kind, date, add };
}

/** Whether the dataset holds any record a tally reads. */
export function tallyHasRecords(tally: Tally, ds: Dataset): boolean {
  return tally.parts.some((p) => ds[p.kind].length > 0);
}

/** Runs a tally over the records whose day lies in the range. */
export function runTally(tally: Tally, ds: Dataset, range: DateRange): number | null {
  if (!tallyHasRecords(tally, ds)) return null;
  const acc = new Float64Array(tally.slots);
  const { start, end } = range;
  for (const p of tally.parts) {
    const list: readonly KpiRecord[] = ds[p.kind];
    for (let i = 0; i < list.length; i++) {
      const record = list[i];
      const day = p.date(record);
      if (day !== null && day >= start && day <= end) p.add(acc, record);
    }
  }
  return tally.result(acc);
}

// ---- small shared pieces ------------------------------------------------

const closedOn = (d: Deal) => d.closed;
const createdOn = (r: Deal | Lead) => r.created;
const won = (d: Deal) => d.status === 'won';
const ratio = (share: number, whole: number) => (whole > 0 ? share / whole : null);
const sameStage = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Number of records passing `test`. */
function countOf<K extends RecordKind>(
  kind: K,
  date: (r: RecordOf<K>) => DayNumber | null,
  test: (r: RecordOf<K>) => boolean = () => true,
): Tally {
  return {
    slots: 1,
    parts: [part(kind, date, (acc, r) => { if (test(r)) acc[0] += 1; })],
    result: (acc) => acc[0],
  };
}

/** Sum of `amount` over records (0 leaves a record out of the sum). */
function sumOf<K extends RecordKind>(kind: K, date: (r: RecordOf<K>) => DayNumber | null, amount: (r: RecordOf<K>) => number): Tally {
  return {
    slots: 1,
    parts: [part(kind, date, (acc, r) => { acc[0] += amount(r); })],
    result: (acc) => acc[0],
  };
}

/** Share of the records in `base` that are `hit`; null when the base is empty. */
function shareOf<K extends RecordKind>(
  kind: K,
  date: (r: RecordOf<K>) => DayNumber | null,
  base: (r: RecordOf<K>) => boolean,
  hit: (r: RecordOf<K>) => boolean,
): Tally {
  return {
    slots: 2,
    parts: [part(kind, date, (acc, r) => {
      if (!base(r)) return;
      acc[1] += 1;
      if (hit(r)) acc[0] += 1;
    })],
    result: (acc) => ratio(acc[0], acc[1]),
  };
}

/** Mean of `measure` over the records it gives a number for. */
function meanOf<K extends RecordKind>(kind: K, date: (r: RecordOf<K>) => DayNumber | null, measure: (r: RecordOf<K>) => number | null): Tally {
  return {
    slots: 2,
    parts: [part(kind, date, (acc, r) => {
      const x = measure(r);
      if (x === null || !Number.isFinite(x)) return;
      acc[0] += x;
      acc[1] += 1;
    })],
    result: (acc) => ratio(acc[0], acc[1]),
  };
}

type KpiMeta = Omit<KpiDefinition, 'compute' | 'tally'>;

/** An entry whose value adds up events in the range. */
function eventKpi(meta: KpiMeta & { tally(ds: Dataset, context: KpiContext): Tally | null }): KpiDefinition {
  return {
    ...meta,
    compute(ds, range, context = {}) {
      const tally = meta.tally(ds, context);
      return tally ? runTally(tally, ds, range) : null;
    },
  };
}

/** An entry whose value describes a state, computed directly. */
function stateKpi(meta: KpiMeta & { compute: KpiDefinition['compute'] }): KpiDefinition {
  return meta;
}

/** A customer counts from its start day up to, not including, its end day. */
function isActiveOn(customer: Customer, day: DayNumber): boolean {
  return (customer.start === null || customer.start <= day) && (customer.end === null || customer.end > day);
}

/** Customers active when the range begins, and how many of those ended within it. */
function churnCounts(ds: Dataset, range: DateRange): { atStart: number; lost: number } {
  // "At the start" means at the close of the day before, so a customer leaving
  // on the first day of the range counts as churned in it.
  const before = range.start - 1;
  let atStart = 0;
  let lost = 0;
  for (const c of ds.customers) {
    if (!isActiveOn(c, before)) continue;
    atStart += 1;
    if (c.end !== null && c.end <= range.end) lost += 1;
  }
  return { atStart, lost };
}

const revenueTally = (): Tally => sumOf('deals', closedOn, (d) => (won(d) ? d.value : 0));

function revenueIn(ds: Dataset, range: DateRange): number | null {
  return runTally(revenueTally(), ds, range);
}

/** Days per average month (365.2425 / 12): turns churn over a window into monthly churn. */
const DAYS_PER_MONTH = 30.436875;

/** In the pipeline on `day`: created by then (or undated) and not closed by then. */
function openOn(d: Deal, day: DayNumber): boolean {
  if (d.created !== null && d.created > day) return false;
  return d.status === 'open' || (d.closed !== null && d.closed > day);
}

// ---- the columns each KPI reads ------------------------------------------

/** Won/lost comes from a status column, from the stage name, or from an IsWon yes/no column. */
const STATUS = ['stage', 'status', 'isWon'] as const;
const CLOSED_DEALS: ColumnNeeds = { deals: [STATUS, ['closed']] };
const CLOSED_VALUES: ColumnNeeds = { deals: [['value'], STATUS, ['closed']] };
const NEW_LEADS: ColumnNeeds = { leads: [['created']] };

// ---- the catalogue -------------------------------------------------------

export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  /** Sum of the values of won deals closed in the range. */
  eventKpi({
    id: 'revenue',
    names: { en: 'Revenue', nb: 'Omsetning', sv: 'Omsättning', da: 'Omsætning', nl: 'Omzet' },
    direction: 'up', format: 'currency', rate: false, source: 'deals', needs: CLOSED_VALUES,
    tally: revenueTally,
  }),

  /**
   * Sum of the MRR of customers active on the last day of the range (a
   * customer is active from its start day until, not including, its end day).
   * Without customer records: the MRR of won deals closed on or before that
   * day, which cannot subtract churn because deals carry no end date. Null
   * when neither customers nor deals with an MRR exist.
   */
  stateKpi({
    id: 'mrr',
    names: {
      en: 'Monthly recurring revenue',
      nb: 'Månedlig gjentakende inntekt',
      sv: 'Månatliga återkommande intäkter',
      da: 'Månedlig tilbagevendende omsætning',
      nl: 'Maandelijks terugkerende omzet',
    },
    direction: 'up', format: 'currency', rate: false, source: 'customers', needs: { customers: [['mrr']] },
    compute(ds, range) {
      if (ds.customers.length > 0) {
        let sum = 0;
        for (const c of ds.customers) if (isActiveOn(c, range.end)) sum += c.mrr;
        return sum;
      }
      let sum = 0;
      let any = false;
      for (const d of ds.deals) {
        if (d.mrr === undefined) continue;
        any = true;
        if (won(d) && d.closed !== null && d.closed <= range.end) sum += d.mrr;
      }
      return any ? sum : null;
    },
  }),

  /**
   * (revenue in the range − revenue in context.previousRange) / revenue in
   * context.previousRange. evaluateKpi passes the compare range (previous
   * period or same period last year); without one it is the same number of
   * days just before the range. Null when the baseline revenue is 0.
   */
  stateKpi({
    id: 'sales-growth',
    names: { en: 'Sales growth', nb: 'Salgsvekst', sv: 'Försäljningstillväxt', da: 'Salgsvækst', nl: 'Omzetgroei' },
    direction: 'up', format: 'percent', rate: true, source: 'deals', needs: CLOSED_VALUES, selfComparing: true,
    compute(ds, range, context = {}) {
      const length = range.end - range.start + 1;
      const previous = context.previousRange ?? { start: range.start - length, end: range.start - 1 };
      const now = revenueIn(ds, range);
      const before = revenueIn(ds, previous);
      if (now === null || before === null || before === 0) return null;
      return (now - before) / Math.abs(before);
    },
  }),

  /** Won / (won + lost) among deals closed in the range. */
  eventKpi({
    id: 'win-rate',
    names: { en: 'Win rate', nb: 'Vinnrate', sv: 'Vinstfrekvens', da: 'Vinderrate', nl: 'Winratio' },
    direction: 'up', format: 'percent', rate: true, source: 'deals', needs: CLOSED_DEALS,
    tally: () => shareOf('deals', closedOn, (d) => d.status !== 'open', won),
  }),

  /** Won : lost among deals closed in the range, as won / lost; null when nothing was lost. */
  eventKpi({
    id: 'win-loss-ratio',
    names: {
      en: 'Win/loss ratio',
      nb: 'Forhold vunnet/tapt',
      sv: 'Förhållande vunna/förlorade',
      da: 'Forhold vundne/tabte',
      nl: 'Verhouding gewonnen/verloren',
    },
    direction: 'up', format: 'number', rate: false, source: 'deals', needs: CLOSED_DEALS,
    tally: () => ({
      slots: 2,
      parts: [part('deals', closedOn, (acc, d) => {
        if (d.status === 'won') acc[0] += 1;
        else if (d.status === 'lost') acc[1] += 1;
      })],
      result: (acc) => ratio(acc[0], acc[1]),
    }),
  }),

  /**
   * Of the deals (prospects) created in the range, the share that is won by
   * now, whenever it closed. Unlike the win rate, open and lost deals both
   * count against it.
   */
  eventKpi({
    id: 'hit-rate',
    names: { en: 'Hit rate', nb: 'Treffprosent', sv: 'Träffprocent', da: 'Hitrate', nl: 'Hitrate' },
    direction: 'up', format: 'percent', rate: true, source: 'deals', needs: { deals: [['created'], STATUS] },
    tally: () => shareOf('deals', createdOn, () => true, won),
  }),

  /** Mean value of won deals closed in the range. */
  eventKpi({
    id: 'avg-deal-value',
    names: {
      en: 'Average deal value',
      nb: 'Gjennomsnittlig ordreverdi',
      sv: 'Genomsnittligt ordervärde',
      da: 'Gennemsnitlig ordreværdi',
      nl: 'Gemiddelde dealwaarde',
    },
    direction: 'up', format: 'currency', rate: false, source: 'deals', needs: CLOSED_VALUES,
    tally: () => meanOf('deals', closedOn, (d) => (won(d) ? d.value : null)),
  }),

  /**
   * Mean days from created (first contact) to closed, over won deals closed in
   * the range that have both dates; a deal closed before it was created is a
   * data error and is left out.
   */
  eventKpi({
    id: 'avg-sales-cycle',
    names: {
      en: 'Average sales cycle',
      nb: 'Gjennomsnittlig salgssyklus',
      sv: 'Genomsnittlig säljcykel',
      da: 'Gennemsnitlig salgscyklus',
      nl: 'Gemiddelde verkoopcyclus',
    },
    direction: 'down', format: 'days', rate: false, source: 'deals', needs: { deals: [['created'], ['closed'], STATUS] },
    tally: () => meanOf('deals', closedOn, (d) =>
      won(d) && d.created !== null && d.closed !== null && d.closed >= d.created ? d.closed - d.created : null),
  }),

  /**
   * Marketing costs dated in the range / leads generated in it. Leads
   * generated are the costs' own `leads` counts when any cost carries one,
   * else the leads created in the range. Null without cost records or leads.
   */
  eventKpi({
    id: 'cost-per-lead',
    names: { en: 'Cost per lead', nb: 'Kostnad per lead', sv: 'Kostnad per lead', da: 'Omkostning pr. lead', nl: 'Kosten per lead' },
    direction: 'down', format: 'currency', rate: false, source: 'costs', needs: { costs: [['amount'], ['date']], ...NEW_LEADS },
    tally(ds) {
      if (ds.costs.length === 0) return null;
      const costsCountLeads = ds.costs.some((c) => c.leads !== undefined);
      const costs = part('costs', (c) => c.date, (acc, c) => {
        if (c.kind === 'marketing') acc[0] += c.amount;
        if (costsCountLeads) acc[1] += c.leads ?? 0;
      });
      const leads = part('leads', createdOn, (acc) => { acc[1] += 1; });
      return { slots: 2, parts: costsCountLeads ? [costs] : [costs, leads], result: (acc) => ratio(acc[0], acc[1]) };
    },
  }),

  /**
   * (Sales + marketing costs dated in the range) / new customers won in it.
   * New customers are customers whose start lies in the range when the
   * dataset has customers; otherwise won deals closed in the range, except
   * those marked `newCustomer: false`. Null without cost records or new customers.
   */
  eventKpi({
    id: 'cac',
    names: {
      en: 'Customer acquisition cost',
      nb: 'Kundeanskaffelseskostnad',
      sv: 'Kundanskaffningskostnad',
      da: 'Kundeanskaffelsesomkostning',
      nl: 'Klantacquisitiekosten',
    },
    direction: 'down', format: 'currency', rate: false, source: 'costs', needs: { costs: [['amount'], ['date']], customers: [['start']] },
    tally(ds) {
      if (ds.costs.length === 0) return null;
      const costs = part('costs', (c) => c.date, (acc, c) => { acc[0] += c.amount; });
      const newCustomers = ds.customers.length > 0
        ? part('customers', (c) => c.start, (acc) => { acc[1] += 1; })
        : part('deals', closedOn, (acc, d) => { if (won(d) && d.newCustomer !== false) acc[1] += 1; });
      return { slots: 2, parts: [costs, newCustomers], result: (acc) => ratio(acc[0], acc[1]) };
    },
  }),

  /**
   * Average monthly margin per customer / monthly churn rate. The average is
   * over customers active on the last day of the range, of MRR × margin
   * (margin 1 when absent). Monthly churn is measured over the range, but at
   * least over the 12 months ending with it (one month of churn is too noisy
   * to divide by), and scaled to an average month. Null without active
   * customers or without churn (a lifetime without churn has no finite value).
   */
  stateKpi({
    id: 'clv',
    names: {
      en: 'Customer lifetime value',
      nb: 'Kundens livstidsverdi',
      sv: 'Kundens livstidsvärde',
      da: 'Kundens livstidsværdi',
      nl: 'Klantlevensduurwaarde',
    },
    direction: 'up', format: 'currency', rate: false, source: 'customers', needs: { customers: [['mrr'], ['end']] },
    compute(ds, range) {
      let margin = 0;
      let active = 0;
      for (const c of ds.customers) {
        if (!isActiveOn(c, range.end)) continue;
        margin += c.mrr * (c.margin ?? 1);
        active += 1;
      }
      if (active === 0) return null;
      const churnSpan = { start: Math.min(range.start, addMonths(range.end + 1, -12)), end: range.end };
      const { atStart, lost } = churnCounts(ds, churnSpan);
      if (atStart === 0 || lost === 0) return null;
      const monthlyChurn = (lost / atStart) * (DAYS_PER_MONTH / (churnSpan.end - churnSpan.start + 1));
      return margin / active / monthlyChurn;
    },
  }),

  /**
   * Customers active when the range begins that ended within it / customers
   * active when it begins. Customers who start and end inside the range are
   * not counted, so the rate stays within 0..1.
   */
  stateKpi({
    id: 'churn-rate',
    names: { en: 'Churn rate', nb: 'Kundefrafall', sv: 'Kundbortfall', da: 'Kundeafgang', nl: 'Klantverloop' },
    direction: 'down', format: 'percent', rate: true, source: 'customers', needs: { customers: [['end']] },
    compute(ds, range) {
      const { atStart, lost } = churnCounts(ds, range);
      return ratio(lost, atStart);
    },
  }),

  /** Leads created in the range. */
  eventKpi({
    id: 'new-leads',
    names: { en: 'New leads', nb: 'Nye leads', sv: 'Nya leads', da: 'Nye leads', nl: 'Nieuwe leads' },
    direction: 'up', format: 'number', rate: false, source: 'leads', needs: NEW_LEADS,
    tally: () => countOf('leads', createdOn),
  }),

  /** Leads created in the range that are sales-qualified (exports carry no qualification date). */
  eventKpi({
    id: 'sql',
    names: {
      en: 'Sales-qualified leads',
      nb: 'Salgskvalifiserte leads',
      sv: 'Säljkvalificerade leads',
      da: 'Salgskvalificerede leads',
      nl: 'Salesgekwalificeerde leads',
    },
    direction: 'up', format: 'number', rate: false, source: 'leads', needs: { leads: [['created'], ['qualified']] },
    tally: () => countOf('leads', createdOn, (l) => l.qualified),
  }),

  /**
   * Deals created in the range. Without deal records: leads created in the
   * range that became an opportunity.
   */
  eventKpi({
    id: 'opportunities-created',
    names: {
      en: 'Opportunities created',
      nb: 'Nye salgsmuligheter',
      sv: 'Nya affärsmöjligheter',
      da: 'Nye salgsmuligheder',
      nl: 'Nieuwe verkoopkansen',
    },
    direction: 'up', format: 'number', rate: false, source: 'deals', needs: { deals: [['created']], ...NEW_LEADS },
    tally: (ds) => (ds.deals.length > 0 ? countOf('deals', createdOn) : countOf('leads', createdOn, (l) => l.opportunity)),
  }),

  /** Activities (calls, emails, meetings) dated in the range. */
  eventKpi({
    id: 'activities',
    names: { en: 'Sales activities', nb: 'Salgsaktiviteter', sv: 'Säljaktiviteter', da: 'Salgsaktiviteter', nl: 'Verkoopactiviteiten' },
    direction: 'up', format: 'number', rate: false, source: 'activities', needs: { activities: [['date']] },
    tally: () => countOf('activities', (a) => a.date),
  }),

  /**
   * Mean hours from lead creation to first contact, over leads created in the
   * range that were contacted: the export's `responseHours` when present,
   * else whole days between created and contacted × 24. Negative gaps are
   * data errors and are left out.
   */
  eventKpi({
    id: 'avg-response-time',
    names: {
      en: 'Average response time',
      nb: 'Gjennomsnittlig responstid',
      sv: 'Genomsnittlig svarstid',
      da: 'Gennemsnitlig svartid',
      nl: 'Gemiddelde reactietijd',
    },
    direction: 'down', format: 'hours', rate: false, source: 'leads', needs: { leads: [['created'], ['contacted', 'responseHours']] },
    tally: () => meanOf('leads', createdOn, (l) => {
      const hours = l.responseHours ?? (l.contacted !== null && l.created !== null ? (l.contacted - l.created) * 24 : null);
      return hours !== null && hours >= 0 ? hours : null;
    }),
  }),

  /** Of the assigned leads created in the range, the share that has been contacted. */
  eventKpi({
    id: 'followed-up-rate',
    names: {
      en: 'Leads followed up',
      nb: 'Andel leads fulgt opp',
      sv: 'Andel uppföljda leads',
      da: 'Andel leads fulgt op',
      nl: 'Opvolgingspercentage leads',
    },
    direction: 'up', format: 'percent', rate: true, source: 'leads', needs: { leads: [['created'], ['contacted', 'responseHours']] },
    tally: () => shareOf('leads', createdOn, (l) => l.assigned, (l) => l.contacted !== null || l.responseHours !== undefined),
  }),

  /** Positive / (positive + negative) replies among leads created in the range (exports carry no reply date). */
  eventKpi({
    id: 'positive-response-rate',
    names: {
      en: 'Positive response rate',
      nb: 'Andel positive svar',
      sv: 'Andel positiva svar',
      da: 'Andel positive svar',
      nl: 'Percentage positieve reacties',
    },
    direction: 'up', format: 'percent', rate: true, source: 'leads', needs: { leads: [['created'], ['response']] },
    tally: () => shareOf('leads', createdOn, (l) => l.response !== null, (l) => l.response === 'positive'),
  }),

  /**
   * Share of the leads created in the range that marketing originated (0..1);
   * the rest came from sales. Neutral: neither side of the mix is better.
   */
  eventKpi({
    id: 'lead-source-mix',
    names: {
      en: 'Marketing-sourced leads',
      nb: 'Andel leads fra markedsføring',
      sv: 'Andel leads från marknadsföring',
      da: 'Andel leads fra marketing',
      nl: 'Aandeel marketingleads',
    },
    direction: 'neutral', format: 'percent', rate: true, source: 'leads', needs: { leads: [['created'], ['origin']] },
    tally: () => shareOf('leads', createdOn, () => true, (l) => l.origin === 'marketing'),
  }),

  /**
   * max(0, 1 − |actual − forecast| / actual) over the deals closed in the
   * range that carry a forecast: actual is the value of the won ones, forecast
   * the sum of all their forecasts (a lost deal was forecast but earned
   * nothing). Null when no deal has a forecast or actual is 0.
   */
  eventKpi({
    id: 'forecast-accuracy',
    names: {
      en: 'Forecast accuracy',
      nb: 'Prognosetreffsikkerhet',
      sv: 'Prognosträffsäkerhet',
      da: 'Prognosenøjagtighed',
      nl: 'Forecastnauwkeurigheid',
    },
    direction: 'up', format: 'percent', rate: true, source: 'deals', needs: { deals: [['forecast'], ['value'], STATUS, ['closed']] },
    tally: () => ({
      slots: 2,
      parts: [part('deals', closedOn, (acc, d) => {
        if (d.forecast === undefined) return;
        if (won(d)) acc[0] += d.value;
        acc[1] += d.forecast;
      })],
      result: (acc) => {
        const actual = acc[0];
        if (actual <= 0) return null;
        return Math.max(0, 1 - Math.abs(actual - acc[1]) / actual);
      },
    }),
  }),

  /**
   * Σ value × probability of the deals open on the last day of the range:
   * created by then and not closed by then (a deal closed later counts with
   * its recorded probability). A deal's probability is its own, else its
   * stage's from `context.probabilities`; deals with neither are left out,
   * and the value is null when open deals exist but none has a probability.
   */
  stateKpi({
    id: 'weighted-pipeline',
    names: { en: 'Weighted pipeline', nb: 'Vektet pipeline', sv: 'Viktad pipeline', da: 'Vægtet pipeline', nl: 'Gewogen pipeline' },
    direction: 'up', format: 'currency', rate: false, source: 'deals', needs: { deals: [['value'], STATUS] },
    compute(ds, range, { probabilities = {} } = {}) {
      if (ds.deals.length === 0) return null;
      const byStage = new Map<string, number>();
      for (const [stage, p] of Object.entries(probabilities)) {
        if (p >= 0 && p <= 1) byStage.set(stage.trim().toLowerCase(), p);
      }
      let sum = 0;
      let open = 0;
      let weighed = 0;
      for (const d of ds.deals) {
        if (!openOn(d, range.end)) continue;
        open += 1;
        const p = d.probability ?? byStage.get(d.stage.trim().toLowerCase());
        if (p === undefined) continue;
        weighed += 1;
        sum += d.value * p;
      }
      return open > 0 && weighed === 0 ? null : sum;
    },
  }),

  /**
   * Of the deals created in the range, the share now in `context.stage`; with
   * no stage given, the share still in an open stage (not yet won or lost).
   * The per-stage breakdown is stageShares().
   */
  eventKpi({
    id: 'stage-share',
    names: { en: 'Stage share', nb: 'Andel i salgsfase', sv: 'Andel i säljsteg', da: 'Andel i salgsfase', nl: 'Aandeel in fase' },
    direction: 'neutral', format: 'percent', rate: true, source: 'deals', needs: { deals: [['created'], ['stage']] },
    tally: (_ds, { stage }) =>
      shareOf('deals', createdOn, () => true, stage === undefined ? (d) => d.status === 'open' : (d) => sameStage(d.stage, stage)),
  }),
];

const byId = new Map(KPI_CATALOGUE.map((k) => [k.id, k]));

export function getKpi(id: string): KpiDefinition | undefined {
  return byId.get(id.trim().toLowerCase());
}

export interface StageShare {
  stage: string;
  count: number;
  /** count / all deals created in the range. */
  share: number;
}

/**
 * How the deals created in the range are spread over their current stages.
 * Order: the stages of `stageOrder` (case-insensitive, those with deals),
 * then the other open stages in the order they first appear, then won and
 * lost stages, so a funnel reads top to bottom without being told the order.
 */
export function stageShares(ds: Dataset, range: DateRange, stageOrder: readonly string[] = []): StageShare[] {
  const counts = new Map<string, { stage: string; count: number; rank: number; seen: number }>();
  let total = 0;
  for (const d of ds.deals) {
    if (d.created === null || d.created < range.start || d.created > range.end) continue;
    total += 1;
    const key = d.stage.trim().toLowerCase();
    let entry = counts.get(key);
    if (!entry) {
      const ordered = stageOrder.findIndex((s) => sameStage(s, d.stage));
      const rank = ordered >= 0 ? ordered : stageOrder.length + (d.status === 'open' ? 0 : d.status === 'won' ? 1 : 2);
      entry = { stage: d.stage.trim(), count: 0, rank, seen: counts.size };
      counts.set(key, entry);
    }
    entry.count += 1;
  }
  return [...counts.values()]
    .sort((a, b) => a.rank - b.rank || a.seen - b.seen)
    .map(({ stage, count }) => ({ stage, count, share: count / total }));
}
