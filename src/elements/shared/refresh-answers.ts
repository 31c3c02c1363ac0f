/**
 * `refresh` on a widget that asks an `endpoint`: the loop of
 * data/endpoint-refresh.ts, with a refused question said in the widget's
 * words. Only such a widget loads this module (refresh-controller.ts).
 */
import { startEndpointRefresh, type EndpointRefreshOptions } from '../../data/endpoint-refresh.js';
import type { Asked } from '../../data/endpoint.js';
import { wordEndpointError } from './endpoint-words.js';

export function refreshAnswers(seconds: number, asked: () => readonly Asked[] | undefined, options: EndpointRefreshOptions): () => void {
  return startEndpointRefresh(seconds, asked, { ...options, onError: (error, failures) => options.onError?.(wordEndpointError(error), failures) });
}
