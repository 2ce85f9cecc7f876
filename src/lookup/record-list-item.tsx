import { useId } from 'react';
import { useDoor } from '../b24/door-context.ts';
import { recordLabel } from '../chat/record-label.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import type { LookupEntry, LookupRecord } from './api/lookup-record.ts';
import { chatStatusKey } from './chat-status-text.ts';
import { rowId } from './row-id.ts';

interface RecordListItemProps {
  entry: LookupEntry;
  onChoose: (record: LookupRecord) => void;
}

/**
 * Two real buttons per row (a list reachable by Tab): the record, which shows its chat card, and
 * Open chat when the person may read the chat. Open chat keeps its exact name (contract §3) and
 * names its record through aria-describedby.
 */
export function RecordListItem({ entry, onChoose }: RecordListItemProps) {
  const door = useDoor();
  const i18n = useViewsI18n();
  const { t, relativeTime } = i18n;
  const { record, status } = entry;
  const id = useId();
  const label = recordLabel(i18n, {
    crmType: record.key.crmType,
    id: record.key.recordId,
    title: null,
  });
  const openChat = (chatId: number) => {
    // The portal never answers imOpenMessenger, so there is nothing to wait for or report.
    door.openMessenger(`chat${chatId}`).catch(() => undefined);
  };

  return (
    <li className="lookup-item" data-status={status.kind}>
      <div className="lookup-item__text">
        <button
          type="button"
          id={`${id}-record`}
          className="lookup-item__record"
          aria-describedby={`${id}-meta ${id}-status`}
          data-row={rowId(record)}
          onClick={() => onChoose(record)}
        >
          {record.title ?? label}
        </button>
        <p id={`${id}-meta`} className="card__meta">
          {record.updatedAt === null
            ? label
            : t('lookup.meta', { record: label, time: relativeTime(record.updatedAt) })}
        </p>
        <p id={`${id}-status`} className={`lookup-status lookup-status--${status.kind}`}>
          {t(chatStatusKey(status))}
        </p>
      </div>
      {status.kind === 'open' && (
        <button
          type="button"
          className="button button--primary lookup-item__open"
          aria-describedby={`${id}-record`}
          onClick={() => openChat(status.chatId)}
        >
          {t('action.openChat')}
        </button>
      )}
    </li>
  );
}
