import type { Portal } from '../b24/init-data.ts';
import { useDoor } from '../b24/door-context.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { Avatar } from '../ui/avatar.tsx';
import type { Stale } from './card-state.ts';
import type { LinkedChat, LinkedRecord } from './linked-chat.ts';
import { recordLabel } from './record-label.ts';
import { StaleNotice } from './stale-notice.tsx';

interface CardReadyProps {
  chat: LinkedChat;
  record: LinkedRecord;
  stale: Stale | null;
  headingId: string;
  onRetry: () => void;
}

/** The fallback when the portal's messenger cannot be opened from the frame (facts §7). */
function messengerUrl(portal: Portal, chatId: number): string {
  return `${portal.protocol}://${portal.domain}/online/?IM_DIALOG=chat${chatId}`;
}

export function CardReady({ chat, record, stale, headingId, onRetry }: CardReadyProps) {
  const door = useDoor();
  const i18n = useI18n();
  const { t, plural, relativeTime } = i18n;
  // The heading is never empty: a chat without a title of its own is called by its number.
  const title = chat.title ?? t('ready.untitled', { id: chat.id });
  const openChat = () => {
    // The portal never answers imOpenMessenger, so there is nothing to wait for or report.
    door.openMessenger(`chat${chat.id}`).catch(() => undefined);
  };

  return (
    <>
      <div className="card__header">
        <Avatar name={title} url={chat.avatarUrl} color={chat.color} size="lg" decorative />
        <div className="card__heading">
          <h2 id={headingId} className="card__title">
            {title}
          </h2>
          {chat.memberCount !== null && (
            <p className="card__meta">{plural('ready.members', chat.memberCount)}</p>
          )}
        </div>
      </div>
      {chat.members.length > 0 && (
        <ul className="members" aria-label={t('ready.membersLabel')}>
          {chat.members.map((member) => (
            <li key={member.id}>
              <Avatar name={member.name} url={member.avatarUrl} color={member.color} size="sm" />
            </li>
          ))}
        </ul>
      )}
      <p className="card__text">{t('ready.linkedTo', { record: recordLabel(i18n, record) })}</p>
      {chat.createdAt !== null && (
        <p className="card__meta">
          <time dateTime={new Date(chat.createdAt).toISOString()}>
            {t('ready.created', { time: relativeTime(chat.createdAt) })}
          </time>
        </p>
      )}
      {stale !== null && <StaleNotice stale={stale} onRetry={onRetry} />}
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
