/**
 * createKpiHandler behind node:http, over DuckDB reading a folder of CSV files
 * in place and over the test PostgreSQL cluster: batches, the contract's
 * schemas, errors in words (400), ETags, limits, and a scope no question can
 * get out of.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import fc from 'fast-check';
import pg from 'pg';
import { createKpiHandler, type KpiHandler } from '../../src/server/handler.js';
import { compileKpi } from '../../src/sql/compile.js';
import { duckdb } from '../../src/sql/duckdb.js';
import { KpiAnswerDoc } from '../../src/sql/schemas.js';
import { parseFilter } from '../../src/core/filter.js';
import type { Dataset } from '../../src/core/types.js';
import { generateCrm, OWNERS } from './generate.js';
import { coreDataset, loadPostgres, writeCsvFolder } from './engines.js';
import { coreFigures, same, type Question } from './oracle.js';

let ds: Dataset;
let folder: { dir: string; remove(): void };
let servers: Server[] = [];
let handlers: KpiHandler[] = [];

async function serve(handler: KpiHandler): Promise<string> {
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  handlers.push(handler);
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/api/kpi`;
}

let duckUrl: string;
let pgUrl: string;

beforeAll(async () => {
  const crm = generateCrm(5000, 7);
  ds = coreDataset(crm);
  folder = writeCsvFolder(crm);
  duckUrl = await serve(createKpiHandler({
    duckdb: folder.dir,
    scope: (req) => (req.headers['x-scope'] as string | undefined) || undefined,
    maxGroups: 5,
    maxDays: 800,
  }));
  const loaded = await loadPostgres(crm, inject('pg'));
  await loaded.engine.close();
  const { host, port, user, database } = inject('pg');
  pgUrl = await serve(createKpiHandler({ pg: `postgres://${user}@${host}:${port}/${database}` }));
});

afterAll(async () => {
  for (const server of servers) server.close();
  for (const handler of handlers) await handler.close();
  folder.remove();
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), body: text ? JSON.parse(text) : null };
}

const q = (over: Partial<Question>): Question => ({ kpi: 'revenue', period: '2025-Q2', compare: 'previous-year', today: '2026-01-15', ...over });

describe('createKpiHandler', () => {
  it('answers a batch in one request, in the order asked, with the figures of the core, in the shape of kpi-answer.schema.json', async () => {
    const questions = [
      q({}), q({ kpi: 'win-rate', filter: 'owner=Anna Berg' }), q({ kpi: 'new-leads', granularity: 'month' }),
      q({ kpi: 'cac', groupBy: 'source' }), q({ kpi: 'churn-rate', period: '2025' }),
    ];
    const { status, body } = await post(duckUrl, questions.map((question, i) => ({ id: `q${i}`, ...question })));
    expect(status).toBe(200);
    expect(KpiAnswerDoc.safeParse(body).success).toBe(true);
    expect(body.map((a: { id: string }) => a.id)).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
    for (const [i, question] of questions.entries()) {
      if (question.groupBy) continue;
      const core = coreFigures(ds, question);
      expect(same(body[i].value, core.value), `${question.kpi}: ${body[i].value} vs ${core.value}`).toBe(true);
      expect(same(body[i].previous, core.previous)).toBe(true);
    }
    expect(body[2].series).toHaveLength(3);
    expect(body[3].rows.length).toBe(5);
  });

  it('gives the same answer from PostgreSQL, with a connection string', async () => {
    const question = q({ kpi: 'avg-deal-value', filter: 'source=web,fair' });
    const [a, b] = await Promise.all([post(duckUrl, question), post(pgUrl, question)]);
    expect(a.status).toBe(200);
    expect(same(a.body.value, b.body.value)).toBe(true);
    expect(same(b.body.value, coreFigures(ds, question).value)).toBe(true);
  });

  it('refuses a bad question with 400 and words that say what to change', async () => {
    const cases: Array<[unknown, string]> = [
      [{ kpi: 'revenu' }, 'There is no KPI called "revenu"'],
      [{ kpi: 'revenue', filter: 'colour=red' }, '"colour" cannot be used in a filter'],
      [{ kpi: 'revenue', period: '2026-13' }, '2026-13'],
      [{ kpi: 'revenue', period: '2020-01-01/2026-01-01' }, 'at most 800'],
      [{ kpi: 'revenue', groupBy: 'owner', period: '2025' }, 'at most 5'],
      [{ kpi: 'revenue', groupBy: 'value' }, '"value" cannot be used in groupBy'],
      [{ kpi: 'revenue', fields: 'value:price' }, 'The column "price" named in fields is not in the data'],
      [{ kpi: 'revenue', colour: 'red' }, '"colour" is not part of a question'],
      [{ kpi: 'revenue', today: 'tomorrow' }, '"today" must be a date'],
    ];
    for (const [question, words] of cases) {
      const { status, body } = await post(duckUrl, question);
      expect(status, JSON.stringify(question)).toBe(400);
      expect(body.error.message, JSON.stringify(question)).toContain(words);
    }
    expect((await post(duckUrl, 'not json')).status).toBe(400);
    expect((await post(duckUrl, new Array(101).fill({ kpi: 'revenue' }))).body.error.message).toContain('at most 100');
    // In a batch, only the bad question is refused.
    const batch = await post(duckUrl, [{ id: 'a', kpi: 'revenue' }, { id: 'b', kpi: 'nope' }]);
    expect(batch.status).toBe(200);
    expect(batch.body[0].value).toBeTypeOf('number');
    expect(batch.body[1].error.status).toBe(400);
  });

  it('binds every value: a filter full of SQL is only a value that matches nothing', async () => {
    const evil = `owner="x'); DROP TABLE deals; --"`;
    const { statements } = compileKpi(duckdb, {
      kpi: 'revenue', units: [{ start: 0, end: 100 }], filter: parseFilter(evil),
      tables: { deals: { source: '"deals"', columns: [{ name: 'owner', type: 'text' }, { name: 'value', type: 'number' }, { name: 'stage', type: 'text' }, { name: 'closed', type: 'date' }] } },
      vocabulary: () => ["x'); drop table deals; --", 'Anna Berg'],
    });
    expect(statements[0].sql).not.toContain('DROP');
    expect(statements[0].params).toContain("x'); drop table deals; --");
    const { status, body } = await post(duckUrl, q({ filter: evil }));
    expect(status).toBe(200);
    expect(body.value).toBe(null);
    expect((await post(duckUrl, q({}))).body.value).toBeTypeOf('number');
  });

  it('answers 304 to a repeated request whose ETag matches, and GET ?q= as POST', async () => {
    const first = await post(duckUrl, [q({})]);
    const again = await fetch(duckUrl, { method: 'POST', body: JSON.stringify([q({})]), headers: { 'If-None-Match': first.etag! } });
    expect(again.status).toBe(304);
    const get = await (await fetch(`${duckUrl}?q=${encodeURIComponent(JSON.stringify(q({})))}`)).json();
    expect(get.value).toBe(first.body[0].value);
  });

  it('keeps every question inside the scope: no filter, group or KPI widens it (120 random questions)', async () => {
    const scope = `owner=${OWNERS[0]}`;
    const scoped = (question: Question) => ({ ...question, filter: question.filter ? `${scope};${question.filter}` : scope });
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('revenue', 'win-rate', 'new-leads', 'activities', 'mrr', 'cac', 'churn-rate', 'weighted-pipeline', 'cost-per-lead'),
      fc.constantFrom(undefined, `owner=${OWNERS[1]}`, `owner!=${OWNERS[0]}`, `owner=${OWNERS[0]},${OWNERS[2]}`, 'source=web', 'owner=""'),
      fc.constantFrom(undefined, 'source'),
      fc.constantFrom('2025', '2024-Q3', 'rolling-6m'),
      async (kpi, filter, groupBy, period) => {
        const question = q({ kpi, period, ...(filter ? { filter } : {}), ...(groupBy ? { groupBy } : {}) });
        const { body } = await post(duckUrl, question, { 'x-scope': scope });
        if (groupBy) {
          for (const row of body.rows) expect(same(row.value, coreFigures(ds, scoped(question), row.group).value)).toBe(true);
        } else {
          expect(same(body.value, coreFigures(ds, scoped(question)).value), JSON.stringify(question)).toBe(true);
        }
      },
    ), { numRuns: 120, seed: 16 });
  });
});
