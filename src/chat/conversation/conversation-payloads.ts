import { malformed } from '../../b24/app-error.ts';
import {
  epochMs,
  isJsonObject,
  nonBlank,
  positiveId,
  type JsonObject,
} from '../../b24/payload-guards.ts';
import { assetUrl, hexColor } from '../linked-chat-payloads.ts';
import type { ChatMessage, MessageAuthor, MessageFile, MessagePage } from './conversation.ts';

/**
 * im.dialog.messages.get → a MessagePage (facts §14; im `Chat::getMessages`). The answer as a
 * whole is required: anything off there is MALFORMED_RESPONSE. One message that is off (no id,
 * no readable date, text that is not text, an author the answer does not name) is dropped, not
 * the page: one odd row must not hide the conversation, and shown as a system message a
 * message without its author would lie about who wrote it.
 */

export const MESSAGES_METHOD = 'im.dialog.messages.get';

/** The most the portal gives per page (`LIMIT` > 50 is cut to 50): earlier pages and polls. */
export const PAGE_SIZE = 50;

/**
 * The card's first page: the portal's own default, three screens of the log. It is on the way
 * to `ready`, and 50 messages cost the first view a fifth more time than 20 on `npm run bench`
 * (2 CPUs: 0.46 against 0.37 of the naive page's time, both pages asking the same LIMIT).
 */
export const FIRST_PAGE_SIZE = 20;

function byId<T>(items: unknown, build: (item: JsonObject, id: number) => T | undefined) {
  const found = new Map<number, T>();
  if (!Array.isArray(items)) return found;
  for (const item of items) {
    const id = isJsonObject(item) ? positiveId(item['id']) : undefined;
    const built = id === undefined || !isJsonObject(item) ? undefined : build(item, id);
    if (id !== undefined && built !== undefined) found.set(id, built);
  }
  return found;
}

function flag(params: JsonObject | undefined, name: string): boolean {
  return params?.[name] === 'Y';
}

function filesOf(params: JsonObject | undefined, files: Map<number, MessageFile>): MessageFile[] {
  const ids = params?.['FILE_ID'];
  if (!Array.isArray(ids)) return [];
  const named: MessageFile[] = [];
  for (const value of ids) {
    const file = files.get(positiveId(value) ?? 0);
    if (file !== undefined && !named.includes(file)) named.push(file);
  }
  return named;
}

function message(
  item: JsonObject,
  id: number,
  users: Map<number, MessageAuthor>,
  files: Map<number, MessageFile>,
): ChatMessage | undefined {
  const sentAt = epochMs(item['date']);
  const text = item['text'];
  const authorId = item['author_id'];
  const author = authorId === 0 || authorId === '0' ? null : users.get(positiveId(authorId) ?? 0);
  if (sentAt === null || typeof text !== 'string' || author === undefined) return undefined;
  // PHP sends an empty params map as [] and none as null.
  const params = isJsonObject(item['params']) ? item['params'] : undefined;
  return {
    id,
    author,
    sentAt,
    text,
    files: filesOf(params, files),
    deleted: flag(params, 'IS_DELETED'),
    edited: flag(params, 'IS_EDITED'),
  };
}

/**
 * `limit`: the LIMIT asked. The portal may send more (with unread messages it adds them), and
 * newest first or oldest first depending on the question: the page is sorted, each id once.
 */
export function parseMessagePage(value: unknown, portalOrigin: string, limit: number): MessagePage {
  if (!isJsonObject(value) || !Array.isArray(value['messages'])) {
    throw malformed(`${MESSAGES_METHOD}: expected { messages: [] }`);
  }
  const users = byId<MessageAuthor>(value['users'], (user, id) => {
    const name = nonBlank(user['name']);
    return name === undefined
      ? undefined
      : {
          id,
          name,
          avatarUrl: assetUrl(user['avatar'], portalOrigin),
          color: hexColor(user['color']),
        };
  });
  const files = byId<MessageFile>(value['files'], (file, id) => {
    const name = nonBlank(file['name']);
    return name === undefined ? undefined : { id, name };
  });
  const rows = value['messages'];
  const messages = byId<ChatMessage>(rows, (item, id) => message(item, id, users, files));
  return {
    messages: [...messages.values()].sort((a, b) => a.id - b.id),
    full: rows.length >= limit,
  };
}

/** The person's unread messages in the chat: the dialog's `counter` (im.dialog.get). */
export function parseUnread(details: unknown): number {
  const counter = isJsonObject(details) ? details['counter'] : undefined;
  return typeof counter === 'number' && Number.isSafeInteger(counter) && counter > 0 ? counter : 0;
}
