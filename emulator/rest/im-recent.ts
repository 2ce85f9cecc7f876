import type { Params } from '../http/body.ts';
import type { ChatRoom, StoredMessage } from '../messenger.ts';
import { findUser, userFullName, type MessageType } from '../seed.ts';
import type { CallContext, RestMethod } from './call-context.ts';
import { chatRole, entityLink, extendedType, imUser } from './im.ts';
import { asString, upperParam } from './params.ts';
import { phpIntval } from './php-value.ts';
import { atomDate } from './time-block.ts';

// im.recent.list (im_rest.php recentList → im/lib/recent.php Recent::getList): the caller's
// recent dialogs, pinned first, then by last activity, with their last message and counter.

/** im_rest.php getLimit: 50 when absent or not positive, at most 200. */
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/** Loc IM_MESSAGE_FILE and IM_MESSAGE_DELETE (their English files are not in the mirror). */
const FILE_MARK = '[File]';
const DELETED_MARK = 'Message deleted';

/** The flags recentList passes on only when exactly 'Y'. */
function flag(params: Params, name: string): boolean {
  return upperParam(params, name) === 'Y';
}

function limitOf(params: Params): number {
  const raw = upperParam(params, 'LIMIT');
  if (raw === undefined) return DEFAULT_LIMIT;
  const limit = phpIntval(raw);
  if (limit <= 0) return DEFAULT_LIMIT;
  return Math.min(limit, MAX_LIMIT);
}

/** getOffset: the REST `start` when positive, else OFFSET when positive, else 0. */
function offsetOf(params: Params): number {
  const start = phpIntval(params['start']);
  if (start > 0) return start;
  return Math.max(0, phpIntval(upperParam(params, 'OFFSET')));
}

/** new DateTime($value, DateTimeInterface::RFC3339): `Y-m-d\TH:i:sP`, else no date (the
 * exception is swallowed and the list pages by offset). Seconds since the epoch. */
function rfc3339Seconds(value: unknown): number | undefined {
  const text = asString(value);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

/** DATE_LAST_ACTIVITY or LAST_MESSAGE_DATE (the latter wins when both parse). */
function lastMessageDate(params: Params): number | undefined {
  return (
    rfc3339Seconds(upperParam(params, 'LAST_MESSAGE_DATE')) ??
    rfc3339Seconds(upperParam(params, 'DATE_LAST_ACTIVITY'))
  );
}

/** getList's `!@ITEM_TYPE`: SKIP_DIALOG private dialogs, SKIP_CHAT group and open chats (CRM
 * chats are group chats), SKIP_OPENLINES open lines. */
function skippedTypes(params: Params): Set<MessageType> {
  const skipped = new Set<MessageType>();
  if (flag(params, 'SKIP_DIALOG')) skipped.add('P');
  if (flag(params, 'SKIP_CHAT')) {
    skipped.add('C');
    skipped.add('O');
  }
  if (flag(params, 'SKIP_OPENLINES')) skipped.add('L');
  return skipped;
}

/** Text::removeBbCodes, the default text of the last message (no PARSE_TEXT): newlines become
 * spaces, `[s]` goes with its text, the simple tags are unwrapped; `[quote]`, `[br]`, `[code]`
 * and the like stay as stored. A file adds its mark; an empty text is the deleted mark. */
export function removeBbCodes(stored: string, withFile: boolean): string {
  let text = stored.replace(/\n/g, ' ');
  text = text.replace(/\[s\](.*?)\[\/s\]/gi, '');
  text = text.replace(/\[([buis])\](.*?)\[\/[buis]\]/gi, '$2');
  text = text.replace(/\[url\](.*?)\[\/url\]/giu, '$1');
  text = text.replace(/\[url\s*=\s*[^\]]+\](.*?)\[\/url\]/gisu, '$1');
  text = text.replace(/\[USER=([0-9]+|all)\]\[\/USER\]/gi, (_tag, id: string) => {
    const user = /^\d+$/.test(id) ? findUser(Number(id)) : undefined;
    return user ? userFullName(user) : id;
  });
  text = text.replace(/\[USER=([0-9]+|all)( REPLACE)?\](.*?)\[\/USER\]/gi, '$3');
  text = text.replace(/\[CHAT=([0-9]+)\](.*?)\[\/CHAT\]/gi, '$2');
  text = text.replace(/\[size=(\d+)\](.*?)\[\/size\]/gi, '$2');
  text = text.replace(/\[color=#([0-9a-f]{3}|[0-9a-f]{6})\](.*?)\[\/color\]/gi, '$2');
  text = text.trim();
  if (withFile) text = `${text} ${FILE_MARK}`.trim();
  return text === '' ? DELETED_MARK : text;
}

function absolute(url: string, origin: string): string {
  return url && !url.startsWith('http') ? `${origin}${url}` : url;
}

function messageJson(message: StoredMessage) {
  const fileIds = message.params['FILE_ID'];
  const hasFile = Array.isArray(fileIds) && fileIds.length > 0;
  return {
    id: message.id,
    text: removeBbCodes(message.text, hasFile),
    file: hasFile,
    author_id: message.authorId,
    attach: false,
    sticker: null,
    date: atomDate(message.date),
    status: 'received',
    uuid: message.uuid,
  };
}

/** formatUser: the messenger's user, its avatar absolute (jsonRow), or `{id: 0}` for none. */
function userJson(userId: number, origin: string) {
  const user = findUser(userId);
  if (!user) return { id: userId };
  const base = imUser(user);
  return {
    ...base,
    avatar: absolute(user.photo, origin),
    desktop_last_date: false,
    mobile_last_date: false,
    idle: false,
  };
}

/** formatChat, the full form (not SHORT_INFO). */
function chatJson(room: ChatRoom, userId: number, origin: string) {
  const chat = room.info;
  const isCrm = chat.entityType === 'CRM';
  return {
    id: chat.id,
    parent_chat_id: 0,
    parent_message_id: 0,
    name: chat.title,
    owner: chat.ownerId,
    extranet: false,
    contains_collaber: false,
    avatar: absolute(chat.avatar, origin),
    color: chat.color,
    type: extendedType(chat),
    entity_type: chat.entityType,
    entity_id: chat.entityId,
    entity_data_1: chat.entityData1,
    entity_data_2: '',
    entity_data_3: '',
    mute_list: [],
    manager_list: chat.ownerId === userId ? [userId] : [],
    date_create: chat.dateCreate,
    message_type: chat.messageType,
    user_counter: room.relations.size,
    restrictions: {
      avatar: true,
      rename: !isCrm,
      extend: true,
      call: true,
      mute: true,
      leave: true,
      leave_owner: true,
      send: true,
      user_list: true,
    },
    role: chatRole(chat, userId).toUpperCase(),
    text_field_enabled: true,
    background_id: null,
    entity_link: entityLink(chat),
    permissions: {
      manage_users_add: 'member',
      manage_users_delete: 'manager',
      manage_ui: 'member',
      manage_settings: 'owner',
      manage_messages: chat.canPost,
      can_post: chat.canPost,
    },
    public: '',
  };
}

/** formatRow + formatItem + jsonRow for one recent row; null where formatRow drops it (a chat
 * without a message). */
function itemJson(room: ChatRoom, userId: number, ctx: CallContext, withCounters: boolean) {
  const last = room.messages.at(-1);
  if (!last) return null;
  const chat = room.info;
  const relation = room.relations.get(userId);
  const lastActivity = atomDate(last.date);
  const isDialog = chat.messageType === 'P';
  const otherId = [...room.relations.keys()].find((id) => id !== userId) ?? userId;
  const other = findUser(otherId);
  const common = {
    chat_id: chat.id,
    avatar: isDialog
      ? { url: absolute(other?.photo ?? '', ctx.origin), color: other?.color ?? chat.color }
      : { url: absolute(chat.avatar, ctx.origin), color: chat.color },
    title: isDialog ? (other ? userFullName(other) : '') : chat.title,
    message: messageJson(last),
    ...(withCounters ? { counter: relation?.unread.size ?? 0 } : {}),
    last_id: relation?.lastId ?? 0,
    pinned: chat.pinnedBy.includes(userId),
    unread: false,
    has_reminder: false,
    date_update: lastActivity,
    date_last_activity: lastActivity,
  };
  if (isDialog) {
    return {
      id: otherId,
      type: 'user',
      ...common,
      user: userJson(otherId, ctx.origin),
      chat: { text_field_enabled: true, background_id: null, mute_list: [] },
      options: [],
    };
  }
  return {
    id: `chat${chat.id}`,
    type: 'chat',
    ...common,
    chat: chatJson(room, userId, ctx.origin),
    ...(chat.messageType === 'L'
      ? { lines: { id: chat.id, status: 20, date_create: chat.dateCreate } }
      : {}),
    user: userJson(last.authorId, ctx.origin),
    options: [],
  };
}

const lastActivityOf = (room: ChatRoom) => room.messages.at(-1)?.date ?? 0;

export const recentList: RestMethod = (params, ctx) => {
  const userId = ctx.userId;
  const skipped = skippedTypes(params);
  const unreadOnly = flag(params, 'UNREAD_ONLY');
  const before = lastMessageDate(params);
  const limit = limitOf(params);
  // LAST_MESSAGE_DATE replaces the offset: `<=DATE_LAST_ACTIVITY`, the boundary row included.
  const offset = before === undefined ? offsetOf(params) : 0;
  const rows = ctx.state.messenger
    .rooms()
    .filter((room) => room.relations.has(userId) && !skipped.has(room.info.messageType))
    .filter((room) => !unreadOnly || (room.relations.get(userId)?.unread.size ?? 0) > 0)
    .filter((room) => before === undefined || Math.floor(lastActivityOf(room) / 1000) <= before)
    .sort((a, b) => {
      const pinned =
        Number(b.info.pinnedBy.includes(userId)) - Number(a.info.pinnedBy.includes(userId));
      return pinned !== 0 ? pinned : lastActivityOf(b) - lastActivityOf(a);
    })
    .slice(offset, offset + limit);
  const withCounters =
    upperParam(params, 'WITH_COUNTERS') === undefined || flag(params, 'WITH_COUNTERS');
  const items = rows.flatMap((room) => itemJson(room, userId, ctx, withCounters) ?? []);
  // hasMore counts the rows fetched, before formatRow dropped any.
  const hasMore = rows.length === limit;
  return {
    result: {
      items,
      hasMorePages: hasMore,
      hasMore,
      copilot: null,
      messagesAutoDeleteConfigs: [],
      ...(before === undefined && !unreadOnly ? { birthdayList: [] } : {}),
    },
    ...(hasMore ? { next: offset + items.length } : {}),
    total: -1,
  };
};
