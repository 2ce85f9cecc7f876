import { AjaxError, B24Hook, SdkError } from '@bitrix24/b24jssdk';
import { AxiosError, type AxiosAdapter } from 'axios';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { AppError, toAppError, type AppErrorKind, type RestrictedReason } from './app-error.ts';

function ajax(code: string, status: number, originalError?: unknown): AjaxError {
  return new AjaxError({
    code,
    status,
    description: `${code} happened`,
    requestInfo: { method: 'imbot.chat.get', params: {}, requestId: 'r1' },
    originalError,
  });
}

const KINDS: AppErrorKind[] = [
  'access-denied',
  'unauthorized',
  'restricted',
  'session-expired',
  'bad-placement',
  'error',
];

describe('toAppError', () => {
  it.each<[string, number, AppErrorKind, RestrictedReason?]>([
    ['ACCESS_ERROR', 403, 'access-denied'],
    ['ACCESS_ERROR', 400, 'access-denied'],
    ['AUTHORIZE_ERROR', 403, 'unauthorized'],
    ['allowed_only_intranet_user', 403, 'unauthorized'],
    ['insufficient_scope', 403, 'restricted', 'scope'],
    ['user_access_error', 403, 'restricted', 'app-access'],
    ['ACCESS_DENIED', 403, 'restricted', 'plan'],
    ['INVALID_CREDENTIALS', 401, 'restricted', 'rights'],
    ['ERROR_METHOD_NOT_FOUND', 404, 'restricted', 'method'],
    ['expired_token', 401, 'session-expired'],
    ['invalid_token', 401, 'session-expired'],
    ['NO_AUTH_FOUND', 401, 'session-expired'],
    ['QUERY_LIMIT_EXCEEDED', 503, 'error'],
    ['OVERLOAD_LIMIT', 503, 'error'],
    ['OPERATION_TIME_LIMIT', 429, 'error'],
    ['INTERNAL_SERVER_ERROR', 500, 'error'],
    ['ERROR_UNEXPECTED_ANSWER', 500, 'error'],
    ['PORTAL_DELETED', 500, 'error'],
    ['DIALOG_ID_EMPTY', 400, 'error'],
    ['ERROR_ARGUMENT', 400, 'error'],
    ['INVALID_REQUEST', 400, 'error'],
    ['ERROR_BATCH_LENGTH_EXCEEDED', 400, 'error'],
    ['WRONG_AUTH_TYPE', 403, 'error'],
    ['NETWORK_ERROR', 0, 'error'],
    ['REQUEST_TIMEOUT', 408, 'error'],
    ['ERR_BAD_RESPONSE', 502, 'error'],
  ])('%s (%i) → %s', (code, status, kind, reason) => {
    const error = toAppError(ajax(code, status));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind, code, reason });
  });

  it('reads the refresh timeout hidden under JSSDK_UNKNOWN_ERROR as session-expired', () => {
    const cause = new SdkError({
      code: 'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT',
      status: 408,
      description: 'refreshAuth: no answer',
    });
    const error = toAppError(ajax('JSSDK_UNKNOWN_ERROR', 0, cause));
    expect(error).toMatchObject({ kind: 'session-expired', code: 'JSSDK_UNKNOWN_ERROR' });
  });

  it('keeps any other JSSDK_UNKNOWN_ERROR an error', () => {
    expect(toAppError(ajax('JSSDK_UNKNOWN_ERROR', 0, new TypeError('x'))).kind).toBe('error');
  });

  it('knows when an OPERATION_TIME_LIMIT ends', () => {
    const axiosError = { response: { data: { time: { operating_reset_at: 1_800_000_000 } } } };
    expect(toAppError(ajax('OPERATION_TIME_LIMIT', 429, axiosError)).retryAt).toBe(
      1_800_000_000_000,
    );
  });

  it('reads operating_reset_at from what the real SDK throws for a whole-request 429', async () => {
    // The e2e row uses the command-scope 429: a whole-request one costs ≥ 20 s of SDK retries
    // in a browser. Here the real SDK meets the same answer through its own transport.
    const resetAt = 1_800_000_000;
    const answer429: AxiosAdapter = (config) => {
      const data = {
        error: 'OPERATION_TIME_LIMIT',
        error_description: 'Method is blocked due to operation time limit.',
        time: { operating: 0, operating_reset_at: resetAt },
      };
      const response = { data, status: 429, statusText: '', headers: {}, config };
      return Promise.reject(
        new AxiosError('429', AxiosError.ERR_BAD_REQUEST, config, null, response),
      );
    };
    class Hook429 extends B24Hook {
      protected override _getHttpOptions(): object {
        return { adapter: answer429 };
      }
    }
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const hook = new Hook429(
      { b24Url: 'https://portal.test', userId: 1, secret: 'k' },
      // One attempt: the SDK's own ≥ 10 s waits between retries are not what is tested here.
      { restrictionParams: { maxRetries: 1 } },
    );
    const thrown = await hook.actions.v2.batch
      .make({
        calls: { lookup: { method: 'imbot.chat.get', params: {} } },
        options: { isHaltOnError: false, returnAjaxResult: false },
      })
      .then((result) => result.getErrorsByKey()['base-error'])
      .catch((error: unknown) => error);

    expect(toAppError(thrown)).toMatchObject({
      kind: 'error',
      code: 'OPERATION_TIME_LIMIT',
      status: 429,
      retryAt: resetAt * 1000,
    });
  });

  it('maps plain errors and non-errors', () => {
    expect(toAppError(new TypeError('boom'))).toMatchObject({ kind: 'error', code: 'UNEXPECTED' });
    expect(toAppError('boom')).toMatchObject({ kind: 'error', code: 'UNKNOWN' });
    expect(toAppError(null)).toMatchObject({ kind: 'error', code: 'UNKNOWN' });
    const known = new AppError({ kind: 'bad-placement', code: 'X' });
    expect(toAppError(known)).toBe(known);
  });

  it('survives hostile values', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(toAppError(hostile)).toMatchObject({ kind: 'error', code: 'UNKNOWN' });
  });

  it('never throws and always yields one valid AppError (property)', () => {
    const textCode = fc.oneof(
      fc.constantFrom('ACCESS_ERROR', 'insufficient_scope', 'expired_token', 'JSSDK_UNKNOWN_ERROR'),
      fc.string(),
    );
    const code = fc.oneof(textCode, fc.integer(), fc.anything());
    const thrown = fc.oneof(
      fc.anything(),
      fc.record({ code, status: fc.anything(), originalError: fc.anything() }),
      // The SDK's AjaxError always carries a text code (String() of a null-prototype object from
      // fc.anything() would throw in the generator, not in toAppError).
      textCode.map((value) => ajax(value, 400)),
    );
    fc.assert(
      fc.property(thrown, (value) => {
        const error = toAppError(value);
        expect(error).toBeInstanceOf(AppError);
        expect(KINDS).toContain(error.kind);
        expect(typeof error.code).toBe('string');
        expect(Number.isFinite(error.status)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  // Error-like values as the SDK and axios nest them: `originalError` chains of any depth, odd
  // codes and statuses, throwing getters and cycles.
  const errorLike = fc.letrec((tie) => ({
    node: fc.record(
      {
        code: fc.oneof(
          fc.constantFrom(
            'JSSDK_UNKNOWN_ERROR',
            'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT',
            'ACCESS_ERROR',
            'OPERATION_TIME_LIMIT',
            '',
            'constructor',
            '__proto__',
            'toString',
          ),
          fc.string(),
          fc.integer(),
          fc.anything(),
        ),
        status: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
        message: fc.anything(),
        originalError: fc.oneof({ depthSize: 'small' }, fc.anything(), tie('node')),
        response: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  })).node;

  it('maps any nested error-like value to one valid AppError (property)', () => {
    fc.assert(
      fc.property(errorLike, fc.boolean(), fc.boolean(), (value, cyclic, hostile) => {
        if (cyclic) Object.assign(value, { originalError: value });
        const thrown = hostile
          ? Object.defineProperty(value, 'status', {
              get() {
                throw new Error('no');
              },
            })
          : value;
        const error = toAppError(thrown);
        expect(error).toBeInstanceOf(AppError);
        expect(KINDS).toContain(error.kind);
        expect(typeof error.code).toBe('string');
        expect(Number.isFinite(error.status)).toBe(true);
        expect(error.kind === 'restricted').toBe(error.reason !== undefined);
        if (error.retryAt !== undefined) expect(Number.isFinite(error.retryAt)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a refresh timeout up to three causes deep (property)', () => {
    const wrapper = fc.record({
      code: fc.constantFrom('JSSDK_UNKNOWN_ERROR', 'JSSDK_AXIOS_ERROR', 'X'),
      status: fc.constant(0),
    });
    fc.assert(
      fc.property(fc.array(wrapper, { minLength: 1, maxLength: 4 }), (chain) => {
        const cause = { code: 'JSSDK_FRAME_REFRESH_AUTH_TIMEOUT', status: 408 };
        const outer = chain.reduceRight<object>(
          (inner, link) => ({ ...link, originalError: inner }),
          cause,
        );
        // Four links are walked: the timeout is found behind at most three wrappers.
        expect(toAppError(outer).kind).toBe(chain.length <= 3 ? 'session-expired' : 'error');
      }),
      { numRuns: 1000 },
    );
  });
});
