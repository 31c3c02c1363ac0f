// Generates the demo's sales data: a Nordic software company selling in NOK,
// six reps, 20 months of deals up to today plus an open pipeline, leads,
// activities, customers, campaign costs and a monthly budget. The data moves with
// the calendar so "this-month" always has something to show; a fixed seed keeps
// it the same for the same day.
//
//   node demo/data/generate.mjs [outDir] [YYYY-MM-DD]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const DAY = 86_400_000;
const reps = ['Anna Berg', 'Lars Haugen', 'Ingrid Nilsson', 'Mikkel Sørensen', 'Sanne de Vries', 'Ola Nordmann'];
const products = [
  ['Pipeline Basic', 42_000],
  ['Pipeline Pro', 118_000],
  ['Insight Analytics', 76_000],
  ['Onboarding', 24_000],
];
const accounts = ['Fjordkraft Handel', 'Nordlys Bygg', 'Sjøsiden Sjømat', 'Vestland Energi', 'Bergen Logistikk',
  'Tromsø Reiseliv', 'Oslo Eiendom', 'Trondheim Tech', 'Stavanger Offshore', 'Lofoten Fisk', 'Malmö Media',
  'Göteborg Trä', 'Aarhus Design', 'Odense Foods', 'Utrecht Retail', 'Rotterdam Havens', 'Drammen Verksted',
  'Kristiansand Marine', 'Bodø Vekst', 'Hamar Agro'];
const sources = ['web', 'referral', 'event', 'outbound', 'partner'];
const openStages = [['Prospecting', 0.1], ['Engaging', 0.3], ['Proposal', 0.6]];

function prng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(today = new Date()) {
  const end = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const start = Date.UTC(today.getFullYear(), today.getMonth() - 20, 1);
  const random = prng(20260101);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  const between = (a, b) => a + Math.floor(random() * ((b - a) / DAY + 1)) * DAY;
  const seasonal = (t) => 1 + 0.25 * Math.sin((new Date(t).getUTCMonth() / 12) * 2 * Math.PI);

  const deals = [];
  const leads = [];
  let n = 0;
  for (let t = start; t <= end; t += DAY) {
    const weekday = new Date(t).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    // About 12 leads a working day, a third of them become deals.
    const count = Math.round(12 * seasonal(t) * (0.6 + random() * 0.8));
    for (let i = 0; i < count; i++) {
      const owner = pick(reps);
      const source = pick(sources);
      const origin = source === 'outbound' || source === 'event' ? 'sales' : 'marketing';
      const contacted = random() < 0.86 ? t + Math.floor(random() * 3) * DAY : null;
      const qualified = contacted !== null && random() < 0.45;
      const opportunity = qualified && random() < 0.7;
      const replied = contacted !== null && random() < 0.6;
      leads.push({
        id: `L-${++n}`,
        created: iso(t),
        contacted: contacted && contacted <= end ? iso(contacted) : '',
        response_hours: contacted ? Math.round((2 + random() * 40) * 10) / 10 : '',
        assigned: random() < 0.95 ? 'yes' : 'no',
        qualified: qualified ? 'yes' : 'no',
        opportunity: opportunity ? 'yes' : 'no',
        response: replied ? (random() < 0.55 ? 'positive' : 'negative') : '',
        origin,
        owner,
        source,
      });
      if (!opportunity) continue;
      const [product, list] = pick(products);
      const value = Math.round((list * (0.7 + random() * 0.6)) / 100) * 100;
      const cycle = 10 + Math.floor(random() * 60);
      const closes = t + cycle * DAY;
      const won = random() < 0.42;
      const closed = closes <= end;
      const [openStage, probability] = pick(openStages);
      deals.push({
        opportunity_id: `D-${deals.length + 1001}`,
        sales_agent: owner,
        product,
        account: pick(accounts),
        deal_stage: closed ? (won ? 'Won' : 'Lost') : openStage,
        engage_date: iso(t),
        close_date: closed ? iso(closes) : '',
        close_value: closed && !won ? 0 : value,
        source,
        probability: closed ? (won ? 1 : 0) : probability,
        mrr: closed && won ? Math.round(value / 12) : '',
        forecast: closed && won ? Math.round(value * (0.85 + random() * 0.3)) : '',
        new_customer: random() < 0.6 ? 'yes' : 'no',
      });
    }
  }

  const activities = [];
  for (let t = start; t <= end; t += DAY) {
    const weekday = new Date(t).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const owner of reps) {
      const count = 2 + Math.floor(random() * 5);
      for (let i = 0; i < count; i++) {
        activities.push({ id: `A-${activities.length + 1}`, date: iso(t), type: pick(['call', 'call', 'email', 'meeting']), owner });
      }
    }
  }

  const customers = deals
    .filter((d) => d.deal_stage === 'Won' && d.new_customer === 'yes')
    .map((d, i) => {
      const since = Date.parse(d.close_date);
      const churns = random() < 0.25 ? since + (60 + Math.floor(random() * 400)) * DAY : null;
      return {
        id: `C-${i + 1}`,
        account: d.account,
        start: d.close_date,
        end: churns && churns <= end ? iso(churns) : '',
        mrr: d.mrr,
        margin: 0.72,
        owner: d.sales_agent,
        source: d.source,
      };
    });

  const costs = [];
  for (let m = 0; ; m++) {
    const first = Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() + m, 1);
    if (first > end) break;
    for (const channel of ['web', 'event', 'partner']) {
      costs.push({ date: iso(first), amount: Math.round(40_000 + random() * 60_000), kind: 'marketing', channel, leads: Math.round(60 + random() * 80) });
    }
    costs.push({ date: iso(first), amount: 6 * 58_000, kind: 'sales', channel: 'salaries', leads: '' });
  }

  // Budget: the team's monthly revenue target, and each rep's share of it.
  const budget = { team: [], reps: {} };
  for (let m = 0; ; m++) {
    const first = Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() + m, 1);
    if (first > Date.UTC(today.getFullYear(), 11, 31)) break;
    const month = iso(first).slice(0, 7);
    const value = Math.round((1_450_000 * seasonal(first)) / 10_000) * 10_000;
    budget.team.push({ date: month, value });
    for (const rep of reps) (budget.reps[rep] ??= []).push({ date: month, value: Math.round(value / reps.length / 1000) * 1000 });
  }

  return { deals, leads, activities, customers, costs, budget };
}

function toCsv(rows, separator = ',') {
  const columns = Object.keys(rows[0]);
  const cell = (v) => {
    const s = String(v ?? '');
    return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(separator), ...rows.map((r) => columns.map((c) => cell(r[c])).join(separator))].join('\n') + '\n';
}

/** The same deals the way Excel in Norway saves them: ';', decimal commas, dd.mm.yyyy, a BOM. */
function toNorwegianExcel(deals) {
  const nb = (iso) => (iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '');
  return '\uFEFF' + toCsv(deals.map((d) => ({
    Avtale: d.opportunity_id, Selger: d.sales_agent, Fase: d.deal_stage === 'Won' ? 'Vunnet' : d.deal_stage === 'Lost' ? 'Tapt' : d.deal_stage,
    Opprettet: nb(d.engage_date), Lukket: nb(d.close_date), Beløp: String(d.close_value).replace(/\B(?=(\d{3})+$)/g, ' ') + ',00',
  })), ';');
}

/** Every file the demo serves under data/, by name, for data generated up to `today`. */
export function demoFiles(today = new Date()) {
  const data = generate(today);
  const { budget, ...records } = data;
  const files = { 'sales.json': JSON.stringify(records) };
  for (const [kind, rows] of Object.entries(records)) files[`${kind}.csv`] = toCsv(rows);
  files['deals-excel-nb.csv'] = toNorwegianExcel(data.deals);
  files['budget.json'] = JSON.stringify(budget);
  return { data, files };
}

export async function writeDemoData(outDir, today = new Date()) {
  const { data, files } = demoFiles(today);
  await mkdir(outDir, { recursive: true });
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(outDir, name), body);
  return data;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'demo/public/data';
  const today = process.argv[3] ? new Date(`${process.argv[3]}T12:00:00`) : new Date();
  const data = await writeDemoData(out, today);
  console.log(`demo data in ${out}: ${Object.entries(data).filter(([k]) => k !== 'budget').map(([k, v]) => `${v.length} ${k}`).join(', ')}`);
}
