import { MALFORMED_RESPONSE, type AppError } from '../b24/app-error.ts';
import type { Translator } from '../i18n/translator.ts';

const BUSY = new Set(['QUERY_LIMIT_EXCEEDED', 'OVERLOAD_LIMIT', 'OPERATION_TIME_LIMIT']);
const SERVER = new Set(['INTERNAL_SERVER_ERROR', 'ERROR_UNEXPECTED_ANSWER', 'ERR_BAD_RESPONSE']);
const NETWORK = new Set(['NETWORK_ERROR', 'REQUEST_TIMEOUT']);

/** The one specific sentence an `error` card leads with (facts §8 meanings). */
export function errorSentence({ t, relativeTime }: Translator, error: AppError): string {
  const { code } = error;
  if (BUSY.has(code)) {
    return error.retryAt === undefined
      ? t('error.busy')
      : t('error.busyUntil', { time: relativeTime(error.retryAt) });
  }
  if (SERVER.has(code) || (error.status >= 500 && code !== 'PORTAL_DELETED')) {
    return t('error.server');
  }
  if (NETWORK.has(code)) return t('error.network');
  if (code === 'PORTAL_DELETED') return t('error.portal');
  if (code === MALFORMED_RESPONSE) return t('error.malformed');
  return t('error.generic');
}
