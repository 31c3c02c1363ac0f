/**
 * The same numbers everywhere: on a generated CRM of 100,000 deals with leads,
 * activities, customers and costs, every KPI of the catalogue for random
 * periods of every kind, comparisons, filters, group-bys and trends, computed
 * by the browser core, by DuckDB and by PostgreSQL (both real engines, the SQL
 * from src/sql). fast-check draws 84 questions per KPI: 24 × 84 = 2,016 cases.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fc from 'fast-check';
import { KPI_CATALOGUE } from '../../src/core/catalogue.js';
import { RECORD_FIELDS, recordSpan } from '../../src/core/records.js';
import { toIsoDate } from '../../src/core/dates.js';
import type { Dataset, RecordKind } from '../../src/core/types.js';
import { answerQuestion, type KpiAnswer } from '../../src/sql/answer.js';
import { SQL_FORMS } from '../../src/sql/forms.js';
import { generateCrm, OWNERS } from './generate.js';
import { coreDataset, loadDuckDb, loadPostgres, type Loaded } from './engines.js';
import { coreFigures, coreGroups, same, type Question } from './oracle.js';

const DEALS = Number(process.env.KPI_DIFF_DEALS ?? 100_000);
const RUNS_PER_KPI = Number(process.env.KPI_DIFF_RUNS ?? 84);

let ds: Dataset;
const engines: Record<string, Loaded> = {};

beforeAll(async () => {
  const crm = generateCrm(DEALS);
  ds = coreDataset(crm);
  engines.duckdb = await loadDuckDb(crm);
  engines.postgres = await loadPostgres(crm, inject('pg'));
});

afterAll(async () => {
  for (const loaded of Object.values(engines)) await loaded.engine.close();
});

const pad = (n: number) => String(n).padStart(2, '0');
const year = fc.integer({ min: 2023, max: 2026 });
/** Every period kind: day, ISO week, month, quarter, year, custom range, rolling, and relative names. */
const period = fc.oneof(
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc.tuple(year, fc.integer({ min: 1, max: 52 })).map(([y, w]) => `${y}-W${pad(w)}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([y, a, b]) => `${y}-${pad(Math.min(a, b))}-03/${y}-${pad(Math.max(a, b))}-20`),
  fc.constantFrom('rolling-30d', 'rolling-12w', 'rolling-6m', 'rolling-1y', 'this-month', 'last-quarter', 'this-week', 'ytd', 'qtd'),
);
const today = fc.tuple(fc.integer({ min: 2024, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
const filter = fc.constantFrom(undefined, `owner=${OWNERS[0]}`, 'source!=web', `owner=${OWNERS[1]},${OWNERS[2]};source=fair,referral`,
  'stage=Demo', 'status!=lost', 'qualified=yes', 'origin=sales');
const STATE_KPIS = new Set(KPI_CATALOGUE.filter((k) => !SQL_FORMS[k.id].daily).map((k) => k.id));
const question = (kpi: string): fc.Arbitrary<Question> => fc.record({
  kpi: fc.constant(kpi),
  period,
  compare: fc.constantFrom('previous-period', 'previous-year', 'none'),
  today,
  filter,
  groupBy: fc.constantFrom(undefined, undefined, 'owner', 'source'),
  // A state KPI's trend is one column per bucket; weekly ones over years are left to the unit tests' speed budget.
  granularity: STATE_KPIS.has(kpi) ? fc.constantFrom(undefined, undefined, 'month', 'quarter') : fc.constantFrom(undefined, undefined, 'month', 'week', 'quarter'),
  fiscalYearStart: fc.constantFrom(undefined, 1, 7),
  stage: kpi === 'stage-share' ? fc.constantFrom(undefined, 'Demo', 'closed won') : fc.constant(undefined),
  probabilities: kpi === 'weighted-pipeline' ? fc.constantFrom(undefined, { Prospecting: 0.1, Demo: 0.3, proposal: 0.5 }) : fc.constant(undefined),
}, { requiredKeys: ['kpi', 'period', 'compare', 'today'] });

function clean(q: Question): Question {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as unknown as Question;
}

// Each engine's word columns (stage, yes/no…) are read once, as the handler keeps them.
const vocabularies: Record<string, Map<string, readonly string[] | null>> = { duckdb: new Map(), postgres: new Map() };

async function ask(engine: string, q: Question): Promise<KpiAnswer> {
  const { engine: e, tables } = engines[engine];
  return answerQuestion(q, { dialect: e.dialect, tables, run: e.run, vocabularies: vocabularies[engine] });
}

/** Where the KPI's own kind of records starts, as a card on `src` reads it (before its filter). */
function coreDataStart(kpi: string): string | null {
  const kind = KPI_CATALOGUE.find((k) => k.id === kpi)!.source;
  const span = recordSpan({ deals: [], leads: [], activities: [], customers: [], costs: [], issues: [], [kind]: ds[kind] });
  return span ? toIsoDate(span.start) : null;
}

function check(where: string, q: Question, answer: KpiAnswer) {
  const label = `${where} ${JSON.stringify(q)}`;
  expect(answer.dataStart, `${label}: data start`).toBe(coreDataStart(q.kpi));
  if (q.groupBy) {
    const kinds = SQL_FORMS[q.kpi].parts(q).map((p) => p.kind)
      .filter((k) => (RECORD_FIELDS[k as RecordKind] as readonly string[]).includes(q.groupBy!));
    expect(answer.rows!.length, `${label}: groups`).toBe(coreGroups(ds, q, kinds).size);
    for (const row of answer.rows!) {
      const core = coreFigures(ds, q, row.group);
      expect(same(row.value, core.value), `${label} group ${row.group}: value ${row.value} vs core ${core.value}`).toBe(true);
      expect(same(row.previous, core.previous), `${label} group ${row.group}: previous ${row.previous} vs core ${core.previous}`).toBe(true);
    }
    return;
  }
  const core = coreFigures(ds, q);
  expect(same(answer.value, core.value), `${label}: value ${answer.value} vs core ${core.value}`).toBe(true);
  expect(same(answer.previous, core.previous), `${label}: previous ${answer.previous} vs core ${core.previous}`).toBe(true);
  if (q.granularity) {
    expect(answer.series!.map((p) => p.date), `${label}: buckets`).toEqual(core.series!.map((p) => p.date));
    answer.series!.forEach((p, i) =>
      expect(same(p.value, core.series![i].value), `${label}: ${p.date} ${p.value} vs core ${core.series![i].value}`).toBe(true));
  }
}

describe(`the same figure from the core, DuckDB and PostgreSQL (${DEALS.toLocaleString('en')} deals)`, () => {
  it('has an SQL form for every KPI of the catalogue, and nothing else', () => {
    expect(Object.keys(SQL_FORMS).sort()).toEqual(KPI_CATALOGUE.map((k) => k.id).sort());
  });

  for (const kpi of KPI_CATALOGUE) {
    it(`${kpi.id}: ${RUNS_PER_KPI} random questions`, async () => {
      await fc.assert(fc.asyncProperty(question(kpi.id), async (raw) => {
        const q = clean(raw);
        const [duck, pg] = await Promise.all([ask('duckdb', q), ask('postgres', q)]);
        check('duckdb', q, duck);
        check('postgres', q, pg);
      }), { numRuns: RUNS_PER_KPI, seed: 16, endOnFailure: true });
    });
  }
});
