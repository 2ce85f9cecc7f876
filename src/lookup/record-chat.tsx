import type { ListedRecord } from '../chat/record-rows/record-row.ts';
import { OpenedRecord } from '../chat/opened-record/opened-record.tsx';

interface RecordChatProps {
  record: ListedRecord;
  onBack: () => void;
}

/** The chosen record's chat: the very card of its CRM tab, with Back and Open record. */
export function RecordChat({ record, onBack }: RecordChatProps) {
  return <OpenedRecord record={record} onBack={onBack} />;
}
