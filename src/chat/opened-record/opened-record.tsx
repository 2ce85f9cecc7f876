import { useEffect, useRef } from 'react';
import { useViewsI18n } from '../../i18n/on-demand-messages.ts';
import { LinkedChatCard } from '../linked-chat-card.tsx';
import type { ListedRecord } from '../record-rows/record-row.ts';
import { OpenRecord } from './open-record.tsx';
import './opened-record.css';

interface OpenedRecordProps {
  record: ListedRecord;
  onBack: () => void;
}

/**
 * A record chosen from a list (the lookup page's, a client's): the very card of its CRM tab,
 * under the same key, with the way back to the list and the way to the record's own card.
 */
export function OpenedRecord({ record, onBack }: OpenedRecordProps) {
  const { t } = useViewsI18n();
  const backRef = useRef<HTMLButtonElement>(null);
  // The list the person came from is gone: the focus starts on the way back to it.
  useEffect(() => backRef.current?.focus(), []);
  return (
    <div className="opened-record">
      <div className="opened-record__bar">
        <button ref={backRef} type="button" className="button button--quiet" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {t('action.back')}
        </button>
        <OpenRecord chatKey={record.key} />
      </div>
      <LinkedChatCard chatKey={record.key} />
    </div>
  );
}
