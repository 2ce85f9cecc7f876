import type { Params } from '../http/body.ts';
import type { ChatRoom, StoredFile, StoredMessage } from '../messenger.ts';
import { findUser, userFullName } from '../seed.ts';
import type { CallContext, RestMethod } from './call-context.ts';
import { dialogChatId, imUser, readableChat } from './im.ts';
import { upperParam } from './params.ts';
import { phpIntval } from './php-value.ts';
import { RestError } from './rest-error.ts';
import { atomDate } from './time-block.ts';

// Reading a chat: im.dialog.messages.get (im_rest.php dialogMessagesGet → Chat::getMessages)
// and im.dialog.read (dialogRead → Dialog::read → CIMChat::SetReadMessage).

/** Chat::getMessages: the text of a message with neither text nor files, keyboard or attach
 * (Loc IM_CHAT_MESSAGE_DELETED; the English wording is not in the mirrored code). */
export const DELETED_TEXT = 'This message was deleted.';

/** Text::modifyShortUserTag: `[USER=4][/USER]` as stored becomes `[USER=4 REPLACE]Name[/USER]`. */
function expandShortUserTags(text: string): string {
  return text.replace(/\[USER=([0-9]+|all)\]\[\/USER\]/gi, (_tag, id: string) => {
    const user = /^\d+$/.test(id) ? findUser(Number(id)) : undefined;
    const name = id.toLowerCase() === 'all' ? 'all' : user ? userFullName(user) : '';
    return `[USER=${id} REPLACE]${name}[/USER]`;
  });
}

/** Common::getPublicDomain in front of a portal-relative URL (Chat::getMessages, User JSON). */
function absolute(url: string, origin: string): string {
  return url && !url.startsWith('http') ? `${origin}${url}` : url;
}

interface Selection {
  firstId?: number;
  lastId?: number;
  limit: number;
}

/** The ORM's limit: a positive one cuts, anything else is no LIMIT clause at all. */
function cut<T>(rows: T[], limit: number): T[] {
  return limit > 0 ? rows.slice(0, limit) : rows;
}

interface Chosen {
  /** In the answer's order. */
  messages: StoredMessage[];
  /** The messages whose authors and files the answer describes. */
  described: StoredMessage[];
  /** Files in ascending order (after FIRST_ID), else reversed. */
  filesAscending: boolean;
}

/** Chat::getMessages' choice of messages, in the answer's order: newest first, but oldest
 * first after FIRST_ID. With unread messages and neither id, the page grows by the unread
 * count; past the limit it starts at the read position (`startFromUnread`). */
function selectMessages(room: ChatRoom, userId: number, selection: Selection): Chosen {
  const relation = room.relations.get(userId);
  const counter = relation?.unread.size ?? 0;
  let { firstId, limit } = selection;
  let startFromUnread = false;
  if (firstId === undefined && selection.lastId === undefined && counter > 0) {
    if (counter > limit) {
      startFromUnread = true;
      firstId = relation?.lastId ?? 0;
    } else {
      limit += counter;
    }
  }
  if (firstId !== undefined) {
    const after = firstId;
    const newer = cut(
      room.messages.filter((m) => after <= 0 || m.id > after),
      limit,
    );
    if (!startFromUnread) return { messages: newer, described: newer, filesAscending: true };
    // The unread window newest first, then up to `limit` older ones, older than the first
    // unread message, whose authors and files the answer leaves out.
    const firstUnread = Math.min(...(relation?.unread ?? []));
    const older = selectMessages(room, userId, { limit, lastId: firstUnread }).messages;
    return { messages: [...newer].reverse().concat(older), described: newer, filesAscending: true };
  }
  const before = selection.lastId ?? 0;
  const older = cut(room.messages.filter((m) => before <= 0 || m.id < before).reverse(), limit);
  return { messages: older, described: older, filesAscending: false };
}

/** CIMMessageParam::Get gives every message its params: `[]` (an empty PHP array) when none. */
function messageParams(message: StoredMessage): { text: string; params: unknown } {
  const params = { ...message.params };
  const text = message.text;
  if (text === '' && !('FILE_ID' in params) && !('KEYBOARD' in params) && !('ATTACH' in params)) {
    return { text: DELETED_TEXT, params: { ...params, IS_DELETED: 'Y' } };
  }
  return { text, params: Object.keys(params).length > 0 ? params : [] };
}

function messageJson(message: StoredMessage, room: ChatRoom, userId: number) {
  const relation = room.relations.get(userId);
  const { text, params } = messageParams(message);
  return {
    id: message.id,
    chat_id: message.chatId,
    author_id: message.authorId,
    date: atomDate(message.date),
    text: expandShortUserTags(text),
    unread: relation !== undefined && relation.lastId < message.id,
    uuid: message.uuid,
    replaces: [],
    params,
    disappearing_date: null,
  };
}

/** The messenger's user with the extras Chat::getMessages sets on authors. */
function authorJson(authorId: number, origin: string) {
  const user = findUser(authorId);
  if (!user) return null;
  const base = imUser(user);
  return {
    ...base,
    avatar: absolute(String(base['avatar'] ?? ''), origin),
    last_activity_date: base['last_activity_date'],
    desktop_last_date: false,
    mobile_last_date: false,
    idle: false,
  };
}

/** A disk file as FileItem::toRestFormat gives it, its links made absolute. */
function fileJson(file: StoredFile, origin: string) {
  const query = `SITE_ID=s1&humanRE=1&fileId=${file.id}&fileName=${encodeURIComponent(file.name)}`;
  const download = `${origin}/bitrix/services/main/ajax.php?action=disk.api.file.download&${query}`;
  const show = `${origin}/bitrix/services/main/ajax.php?action=disk.api.file.showImage&${query}`;
  const isImage = file.image !== undefined;
  const author = findUser(file.authorId);
  const dot = file.name.lastIndexOf('.');
  return {
    id: file.id,
    chatId: file.chatId,
    date: atomDate(file.date),
    type: isImage ? 'image' : 'file',
    name: file.name,
    extension: dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '',
    size: file.size,
    image: file.image ?? false,
    status: 'done',
    progress: 100,
    authorId: file.authorId,
    authorName: author ? userFullName(author) : '',
    urlPreview: isImage ? download : '',
    urlShow: isImage ? show : download,
    urlDownload: download,
    viewerAttrs: null,
    mediaUrl: { preview: { 250: isImage ? show : '' } },
    isTranscribable: false,
    isVideoNote: false,
    isVoiceNote: false,
  };
}

/** dialogMessagesGet's FIRST_ID / LAST_ID: digits only (`preg_match('/^\d{1,}$/')`). */
function messageIdParam(params: Params, name: 'FIRST_ID' | 'LAST_ID'): number | undefined {
  const value = upperParam(params, name);
  if (value === undefined || value === null) return undefined;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  if (!/^\d+$/.test(text)) {
    const label = name === 'FIRST_ID' ? 'First' : 'Last';
    throw new RestError(`${name}_STRING`, `${label} ID can't be string`, 400);
  }
  return Number(text);
}

function selection(params: Params): Selection {
  const raw = upperParam(params, 'LIMIT');
  const limit = raw === undefined || raw === null ? 20 : Math.min(phpIntval(raw), 50);
  const firstId = messageIdParam(params, 'FIRST_ID');
  if (firstId !== undefined) return { firstId, limit };
  const lastId = messageIdParam(params, 'LAST_ID');
  return lastId === undefined ? { limit } : { lastId, limit };
}

/** CHAT_ID > 0 stands for DIALOG_ID `chat<CHAT_ID>` (dialogMessagesGet). */
function withChatId(params: Params): Params {
  const chatId = phpIntval(upperParam(params, 'CHAT_ID'));
  return chatId > 0 ? { ...params, DIALOG_ID: `chat${chatId}` } : params;
}

export const dialogMessagesGet: RestMethod = (params, ctx) => {
  const room = readableChat(withChatId(params), ctx);
  const { messages, described, filesAscending } = selectMessages(
    room,
    ctx.userId,
    selection(params),
  );
  const authorIds = [...new Set(described.map((m) => m.authorId).filter((id) => id > 0))];
  const fileIds = new Set(
    described.flatMap((m) => {
      const ids = m.params['FILE_ID'];
      return Array.isArray(ids) ? ids.map(Number) : [];
    }),
  );
  const files = [...room.files.values()]
    .filter((file) => fileIds.has(file.id))
    .sort((a, b) => (filesAscending ? a.id - b.id : b.id - a.id));
  return {
    result: {
      chat_id: room.info.id,
      messages: messages.map((message) => messageJson(message, room, ctx.userId)),
      users: authorIds.map((id) => authorJson(id, ctx.origin)),
      files: files.map((file) => fileJson(file, ctx.origin)),
    },
  };
};

/** SetReadMessage caps the counter it answers: 100 for anything over 99. */
const MAX_COUNTER = 99;

export const dialogRead: RestMethod = (params, ctx: CallContext) => {
  const lastIdAlias = upperParam(params, 'LAST_ID');
  const messageId = phpIntval(lastIdAlias ?? upperParam(params, 'MESSAGE_ID'));
  const dialogId = upperParam(params, 'DIALOG_ID');
  if (dialogId === 'notify') return { result: true };
  const chatId = dialogChatId(dialogId);
  // No access (a non-member, a guest, no such chat): SetReadMessage answers false.
  if (chatId === undefined || ctx.guest) return { result: false };
  const outcome = ctx.state.messenger.read(
    chatId,
    ctx.userId,
    messageId > 0 ? messageId : undefined,
  );
  if (!outcome) return { result: false };
  return {
    result: {
      dialogId: `chat${chatId}`,
      chatId,
      lastId: outcome.lastId,
      counter: outcome.counter > MAX_COUNTER ? 100 : outcome.counter,
    },
  };
};
