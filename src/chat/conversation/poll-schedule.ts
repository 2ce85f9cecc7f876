import type { AppError } from '../../b24/app-error.ts';

/**
 * When a card on screen asks for newer messages (contract §5, Live). Pure: the hook feeds it the
 * clock and its observations. The portal's budget is 2 requests a second shared by every user
 * of the app (facts §9), so the intervals sit inside the contract's bounds with a margin: within
 * 15 s while in use but never more than one ask per 10 s, within 75 s otherwise but never more
 * than one per 60 s.
 */

/** Opened, clicked, typed in or scrolled in this long: the card is in use. */
export const IN_USE_MS = 120_000;
export const IN_USE_INTERVAL_MS = 12_000;
export const IDLE_INTERVAL_MS = 70_000;
/** Back on screen, one ask at once unless the last was this recent. */
export const RESUME_GAP_MS = 10_000;
export const MAX_INTERVAL_MS = 300_000;

export interface PollClock {
  /** When the last ask went out (a poll, or the first batch of a revalidation), epoch ms. */
  lastAskAt: number;
  /** The person's last activity in the card (the card's opening counts), epoch ms. */
  lastActivityAt: number;
  /** Rate-limit answers in a row: each doubles the interval. */
  backoffs: number;
  /** The portal takes the method again only from here (OPERATION_TIME_LIMIT's reset), epoch ms. */
  retryAt: number | null;
}

export function inUse(clock: PollClock, now: number): boolean {
  return now - clock.lastActivityAt < IN_USE_MS;
}

export function pollInterval(clock: PollClock, now: number): number {
  const base = inUse(clock, now) ? IN_USE_INTERVAL_MS : IDLE_INTERVAL_MS;
  return Math.min(base * 2 ** clock.backoffs, MAX_INTERVAL_MS);
}

/** The time the next ask is due, while the card stays on screen. */
export function nextAskAt(clock: PollClock, now: number): number {
  return Math.max(clock.lastAskAt + pollInterval(clock, now), clock.retryAt ?? 0);
}

/** Coming back on screen (document visible again, frame in view again): ask at once? */
export function asksOnReturn(clock: PollClock, now: number): boolean {
  return (
    clock.backoffs === 0 && now - clock.lastAskAt >= RESUME_GAP_MS && now >= (clock.retryAt ?? 0)
  );
}

/**
 * The portal is busy, not broken: the card stays as it is and asks less often. OVERLOAD_LIMIT
 * is the same leaky bucket's answer on some portals (facts §8).
 */
const RATE_LIMITS = new Set(['QUERY_LIMIT_EXCEEDED', 'OPERATION_TIME_LIMIT', 'OVERLOAD_LIMIT']);

export function isRateLimit(error: AppError): boolean {
  return RATE_LIMITS.has(error.code);
}

/** 12 s doubled five times is past the cap: counting further would change nothing. */
const MAX_BACKOFFS = 5;

/**
 * The clock after an ask answered: a success resets the back-off, a rate limit doubles the
 * interval, any other failure leaves it (the next ask comes at its usual time, not at once).
 */
export function afterAnswer(clock: PollClock, error: AppError | null): PollClock {
  if (error === null) return { ...clock, backoffs: 0, retryAt: null };
  if (!isRateLimit(error)) return clock;
  return {
    ...clock,
    backoffs: Math.min(clock.backoffs + 1, MAX_BACKOFFS),
    retryAt: error.retryAt ?? null,
  };
}
