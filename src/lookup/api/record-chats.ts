import { malformed } from '../../b24/app-error.ts';
import { BUILT_IN_TYPES, smartProcessType, type KeyTemplate } from '../../b24/chat-key.ts';
import type { BatchCommand, BatchOutcome } from '../../b24/door.ts';
import { epochMs, isJsonObject, nonBlank, positiveId } from '../../b24/payload-guards.ts';
import type { CommandGroup } from '../../b24/split-batch.ts';
import { toPlainText } from '../../chat/message-markup/plain-text.ts';
import { chatKeyOf, type ListedRecord } from '../../chat/record-rows/record-row.ts';

/** One of the person's chats that belongs to a CRM record (contract §6). */
export interface RecordChatRow {
  /** The record; its title once crm.item.list has told it (null: unknown or unreadable). */
  record: ListedRecord;
  chatId: number;
  /** The last message as plain text (BBCode removed); '' when there is none or it has no text. */
  lastMessage: string;
  /** Epoch ms of the chat's last activity; null when the portal sent no readable date. */
  lastActivityAt: number | null;
  /** The person's unread messages in it; 0 when none. */
  unread: number;
}

export interface RecordChatPage {
  rows: RecordChatRow[];
  /** The portal holds further chats past this page (im.recent.list's `hasMore`). */
  hasMore: boolean;
}

/**
 * Chats asked per page. im.recent.list lists group chats of every kind, so a bigger page finds
 * more record chats per round trip; the portal allows 200, a title look-up takes 50 ids.
 */
export const CHAT_PAGE_SIZE = 50;

/**
 * The person's group chats, newest activity first (pinned ones first: the rows are re-sorted),
 * one-to-one dialogs and open lines left out. `UNREAD_ONLY=Y` narrows them on the portal to the
 * chats with unread messages or a manual unread mark (Bitrix\Im\Recent::getOrmParams).
 */
export function recentChatsCommand(offset: number, unreadOnly: boolean): BatchCommand {
  return {
    method: 'im.recent.list',
    params: {
      SKIP_DIALOG: 'Y',
      SKIP_OPENLINES: 'Y',
      ...(unreadOnly ? { UNREAD_ONLY: 'Y' } : {}),
      OFFSET: offset,
      LIMIT: CHAT_PAGE_SIZE,
    },
  };
}

const RECORD_KEY = /^(?:DYNAMIC_([1-9]\d*)|([A-Z_]+))\|([1-9]\d*)$/;

/** `DEAL|42`, `DYNAMIC_183|5`: the record of a CRM chat, when its type has a tab. */
function recordOfEntityId(entityId: unknown): { entityTypeId: number; id: unknown } | undefined {
  const match = typeof entityId === 'string' ? RECORD_KEY.exec(entityId) : null;
  if (match === null) return undefined;
  const [, dynamicId, name, id] = match;
  const type =
    dynamicId === undefined
      ? BUILT_IN_TYPES.find((builtIn) => builtIn.crmType === name)
      : smartProcessType(Number(dynamicId));
  if (type === undefined || !Number.isSafeInteger(type.entityTypeId)) return undefined;
  // The ID as written: chatKeyOf checks it as the record's own tab would.
  return { entityTypeId: type.entityTypeId, id };
}

function readRow(item: unknown, template: KeyTemplate): RecordChatRow | undefined {
  if (!isJsonObject(item)) return undefined;
  const chat = item['chat'];
  if (!isJsonObject(chat) || chat['entity_type'] !== 'CRM') return undefined;
  const linked = recordOfEntityId(chat['entity_id']);
  const key =
    linked === undefined ? undefined : chatKeyOf(linked.entityTypeId, linked.id, template);
  const chatId = positiveId(item['chat_id']) ?? positiveId(chat['id']);
  if (key === undefined || chatId === undefined) return undefined;
  const message = isJsonObject(item['message']) ? item['message'] : {};
  const text = nonBlank(message['text']);
  return {
    record: { key, title: null, updatedAt: null },
    chatId,
    lastMessage: text === undefined ? '' : toPlainText(text),
    lastActivityAt:
      epochMs(item['date_last_activity']) ??
      epochMs(message['date']) ??
      epochMs(item['date_update']),
    unread: positiveId(item['counter']) ?? 0,
  };
}

/**
 * im.recent.list → the record chats of one page: `{ items: [...], hasMore }`. Items that are no
 * record's chat (other group chats, a type without a tab) or unusable are skipped; each chat
 * once, as the portal may repeat one.
 */
export function parseRecordChats(value: unknown, template: KeyTemplate): RecordChatPage {
  const items = isJsonObject(value) ? value['items'] : undefined;
  if (!Array.isArray(items)) throw malformed('im.recent.list: expected { items: [] }');
  const rows = mergeChatRows([
    items.flatMap((item) => {
      const row = readRow(item, template);
      return row === undefined ? [] : [row];
    }),
  ]);
  return { rows, hasMore: isJsonObject(value) && value['hasMore'] === true };
}

/** Most recent activity first, undated last; each chat once (pages of the list may overlap). */
export function mergeChatRows(pages: readonly RecordChatRow[][]): RecordChatRow[] {
  const seen = new Set<number>();
  return pages
    .flat()
    .filter((row) => {
      if (seen.has(row.chatId)) return false;
      seen.add(row.chatId);
      return true;
    })
    .map((row, order) => ({ row, order }))
    .sort(
      (a, b) =>
        (b.row.lastActivityAt ?? -Infinity) - (a.row.lastActivityAt ?? -Infinity) ||
        a.order - b.order,
    )
    .map(({ row }) => row);
}

const titlesName = (entityTypeId: number) => `titles_${entityTypeId}`;

/** One crm.item.list per type of the rows, for their titles: what the person may read of them. */
export function titleCommands(rows: readonly RecordChatRow[]): CommandGroup[] {
  const ids = new Map<number, number[]>();
  for (const { record } of rows) {
    const { entityTypeId, recordId } = record.key;
    ids.set(entityTypeId, [...(ids.get(entityTypeId) ?? []), recordId]);
  }
  return [...ids].map(([entityTypeId, recordIds]) => ({
    [titlesName(entityTypeId)]: {
      method: 'crm.item.list',
      params: { entityTypeId, select: ['id', 'title'], filter: { '@id': recordIds } },
    },
  }));
}

function titlesOf(value: unknown): Map<number, string> {
  const items = isJsonObject(value) ? value['items'] : undefined;
  const titles = new Map<number, string>();
  for (const item of Array.isArray(items) ? items : []) {
    if (!isJsonObject(item)) continue;
    const id = positiveId(item['id']);
    const title = nonBlank(item['title']);
    if (id !== undefined && title !== undefined) titles.set(id, title);
  }
  return titles;
}

/**
 * The rows with the titles the batch told. A title is only a nicety: a type that failed, or a
 * record the person may not read, leaves the row named by its type and ID.
 */
export function withTitles(rows: readonly RecordChatRow[], batch: BatchOutcome): RecordChatRow[] {
  const byType = new Map<number, Map<number, string>>();
  return rows.map((row) => {
    const { entityTypeId, recordId } = row.record.key;
    let titles = byType.get(entityTypeId);
    if (titles === undefined) {
      titles = titlesOf(batch.results[titlesName(entityTypeId)]);
      byType.set(entityTypeId, titles);
    }
    const title = titles.get(recordId);
    return title === undefined ? row : { ...row, record: { ...row.record, title } };
  });
}
