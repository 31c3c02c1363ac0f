/**
 * The endpoint contract as zod/mini schemas: the question a widget sends and
 * the answer a server gives. scripts/schemas.mjs publishes them as
 * dist/schemas/kpi-question.schema.json and kpi-answer.schema.json for teams
 * that write their own server; test/node/handler.spec.ts holds the kit's
 * handler to them.
 */
import * as z from 'zod/mini';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const range = () => z.object({ start: z.string().check(z.regex(ISO_DATE)), end: z.string().check(z.regex(ISO_DATE)) });
const delta = () => z.nullable(z.object({
  absolute: z.number(),
  relative: z.nullable(z.number()),
  points: z.nullable(z.number()),
  trend: z.enum(['up', 'down', 'flat']),
  sentiment: z.enum(['good', 'bad', 'neutral']),
}));

const question = () => z.object({
  id: z.optional(z.string()),
  kpi: z.string(),
  period: z.optional(z.string()),
  compare: z.optional(z.enum(['previous-period', 'previous-year', 'none'])),
  filter: z.optional(z.string()),
  groupBy: z.optional(z.enum(['owner', 'source', 'stage', 'status', 'type', 'origin', 'kind', 'response'])),
  granularity: z.optional(z.enum(['day', 'week', 'month', 'quarter', 'year'])),
  fields: z.optional(z.string()),
  today: z.optional(z.string().check(z.regex(ISO_DATE))),
  fiscalYearStart: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(12))),
  stage: z.optional(z.string()),
  probabilities: z.optional(z.record(z.string(), z.number())),
  won: z.optional(z.array(z.string())),
  lost: z.optional(z.array(z.string())),
});

const answer = () => z.object({
  id: z.optional(z.string()),
  kpi: z.string(),
  value: z.nullable(z.number()),
  previous: z.nullable(z.number()),
  delta: delta(),
  format: z.string(),
  direction: z.enum(['up', 'down', 'neutral']),
  rate: z.boolean(),
  periodKind: z.string(),
  range: range(),
  previousRange: z.nullable(range()),
  // Optional, so an answer from a server older than the field still reads.
  dataStart: z.optional(z.nullable(z.string())),
  series: z.optional(z.array(z.object({ date: z.string(), value: z.nullable(z.number()) }))),
  rows: z.optional(z.array(z.object({ group: z.string(), value: z.nullable(z.number()), previous: z.nullable(z.number()), delta: delta() }))),
});

const refused = () => z.object({
  id: z.optional(z.string()),
  error: z.object({ status: z.number(), code: z.string(), message: z.string(), field: z.optional(z.string()) }),
});

/** One question, or a batch of them (what widgets send: one array per frame). */
export const KpiQuestionDoc = /* @__PURE__ */ z.union([question(), z.array(question())]);
/** The answer to one question, or the error for it in words; an array for a batch. */
export const KpiAnswerDoc = /* @__PURE__ */ z.union([answer(), refused(), z.array(z.union([answer(), refused()]))]);
