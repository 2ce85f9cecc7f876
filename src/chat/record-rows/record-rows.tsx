import { useId } from 'react';
import { useDoor } from '../../b24/door-context.ts';
import type { MessageKey } from '../../i18n/catalogs/en.ts';
import { useViewsI18n } from '../../i18n/on-demand-messages.ts';
import type { SmartProcessType } from '../places/crm-places.ts';
import { listedRecordLabel } from './record-name.ts';
import {
  recordRef,
  rowId,
  type ChatStatus,
  type ListedRecord,
  type RecordRow,
} from './record-row.ts';
import './record-rows.css';

interface RecordRowsProps {
  rows: readonly RecordRow[];
  onChoose: (record: ListedRecord) => void;
  /** The smart processes' names, when known (see listedRecordLabel). */
  names?: readonly SmartProcessType[];
}

/** Records with their chat's status, newest first as given; choosing one is the caller's. */
export function RecordRows({ rows, onChoose, names = [] }: RecordRowsProps) {
  return (
    <ul className="record-rows">
      {rows.map((row) => (
        <RecordRowItem key={rowId(row.record)} row={row} onChoose={onChoose} names={names} />
      ))}
    </ul>
  );
}

/** The rows' shape while they load: no words, nothing to press. */
export function RecordRowsSkeleton({ count }: { count: number }) {
  return (
    <ul className="record-rows skeleton" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} className="record-row">
          <div className="skeleton__lines">
            <span className="skeleton__block skeleton__line skeleton__line--title" />
            <span className="skeleton__block skeleton__line skeleton__line--short" />
          </div>
        </li>
      ))}
    </ul>
  );
}

const STATUS_TEXT: Readonly<Record<ChatStatus['kind'], MessageKey>> = {
  'no-chat': 'lookup.status.noChat',
  open: 'lookup.status.open',
  'not-member': 'lookup.status.notMember',
  unknown: 'lookup.status.unknown',
};

interface RecordRowItemProps {
  row: RecordRow;
  onChoose: (record: ListedRecord) => void;
  names: readonly SmartProcessType[];
}

/**
 * Two real buttons per row (a list reachable by Tab): the record, which shows its chat card, and
 * Open chat when the person may read the chat. Open chat keeps its exact name (contract §3) and
 * names its record through aria-describedby.
 */
function RecordRowItem({ row, onChoose, names }: RecordRowItemProps) {
  const door = useDoor();
  const i18n = useViewsI18n();
  const { t, relativeTime } = i18n;
  const { record, status } = row;
  const id = useId();
  const label = listedRecordLabel(i18n, record.key, null, names);
  const openChat = (chatId: number) => {
    // The portal never answers imOpenMessenger, so there is nothing to wait for or report.
    door.openMessenger(`chat${chatId}`).catch(() => undefined);
  };

  return (
    <li className="record-row" data-record={recordRef(record)} data-status={status.kind}>
      <div className="record-row__text">
        <button
          type="button"
          id={`${id}-record`}
          className="record-row__record"
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
        <p id={`${id}-status`} className={`record-row__status record-row__status--${status.kind}`}>
          {t(STATUS_TEXT[status.kind])}
        </p>
      </div>
      {status.kind === 'open' && (
        <button
          type="button"
          className="button button--primary record-row__open"
          aria-describedby={`${id}-record`}
          onClick={() => openChat(status.chatId)}
        >
          {t('action.openChat')}
        </button>
      )}
    </li>
  );
}
