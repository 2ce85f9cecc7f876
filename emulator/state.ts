import { randomBytes } from 'node:crypto';
import { TokenStore, type TokenPair } from './auth.ts';
import { FaultStore } from './faults.ts';
import { PortalLog } from './log.ts';
import { Messenger } from './messenger.ts';
import { DEFAULT_SCENARIO, isAdminIn, mergeScenario } from './scenario.ts';
import { findUser, type SeedRecord } from './seed.ts';
import type { Binding, Notification, Scenario } from './types.ts';

/** One rendered portal page: its APP_SID identifies the frame's messages (§2) and the page's
 * calls to the control endpoints. */
export interface PageSession {
  sid: string;
  userId: number;
  isAdmin: boolean;
  guest: boolean;
  tokens: TokenPair;
}

/** Everything mutable in one emulated portal. */
export class PortalState {
  scenario: Scenario;
  readonly tokens = new TokenStore();
  readonly faults = new FaultStore();
  readonly log: PortalLog;
  latencyMs = 0;
  /** Bumped by reset(): a request that arrived before it belongs to a portal that is gone. */
  generation = 0;
  installed = false;
  appOptions: Record<string, unknown> = {};
  readonly userOptions = new Map<number, Record<string, unknown>>();
  bindings: Binding[] = [];
  readonly notifications: Notification[] = [];
  /** Chats' members, messages, files and read positions; seeded again by reset(). */
  messenger = new Messenger();
  /** Deals added by addRecordChats (their chats are in the messenger); gone on reset(). */
  readonly addedRecords: SeedRecord[] = [];
  readonly #pages = new Map<string, PageSession>();
  /** The Emulator's "hide the app frame" switch, followed by every open page. */
  #frameHidden = false;
  readonly #frameListeners = new Set<(hidden: boolean) => void>();
  readonly #initial: Scenario;
  #nextNotificationId = 1;

  constructor(initial: Partial<Scenario>, quiet: boolean) {
    this.#initial = mergeScenario({ ...DEFAULT_SCENARIO }, initial);
    this.scenario = this.#initial;
    this.log = new PortalLog(quiet);
  }

  resetScenario(): void {
    this.scenario = this.#initial;
  }

  /** Back to the seed: scenario, faults, latency, logs, tokens, options, bindings,
   * notifications, install state, the chats (their dates from now), the added deals. */
  reset(): void {
    this.generation += 1;
    this.resetScenario();
    this.tokens.clear();
    this.#pages.clear();
    this.faults.clear();
    this.log.clear();
    this.latencyMs = 0;
    this.installed = false;
    this.appOptions = {};
    this.userOptions.clear();
    this.bindings = [];
    this.notifications.length = 0;
    this.messenger = new Messenger();
    this.addedRecords.length = 0;
    this.setFrameHidden(false);
  }

  get frameHidden(): boolean {
    return this.#frameHidden;
  }

  /** Hides or shows the app frame (`display: none`) on every open page and the next ones. */
  setFrameHidden(hidden: boolean): void {
    this.#frameHidden = hidden;
    for (const listener of this.#frameListeners) listener(hidden);
  }

  /** An open page follows the frame switch until it goes; returns the unsubscribe. */
  onFrameHidden(listener: (hidden: boolean) => void): () => void {
    this.#frameListeners.add(listener);
    return () => this.#frameListeners.delete(listener);
  }

  /** A page load: a fresh APP_SID and tokens for the scenario's user (§1, §3). */
  openPage(): PageSession {
    const { userId, authExpires } = this.scenario;
    const isAdmin = isAdminIn(this.scenario);
    const guest = this.scenario.guest ?? false;
    const page: PageSession = {
      sid: randomBytes(16).toString('hex'),
      userId,
      isAdmin,
      guest,
      tokens: this.tokens.issue({ userId, isAdmin, guest }, Math.max(0, authExpires)),
    };
    this.#pages.set(page.sid, page);
    return page;
  }

  /** A one-hour token outside any page, for direct REST calls (tests, scripts). */
  issueToken(userId = this.scenario.userId): string {
    const own = userId === this.scenario.userId;
    const isAdmin = own ? isAdminIn(this.scenario) : (findUser(userId)?.admin ?? false);
    const guest = own && (this.scenario.guest ?? false);
    return this.tokens.issue({ userId, isAdmin, guest }, 3600).AUTH_ID;
  }

  page(sid: unknown): PageSession | undefined {
    return typeof sid === 'string' ? this.#pages.get(sid) : undefined;
  }

  userOptionsOf(userId: number): Record<string, unknown> {
    return this.userOptions.get(userId) ?? {};
  }

  setUserOption(userId: number, name: string, value: unknown): void {
    this.userOptions.set(userId, { ...this.userOptionsOf(userId), [name]: value });
  }

  notify(notification: Notification): number {
    this.notifications.push(notification);
    return this.#nextNotificationId++;
  }
}
