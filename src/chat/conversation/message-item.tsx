import { useI18n } from '../../i18n/i18n-context.ts';
import { Avatar } from '../../ui/avatar.tsx';
import type { ChatMessage } from './conversation.ts';
import { MessageText } from '../message-markup/message-text.tsx';

interface MessageItemProps {
  message: ChatMessage;
  portalOrigin: string;
  /** The human time shown beside the machine one (`datetime`). */
  time: string;
}

/** One message of the log: who, when, what (contract §5). */
export function MessageItem({ message, portalOrigin, time }: MessageItemProps) {
  const { t } = useI18n();
  const { author } = message;
  const when = (
    <time className="message__time" dateTime={new Date(message.sentAt).toISOString()}>
      {time}
    </time>
  );
  const body = message.deleted ? (
    <div className="message__text message__text--deleted">{t('conversation.deleted')}</div>
  ) : (
    <>
      {message.text !== '' && (
        <div className="message__text">
          <MessageText text={message.text} portalOrigin={portalOrigin} />
          {message.edited && <span className="message__edited"> ({t('conversation.edited')})</span>}
        </div>
      )}
      {message.files.length > 0 && (
        <ul className="message__files" aria-label={t('conversation.files')}>
          {message.files.map((file) => (
            <li key={file.id} className="message__file">
              {file.name}
            </li>
          ))}
        </ul>
      )}
      {message.text === '' && message.edited && (
        <p className="message__edited">{t('conversation.edited')}</p>
      )}
    </>
  );

  if (author === null) {
    return (
      <li className="message message--system" data-message-id={message.id} data-message-system="">
        <div className="message__content">
          {body}
          {when}
        </div>
      </li>
    );
  }
  return (
    <li className="message" data-message-id={message.id}>
      <Avatar name={author.name} url={author.avatarUrl} color={author.color} size="sm" decorative />
      <div className="message__content">
        <p className="message__meta">
          <span className="message__author">{author.name}</span> {when}
        </p>
        {body}
      </div>
    </li>
  );
}
