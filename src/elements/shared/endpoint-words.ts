/**
 * A question the KPI server refused comes back in the server's words; the
 * widget says them inside its own sentence, in its language. Only widgets on
 * `endpoint` import this.
 */
import type { Lang } from '../../core/types.js';
import { t } from './i18n.js';

export function wordEndpointError(error: unknown): unknown {
  if ((error as { code?: string } | null)?.code === 'endpoint' && !(error as { describe?: unknown }).describe) {
    const message = (error as Error).message;
    Object.assign(error as object, { describe: (lang: Lang) => t(lang, 'error.endpoint', { message }) });
  }
  return error;
}
