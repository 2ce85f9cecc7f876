import { HttpV2, type AuthActions } from '@bitrix24/b24jssdk';
import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios';
import fc from 'fast-check';
import qs from 'qs';
import { describe, expect, it } from 'vitest';
import { formHttpOptions } from './form-encoding.ts';
import type { RestParams, RestValue } from './rest-params.ts';

const PORTAL = 'https://portal.test';
const TOKEN = 'token-1';

const auth: AuthActions = {
  getAuthData: () => ({
    access_token: TOKEN,
    refresh_token: 'refresh-1',
    expires: Date.now() / 1000 + 3600,
    expires_in: 3600,
    domain: PORTAL,
    member_id: 'member',
  }),
  refreshAuth: () => Promise.reject(new Error('no refresh in this test')),
  getUniq: (prefix: string) => prefix,
  getTargetOrigin: () => PORTAL,
  getTargetOriginWithPath: () => new Map([['v2', `${PORTAL}/rest`]]) as never,
  isAdmin: false,
};

interface Sent {
  url: string;
  contentType: string;
  body: string;
}

/** The SDK's own HTTP client, built with our options; the adapter stands in for the network. */
function client(answer: unknown): { http: HttpV2; sent: Sent[] } {
  const sent: Sent[] = [];
  const adapter: AxiosAdapter = (config: InternalAxiosRequestConfig) => {
    sent.push({
      url: config.url ?? '',
      contentType: String(config.headers.getContentType()),
      body: String(config.data),
    });
    return Promise.resolve({ data: answer, status: 200, statusText: 'OK', headers: {}, config });
  };
  return { http: new HttpV2(auth, { ...formHttpOptions, adapter }), sent };
}

const TIME = { start: 0, finish: 0, duration: 0, processing: 0, operating: 0 };
const PHP = { depth: 20, arrayLimit: 1000, parameterLimit: 10_000 };

/** What PHP's $_POST holds for a JSON-like value sent as a form, per form-encoding.ts. */
function phpView(value: RestValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (value === true) return '1';
  if (value === false) return '0';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), phpView(item)] as const)
    : Object.entries(value).map(([key, item]) => [key, phpView(item)] as const);
  const kept = entries.filter(([, item]) => item !== undefined);
  if (kept.length === 0) return undefined;
  return Array.isArray(value) ? kept.map(([, item]) => item) : Object.fromEntries(kept);
}

describe('REST requests as PHP-style forms', () => {
  it.each<[string, RestParams]>([
    ['batch-free lookup', { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' }],
    ['numbers', { entityTypeId: 2, id: 42, LIMIT: 3 }],
    ['arrays', { select: ['id', 'title', 'assignedById'], ids: [1, 2, 3] }],
    ['nested objects', { filter: { '>ID': 5, STAGE: { semantic: 'S' } }, order: { ID: 'DESC' } }],
    ['arrays of objects', { rows: [{ id: 1, name: 'a' }, { id: 2 }] }],
    ['Unicode', { TITLE: 'Сделка «Ёлка» 🎄 — naïve 中文' }],
    ['& and = in values', { MESSAGE: 'a=b&c=d?e#f %20+plus', 'KEY WITH SPACE': 'x' }],
    ['booleans as PHP reads them', { FLAG: true, OFF: false, LIST: [true, false] }],
    ['null and undefined left out', { A: null, B: undefined, C: 'kept' }],
  ])('%s: one form body that decodes to the same parameters', async (_name, params) => {
    const { http, sent } = client({ result: true, time: TIME });
    await http.call('some.method', params);

    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request?.contentType).toBe('application/x-www-form-urlencoded');
    expect(qs.parse(request?.body ?? '', PHP)).toEqual(phpView({ ...params, auth: TOKEN }));
  });

  it('sends the named batch as cmd[<name>] rows that decode to each command', async () => {
    const { http, sent } = client({
      result: {
        result: { lookup: null, record: { item: { id: 42 } } },
        result_error: { details: { error: 'DIALOG_ID_EMPTY', error_description: 'empty' } },
      },
      time: TIME,
    });
    const commands = {
      lookup: {
        method: 'imbot.chat.get',
        params: { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42 & Co=1' },
      },
      details: { method: 'imbot.dialog.get', params: { DIALOG_ID: 'chat$result[lookup][ID]' } },
      record: { method: 'crm.item.get', params: { entityTypeId: 2, id: 42 } },
    };
    await http.batch(commands, { isHaltOnError: false });

    const form = qs.parse(sent[0]?.body ?? '', PHP);
    expect(sent[0]?.contentType).toBe('application/x-www-form-urlencoded');
    expect(form).toMatchObject({ halt: '0', auth: TOKEN });
    const rows = form['cmd'] as Record<string, string>;
    for (const [name, command] of Object.entries(commands)) {
      const [method, query = ''] = (rows[name] ?? '').split(/\?(.*)/s);
      expect(method).toBe(command.method);
      expect(qs.parse(query, PHP)).toEqual(phpView(command.params));
    }
  });

  it('round-trips any JSON-like parameters (property)', async () => {
    const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/).map((name) => `F${name}`);
    const text = fc.string({ unit: 'binary', maxLength: 20 });
    const scalar = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
    const params = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(fc.oneof(text, fc.integer(), fc.boolean()), { minLength: 1, maxLength: 4 }),
        tie('object'),
      ),
      object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    })).object as fc.Arbitrary<RestParams>;

    const { http, sent } = client({ result: true, time: TIME });
    await fc.assert(
      fc.asyncProperty(params, async (value) => {
        sent.length = 0;
        // The axios instance the SDK built from our options (no rate limiter in the way).
        await http.ajaxClient.post(`${PORTAL}/rest/x`, value);
        const body = sent[0]?.body ?? '';
        expect(qs.parse(body, PHP)).toEqual(phpView(value) ?? {});
      }),
      { numRuns: 1000 },
    );
    // A thousand real axios round trips: on a busy two-core CI machine they need more than 5 s.
  }, 30_000);
});
