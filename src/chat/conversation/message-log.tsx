import './conversation.css';
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { ChatMessage, Conversation } from './conversation.ts';
import { MessageItem } from './message-item.tsx';
import { messageTimeFormat } from './message-time.ts';

interface MessageLogProps {
  conversation: Conversation;
  portalOrigin: string;
  /** What the person sent that the log does not hold yet (the reply's, loaded after `ready`). */
  outbox?: ReactNode;
}

/** The chat's latest messages, oldest first, in a box that scrolls by itself (contract §5). */
export function MessageLog({ conversation, portalOrigin, outbox }: MessageLogProps) {
  const { t, locale } = useI18n();
  const { messages, earlier, markSeen } = conversation;
  const logRef = useRef<HTMLDivElement>(null);
  const formatTime = useMemo(() => messageTimeFormat(locale), [locale]);
  const onScroll = useReadingPosition(logRef, messages, earlier);
  useSeenMessages(logRef, messages, markSeen);

  return (
    <div
      ref={logRef}
      className="message-log"
      role="log"
      aria-label={t('conversation.label')}
      aria-live="polite"
      // Focusable, so the arrow keys scroll it.
      tabIndex={0}
      onScroll={onScroll}
    >
      {earlier.available && (
        <div className="message-log__earlier">
          <button
            type="button"
            className="button button--quiet"
            aria-busy={earlier.loading}
            onClick={() => {
              if (!earlier.loading) earlier.load();
            }}
          >
            {t('conversation.earlier')}
          </button>
        </div>
      )}
      {earlier.error !== null && (
        <p className="message-log__error" role="alert">
          {t('conversation.earlierFailed')}
        </p>
      )}
      {messages.length === 0 ? (
        <p className="message-log__empty">{t('conversation.empty')}</p>
      ) : (
        <ol className="message-log__list">
          {messages.map((message) => (
            <MessageItem
              key={message.id}
              message={message}
              portalOrigin={portalOrigin}
              time={formatTime(message.sentAt)}
            />
          ))}
        </ol>
      )}
      {outbox}
    </div>
  );
}

/** The first message the reader sees at the top, and how far below the log's top edge it is. */
interface Anchor {
  id: string;
  offset: number;
}

interface ReadingPosition {
  lastId: number | undefined;
  atBottom: boolean;
  anchor: Anchor | null;
}

// Within a pixel or two of the end counts as the end: zoom leaves fractional scroll offsets.
const BOTTOM_SLACK = 2;

function messageElements(log: HTMLElement): HTMLElement[] {
  return Array.from(log.querySelectorAll<HTMLElement>('[data-message-id]'));
}

function readingPosition(log: HTMLElement, lastId: number | undefined): ReadingPosition {
  const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight <= BOTTOM_SLACK;
  const top = log.getBoundingClientRect().top;
  for (const element of messageElements(log)) {
    const box = element.getBoundingClientRect();
    if (box.bottom > top) {
      return {
        lastId,
        atBottom,
        anchor: { id: element.dataset['messageId'] ?? '', offset: box.top - top },
      };
    }
  }
  return { lastId, atBottom, anchor: null };
}

/**
 * Opens at the newest message, follows new ones only when the reader is at the end, and keeps
 * the first visible message where it was when anything is added above it. The browser's own
 * scroll anchoring is switched off (app.css): it differs between browsers and would fight
 * this. Returns the log's scroll handler, which keeps the position up to date.
 */
function useReadingPosition(
  logRef: RefObject<HTMLElement | null>,
  messages: ChatMessage[],
  earlier: Conversation['earlier'],
): () => void {
  const position = useRef<ReadingPosition | null>(null);
  const lastId = messages.at(-1)?.id;

  useLayoutEffect(() => {
    const log = logRef.current;
    if (log === null) return;
    const before = position.current;
    if (before === null || (before.atBottom && before.lastId !== lastId)) {
      log.scrollTop = log.scrollHeight;
    } else if (before.anchor !== null) {
      const anchor = before.anchor;
      const element = messageElements(log).find((item) => item.dataset['messageId'] === anchor.id);
      if (element !== undefined) {
        const offset = element.getBoundingClientRect().top - log.getBoundingClientRect().top;
        log.scrollTop += offset - anchor.offset;
      }
    }
    position.current = readingPosition(log, lastId);
    // What sits above the messages (the button, the error) moves them as much as new messages do.
  }, [logRef, messages, lastId, earlier.available, earlier.error, earlier.loading]);

  return () => {
    const log = logRef.current;
    if (log !== null) position.current = readingPosition(log, lastId);
  };
}

// Half a message on screen counts as read; so does a good part of one taller than the screen.
const THRESHOLDS = [0, 0.25, 0.5, 0.75, 1];
const SEEN_RATIO = 0.5;
const SEEN_HEIGHT = 64;

function seen(entry: IntersectionObserverEntry): boolean {
  return (
    entry.isIntersecting &&
    (entry.intersectionRatio >= SEEN_RATIO || entry.intersectionRect.height >= SEEN_HEIGHT)
  );
}

/**
 * Reports the newest message that is actually on screen. The observer's root is the top-level
 * viewport, so a message scrolled out of the log, or a log scrolled out of the portal's page,
 * is not on screen.
 */
function useSeenMessages(
  logRef: RefObject<HTMLElement | null>,
  messages: ChatMessage[],
  markSeen: (messageId: number) => void,
): void {
  const markSeenRef = useRef(markSeen);
  useLayoutEffect(() => {
    markSeenRef.current = markSeen;
  }, [markSeen]);

  useEffect(() => {
    const log = logRef.current;
    if (log === null || typeof IntersectionObserver === 'undefined') return;
    const visible = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = Number((entry.target as HTMLElement).dataset['messageId']);
          if (seen(entry)) visible.add(id);
          else visible.delete(id);
        }
        if (visible.size > 0) markSeenRef.current(Math.max(...visible));
      },
      { threshold: THRESHOLDS },
    );
    for (const element of messageElements(log)) observer.observe(element);
    return () => observer.disconnect();
  }, [logRef, messages]);
}
