import { randomBytes } from 'node:crypto';

// OAuth tokens as the portal issues them to a frame (b24-frame-protocol.md §3, §8, §11):
// an unknown token gets 401 invalid_token, an expired one 401 expired_token. The frame's
// refreshAuth is answered by the portal page for its signed-in session (refreshFor).

export interface TokenSession {
  userId: number;
  isAdmin: boolean;
  /** A session that is not signed in ($USER->IsAuthorized() false): scenario `guest`. */
  guest: boolean;
}

export interface TokenPair {
  AUTH_ID: string;
  REFRESH_ID: string;
  AUTH_EXPIRES: number;
}

export type TokenCheck =
  { status: 'ok'; session: TokenSession } | { status: 'invalid' } | { status: 'expired' };

/** What a refresh grants (a real portal issues one-hour tokens). */
const REFRESHED_TTL_SECONDS = 3600;

interface AccessToken extends TokenSession {
  expiresAt: number;
}

export class TokenStore {
  readonly #access = new Map<string, AccessToken>();
  /** Every token handed out since the last clear, used or not: leak checks look for them. */
  readonly #issued: string[] = [];

  issue(session: TokenSession, ttlSeconds: number): TokenPair {
    const AUTH_ID = randomBytes(24).toString('hex');
    const REFRESH_ID = randomBytes(24).toString('hex');
    this.#issued.push(AUTH_ID, REFRESH_ID);
    this.#access.set(AUTH_ID, { ...session, expiresAt: Date.now() + ttlSeconds * 1000 });
    return { AUTH_ID, REFRESH_ID, AUTH_EXPIRES: ttlSeconds };
  }

  /**
   * A new pair for a page's signed-in session. The portal page asks its own server with the
   * session, not with the frame's refresh token, so refreshes that overlap (the SDK coalesces
   * them per HTTP client only) all succeed.
   */
  refreshFor(session: TokenSession): TokenPair {
    return this.issue(session, REFRESHED_TTL_SECONDS);
  }

  issued(): string[] {
    return [...this.#issued];
  }

  check(token: string): TokenCheck {
    const found = this.#access.get(token);
    if (!found) return { status: 'invalid' };
    if (found.expiresAt <= Date.now()) return { status: 'expired' };
    return {
      status: 'ok',
      session: { userId: found.userId, isAdmin: found.isAdmin, guest: found.guest },
    };
  }

  /** Forget every token (Portal.reset): pages opened before stop working. */
  clear(): void {
    this.#access.clear();
    this.#issued.length = 0;
  }

  expireAll(): void {
    const past = Date.now() - 1;
    for (const token of this.#access.values()) token.expiresAt = past;
  }
}
