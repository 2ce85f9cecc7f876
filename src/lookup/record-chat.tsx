import { useEffect, useRef } from 'react';
import { LinkedChatCard } from '../chat/linked-chat-card.tsx';
import type { ListedRecord } from '../chat/record-rows/record-row.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';

interface RecordChatProps {
  record: ListedRecord;
  onBack: () => void;
}

/** The chosen record's chat: the very card of its CRM tab, under the same key. */
export function RecordChat({ record, onBack }: RecordChatProps) {
  const { t } = useViewsI18n();
  const backRef = useRef<HTMLButtonElement>(null);
  // The list the person came from is gone: the focus starts on the way back to it.
  useEffect(() => backRef.current?.focus(), []);
  return (
    <div className="lookup__chat">
      <button ref={backRef} type="button" className="button button--quiet" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t('action.back')}
      </button>
      <LinkedChatCard chatKey={record.key} />
    </div>
  );
}
