import { atomDate } from './rest/time-block.ts';
import { CHATS, findUser, type SeedChat, type SeedFile, type SeedMessage } from './seed.ts';

// The messenger's mutable side: each chat's members with their read positions and unread
// messages, its messages and files. Built from the seed at start and on every reset, so the
// seeded dates follow the portal's clock.

export interface StoredFile extends SeedFile {
  chatId: number;
  authorId: number;
  /** Epoch ms. */
  date: number;
}

export interface StoredMessage {
  id: number;
  chatId: number;
  /** 0 for a system message. */
  authorId: number;
  /** Epoch ms. */
  date: number;
  text: string;
  params: Record<string, unknown>;
  uuid: string | null;
  /** Posted with SKIP_COUNTER_INCREMENTS (joins, leaves): unread for nobody. */
  silent: boolean;
}

/** A member's relation to the chat (b_im_relation with its b_im_message_unread rows). */
export interface Relation {
  /** LAST_ID: the newest message the member has read. */
  lastId: number;
  /** LAST_READ, epoch ms. */
  lastRead: number;
  /** The member's unread messages (one counter row each). */
  unread: Set<number>;
}

export interface ChatRoom {
  info: SeedChat;
  /** Members in the order they joined. */
  relations: Map<number, Relation>;
  /** Oldest first. */
  messages: StoredMessage[];
  files: Map<number, StoredFile>;
}

export interface PostInput {
  chatId: number;
  /** 0 posts a system message. */
  authorId: number;
  text: string;
  /** More CIMMessageParam values (IS_EDITED, CODE, ATTACH…); FILE_ID comes from `files`. */
  params?: Record<string, unknown>;
  /** Files attached to the message, by name (and size, image size). */
  files?: Array<{ name: string; size?: number; image?: { width: number; height: number } }>;
  /** A system message that counts for nobody (SKIP_COUNTER_INCREMENTS). */
  silent?: boolean;
  /** The client's UUID (im.message.add TEMPLATE_ID), answered as the message's `uuid`. */
  uuid?: string;
}

/** A chat to create (ChatFactory::addChat): the first member is the one who asked for it. */
export interface NewChat {
  entityType: string;
  entityId: string;
  title: string;
  ownerId: number;
  members: number[];
}

export interface ReadOutcome {
  lastId: number;
  counter: number;
}

/** CountersUpdater::addForUsers: a message is unread for every member but its author (a
 * system message, author 0, for everyone), unless posted without counter increments. */
function countsFor(message: { authorId: number; silent: boolean }, userId: number): boolean {
  return !message.silent && message.authorId !== userId;
}

/** The seeded read position of a member with `unread` unread messages: just before the last
 * `unread` messages that count for them (all read when 0). */
function seededRelation(messages: StoredMessage[], userId: number, unread: number): Relation {
  let index = messages.length;
  let left = unread;
  while (left > 0 && index > 0) {
    index -= 1;
    if (countsFor(messages[index] as StoredMessage, userId)) left -= 1;
  }
  const lastRead = messages[index - 1];
  const lastId = lastRead?.id ?? 0;
  return {
    lastId,
    lastRead: lastRead?.date ?? 0,
    unread: new Set(messages.filter((m) => m.id > lastId && countsFor(m, userId)).map((m) => m.id)),
  };
}

function seededRoom(chat: SeedChat, now: number): ChatRoom {
  const stored = (message: SeedMessage): StoredMessage => ({
    id: message.id,
    chatId: chat.id,
    authorId: message.authorId,
    date: now - message.minutesAgo * 60_000,
    text: message.text,
    params: message.params,
    uuid: null,
    silent: message.silent,
  });
  const messages = chat.messages.map(stored);
  const files = new Map<number, StoredFile>();
  chat.messages.forEach((message, index) => {
    for (const file of message.files) {
      const date = (messages[index] as StoredMessage).date;
      files.set(file.id, { ...file, chatId: chat.id, authorId: message.authorId, date });
    }
  });
  const relations = new Map(
    chat.members.map((userId) => [
      userId,
      seededRelation(messages, userId, chat.unread[userId] ?? 0),
    ]),
  );
  return { info: chat, relations, messages, files };
}

export class Messenger {
  readonly #rooms: Map<number, ChatRoom>;
  #lastMessageId: number;
  #lastFileId: number;

  /** @param now the portal's clock: seeded messages are dated back from it. */
  constructor(now = Date.now()) {
    this.#rooms = new Map(CHATS.map((chat) => [chat.id, seededRoom(chat, now)]));
    const rooms = [...this.#rooms.values()];
    this.#lastMessageId = Math.max(0, ...rooms.flatMap((r) => r.messages.map((m) => m.id)));
    this.#lastFileId = Math.max(0, ...rooms.flatMap((r) => [...r.files.keys()]));
  }

  room(chatId: number): ChatRoom | undefined {
    return this.#rooms.get(chatId);
  }

  /** Every chat, the seeded ones first, then the created ones. */
  rooms(): ChatRoom[] {
    return [...this.#rooms.values()];
  }

  /** The chat with this entity key (b_im_chat ENTITY_TYPE, ENTITY_ID), created ones included. */
  roomByEntity(entityType: string, entityId: string): ChatRoom | undefined {
    return [...this.#rooms.values()].find(
      (room) => room.info.entityType === entityType && room.info.entityId === entityId,
    );
  }

  message(messageId: number): StoredMessage | undefined {
    for (const room of this.#rooms.values()) {
      const found = room.messages.find((message) => message.id === messageId);
      if (found) return found;
    }
    return undefined;
  }

  /** The message posted with this UUID (b_im_message_uuid is one table for the portal). */
  messageByUuid(uuid: string): StoredMessage | undefined {
    for (const room of this.#rooms.values()) {
      const found = room.messages.find((message) => message.uuid === uuid);
      if (found) return found;
    }
    return undefined;
  }

  /** CIMChat::AddUser: a new member, and a system message that counts for nobody (CODE
   * CHAT_JOIN, like the seeded joins). */
  join(chatId: number, userId: number, now = Date.now()): StoredMessage {
    const room = this.#rooms.get(chatId);
    if (!room) throw new Error(`no chat ${chatId}`);
    if (room.relations.has(userId)) throw new Error(`user ${userId} is already a member`);
    const relation: Relation = { lastId: 0, lastRead: now, unread: new Set() };
    room.relations.set(userId, relation);
    const message = this.post(
      {
        chatId,
        authorId: 0,
        text: `[USER=${userId}][/USER] joined the chat.`,
        params: { CODE: ['CHAT_JOIN'], NOTIFY: 'N' },
        silent: true,
      },
      now,
    );
    // The joiner starts with everything read, their own join message included.
    relation.lastId = message.id;
    return message;
  }

  /** ChatFactory::addChat with SKIP_ADD_MESSAGE: a chat without messages, the next id. */
  create(chat: NewChat, now = Date.now()): ChatRoom {
    const id = Math.max(...this.#rooms.keys()) + 1;
    const info: SeedChat = {
      id,
      messageType: 'C',
      entityType: chat.entityType,
      entityId: chat.entityId,
      entityData1: '',
      pinnedBy: [],
      title: chat.title,
      description: '',
      ownerId: chat.ownerId,
      members: [...chat.members],
      avatar: '',
      color: '#2fc6f6',
      dateCreate: atomDate(now),
      canPost: 'member',
      unread: {},
      messages: [],
    };
    const relations = new Map(
      chat.members.map((userId) => [userId, { lastId: 0, lastRead: 0, unread: new Set<number>() }]),
    );
    const room: ChatRoom = { info, relations, messages: [], files: new Map() };
    this.#rooms.set(id, room);
    return room;
  }

  isMember(chatId: number, userId: number): boolean {
    return this.#rooms.get(chatId)?.relations.has(userId) ?? false;
  }

  /** A new message, as Chat::sendMessage stores it: the next id, unread for the other
   * members, and the author's read position moved to it (updateRelationsAfterMessageSend). */
  post(input: PostInput, now = Date.now()): StoredMessage {
    const room = this.#rooms.get(input.chatId);
    if (!room) throw new Error(`no chat ${input.chatId}`);
    if (input.authorId !== 0 && !room.relations.has(input.authorId)) {
      throw new Error(`user ${input.authorId} is not a member of chat ${input.chatId}`);
    }
    const id = ++this.#lastMessageId;
    const fileIds = (input.files ?? []).map((file) => {
      const fileId = ++this.#lastFileId;
      room.files.set(fileId, {
        id: fileId,
        name: file.name,
        size: file.size ?? 0,
        ...(file.image ? { image: file.image } : {}),
        chatId: room.info.id,
        authorId: input.authorId,
        date: now,
      });
      return fileId;
    });
    const message: StoredMessage = {
      id,
      chatId: room.info.id,
      authorId: input.authorId,
      date: now,
      text: input.text,
      params: { ...input.params, ...(fileIds.length > 0 ? { FILE_ID: fileIds } : {}) },
      uuid: input.uuid ?? null,
      silent: input.silent ?? false,
    };
    room.messages.push(message);
    for (const [userId, relation] of room.relations) {
      if (countsFor(message, userId)) relation.unread.add(id);
    }
    const author = room.relations.get(input.authorId);
    if (author) author.lastId = id;
    return message;
  }

  /** CIMChat::SetReadMessage through the V2 Reader: up to `messageId` (readTo) or everything
   * (readAllInChat, when absent). The read position never moves back (Relation::updateLastId);
   * undefined when the user is not a member. */
  read(
    chatId: number,
    userId: number,
    messageId?: number,
    now = Date.now(),
  ): ReadOutcome | undefined {
    const room = this.#rooms.get(chatId);
    const relation = room?.relations.get(userId);
    if (!room || !relation) return undefined;
    const target = messageId ?? room.messages.at(-1)?.id;
    if (target !== undefined) {
      for (const id of relation.unread) if (id <= target) relation.unread.delete(id);
      relation.lastId = Math.max(relation.lastId, target);
      relation.lastRead = now;
    }
    return { lastId: relation.lastId, counter: relation.unread.size };
  }

  /** A member removed from the chat (Chat::deleteUser): their relation and unread rows go, and
   * the chat says so in a system message that counts for nobody (CODE CHAT_LEAVE). */
  removeMember(chatId: number, userId: number, byUserId?: number, now = Date.now()): StoredMessage {
    const room = this.#rooms.get(chatId);
    if (!room) throw new Error(`no chat ${chatId}`);
    if (!room.relations.delete(userId)) {
      throw new Error(`user ${userId} is not a member of chat ${chatId}`);
    }
    const by = byUserId ?? room.info.ownerId;
    const text =
      by === userId || !findUser(by)
        ? `[USER=${userId}][/USER] left the chat.`
        : `[USER=${by}][/USER] removed [USER=${userId}][/USER] from the chat.`;
    return this.post(
      { chatId, authorId: 0, text, params: { CODE: ['CHAT_LEAVE'], NOTIFY: 'N' }, silent: true },
      now,
    );
  }
}
