/**
 * Questions to a KPI server (`endpoint`): every widget on a page that asks
 * the same endpoint while its neighbours are still asking (a batch gathers
 * for 200 ms and until no question has come for 80 ms, at most 800 ms) goes out in ONE
 * request, a JSON array, and gets its own answer back from it. A repeated batch sends
 * the ETag of its last answer; a 304 reuses that answer.
 *
 * The answer's shape is the server's (kpi-widgets/server, or any backend that
 * follows dist/schemas/kpi-answer.schema.json).
 */
import { DataError } from './errors.js';
import { DEFAULT_TIMEOUT, MAX_DELAY } from './load.js';

/** The longest delay a browser timer keeps. */

/** What a widget asks; see dist/schemas/kpi-question.schema.json. */
export interface EndpointQuestion {
  kpi: string;
  period?: string;
  compare?: string;
  filter?: string;
  fields?: string;
  today?: string;
  granularity?: string;
  groupBy?: string;
}

export interface EndpointAnswer {
  kpi: string;
  value: number | null;
  previous: number | null;
  periodKind?: string;
  /** ISO dates: the period asked and its baseline, and the first day the data carries. */
  range?: { start: string; end: string };
  previousRange?: { start: string; end: string } | null;
  dataStart?: string | null;
  series?: Array<{ date: string; value: number | null }>;
  rows?: Array<{ group: string; value: number | null; previous: number | null }>;
}

export interface AskOptions {
  credentials?: RequestCredentials;
  /** ms; 0 waits as long as the browser does. */
  timeout?: number;
  signal?: AbortSignal;
}

/** A question the server refused, in its words. */
export class EndpointError extends Error {
  readonly code = 'endpoint';
  constructor(message: string, readonly url: string, readonly status?: number, readonly field?: string) {
    super(message);
    this.name = 'EndpointError';
  }
}

interface Waiting {
  body: string;
  resolve(answer: EndpointAnswer): void;
  reject(error: Error): void;
}

interface Queue {
  waiting: Waiting[];
  options: AskOptions;
  /** Date.now() when the first question came. */
  opened: number;
  /** Bumped by each question: only the frame after the last one sends. */
  generation: number;
}

/**
 * How a batch gathers its questions (ms). Widgets of one page reach their
 * question some frames apart (each loads its own chunks of code first: a card
 * whose code is loaded already asks 70 ms before a chart that loads its own),
 * so a batch goes out once it is GATHER_MIN old, no new question has come for
 * QUIET and the page is idle, and at the latest about GATHER_MAX after its first question.
 */
const GATHER_MIN = 200;
const QUIET = 80;
const GATHER_MAX = 800;

const queues = new Map<string, Queue>();
/**
 * Answers a refresh has just fetched and found changed, by endpoint and
 * question: the widget's reload that follows takes them from here instead of
 * asking again (one request per refresh, not two).
 */
const primed = new Map<string, { answer: EndpointAnswer; at: number }>();
/** How long a primed answer waits for its widget's reload (ms). */
const PRIMED_FOR = 5000;
/** The last answer to each batch, by endpoint and body, with its ETag. */
const lastAnswers = new Map<string, { etag: string; answers: unknown[] }>();

/**
 * Asks one question; it goes out with the others asked of the same endpoint
 * about the same time (see GATHER_MIN, QUIET, GATHER_MAX): one request for a page.
 */
export function askEndpoint(endpoint: string, question: EndpointQuestion, options: AskOptions = {}): Promise<EndpointAnswer> {
  const url = new URL(endpoint, document.baseURI).href;
  const key = `${options.credentials ?? 'same-origin'} ${url}`;
  const body = JSON.stringify(question);
  return new Promise<EndpointAnswer>((resolve, reject) => {
    if (options.signal?.aborted) return reject(new DataError('aborted', url));
    const ready = primed.get(`${key} ${body}`);
    if (ready && Date.now() - ready.at < PRIMED_FOR) return resolve(ready.answer);
    let queue = queues.get(key);
    if (!queue) queues.set(key, (queue = { waiting: [], options, opened: Date.now(), generation: 0 }));
    queue.waiting.push({ body, resolve, reject });
    const open = queue;
    const generation = ++open.generation;
    const now = Date.now();
    const wait = Math.max(0, Math.min(Math.max(QUIET, open.opened + GATHER_MIN - now), open.opened + GATHER_MAX - now));
    const go = () => {
      // A newer question came meanwhile: its own timer sends.
      if (queues.get(key) !== open || generation !== open.generation) return;
      queues.delete(key);
      void send(url, open);
    };
    // Then once the page is idle (widgets still on their way keep it busy), but not past GATHER_MAX.
    setTimeout(() => (typeof requestIdleCallback === 'function'
      ? requestIdleCallback(go, { timeout: Math.max(1, open.opened + GATHER_MAX - Date.now()) })
      : go()), wait);
    options.signal?.addEventListener('abort', () => reject(new DataError('aborted', url)), { once: true });
  });
}

async function send(url: string, queue: Queue): Promise<void> {
  // The same question twice in a frame (two cards on one KPI) is asked once. Sorted, so the same questions make
  // the same batch whatever order the widgets asked in, and a refresh of them carries the ETag of their last answer.
  const bodies = [...new Set(queue.waiting.map((w) => w.body))].sort();
  const payload = `[${bodies.map((b, i) => `{"id":"q${i}",${b.slice(1)}`).join(',')}]`;
  const cacheKey = `${url} ${payload}`;
  const last = lastAnswers.get(cacheKey);
  const controller = new AbortController();
  const timeout = queue.options.timeout ?? DEFAULT_TIMEOUT;
  // A limit past what a timer can wait (about 24.8 days) would overflow and fire at once: it is no limit (as in load.ts).
  const timer = timeout > 0 && timeout <= MAX_DELAY ? setTimeout(() => controller.abort(), timeout) : undefined;
  let answers: unknown[];
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        body: payload,
        credentials: queue.options.credentials ?? 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(last ? { 'If-None-Match': last.etag } : {}) },
        signal: controller.signal,
      });
    } catch (cause) {
      throw controller.signal.aborted ? new DataError('timeout', url, { timeout }) : new DataError('network', url, { cause });
    }
    if (response.status === 304 && last) {
      answers = last.answers;
    } else {
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new DataError(response.ok ? 'parse' : 'http', url, { status: response.status, format: 'json' });
      }
      const refused = (parsed as { error?: { message?: string; status?: number } } | null)?.error;
      if (!response.ok || !Array.isArray(parsed)) {
        if (refused?.message) throw new EndpointError(refused.message, url, response.status);
        throw response.ok ? new DataError('schema', url, { detail: 'expected a list of answers' }) : new DataError('http', url, { status: response.status });
      }
      answers = parsed;
      const etag = response.headers.get('ETag');
      if (etag) lastAnswers.set(cacheKey, { etag, answers });
    }
  } catch (error) {
    for (const w of queue.waiting) w.reject(error as Error);
    return;
  } finally {
    clearTimeout(timer);
  }
  const byId = new Map(answers.map((a) => [(a as { id?: string }).id, a as Record<string, unknown>]));
  for (const w of queue.waiting) {
    const answer = byId.get(`q${bodies.indexOf(w.body)}`);
    const refused = answer?.error as { message?: string; status?: number; field?: string } | undefined;
    if (!answer) w.reject(new DataError('schema', url, { detail: 'an answer is missing' }));
    else if (refused) w.reject(new EndpointError(refused.message ?? 'The server could not answer.', url, refused.status, refused.field));
    else w.resolve(answer as unknown as EndpointAnswer);
  }
}

/** One question a widget asked, and the answer it shows: what a refresh asks again. */
export interface Asked {
  endpoint: string;
  question: EndpointQuestion;
  options: Omit<AskOptions, 'signal'>;
  answer: EndpointAnswer;
}

/** Asks and keeps the question with its answer, for the widget's refresh. */
export async function askAndKeep(endpoint: string, question: EndpointQuestion, options: AskOptions, asked: Asked[]): Promise<EndpointAnswer> {
  const answer = await askEndpoint(endpoint, question, options);
  asked.push({ endpoint, question, options: { credentials: options.credentials, timeout: options.timeout }, answer });
  return answer;
}

/** The same answer: the one object a 304 hands back again, or equal JSON from a 200. */
function sameAnswer(a: EndpointAnswer, b: EndpointAnswer): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Asks a widget's questions again (they go out with the other widgets' of the
 * same frame, carrying the batch's ETag). True when an answer changed: those
 * answers are then primed, so the widget's reload shows them without a second
 * request. False when all are the same (a 304): the widget renders nothing.
 */
export async function recheck(asked: readonly Asked[], signal?: AbortSignal): Promise<boolean> {
  const answers = await Promise.all(asked.map((a) => askEndpoint(a.endpoint, a.question, { ...a.options, signal })));
  if (answers.every((answer, i) => sameAnswer(answer, asked[i].answer))) return false;
  const at = Date.now();
  for (const [key, entry] of primed) if (at - entry.at >= PRIMED_FOR) primed.delete(key);
  asked.forEach((a, i) => {
    const url = new URL(a.endpoint, document.baseURI).href;
    primed.set(`${a.options.credentials ?? 'same-origin'} ${url} ${JSON.stringify(a.question)}`, { answer: answers[i], at });
  });
  return true;
}
