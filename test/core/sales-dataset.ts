/**
 * A small hand-made dataset around March 2026 that the catalogue and evaluate
 * tests work their expected values out from. Every record is listed with the
 * facts the tests rely on, so an expected value can be checked by reading.
 */
import { dayFromYmd } from '../../src/core/dates.js';
import type { Activity, Cost, Customer, Dataset, DateRange, Deal, Lead } from '../../src/core/types.js';

/** 'YYYY-MM-DD' as a DayNumber. */
export function day(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd(y!, m!, d!);
}

export function range(from: string, to: string): DateRange {
  return { start: day(from), end: day(to) };
}

export const MARCH = range('2026-03-01', '2026-03-31');
export const FEBRUARY = range('2026-02-01', '2026-02-28');

export function deal(fields: Partial<Deal> & Pick<Deal, 'status'>): Deal {
  return { id: '', stage: fields.status === 'won' ? 'Won' : fields.status === 'lost' ? 'Lost' : 'Proposal', value: 0, created: null, closed: null, owner: '', source: '', ...fields };
}

export function lead(fields: Partial<Lead>): Lead {
  return {
    id: '', created: null, contacted: null, assigned: false, qualified: false, opportunity: false,
    response: null, origin: 'sales', owner: '', source: '', ...fields,
  };
}

export function customer(fields: Partial<Customer>): Customer {
  return { id: '', start: null, end: null, mrr: 0, owner: '', source: '', ...fields };
}

export function cost(fields: Partial<Cost> & Pick<Cost, 'amount' | 'kind'>): Cost {
  return { date: null, owner: '', source: '', ...fields };
}

export function activity(date: string | null): Activity {
  return { id: '', date: date === null ? null : day(date), type: 'call', owner: '', source: '' };
}

export function dataset(parts: Partial<Dataset>): Dataset {
  return { deals: [], leads: [], activities: [], customers: [], costs: [], issues: [], ...parts };
}

export const DEALS: Deal[] = [
  // d1: won in March; 2026-02-20 -> 2026-03-05 is 8 + 5 = 13 days; open on Feb 28 with p 0.6
  deal({ id: 'd1', status: 'won', value: 1000, created: day('2026-02-20'), closed: day('2026-03-05'), probability: 0.6, forecast: 1200, mrr: 100 }),
  // d2: won in March, 10-day cycle, an existing customer's deal
  deal({ id: 'd2', status: 'won', value: 3000, created: day('2026-03-01'), closed: day('2026-03-11'), forecast: 2500, newCustomer: false }),
  // d3: lost in March
  deal({ id: 'd3', status: 'lost', value: 500, created: day('2026-03-02'), closed: day('2026-03-20'), forecast: 600 }),
  // d4, d7: still open
  deal({ id: 'd4', status: 'open', stage: 'Proposal', value: 2000, created: day('2026-03-10'), probability: 0.5 }),
  deal({ id: 'd7', status: 'open', stage: 'Qualified', value: 1000, created: day('2026-03-25'), probability: 0.2 }),
  // d5: won in February; d6: lost in February
  deal({ id: 'd5', status: 'won', value: 5000, created: day('2026-01-10'), closed: day('2026-02-15'), mrr: 200 }),
  deal({ id: 'd6', status: 'lost', value: 800, created: day('2026-01-15'), closed: day('2026-02-20') }),
];

export const CUSTOMERS: Customer[] = [
  customer({ id: 'c1', start: day('2025-01-01'), end: null, mrr: 100, margin: 0.8 }),
  customer({ id: 'c2', start: day('2025-06-01'), end: day('2026-03-15'), mrr: 200 }),
  customer({ id: 'c3', start: day('2026-03-10'), end: null, mrr: 300 }),
  // c4 leaves on March 1st: churned in March
  customer({ id: 'c4', start: day('2025-02-01'), end: day('2026-03-01'), mrr: 50 }),
  // c5 comes and goes within March: new, but not churn of the March base
  customer({ id: 'c5', start: day('2026-03-05'), end: day('2026-03-20'), mrr: 80 }),
  customer({ id: 'c6', start: day('2024-01-01'), end: day('2025-12-31'), mrr: 999 }),
];

export const LEADS: Lead[] = [
  lead({ id: 'l1', created: day('2026-03-02'), contacted: day('2026-03-03'), assigned: true, qualified: true, opportunity: true, response: 'positive', origin: 'marketing' }),
  lead({ id: 'l2', created: day('2026-03-05'), assigned: true, origin: 'sales' }),
  lead({ id: 'l3', created: day('2026-03-08'), contacted: day('2026-03-08'), responseHours: 5, assigned: true, qualified: true, response: 'negative', origin: 'marketing' }),
  lead({ id: 'l4', created: day('2026-03-20'), contacted: day('2026-03-22'), response: 'positive', origin: 'marketing' }),
  lead({ id: 'l5', created: day('2026-02-10'), contacted: day('2026-02-11'), assigned: true, origin: 'sales' }),
];

export const COSTS: Cost[] = [
  cost({ date: day('2026-03-03'), amount: 3000, kind: 'marketing', leads: 30 }),
  cost({ date: day('2026-03-31'), amount: 2000, kind: 'sales' }),
  cost({ date: day('2026-02-10'), amount: 9999, kind: 'marketing', leads: 1 }),
];

export const ACTIVITIES: Activity[] = [activity('2026-03-01'), activity('2026-03-31'), activity('2026-04-01'), activity(null)];

export const SALES = dataset({ deals: DEALS, leads: LEADS, customers: CUSTOMERS, costs: COSTS, activities: ACTIVITIES });
