import { afterEach, describe, expect, it, vi } from 'vitest';
import { connect } from './connect.ts';

afterEach(() => {
  window.name = '';
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('connect', () => {
  it('refuses at once outside a frame', async () => {
    window.name = 'localhost:4000|0|sid';
    await expect(connect()).resolves.toEqual({ kind: 'outside-frame', reason: 'not-framed' });
  });

  it('refuses at once in a frame without the portal name', async () => {
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
    window.name = 'localhost:4000||';
    await expect(connect()).resolves.toEqual({ kind: 'outside-frame', reason: 'not-framed' });
  });

  it('gives up on a silent portal after the timeout', async () => {
    vi.useFakeTimers();
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
    const postMessage = vi.spyOn(window, 'postMessage').mockImplementation(() => undefined);
    window.name = 'localhost:4000|0|sid';

    const outcome = connect({ timeoutMs: 10_000 });
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(outcome).resolves.toEqual({ kind: 'outside-frame', reason: 'no-answer' });
    expect(postMessage).toHaveBeenCalledWith(
      expect.stringMatching(/^getInitData:[\w-]+:sid$/),
      'http://localhost:4000',
    );
  });

  describe('reads LANG as the portal sent it', () => {
    const PORTAL = 'http://localhost:4000';

    /** A parent that answers getInitData with `lang` as its LANG. */
    function portalAnswering(lang: unknown): void {
      vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
      vi.spyOn(window, 'postMessage').mockImplementation((message: unknown) => {
        const [command, key] = String(message).split(':');
        if (command !== 'getInitData' || key === undefined) return;
        const init = {
          DOMAIN: 'localhost:4000',
          PATH: '/rest/',
          PROTOCOL: 0,
          LANG: lang,
          AUTH_ID: 'a',
          REFRESH_ID: 'r',
          AUTH_EXPIRES: 3600,
          MEMBER_ID: 'm',
          IS_ADMIN: false,
          PLACEMENT: 'CRM_DEAL_DETAIL_TAB',
          PLACEMENT_OPTIONS: { ID: '42' },
          INSTALL: false,
          FIRST_RUN: false,
          USER_OPTIONS: {},
          APP_OPTIONS: {},
        };
        const data = `${key}:${JSON.stringify(init)}`;
        window.dispatchEvent(new MessageEvent('message', { data, origin: PORTAL }));
      });
      window.name = 'localhost:4000|0|sid';
    }

    it.each<[string, unknown, string]>([
      ['a code', 'de', 'de'],
      ['a number', 42, ''],
      ['an object', { ru: 'ru' }, ''],
    ])('%s', async (_name, lang, expected) => {
      portalAnswering(lang);
      const outcome = await connect();
      if (outcome.kind !== 'connected') throw new Error(`not connected: ${outcome.reason}`);
      expect(outcome.door.init.lang).toBe(expected);
    });
  });
});
