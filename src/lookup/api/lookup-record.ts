import type { AppError } from '../../b24/app-error.ts';
import type { ChatKey } from '../../b24/placement.ts';

/** A CRM record as the lookup page lists it; built only by the parsers in record-lists.ts. */
export interface LookupRecord {
  /** The record's chat key (crmType, recordId and entityTypeId included). */
  key: ChatKey;
  title: string | null;
  /** Epoch ms; null when the portal sent no readable date. */
  updatedAt: number | null;
}

/** What the person can do with the record's chat, as far as one status batch can tell. */
export type ChatStatus =
  | { kind: 'no-chat' }
  | { kind: 'open'; chatId: number }
  | { kind: 'not-member' }
  /** This record's commands failed on their own (the rest of the list is fine). */
  | { kind: 'unknown'; error: AppError };

export interface LookupEntry {
  record: LookupRecord;
  status: ChatStatus;
}
