/**
 * Why loading data failed, as a stable `code` the widgets translate, plus an
 * English `.message` an intranet editor can act on.
 */

/**
 * - `network`: no answer at all (offline, DNS, refused, dropped connection, CORS)
 * - `http`: an answer with status ≥ 400 (`status` set)
 * - `timeout`: no complete answer within `timeout` ms
 * - `parse`: the body is not valid JSON or CSV (`format`, `detail`)
 * - `schema`: valid data of the wrong shape; loading never says so, a caller that
 *   validates the document (schemas.ts) wraps its verdict in this code
 * - `empty`: a body with nothing but whitespace
 * - `html`: a web page where data was expected, typically a login page
 * - `aborted`: the caller's signal aborted
 * - `too-big`: the body is larger than `limit` bytes (the `max-size`), or than
 *   the browser can hold as one text
 */
export type DataErrorCode = 'network' | 'http' | 'timeout' | 'parse' | 'schema' | 'empty' | 'html' | 'aborted' | 'too-big';

export interface DataErrorDetails {
  /** HTTP status, for `http`. */
  status?: number;
  /** The time limit in ms, for `timeout`. */
  timeout?: number;
  /** What the parser or validator said, for `parse` and `schema`. */
  detail?: string;
  /** `json` or `csv`, for `parse`. */
  format?: 'json' | 'csv';
  /** The most bytes read, for `too-big`. */
  limit?: number;
  cause?: unknown;
}

export class DataError extends Error {
  readonly code: DataErrorCode;
  readonly url: string;
  readonly status?: number;
  readonly timeout?: number;
  readonly detail?: string;
  readonly format?: 'json' | 'csv';
  readonly limit?: number;

  constructor(code: DataErrorCode, url: string, details: DataErrorDetails = {}) {
    super(dataErrorMessage(code, url, details), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'DataError';
    this.code = code;
    this.url = url;
    if (details.status !== undefined) this.status = details.status;
    if (details.timeout !== undefined) this.timeout = details.timeout;
    if (details.detail !== undefined) this.detail = details.detail;
    if (details.format !== undefined) this.format = details.format;
    if (details.limit !== undefined) this.limit = details.limit;
  }
}

function statusHint(status: number | undefined): string {
  switch (status) {
    case 401:
    case 403:
      return ' You may not be signed in, or not have access to it.';
    case 404:
    case 410:
      return ' Check the address: there is nothing there.';
    default:
      return status !== undefined && status >= 500 ? ' The server has a problem; try again later.' : '';
  }
}

/** Bytes as megabytes for a message: 50 000 000 → "50 MB". */
export function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? 'what the browser can hold' : `${Math.round(bytes / 1e5) / 10} MB`;
}

function dataErrorMessage(code: DataErrorCode, url: string, d: DataErrorDetails): string {
  switch (code) {
    case 'network':
      return `Could not reach ${url}. Check the address and the network connection.`;
    case 'http':
      return `The server answered ${d.status ?? 'with an error'} for ${url}.${statusHint(d.status)}`;
    case 'timeout':
      return `No answer from ${url} within ${Math.round((d.timeout ?? 0) / 100) / 10} seconds.`;
    case 'parse': {
      const what = d.format === 'csv' ? 'The CSV data' : d.format === 'json' ? 'The JSON data' : 'The data';
      return `${what} from ${url} cannot be read${d.detail ? `: ${d.detail}` : '.'}`;
    }
    case 'schema':
      return `The data from ${url} does not have the expected shape${d.detail ? `: ${d.detail}` : '.'}`;
    case 'empty':
      return `The data from ${url} is empty.`;
    case 'html':
      return `${url} returned a web page instead of JSON or CSV data, perhaps a login page. Check the address and that you are signed in.`;
    case 'aborted':
      return `Loading ${url} was cancelled.`;
    case 'too-big':
      return `The data from ${url} is larger than ${megabytes(d.limit)}, the most a widget reads. Ask for less data, or raise max-size.`;
  }
}
