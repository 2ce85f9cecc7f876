import { useId } from 'react';
import type { SmartProcessType } from '../chat/places/crm-places.ts';
import { listedRecordLabel } from '../chat/record-rows/record-name.ts';
import { recordRef, rowId, type ListedRecord } from '../chat/record-rows/record-row.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import type { RecordChatRow } from './api/record-chats.ts';

interface ChatRowsProps {
  rows: readonly RecordChatRow[];
  names: readonly SmartProcessType[];
  onChoose: (record: ListedRecord) => void;
}

/** The person's record chats as given (most recent activity first); choosing one is the caller's. */
export function ChatRows({ rows, names, onChoose }: ChatRowsProps) {
  return (
    <ul className="record-rows">
      {rows.map((row) => (
        <ChatRowItem key={row.chatId} row={row} names={names} onChoose={onChoose} />
      ))}
    </ul>
  );
}

interface ChatRowItemProps {
  row: RecordChatRow;
  names: readonly SmartProcessType[];
  onChoose: (record: ListedRecord) => void;
}

/**
 * One chat: the record's button (its type, #ID and title: contract §6), described by the last
 * message and the unread count, so a screen reader hears what a glance sees.
 */
function ChatRowItem({ row, names, onChoose }: ChatRowItemProps) {
  const i18n = useViewsI18n();
  const id = useId();
  const { record, lastMessage, lastActivityAt, unread } = row;
  const described = [lastMessage === '' ? '' : `${id}-message`, unread > 0 ? `${id}-unread` : '']
    .filter((part) => part !== '')
    .join(' ');
  return (
    <li
      className="record-row chat-row"
      data-record={recordRef(record)}
      data-unread={unread > 0 ? unread : undefined}
    >
      <div className="record-row__text">
        <button
          type="button"
          className="record-row__record"
          aria-describedby={described === '' ? undefined : described}
          data-row={rowId(record)}
          onClick={() => onChoose(record)}
        >
          {listedRecordLabel(i18n, record.key, record.title, names)}
        </button>
        {lastMessage !== '' && (
          <p id={`${id}-message`} className="chat-row__message">
            {lastMessage}
          </p>
        )}
        {lastActivityAt !== null && (
          <p className="card__meta">
            <time dateTime={new Date(lastActivityAt).toISOString()}>
              {i18n.relativeTime(lastActivityAt)}
            </time>
          </p>
        )}
      </div>
      {unread > 0 && (
        <p id={`${id}-unread`} className="unread">
          {i18n.plural('conversation.unread', unread)}
        </p>
      )}
    </li>
  );
}
