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
});
