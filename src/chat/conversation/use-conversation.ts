import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { AppError } from '../../b24/app-error.ts';
import { useDoor } from '../../b24/door-context.ts';
import { chatKeys } from '../linked-chat-query.ts';
import type { LinkedChatResult } from '../linked-chat.ts';
import type { ConversationLive } from './conversation-live.ts';
import { seededLog, type ConversationLog } from './conversation-log.ts';
import { conversationKeys, conversationLogOptions } from './conversation-query.ts';
import type { Conversation, ConversationStart } from './conversation.ts';

/** What the person does in the card that makes it "in use" (besides the log's noteActivity). */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'scroll'] as const;

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
 * and a pointer, key, wheel or scroll inside it counts as activity. The messages come from the
 * query cache at once; what asks for more (ConversationLive) loads on demand, after the first
 * paint, which it does not need (the tab's first view has a JavaScript budget).
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
  const [earlier, setEarlier] = useState<{ loading: boolean; error: AppError | null }>({
    loading: false,
    error: null,
  });

  useEffect(() => {
    const key = conversationKeys.log(chatId);
    if (client.getQueryData(key) === undefined) {
      client.setQueryData<ConversationLog>(key, seededLog(undefined, start, Date.now()));
    }
  }, [client, chatId, start]);

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

  const [live, setLive] = useState<ConversationLive | null>(null);
  // Seen, or earlier messages asked for, before the live part loaded: handed over when it has.
  const seenEarly = useRef(0);
  const earlierAsked = useRef(false);
  useEffect(() => {
    const openedAt = Date.now();
    let made: ConversationLive | undefined;
    let gone = false;
    void import('./conversation-live.ts').then(({ ConversationLive }) => {
      if (gone) return;
      made = new ConversationLive({ door, client, chatId, openedAt, lose, onEarlier: setEarlier });
      if (seenEarly.current > 0) made.markSeen(seenEarly.current);
      if (earlierAsked.current) made.loadEarlier();
      setLive(made);
    });
    return () => {
      gone = true;
      made?.dispose();
    };
  }, [door, client, chatId, lose]);

  const visible = useDocumentVisible();
  const inView = useInView(element);
  const onScreen = visible && inView && !lost;
  useEffect(() => live?.setOnScreen(onScreen), [live, onScreen]);
  // A revalidation's first batch answered: the next ask counts from it.
  const answeredAt = log.answeredAt;
  useEffect(() => live?.rearm(), [live, answeredAt]);

  const noteActivity = useCallback(() => live?.noteActivity(), [live]);
  useEffect(() => {
    const target = element.current;
    if (target === null) return;
    const options = { capture: true, passive: true };
    for (const name of ACTIVITY_EVENTS) target.addEventListener(name, noteActivity, options);
    return () => {
      for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, noteActivity, options);
    };
  }, [element, noteActivity]);

  const markSeen = useCallback(
    (messageId: number) => {
      if (lost) return;
      if (live === null) seenEarly.current = Math.max(seenEarly.current, messageId);
      else live.markSeen(messageId);
    },
    [lost, live],
  );
  const load = useCallback(() => {
    if (lost) return;
    if (live === null) earlierAsked.current = true;
    else live.loadEarlier();
  }, [lost, live]);

  return {
    messages: lost ? [] : log.messages,
    unread: lost ? 0 : log.unread,
    earlier: {
      available: !lost && log.earlierAvailable && log.messages.length > 0,
      loading: earlier.loading,
      error: earlier.error,
      load,
    },
    stale: !lost && log.failure !== null,
    markSeen,
    noteActivity,
    viewer: start.viewer,
    lose,
    reply: lost ? null : live,
  };
}
