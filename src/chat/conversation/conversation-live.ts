import type { QueryClient } from '@tanstack/react-query';
import type { AppError } from '../../b24/app-error.ts';
import type { B24Door } from '../../b24/door.ts';
import { failingWithAppError } from '../../query/door-query.ts';
import { chatKeys } from '../linked-chat-query.ts';
import {
  withEarlier,
  withFailure,
  withNewer,
  withRead,
  type ConversationLog,
} from './conversation-log.ts';
import { conversationKeys } from './conversation-query.ts';
import type { Reply, Settled } from './conversation.ts';
import {
  addMessage,
  askEarlier,
  askNewer,
  findPosted,
  markRead,
  settled,
} from './conversation-requests.ts';
import {
  afterAnswer,
  asksOnReturn,
  inUse,
  isRateLimit,
  nextAskAt,
  type PollClock,
} from './poll-schedule.ts';
import { ReplyBox, ReplyOutbox } from './reply.tsx';

/** Contract §5: `im.dialog.read` at most once per 2 s. */
export const READ_GAP_MS = 2_000;

export interface LiveDeps {
  door: B24Door;
  client: QueryClient;
  chatId: number;
  /** When the card opened: the first batch's ask, and the first activity. */
  openedAt: number;
  /** Access or the session is gone: the chat leaves the screen. */
  lose: () => void;
  /** The earlier page's request, as the log shows it. */
  onEarlier: (state: { loading: boolean; error: AppError | null }) => void;
}

/** Access taken away, the session gone: the chat must leave the screen, not go stale. */
function losesTheChat(error: AppError): boolean {
  return error.kind !== 'error';
}

/**
 * Everything the conversation asks after the first batch (contract §5): the poll on its
 * schedule, earlier pages, read marks. Loaded on demand, after the first paint: nothing of it
 * is needed before the first ask, 12 s after the card opened. The hook tells it what the
 * browser observes (on screen or not, activity, messages seen).
 */
export class ConversationLive implements Reply {
  private readonly deps: LiveDeps;
  private clock: PollClock;
  private onScreen = false;
  private offScreen = false;
  private asking = false;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private readTimer: ReturnType<typeof setTimeout> | undefined;
  private read = { sentUpTo: 0, pending: 0, lastSentAt: -Infinity, answers: 0 };
  private loadingEarlier = false;
  private disposed = false;

  constructor(deps: LiveDeps) {
    this.deps = deps;
    const at = deps.openedAt;
    this.clock = { lastAskAt: at, lastActivityAt: at, backoffs: 0, retryAt: null };
  }

  private get key() {
    return conversationKeys.log(this.deps.chatId);
  }

  private log(): ConversationLog | undefined {
    return this.deps.client.getQueryData<ConversationLog>(this.key);
  }

  private update(change: (log: ConversationLog) => ConversationLog): void {
    if (this.disposed) return;
    this.deps.client.setQueryData<ConversationLog>(this.key, (kept) =>
      kept === undefined ? kept : change(kept),
    );
  }

  private send<T>(
    ask: () => Promise<T>,
    onSuccess: (value: T) => void,
    onError: (error: AppError) => void,
  ) {
    return failingWithAppError(ask).then(onSuccess, (error: AppError) => {
      if (losesTheChat(error)) this.deps.lose();
      else onError(error);
    });
  }

  /** Document visible and frame in view, or not. */
  setOnScreen(onScreen: boolean): void {
    if (!onScreen) {
      this.onScreen = false;
      this.offScreen = true;
      clearTimeout(this.pollTimer);
      return;
    }
    if (this.onScreen) return;
    this.onScreen = true;
    const returning = this.offScreen;
    this.offScreen = false;
    this.arm(returning);
    this.flushRead();
  }

  /** Re-reads the schedule (a revalidation answered, activity made the card in use). */
  rearm(): void {
    if (this.onScreen) this.arm(false);
  }

  private arm(returning: boolean): void {
    clearTimeout(this.pollTimer);
    // A tick later: a revalidation that mounting or returning starts has begun by then.
    this.pollTimer = setTimeout(() => this.check(returning), 0);
  }

  private check(returning: boolean): void {
    if (this.asking || !this.onScreen || this.disposed) return;
    const now = Date.now();
    // A revalidation of the card (on mount, on return, on focus) is this ask: its first batch
    // brings the newest messages, and it seeds the log when it answers.
    const revalidating = this.deps.client.isFetching({ queryKey: chatKeys.allLinked }) > 0;
    const answered = this.log()?.answeredAt ?? 0;
    const lastAskAt = revalidating ? now : Math.max(this.clock.lastAskAt, answered);
    this.clock = { ...this.clock, lastAskAt };
    if (returning && asksOnReturn(this.clock, now)) return this.ask(now);
    const due = nextAskAt(this.clock, now);
    if (due <= now) return this.ask(now);
    this.pollTimer = setTimeout(() => this.check(false), due - now);
  }

  private ask(now: number): void {
    this.asking = true;
    this.clock = { ...this.clock, lastAskAt: now };
    const { door, chatId } = this.deps;
    const newest = this.log()?.messages.at(-1)?.id ?? 0;
    const readAnswers = this.read.answers;
    void this.send(
      () => askNewer(door, chatId, newest),
      ({ page, unread }) => {
        this.clock = afterAnswer(this.clock, null);
        // A read answered while this ask was out counted after it: its count is the newer.
        const fresh = this.read.answers === readAnswers;
        this.update((kept) => withNewer(kept, page, fresh ? unread : kept.unread, Date.now()));
      },
      (error) => {
        this.clock = afterAnswer(this.clock, error);
        if (!isRateLimit(error)) this.update((kept) => withFailure(kept, error));
      },
    ).finally(() => {
      this.asking = false;
      this.rearm();
    });
  }

  noteActivity(): void {
    const now = Date.now();
    const idle = !inUse(this.clock, now);
    this.clock = { ...this.clock, lastActivityAt: now };
    // Idle → in use shortens the interval: the ask may be due now.
    if (idle) this.rearm();
  }

  private alreadyRead(messageId: number): boolean {
    return messageId <= Math.max(this.log()?.readUpTo ?? 0, this.read.sentUpTo);
  }

  /** The newest id seen waits for the end of the 2 s window after the last send, on screen. */
  markSeen(messageId: number): void {
    this.read.pending = Math.max(this.read.pending, messageId);
    this.flushRead();
  }

  private flushRead(): void {
    if (!this.onScreen || this.readTimer !== undefined || this.alreadyRead(this.read.pending)) {
      return;
    }
    const wait = this.read.lastSentAt + READ_GAP_MS - Date.now();
    if (wait <= 0) this.sendRead();
    else this.readTimer = setTimeout(() => this.sendRead(), wait);
  }

  private sendRead(): void {
    this.readTimer = undefined;
    const read = this.read;
    const messageId = read.pending;
    if (!this.onScreen || this.disposed || this.alreadyRead(messageId)) return;
    read.pending = 0;
    read.sentUpTo = messageId;
    read.lastSentAt = Date.now();
    const { door, chatId } = this.deps;
    void this.send(
      () => markRead(door, chatId, messageId),
      ({ lastId, unread }) => {
        read.answers += 1;
        this.update((kept) => withRead(kept, lastId, unread));
      },
      // Not read after all: a later sighting may send it again.
      () => (read.sentUpTo = this.log()?.readUpTo ?? 0),
    );
  }

  loadEarlier(): void {
    const log = this.log();
    const oldest = log?.messages[0]?.id;
    if (this.loadingEarlier || oldest === undefined || log?.earlierAvailable !== true) return;
    this.loadingEarlier = true;
    const { door, chatId, onEarlier } = this.deps;
    onEarlier({ loading: true, error: null });
    void this.send(
      () => askEarlier(door, chatId, oldest),
      (page) => {
        this.update((kept) => withEarlier(kept, page));
        onEarlier({ loading: false, error: null });
      },
      (error) => onEarlier({ loading: false, error }),
    ).finally(() => (this.loadingEarlier = false));
  }

  // The reply comes with this part rather than by an import() of its own from the card: that
  // would cost the first view its loader and, by Rolldown's chunking, move modules out of the
  // entry.
  readonly Box = ReplyBox;
  readonly Outbox = ReplyOutbox;

  // The reply's requests: not stopped by dispose, as a message on its way must learn its fate.
  post(text: string, uuid: string): Promise<Settled<number>> {
    const { door, chatId } = this.deps;
    return settled(() => addMessage(door, chatId, text, uuid));
  }

  findPosted(after: number, uuid: string): Promise<Settled<number | null>> {
    const { door, chatId } = this.deps;
    return settled(() => findPosted(door, chatId, after, uuid));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.pollTimer);
    clearTimeout(this.readTimer);
  }
}
