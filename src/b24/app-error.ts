/**
 * Every failure the app can meet, reduced to one shape the UI maps to a card state
 * (contract §3). `toAppError` is total: whatever was thrown, it returns an AppError.
 */
export type AppErrorKind =
  'access-denied' | 'unauthorized' | 'restricted' | 'session-expired' | 'bad-placement' | 'error';

/** Why the app or the user may not use this (bitrix24-facts §8). */
export type RestrictedReason = 'scope' | 'app-access' | 'plan' | 'rights' | 'method';

export interface AppErrorInit {
  kind: AppErrorKind;
  code: string;
  status?: number;
  reason?: RestrictedReason;
  retryAt?: number;
  message?: string;
}

export class AppError extends Error {
  readonly kind: AppErrorKind;
  readonly code: string;
  readonly status: number;
  readonly reason: RestrictedReason | undefined;
  /** Epoch ms after which Bitrix24 accepts the method again (OPERATION_TIME_LIMIT). */
  readonly retryAt: number | undefined;

  constructor(init: AppErrorInit) {
    super(init.message ?? init.code);
    this.name = 'AppError';
    this.kind = init.kind;
    this.code = init.code;
    this.status = init.status ?? 0;
    this.reason = init.reason;
    this.retryAt = init.retryAt;
  }
}

export const MALFORMED_RESPONSE = 'MALFORMED_RESPONSE';

export function malformed(what: string): AppError {
  return new AppError({ kind: 'error', code: MALFORMED_RESPONSE, message: what });
}

const RESTRICTED: Readonly<Record<string, RestrictedReason>> = {
  insufficient_scope: 'scope',
  user_access_error: 'app-access',
  ACCESS_DENIED: 'plan',
  INVALID_CREDENTIALS: 'rights',
  ERROR_METHOD_NOT_FOUND: 'method',
};

// expired_token / invalid_token reach us only after the SDK's single refresh failed.
const SESSION_EXPIRED = new Set([
  'expired_token',
  'invalid_token',
  'NO_AUTH_FOUND',
  'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT',
]);

// allowed_only_intranet_user is the extranet twin of the guest session: same advice.
const UNAUTHORIZED = new Set(['AUTHORIZE_ERROR', 'allowed_only_intranet_user']);

const REFRESH_TIMEOUT = 'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT';

// SdkError keeps the real cause in a non-enumerable `originalError`; a refresh that timed out
// surfaces as JSSDK_UNKNOWN_ERROR (protocol §11), so the chain is walked, a few links deep.
const CAUSE_DEPTH = 4;

function field(value: unknown, name: string): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
    return undefined;
  }
  return (value as Record<string, unknown>)[name];
}

function codeOf(value: unknown): string | undefined {
  const code = field(value, 'code');
  if (typeof code === 'string' && code !== '') return code;
  if (typeof code === 'number' && Number.isFinite(code)) return String(code);
  return undefined;
}

function causedByRefreshTimeout(error: unknown): boolean {
  let cause: unknown = error;
  for (let depth = 0; depth < CAUSE_DEPTH && cause !== undefined && cause !== null; depth++) {
    if (codeOf(cause) === REFRESH_TIMEOUT) return true;
    cause = field(cause, 'originalError');
  }
  return false;
}

/** `time.operating_reset_at` (unix seconds) of a 429 answer, read from the axios response. */
function operatingResetAt(error: unknown): number | undefined {
  const data = field(field(field(error, 'originalError'), 'response'), 'data');
  const resetAt = field(field(data, 'time'), 'operating_reset_at');
  return typeof resetAt === 'number' && Number.isFinite(resetAt) && resetAt > 0
    ? resetAt * 1000
    : undefined;
}

function mapKnown(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = codeOf(error) ?? (error instanceof Error ? 'UNEXPECTED' : 'UNKNOWN');
  const rawStatus = field(error, 'status');
  const status = typeof rawStatus === 'number' && Number.isFinite(rawStatus) ? rawStatus : 0;
  const base = { code, status };

  if (code === 'ACCESS_ERROR') return new AppError({ ...base, kind: 'access-denied' });
  if (UNAUTHORIZED.has(code)) return new AppError({ ...base, kind: 'unauthorized' });
  const reason = Object.hasOwn(RESTRICTED, code) ? RESTRICTED[code] : undefined;
  if (reason !== undefined) return new AppError({ ...base, kind: 'restricted', reason });
  if (SESSION_EXPIRED.has(code) || causedByRefreshTimeout(error)) {
    return new AppError({ ...base, kind: 'session-expired' });
  }
  if (code === 'OPERATION_TIME_LIMIT') {
    return new AppError({ ...base, kind: 'error', retryAt: operatingResetAt(error) });
  }
  return new AppError({ ...base, kind: 'error' });
}

export function toAppError(error: unknown): AppError {
  try {
    return mapKnown(error);
  } catch {
    // A hostile value (throwing getter, revoked proxy) still yields a state, never a crash.
    return new AppError({ kind: 'error', code: 'UNKNOWN' });
  }
}
