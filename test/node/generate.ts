/**
 * A generated CRM: deals, leads, activities, customers and costs as an export
 * would hold them (text cells; '' for empty), from a seeded generator so every
 * run tests the same data. The words vary as real exports do (Won, Closed Won,
 * vunnet; yes/no and true/false), so the SQL's reading of words is tested too.
 */
export type Cell = string;
export type RawRow = Record<string, Cell>;

export interface Crm {
  deals: RawRow[];
  leads: RawRow[];
  activities: RawRow[];
  customers: RawRow[];
  costs: RawRow[];
}

/** mulberry32: small, fast, and the same sequence for the same seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const OWNERS = ['Anna Berg', 'Lars Haugen', 'Kari Nordmann', 'Per Lie', 'Eva Dahl', 'Jonas Ek', 'Sofie Bakker', 'Mads Holm'];
export const SOURCES = ['web', 'fair', 'referral', 'partner', 'cold call'];
const OPEN_STAGES = ['Prospecting', 'Demo', 'Proposal', 'Negotiation'];
const WON_WORDS = ['Won', 'Closed Won', 'closed_won', 'vunnet'];
const LOST_WORDS = ['Lost', 'Closed Lost', 'tapt'];
const TYPES = ['call', 'email', 'meeting'];

/** First and last day of the generated history. */
export const FIRST_DAY = Date.UTC(2023, 0, 1) / 86_400_000;
export const LAST_DAY = Date.UTC(2026, 11, 31) / 86_400_000;

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

export function generateCrm(deals: number, seed = 16): Crm {
  const r = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  const day = () => FIRST_DAY + Math.floor(r() * (LAST_DAY - FIRST_DAY + 1));
  const maybe = (p: number, f: () => string) => (r() < p ? f() : '');
  const flag = () => pick(['true', 'false', 'yes', 'no']);

  const crm: Crm = { deals: [], leads: [], activities: [], customers: [], costs: [] };
  for (let i = 0; i < deals; i++) {
    const created = day();
    const outcome = r();
    const stage = outcome < 0.35 ? pick(WON_WORDS) : outcome < 0.6 ? pick(LOST_WORDS) : pick(OPEN_STAGES);
    const closedOpen = outcome >= 0.6;
    const closed = closedOpen ? '' : iso(created + Math.floor(r() * 120) - 3);
    crm.deals.push({
      id: `D${i}`,
      stage,
      created: iso(created),
      closed,
      value: String(100 * (1 + Math.floor(r() * 500))),
      owner: pick(OWNERS),
      source: pick(SOURCES),
      probability: maybe(0.4, () => String(Math.floor(r() * 101) / 100)),
      forecast: maybe(0.5, () => String(100 * (1 + Math.floor(r() * 500)))),
      mrr: maybe(0.2, () => String(10 * (1 + Math.floor(r() * 200)))),
      new_customer: maybe(0.7, flag),
    });
  }
  const leads = Math.round(deals * 0.5);
  for (let i = 0; i < leads; i++) {
    const created = day();
    crm.leads.push({
      id: `L${i}`,
      created: iso(created),
      contacted: maybe(0.7, () => iso(created + Math.floor(r() * 10) - 1)),
      response_hours: maybe(0.2, () => String(Math.floor(r() * 2000) / 10)),
      assigned: maybe(0.9, flag),
      qualified: flag(),
      opportunity: flag(),
      response: maybe(0.6, () => pick(['positive', 'negative', 'interested', 'nei'])),
      origin: pick(['marketing', 'sales', 'inbound', 'outbound']),
      owner: maybe(0.9, () => pick(OWNERS)),
      source: pick(SOURCES),
    });
  }
  for (let i = 0; i < Math.round(deals * 0.3); i++) {
    crm.activities.push({ id: `A${i}`, date: iso(day()), type: pick(TYPES), owner: pick(OWNERS), source: pick(SOURCES) });
  }
  for (let i = 0; i < Math.round(deals * 0.05); i++) {
    const start = day();
    crm.customers.push({
      id: `C${i}`,
      start: iso(start),
      end: maybe(0.35, () => iso(start + 1 + Math.floor(r() * 700))),
      mrr: String(10 * (1 + Math.floor(r() * 300))),
      margin: maybe(0.6, () => String(Math.floor(r() * 100) / 100)),
      owner: pick(OWNERS),
      source: pick(SOURCES),
    });
  }
  for (let i = 0; i < Math.round(deals * 0.02); i++) {
    crm.costs.push({
      date: iso(day()),
      amount: String(50 * (1 + Math.floor(r() * 400))),
      kind: pick(['marketing', 'sales', 'campaign']),
      leads: maybe(0.03, () => String(Math.floor(r() * 40))),
      owner: pick(OWNERS),
      source: pick(SOURCES),
    });
  }
  return crm;
}

/** The column types the test tables are created with, per kind (the rest are text). */
export const COLUMN_TYPES: Record<keyof Crm, Record<string, 'date' | 'number'>> = {
  deals: { created: 'date', closed: 'date', value: 'number', probability: 'number', forecast: 'number', mrr: 'number' },
  leads: { created: 'date', contacted: 'date', response_hours: 'number' },
  activities: { date: 'date' },
  customers: { start: 'date', end: 'date', mrr: 'number', margin: 'number' },
  costs: { date: 'date', amount: 'number', leads: 'number' },
};

/** Rows as CSV text with a header, as a CRM exports them. */
export function toCsv(rows: readonly RawRow[]): string {
  const keys = Object.keys(rows[0]);
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${keys.join(',')}\n${rows.map((row) => keys.map((k) => cell(row[k])).join(',')).join('\n')}\n`;
}
