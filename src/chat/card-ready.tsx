import { useLayoutEffect, type RefObject } from 'react';
import type { Portal } from '../b24/init-data.ts';
import { useDoor } from '../b24/door-context.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import type { Translator } from '../i18n/translator.ts';
import { ViewMessages } from '../i18n/view-messages.ts';
import { Avatar } from '../ui/avatar.tsx';
import type { Stale } from './card-state.ts';
import type { Conversation, ConversationStart, ReplyKit } from './conversation/conversation.ts';
import { MessageLog } from './conversation/message-log.tsx';
import { messageTimeFormat } from './conversation/message-time.ts';
import { useConversation } from './conversation/use-conversation.ts';
import { MessageText } from './message-markup/message-text.tsx';
import type { LinkedChat, LinkedRecord } from './linked-chat.ts';
import { recordLabel } from './record-label.ts';
import { StaleNotice } from './stale-notice.tsx';

const REPLY_KIT: ReplyKit = { ViewMessages, MessageText, messageTimeFormat };

interface ReadyContentProps {
  chat: LinkedChat;
  record: LinkedRecord;
  stale: Stale | null;
  conversation: Conversation;
  headingId: string;
  onRetry: () => void;
}

interface CardReadyProps extends Omit<ReadyContentProps, 'conversation'> {
  conversation: ConversationStart;
  /** The card's root: the conversation polls while it is in view and notes activity in it. */
  frame: RefObject<HTMLElement | null>;
  /** The unread count goes on the card's root, which the card's frame draws (CardFrame). */
  onUnread: (unread: number) => void;
}

/** A `ready` card: the chat, and its conversation kept live (useConversation). */
export function CardReady({ conversation: start, frame, onUnread, ...props }: CardReadyProps) {
  const conversation = useConversation(props.chat, start, frame);
  const { unread } = conversation;
  useLayoutEffect(() => onUnread(unread), [onUnread, unread]);
  return <ReadyContent {...props} conversation={conversation} />;
}

/** The fallback when the portal's messenger cannot be opened from the frame (facts §7). */
function messengerUrl(portal: Portal, chatId: number): string {
  return `${portal.protocol}://${portal.domain}/online/?IM_DIALOG=chat${chatId}`;
}

/**
 * Bitrix24 names a record's chat after the record ("Deal: Website redesign"): the record's
 * title is said once, in the heading, and the line below adds only what the heading lacks.
 */
function linkedTo(i18n: Translator, title: string, record: LinkedRecord): string {
  const recordTitle = record.title?.trim().toLocaleLowerCase();
  const repeated =
    recordTitle !== undefined &&
    recordTitle !== '' &&
    title.toLocaleLowerCase().includes(recordTitle);
  return recordLabel(i18n, repeated ? { ...record, title: null } : record);
}

/** The `ready` card with its conversation, from values only (the hook is CardReady's). */
export function ReadyContent({
  chat,
  record,
  stale,
  conversation,
  headingId,
  onRetry,
}: ReadyContentProps) {
  const door = useDoor();
  const i18n = useI18n();
  const { t, plural, relativeTime } = i18n;
  // The heading is never empty: a chat without a title of its own is called by its number.
  const title = chat.title ?? t('ready.untitled', { id: chat.id });
  const openChat = () => {
    // The portal never answers imOpenMessenger, so there is nothing to wait for or report.
    door.openMessenger(`chat${chat.id}`).catch(() => undefined);
  };
  const { unread, reply } = conversation;

  return (
    <>
      <div className="card__header">
        <Avatar name={title} url={chat.avatarUrl} color={chat.color} size="lg" decorative />
        <div className="card__heading">
          <h2 id={headingId} className="card__title">
            {title}
          </h2>
          <p className="card__meta">
            {t('ready.linkedTo', { record: linkedTo(i18n, title, record) })}
            {chat.createdAt !== null && (
              <>
                {' · '}
                <time dateTime={new Date(chat.createdAt).toISOString()}>
                  {t('ready.created', { time: relativeTime(chat.createdAt) })}
                </time>
              </>
            )}
          </p>
        </div>
      </div>
      <div className="card__row">
        {chat.members.length > 0 && (
          <ul className="members" aria-label={t('ready.membersLabel')}>
            {chat.members.map((member) => (
              <li key={member.id}>
                <Avatar name={member.name} url={member.avatarUrl} color={member.color} size="sm" />
              </li>
            ))}
          </ul>
        )}
        {chat.memberCount !== null && (
          <p className="card__meta">{plural('ready.members', chat.memberCount)}</p>
        )}
        {unread > 0 && <p className="unread">{plural('conversation.unread', unread)}</p>}
      </div>
      {stale !== null && <StaleNotice stale={stale} onRetry={onRetry} />}
      <MessageLog
        conversation={conversation}
        portalOrigin={door.init.portal.origin}
        outbox={
          reply && <reply.Outbox chatId={chat.id} conversation={conversation} kit={REPLY_KIT} />
        }
      />
      {/* The reply comes with the conversation's live part, after `ready` (the first view's
          JavaScript budget); until then its place is kept, so nothing moves when it comes. */}
      {reply ? (
        <reply.Box
          chatId={chat.id}
          dialog={chat.dialog}
          conversation={conversation}
          kit={REPLY_KIT}
        />
      ) : (
        <div className="composer composer--pending" />
      )}
      <div className="card__actions">
        <button type="button" className="button button--primary" onClick={openChat}>
          {t('action.openChat')}
        </button>
        <a
          className="link"
          href={messengerUrl(door.init.portal, chat.id)}
          target="_blank"
          rel="noopener"
        >
          {t('action.openInNewTab')}
        </a>
      </div>
    </>
  );
}
