import { MALFORMED_RESPONSE, type AppError } from '../b24/app-error.ts';
import type { Translator } from '../i18n/translator.ts';

const BUSY = new Set(['QUERY_LIMIT_EXCEEDED', 'OVERLOAD_LIMIT', 'OPERATION_TIME_LIMIT']);
const SERVER = new Set(['INTERNAL_SERVER_ERROR', 'ERROR_UNEXPECTED_ANSWER', 'ERR_BAD_RESPONSE']);
const NETWORK = new Set(['NETWORK_ERROR', 'REQUEST_TIMEOUT']);
// The SDK's own word for a batch answer it could not read (status 500, but not the server's).
const MALFORMED = new Set([
  MALFORMED_RESPONSE,
  'JSSDK_INTERACTION_BATCH_STRATEGY_V2_EMPTY_COMMAND_RESPONSE',
]);

/** The one specific sentence an `error` card leads with (facts §8 meanings). */
export function errorSentence({ t, relativeTime }: Translator, error: AppError): string {
  const { code } = error;
  if (BUSY.has(code)) {
    return error.retryAt === undefined
      ? t('error.busy')
      : t('error.busyUntil', { time: relativeTime(error.retryAt) });
  }
  if (MALFORMED.has(code)) return t('error.malformed');
  if (SERVER.has(code) || (error.status >= 500 && code !== 'PORTAL_DELETED')) {
    return t('error.server');
  }
  if (NETWORK.has(code)) return t('error.network');
  if (code === 'PORTAL_DELETED') return t('error.portal');
  return t('error.generic');
}
