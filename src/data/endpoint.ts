/**
 * Questions to a KPI server (`endpoint`): every widget on a page that asks
 * the same endpoint within one animation frame goes out in ONE request, a
 * JSON array, and gets its own answer back from it. A repeated batch sends
 * the ETag of its last answer; a 304 reuses that answer.
 *
 * The answer's shape is the server's (kpi-widgets/server, or any backend that
 * follows dist/schemas/kpi-answer.schema.json).
 */
import { DataError } from './errors.js';
import { DEFAULT_TIMEOUT } from './load.js';

/** The longest delay a browser timer keeps. */
const MAX_DELAY = 2 ** 31 - 1;

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
}

const queues = new Map<string, Queue>();
/** The last answer to each batch, by endpoint and body, with its ETag. */
const lastAnswers = new Map<string, { etag: string; answers: unknown[] }>();

/** Next frame; in a hidden tab, where frames stop, a short timer instead. */
function nextFrame(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
  setTimeout(once, 50);
}

/** Asks one question; it goes out with the others asked of the same endpoint in this frame. */
export function askEndpoint(endpoint: string, question: EndpointQuestion, options: AskOptions = {}): Promise<EndpointAnswer> {
  const url = new URL(endpoint, document.baseURI).href;
  const key = `${options.credentials ?? 'same-origin'} ${url}`;
  const body = JSON.stringify(question);
  return new Promise<EndpointAnswer>((resolve, reject) => {
    if (options.signal?.aborted) return reject(new DataError('aborted', url));
    let queue = queues.get(key);
    if (!queue) {
      queues.set(key, (queue = { waiting: [], options }));
      nextFrame(() => {
        queues.delete(key);
        void send(url, queue!);
      });
    }
    queue.waiting.push({ body, resolve, reject });
    options.signal?.addEventListener('abort', () => reject(new DataError('aborted', url)), { once: true });
  });
}

async function send(url: string, queue: Queue): Promise<void> {
  // The same question twice in a frame (two cards on one KPI) is asked once.
  const bodies = [...new Set(queue.waiting.map((w) => w.body))];
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
