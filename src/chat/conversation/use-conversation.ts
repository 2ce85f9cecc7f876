import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { AppError } from '../../b24/app-error.ts';
import { useDoor } from '../../b24/door-context.ts';
import { failingWithAppError } from '../../query/door-query.ts';
import { chatKeys } from '../linked-chat-query.ts';
import type { LinkedChatResult } from '../linked-chat.ts';
import {
  seededLog,
  withEarlier,
  withFailure,
  withNewer,
  withRead,
  type ConversationLog,
} from './conversation-log.ts';
import { conversationKeys, conversationLogOptions } from './conversation-query.ts';
import { askEarlier, askNewer, markRead } from './conversation-requests.ts';
import type { Conversation, ConversationStart } from './conversation.ts';
import {
  afterAnswer,
  asksOnReturn,
  inUse,
  isRateLimit,
  nextAskAt,
  type PollClock,
} from './poll-schedule.ts';

/** Contract §5: `im.dialog.read` at most once per 2 s. */
export const READ_GAP_MS = 2_000;

/** What the person does in the card that makes it "in use" (besides the log's noteActivity). */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'scroll'] as const;

/** Access taken away, the session gone: the chat must leave the screen, not go stale. */
function losesTheChat(error: AppError): boolean {
  return error.kind !== 'error';
}

interface Answer<T> {
  onSuccess: (value: T) => void;
  onError: (error: AppError) => void;
  onSettled?: () => void;
}

/**
 * One request of the conversation, its failure an AppError as every query's. Not a mutation:
 * nothing here changes the chat, and react-query's mutations would add their observer to the
 * tab's first view (its JavaScript budget) for state the hook keeps anyway.
 */
function send<T>(ask: () => Promise<T>, { onSuccess, onError, onSettled }: Answer<T>): void {
  failingWithAppError(ask)
    .then(onSuccess, onError)
    .finally(onSettled)
    .catch(() => undefined);
}

/** The schedule's clock, started at the card's opening (an activity, right after an ask). */
function clockOf(clock: RefObject<PollClock | null>, now: number): PollClock {
  clock.current ??= { lastAskAt: now, lastActivityAt: now, backoffs: 0, retryAt: null };
  return clock.current;
}

function showsChat(data: unknown, chatId: number): boolean {
  const result = data as LinkedChatResult | undefined;
  return result?.kind === 'ready' && result.chat.id === chatId;
}

function useDocumentVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState !== 'hidden');
  useEffect(() => {
    const update = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return visible;
}

/**
 * Whether the card intersects the viewport. A frame the portal hides (`display: none`) reports
 * not intersecting; where the browser has no IntersectionObserver, the card counts as in view.
 */
function useInView(element: RefObject<HTMLElement | null>): boolean {
  const [inView, setInView] = useState(true);
  useEffect(() => {
    const target = element.current;
    if (target === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1);
      if (last !== undefined) setInView(last.isIntersecting);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return inView;
}

/**
 * The conversation of a `ready` card: its messages (from the first batch, then merged with
 * every answer), earlier pages, read marking and the poll for newer messages (contract §5).
 * `element` is the card's root: polling runs only while it is in view and the document visible,
 * and a pointer, key, wheel or scroll inside it counts as activity.
 */
export function useConversation(
  chat: { id: number },
  start: ConversationStart,
  element: RefObject<HTMLElement | null>,
): Conversation {
  const door = useDoor();
  const client = useQueryClient();
  const chatId = chat.id;
  const { data } = useQuery(conversationLogOptions(door, chatId));
  // Until the cache holds the chat's log (it is seeded where the first batch answers), the
  // start is the log; the effect below writes it in.
  const startLog = useMemo(() => seededLog(undefined, start, 0), [start]);
  const log = data ?? startLog;
  const [lost, setLost] = useState(false);

  useEffect(() => {
    const key = conversationKeys.log(chatId);
    if (client.getQueryData(key) === undefined) {
      client.setQueryData<ConversationLog>(key, seededLog(undefined, start, Date.now()));
    }
  }, [client, chatId, start]);

  const update = useCallback(
    (change: (log: ConversationLog) => ConversationLog) =>
      client.setQueryData<ConversationLog>(conversationKeys.log(chatId), (kept) =>
        kept === undefined ? kept : change(kept),
      ),
    [client, chatId],
  );
  const current = useCallback(
    () => client.getQueryData<ConversationLog>(conversationKeys.log(chatId)),
    [client, chatId],
  );

  const lose = useCallback(() => {
    // The messages go from the DOM now; the card leaves `ready` as its query resets (no chat
    // shown while it loads), and the refetch says what took its place.
    setLost(true);
    client.removeQueries({ queryKey: conversationKeys.log(chatId), exact: true });
    void client.resetQueries({
      queryKey: chatKeys.allLinked,
      predicate: (query) => showsChat(query.state.data, chatId),
    });
  }, [client, chatId]);

  const askPoll = useCallback(
    (newestId: number, answer: Answer<Awaited<ReturnType<typeof askNewer>>>) =>
      send(() => askNewer(door, chatId, newestId), answer),
    [door, chatId],
  );
  const askRead = useCallback(
    (messageId: number, answer: Answer<Awaited<ReturnType<typeof markRead>>>) =>
      send(() => markRead(door, chatId, messageId), answer),
    [door, chatId],
  );
  const [earlierState, setEarlierState] = useState<{ loading: boolean; error: AppError | null }>({
    loading: false,
    error: null,
  });

  // The schedule's state changes with every ask and every activity: refs, not renders.
  const clock = useRef<PollClock | null>(null);
  // The clock starts when the card opens (first among the effects: the poll's reads it).
  useEffect(() => {
    clockOf(clock, Date.now());
  }, []);
  const asking = useRef(false);
  const [asked, setAsked] = useState(0);

  const visible = useDocumentVisible();
  const inView = useInView(element);
  const onScreen = visible && inView && !lost;
  const offScreen = useRef(false);
  const answeredAt = log.answeredAt;

  useEffect(() => {
    if (!onScreen) {
      offScreen.current = true;
      return;
    }
    const returning = offScreen.current;
    offScreen.current = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (now: number) => {
      asking.current = true;
      clock.current = { ...clockOf(clock, now), lastAskAt: now };
      askPoll(current()?.messages.at(-1)?.id ?? 0, {
        onSuccess: ({ page, unread }) => {
          clock.current = afterAnswer(clockOf(clock, Date.now()), null);
          update((kept) => withNewer(kept, page, unread, Date.now()));
        },
        onError: (error) => {
          if (losesTheChat(error)) return lose();
          clock.current = afterAnswer(clockOf(clock, Date.now()), error);
          if (!isRateLimit(error)) update((kept) => withFailure(kept, error));
        },
        onSettled: () => {
          asking.current = false;
          setAsked((count) => count + 1);
        },
      });
    };
    const check = (first: boolean) => {
      if (asking.current) return;
      const now = Date.now();
      const kept = clockOf(clock, now);
      // A revalidation of the card (on mount, on return, on focus) is this ask: its first
      // batch brings the newest messages, and it seeds the log when it answers.
      const revalidating = client.isFetching({ queryKey: chatKeys.allLinked }) > 0;
      const answered = current()?.answeredAt ?? 0;
      const lastAskAt = revalidating ? now : Math.max(kept.lastAskAt, answered);
      clock.current = { ...kept, lastAskAt };
      if (first && returning && asksOnReturn(clock.current, now)) return ask(now);
      const due = nextAskAt(clock.current, now);
      if (due <= now) return ask(now);
      timer = setTimeout(() => check(false), due - now);
    };
    // After the card's own effects: a revalidation that mounting or returning starts has begun.
    timer = setTimeout(() => check(true), 0);
    return () => clearTimeout(timer);
    // `asked` and `answeredAt` re-arm the timer after each answer.
  }, [onScreen, asked, answeredAt, askPoll, client, current, update, lose]);

  const noteActivity = useCallback(() => {
    const now = Date.now();
    const kept = clockOf(clock, now);
    const idle = !inUse(kept, now);
    clock.current = { ...kept, lastActivityAt: now };
    // Idle → in use shortens the interval: the ask may be due now.
    if (idle) setAsked((count) => count + 1);
  }, []);

  useEffect(() => {
    const target = element.current;
    if (target === null) return;
    const options = { capture: true, passive: true };
    for (const name of ACTIVITY_EVENTS) target.addEventListener(name, noteActivity, options);
    return () => {
      for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, noteActivity, options);
    };
  }, [element, noteActivity]);

  // Read marking: the newest id seen waits for the end of the 2 s window after the last send,
  // and for the card to be on screen (a hidden document shows nobody anything).
  const readState = useRef({ sentUpTo: 0, pending: 0, lastSentAt: -Infinity });
  const readTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const seeing = useRef(onScreen);
  useEffect(() => () => clearTimeout(readTimer.current), []);

  const alreadyRead = useCallback(
    (messageId: number) =>
      messageId <= Math.max(current()?.readUpTo ?? 0, readState.current.sentUpTo),
    [current],
  );

  const sendRead = useCallback(() => {
    readTimer.current = undefined;
    const state = readState.current;
    if (!seeing.current) return;
    const messageId = state.pending;
    state.pending = 0;
    if (alreadyRead(messageId)) return;
    state.sentUpTo = messageId;
    state.lastSentAt = Date.now();
    askRead(messageId, {
      onSuccess: ({ lastId, unread }) => update((kept) => withRead(kept, lastId, unread)),
      onError: (error) => {
        if (losesTheChat(error)) return lose();
        // Not read after all: a later sighting may send it again.
        state.sentUpTo = current()?.readUpTo ?? 0;
      },
    });
  }, [alreadyRead, askRead, update, lose, current]);

  const flushRead = useCallback(() => {
    const state = readState.current;
    if (!seeing.current || readTimer.current !== undefined || alreadyRead(state.pending)) return;
    const wait = state.lastSentAt + READ_GAP_MS - Date.now();
    if (wait <= 0) sendRead();
    else readTimer.current = setTimeout(sendRead, wait);
  }, [alreadyRead, sendRead]);

  useEffect(() => {
    seeing.current = onScreen;
    flushRead();
  }, [onScreen, flushRead]);

  const markSeen = useCallback(
    (messageId: number) => {
      if (lost) return;
      readState.current.pending = Math.max(readState.current.pending, messageId);
      flushRead();
    },
    [lost, flushRead],
  );

  const loadingEarlier = useRef(false);
  const loadEarlier = useCallback(() => {
    const oldest = current()?.messages[0]?.id;
    if (lost || loadingEarlier.current || oldest === undefined || !current()?.earlierAvailable) {
      return;
    }
    loadingEarlier.current = true;
    setEarlierState({ loading: true, error: null });
    send(() => askEarlier(door, chatId, oldest), {
      onSuccess: (page) => {
        update((kept) => withEarlier(kept, page));
        setEarlierState({ loading: false, error: null });
      },
      onError: (error) => {
        if (losesTheChat(error)) lose();
        setEarlierState({ loading: false, error });
      },
      onSettled: () => {
        loadingEarlier.current = false;
      },
    });
  }, [lost, current, door, chatId, update, lose]);

  return {
    messages: lost ? [] : log.messages,
    unread: lost ? 0 : log.unread,
    earlier: {
      available: !lost && log.earlierAvailable && log.messages.length > 0,
      loading: earlierState.loading,
      error: earlierState.error,
      load: loadEarlier,
    },
    stale: !lost && log.failure !== null,
    markSeen,
    noteActivity,
  };
}
