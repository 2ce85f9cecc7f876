import {
  Suspense,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useDoor } from '../../b24/door-context.ts';
import { useViewsI18n } from '../../i18n/on-demand-messages.ts';
import { errorSentence } from '../error-sentence.ts';
import type { Conversation, ReplyBoxProps, ReplyProps } from './conversation.ts';
import { draftOf, useDraft } from './drafts.ts';
import { mayPost } from './post-right.ts';
import {
  retryMessage,
  sendMessage,
  settleOutbox,
  useOutbox,
  type Outgoing,
  type SendDeps,
} from './outbox.ts';

/**
 * The reply (contract §5): the `Message` box and `Send` under the log, and what was sent from
 * them inside it until the log holds it. Loaded after `ready` with the conversation's live part
 * (ConversationLive hands it to the card), outside the tab's first view.
 */

/** Null once the conversation is lost (its requests with it): nothing is sent then. */
function useSendDeps(chatId: number, conversation: Conversation): SendDeps | null {
  const { reply: requests, lose } = conversation;
  return useMemo(
    () => (requests === null ? null : { requests, chatId, lose }),
    [requests, chatId, lose],
  );
}

/** Enter sends; Shift+Enter is a new line; Enter that ends an input method's word is not. */
function sendsOnEnter(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  return (
    event.key === 'Enter' &&
    !event.shiftKey &&
    !event.nativeEvent.isComposing &&
    // Some browsers end the composition before keydown and say so only by this code.
    event.keyCode !== 229
  );
}

function Composer({ chatId, conversation }: ReplyProps) {
  const { t } = useViewsI18n();
  const deps = useSendDeps(chatId, conversation);
  const [draft, setDraft] = useDraft(chatId);
  const box = useRef<HTMLTextAreaElement>(null);
  const { messages, viewer } = conversation;
  const newest = messages.at(-1)?.id ?? 0;
  const blank = draft.trim() === '';

  const send = () => {
    // Read at the press, not from the render: a second press before the box re-renders finds
    // it already empty, so one press is one message.
    const text = draftOf(chatId);
    if (deps === null || text.trim() === '') return;
    setDraft('');
    void sendMessage(deps, { text, after: newest, viewer });
    box.current?.focus();
  };

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <textarea
        ref={box}
        className="composer__box"
        aria-label={t('reply.label')}
        placeholder={t('reply.placeholder')}
        rows={2}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (!sendsOnEnter(event)) return;
          event.preventDefault();
          if (!event.repeat) send();
        }}
      />
      <button
        type="submit"
        className="button button--primary composer__send"
        disabled={blank || deps === null}
      >
        {t('reply.send')}
      </button>
    </form>
  );
}

/** No composer where the chat forbids the person to post (contract §5). */
export function ReplyBox({ dialog, ...props }: ReplyBoxProps) {
  const { ViewMessages } = props.kit;
  if (!mayPost(dialog)) return null;
  return (
    <Suspense fallback={<div className="composer composer--pending" />}>
      <ViewMessages>
        <Composer {...props} />
      </ViewMessages>
    </Suspense>
  );
}

export function ReplyOutbox(props: ReplyProps) {
  const { ViewMessages } = props.kit;
  return (
    <Suspense fallback={null}>
      <ViewMessages>
        <Outbox {...props} />
      </ViewMessages>
    </Suspense>
  );
}

/** The sent messages the log does not hold yet, after its own, each as sent or failed. */
function Outbox({ chatId, conversation, kit }: ReplyProps) {
  const { messageTimeFormat, MessageText } = kit;
  const i18n = useViewsI18n();
  const { t, locale } = i18n;
  const deps = useSendDeps(chatId, conversation);
  const outbox = useOutbox(chatId);
  const { messages } = conversation;
  const list = useRef<HTMLOListElement>(null);
  const formatTime = useMemo(() => messageTimeFormat(locale), [messageTimeFormat, locale]);
  const portalOrigin = useDoor().init.portal.origin;

  useEffect(() => settleOutbox(chatId, messages), [chatId, messages]);
  const shown = new Set(messages.map((message) => message.id));
  const pending = outbox.filter((entry) => entry.id === null || !shown.has(entry.id));
  // One's own message is followed wherever the reader was.
  const count = pending.length;
  useLayoutEffect(() => {
    const log = list.current?.closest<HTMLElement>('[role="log"]');
    if (log && count > 0) log.scrollTop = log.scrollHeight;
  }, [count]);

  if (pending.length === 0) return null;
  return (
    <ol ref={list} className="message-log__list message-log__outbox">
      {pending.map((entry) => (
        <OutgoingItem
          key={entry.key}
          entry={entry}
          author={t('reply.you')}
          time={formatTime(entry.sentAt)}
          text={<MessageText text={entry.text} portalOrigin={portalOrigin} />}
          reason={entry.error === null ? '' : errorSentence(i18n, entry.error)}
          onRetry={() => {
            if (deps !== null) void retryMessage(deps, entry.key);
          }}
        />
      ))}
    </ol>
  );
}

interface OutgoingItemProps {
  entry: Outgoing;
  author: string;
  time: string;
  /** The text as the log shows a message's. */
  text: ReactNode;
  reason: string;
  onRetry: () => void;
}

function OutgoingItem({ entry, author, time, text, reason, onRetry }: OutgoingItemProps) {
  const { t } = useViewsI18n();
  const alertId = useId();
  const accepted = entry.status === 'sent' && entry.id !== null;
  return (
    <li
      className={`message message--own message--${entry.status}`}
      data-message-id={accepted ? entry.id : undefined}
      data-message-status={accepted ? undefined : entry.status}
    >
      <div className="message__content">
        <p className="message__meta">
          <span className="message__author">{author}</span>{' '}
          <time className="message__time" dateTime={new Date(entry.sentAt).toISOString()}>
            {time}
          </time>
          {entry.status === 'sending' && (
            <span className="message__status"> · {t('reply.sending')}</span>
          )}
        </p>
        <div className="message__text">{text}</div>
        {entry.status === 'failed' && (
          <div className="message__failure">
            <p id={alertId} className="message__error" role="alert">
              {t('reply.failed', { reason })}
            </p>
            <button
              type="button"
              className="button button--quiet"
              aria-describedby={alertId}
              onClick={onRetry}
            >
              {t('action.tryAgain')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
