import { describe, expect, it } from 'vitest';
import { AppError } from '../../b24/app-error.ts';
import { restError } from '../../test/fake-door.ts';
import {
  afterAnswer,
  asksOnReturn,
  inUse,
  isRateLimit,
  nextAskAt,
  pollInterval,
  type PollClock,
} from './poll-schedule.ts';

const T0 = 1_000_000_000;
const opened: PollClock = { lastAskAt: T0, lastActivityAt: T0, backoffs: 0, retryAt: null };

describe('the poll schedule (contract §5, Live)', () => {
  it('asks every 12 s while the card is in use: within 15 s, never twice in 10 s', () => {
    expect(nextAskAt(opened, T0)).toBe(T0 + 12_000);
  });

  it('is in use for 2 minutes after the last activity, then asks every 70 s', () => {
    expect(inUse(opened, T0 + 119_999)).toBe(true);
    expect(inUse(opened, T0 + 120_000)).toBe(false);
    const idle = { ...opened, lastAskAt: T0 + 120_000 };
    expect(nextAskAt(idle, T0 + 120_000)).toBe(T0 + 190_000);
  });

  it('asks at once when activity comes back after a long idle spell', () => {
    const idle = { ...opened, lastAskAt: T0 + 200_000 };
    const active = { ...idle, lastActivityAt: T0 + 250_000 };
    expect(nextAskAt(active, T0 + 250_000)).toBe(T0 + 212_000);
  });

  it.each([
    [9_999, false],
    [10_000, true],
  ])('on coming back %i ms after the last ask, asks at once: %s', (since, atOnce) => {
    expect(asksOnReturn(opened, T0 + since)).toBe(atOnce);
  });

  it.each(['QUERY_LIMIT_EXCEEDED', 'OPERATION_TIME_LIMIT', 'OVERLOAD_LIMIT'])(
    '%s doubles the interval each time, up to 5 minutes',
    (code) => {
      const busy = restError(code, 503);
      expect(isRateLimit(busy)).toBe(true);
      let clock = opened;
      const intervals: number[] = [];
      for (let answer = 0; answer < 7; answer++) {
        clock = afterAnswer(clock, busy);
        intervals.push(pollInterval(clock, T0));
      }
      expect(intervals).toEqual([24_000, 48_000, 96_000, 192_000, 300_000, 300_000, 300_000]);
      expect(pollInterval(clock, T0 + 500_000)).toBe(300_000);
      expect(afterAnswer(clock, null)).toEqual(opened);
    },
  );

  it('keeps the back-off through a return to the screen', () => {
    const backedOff = afterAnswer(opened, restError('QUERY_LIMIT_EXCEEDED', 503));
    expect(asksOnReturn(backedOff, T0 + 20_000)).toBe(false);
    expect(nextAskAt(backedOff, T0 + 20_000)).toBe(T0 + 24_000);
  });

  it('waits for the reset of an operating-time limit', () => {
    const limit = new AppError({
      kind: 'error',
      code: 'OPERATION_TIME_LIMIT',
      status: 429,
      retryAt: T0 + 100_000,
    });
    const clock = afterAnswer(opened, limit);
    expect(nextAskAt(clock, T0)).toBe(T0 + 100_000);
  });

  it('leaves the interval after another failure: no repeat at once, no back-off', () => {
    const clock = afterAnswer(opened, restError('INTERNAL_SERVER_ERROR', 500));
    expect(clock).toEqual(opened);
    expect(nextAskAt(clock, T0 + 1)).toBe(T0 + 12_000);
    expect(isRateLimit(restError('INTERNAL_SERVER_ERROR', 500))).toBe(false);
  });
});
