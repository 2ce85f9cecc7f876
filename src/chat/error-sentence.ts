import type { AppError, MALFORMED_RESPONSE } from '../b24/app-error.ts';
import type { ViewsTranslator } from '../i18n/translator.ts';

const BUSY = new Set(['QUERY_LIMIT_EXCEEDED', 'OVERLOAD_LIMIT', 'OPERATION_TIME_LIMIT']);
const SERVER = new Set(['INTERNAL_SERVER_ERROR', 'ERROR_UNEXPECTED_ANSWER', 'ERR_BAD_RESPONSE']);
const NETWORK = new Set(['NETWORK_ERROR', 'REQUEST_TIMEOUT']);
// Our parsers' code, checked against the constant by its type only: a value import here would
// tie the problem cards' chunk to app-error, and Rolldown would then split app-error out of the
// tab's first chunk into one more file (~0.4 kB gzip of the first view's budget).
const UNREADABLE: typeof MALFORMED_RESPONSE = 'MALFORMED_RESPONSE';
// The SDK's own word for a batch answer it could not read (status 500, but not the server's).
const MALFORMED = new Set([
  UNREADABLE,
  'JSSDK_INTERACTION_BATCH_STRATEGY_V2_EMPTY_COMMAND_RESPONSE',
]);

/** The one specific sentence an `error` card leads with (facts §8 meanings). */
export function errorSentence({ t, relativeTime }: ViewsTranslator, error: AppError): string {
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
