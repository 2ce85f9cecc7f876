import type { MessageKey } from '../i18n/catalogs/en.ts';
import type { ChatStatus } from './api/lookup-record.ts';

const STATUS_TEXT: Readonly<Record<ChatStatus['kind'], MessageKey>> = {
  'no-chat': 'lookup.status.noChat',
  open: 'lookup.status.open',
  'not-member': 'lookup.status.notMember',
  unknown: 'lookup.status.unknown',
};

export function chatStatusKey(status: ChatStatus): MessageKey {
  return STATUS_TEXT[status.kind];
}
