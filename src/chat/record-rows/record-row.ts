import type { AppError } from '../../b24/app-error.ts';
import {
  BUILT_IN_TYPES,
  detailTabOf,
  parsePlacement,
  smartProcessType,
  type ChatKey,
  type KeyTemplate,
} from '../../b24/chat-key.ts';

/**
 * A CRM record in a list of records with their chats (the lookup page's, and next the ones a
 * contact's or company's card shows). Built only by the lists' parsers.
 */
export interface ListedRecord {
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

/** One row: the record and its chat's status. */
export interface RecordRow {
  record: ListedRecord;
  status: ChatStatus;
}

/** Identifies a row across renders and lists: for giving the focus back, and each record once. */
/** Contract §6: every listed row carries `data-record="<TYPE>|<ID>"` (`DEAL|42`). */
export function recordRef(record: ListedRecord): string {
  return `${record.key.crmType}|${record.key.recordId}`;
}

export function rowId(record: ListedRecord): string {
  return `${record.key.entityTypeId}:${record.key.recordId}`;
}

/**
 * The chat key of a record known by its type and id (a row, not a tab): the key the record's
 * own tab builds, fed the placement that shows it, so both find its chat under the same, maybe
 * admin-configured, key.
 */
export function chatKeyOf(
  entityTypeId: number,
  recordId: unknown,
  template: KeyTemplate,
): ChatKey | undefined {
  const type =
    BUILT_IN_TYPES.find((builtIn) => builtIn.entityTypeId === entityTypeId) ??
    smartProcessType(entityTypeId);
  const parsed = parsePlacement(detailTabOf(type.crmType), { ID: recordId }, template);
  return parsed.ok ? parsed.key : undefined;
}
