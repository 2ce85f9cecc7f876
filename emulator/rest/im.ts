import type { Params } from '../http/body.ts';
import { atomDate } from './time-block.ts';
import type { ChatRoom } from '../messenger.ts';
import { findUser, userFullName, type ChatRole, type SeedChat, type SeedUser } from '../seed.ts';
import type { CallContext, MethodOutcome, RestMethod } from './call-context.ts';
import { asId, asString, upperParam } from './params.ts';
import { isPhpTruthy } from './php-value.ts';
import { RestError } from './rest-error.ts';

// The messenger methods the app uses (bitrix24-facts.md §2, §3; imbot-chat-get.md).

/** The chat behind DIALOG_ID `chat<ID>` that the caller may read, or the portal's error
 * (im_rest.php dialogGet): 400 DIALOG_ID_EMPTY unless it is a dialog id at all; 403
 * ACCESS_ERROR unless Dialog::hasAccess — which a guest never has, nor anyone for a chat that
 * does not exist (the V2 NullChat). Members only: hasAccess has no CRM-permission path. */
export function readableChat(params: Params, ctx: CallContext): ChatRoom {
  const chatId = dialogChatId(upperParam(params, 'DIALOG_ID'));
  const room = chatId === undefined ? undefined : ctx.state.messenger.room(chatId);
  if (!room || ctx.guest || !room.relations.has(ctx.userId)) {
    throw new RestError('ACCESS_ERROR', 'You do not have access to the specified dialog', 403);
  }
  return room;
}

/** The chat id of a DIALOG_ID that passes Common::isDialogId (400 DIALOG_ID_EMPTY otherwise):
 * `chat<ID>` in any case; `sg`/`crm` dialogs pass but name no emulated chat; user dialogs
 * (digits) are not emulated (README, deviations). */
export function dialogChatId(dialogId: unknown): number | undefined {
  const text = typeof dialogId === 'string' || typeof dialogId === 'number' ? String(dialogId) : '';
  if (!/^(chat|sg|crm)\d+$/i.test(text)) throw new RestError('DIALOG_ID_EMPTY');
  const chatId = /^chat(\d+)$/i.exec(text)?.[1];
  return chatId === undefined ? undefined : Number(chatId);
}

/** imbot.chat.get ≡ im.chat.get (im_rest.php chatGet): 403 AUTHORIZE_ERROR for a guest
 * session; with DIALOG_ID the dialog itself; else `ENTITY_TYPE`, `ENTITY_ID` → `{ID}` or null,
 * and **no** access check (facts §2). PHP's empty(): '' and '0' are no value. */
export const chatGet: RestMethod = (params, ctx) => {
  if (ctx.guest) throw new RestError('AUTHORIZE_ERROR');
  if (upperParam(params, 'DIALOG_ID') !== undefined) return dialogGet(params, ctx);
  const entityType = asString(upperParam(params, 'ENTITY_TYPE'));
  const entityId = asString(upperParam(params, 'ENTITY_ID'));
  if (!isPhpTruthy(entityType) || !isPhpTruthy(entityId)) return { result: null };
  const room = ctx.state.messenger.roomByEntity(entityType, entityId);
  return { result: room ? { ID: room.info.id } : null };
};

const CARD_PATHS: Readonly<Record<string, string>> = {
  LEAD: '/crm/lead/details/',
  DEAL: '/crm/deal/details/',
  CONTACT: '/crm/contact/details/',
  COMPANY: '/crm/company/details/',
  QUOTE: '/crm/type/7/details/',
  SMART_INVOICE: '/crm/type/31/details/',
};

/** The CRM types whose entity_link keeps its name (im EntityLink/CrmType.php); any other CRM
 * type (quotes, invoices, smart processes) is reported as DYNAMIC. */
const EXPECTED_CRM_TYPES = new Set(['LEAD', 'DEAL', 'CONTACT', 'COMPANY']);

/** EntityLink::toRestFormat: CRM chats via CrmType, any other chat keeps its entity type and
 * id, without a URL. */
export function entityLink(chat: SeedChat): { type: string; url: string; id: string } {
  if (chat.entityType !== 'CRM') return { type: chat.entityType, url: '', id: chat.entityId };
  const [type = '', id = ''] = chat.entityId.split('|');
  const dynamic = /^DYNAMIC_(\d+)$/.exec(type);
  const base = dynamic ? `/crm/type/${dynamic[1]}/details/` : (CARD_PATHS[type] ?? '');
  return {
    type: EXPECTED_CRM_TYPES.has(type) ? type : 'DYNAMIC',
    url: base ? `${base}${id}/` : '',
    id: chat.entityId,
  };
}

/** Chat::getType: the extended type (V2/Chat/ExtendedType.php) in lower camel case, by the
 * chat's TYPE and ENTITY_TYPE. */
export function extendedType(chat: SeedChat): string {
  if (chat.messageType === 'P') return 'private';
  if (chat.messageType === 'L') return 'lines';
  if (chat.messageType === 'O') return 'open';
  return chat.entityType === 'CRM' ? 'crm' : 'chat';
}

/** The caller's role (Relation::getRole); the seeded chats have no managers but the owner. */
export function chatRole(chat: SeedChat, userId: number): ChatRole {
  return chat.ownerId === userId ? 'owner' : 'member';
}

const ROLE_ORDER: readonly ChatRole[] = ['member', 'manager', 'owner'];

/** Chat::canDo(Action::Send) for a member: their role reaches the chat's MANAGE_MESSAGES
 * (Permission::compareRole; the owner counts as a manager). */
export function mayPost(chat: SeedChat, userId: number): boolean {
  return ROLE_ORDER.indexOf(chatRole(chat, userId)) >= ROLE_ORDER.indexOf(chat.canPost);
}

/** LOAD_READED: the other active members' read positions (Chat::getById). */
function readedList(room: ChatRoom, userId: number) {
  return [...room.relations]
    .filter(([memberId]) => memberId !== userId)
    .flatMap(([memberId, relation]) => {
      const user = findUser(memberId);
      if (!user) return [];
      return [
        {
          user_id: memberId,
          user_name: userFullName(user),
          message_id: relation.lastId,
          date: relation.lastRead > 0 ? atomDate(relation.lastRead) : false,
        },
      ];
    });
}

export const dialogGet: RestMethod = (params, ctx) => {
  const room = readableChat(params, ctx);
  const chat = room.info;
  const relation = room.relations.get(ctx.userId);
  const unread = [...(relation?.unread ?? [])];
  const isCrm = chat.entityType === 'CRM';
  return {
    result: {
      id: chat.id,
      // As typed: Chat::getById's answer gets the request's DIALOG_ID.
      dialog_id: String(upperParam(params, 'DIALOG_ID')),
      parent_chat_id: 0,
      parent_message_id: 0,
      name: chat.title,
      description: chat.description,
      owner: chat.ownerId,
      extranet: false,
      avatar: chat.avatar,
      color: chat.color,
      type: extendedType(chat),
      message_type: chat.messageType,
      entity_type: chat.entityType,
      entity_id: chat.entityId,
      entity_data_1: chat.entityData1,
      entity_data_2: '',
      entity_data_3: '',
      entity_link: entityLink(chat),
      mute_list: [],
      manager_list: [chat.ownerId],
      date_create: chat.dateCreate,
      message_count: room.messages.length,
      user_counter: room.relations.size,
      // Chat::formatChatData for the caller: their counter rows, the first of them, their LAST_ID.
      counter: unread.length,
      unread_id: unread.length > 0 ? Math.min(...unread) : 0,
      last_message_id: room.messages.at(-1)?.id ?? 0,
      last_id: relation?.lastId ?? 0,
      marked_id: 0,
      readed_list: readedList(room, ctx.userId),
      role: chatRole(chat, ctx.userId),
      restrictions: {
        avatar: true,
        extend: true,
        leave: true,
        leave_owner: true,
        rename: !isCrm,
        send: true,
        user_list: true,
        mute: true,
        call: true,
      },
      permissions: {
        manage_users_add: 'member',
        manage_users_delete: 'manager',
        manage_ui: 'member',
        manage_settings: 'owner',
        // CIMChat's CAN_POST lower-cased, under both names (im_chat.php GetChatData).
        manage_messages: chat.canPost,
        can_post: chat.canPost,
      },
    },
  };
};

/** A user in the messenger's shape (im.dialog.users.list, facts §3). */
export function imUser(user: SeedUser): Record<string, unknown> {
  return {
    id: user.id,
    active: true,
    name: userFullName(user),
    first_name: user.name,
    last_name: user.lastName,
    work_position: user.workPosition,
    color: user.color,
    avatar: user.photo,
    gender: 'M',
    birthday: '',
    extranet: false,
    network: false,
    bot: false,
    connector: false,
    external_auth_id: 'default',
    status: 'online',
    idle: false,
    last_activity_date: atomDate(Date.UTC(2026, 1, 27, 9)),
    absent: false,
    departments: [1],
    phones: false,
    type: 'user',
  };
}

const DEFAULT_USERS_LIMIT = 50;
const MAX_USERS_LIMIT = 200;

export const dialogUsersList: RestMethod = (params, ctx) => {
  const room = readableChat(params, ctx);
  const members = [...room.relations.keys()];
  const limit = Math.min(asId(upperParam(params, 'LIMIT')) ?? DEFAULT_USERS_LIMIT, MAX_USERS_LIMIT);
  const offset = Number(asString(upperParam(params, 'OFFSET'))) || 0;
  const users = members
    .map(findUser)
    .filter((user): user is SeedUser => user !== undefined)
    .slice(offset, offset + limit)
    .map(imUser);
  return { result: users, total: members.length };
};

export const notifyPersonalAdd = (params: Params, ctx: CallContext): MethodOutcome => {
  const to = asId(upperParam(params, 'USER_ID'));
  if (to === undefined || !findUser(to)) {
    throw new RestError('USER_ID_EMPTY', "User ID can't be empty");
  }
  const message = asString(upperParam(params, 'MESSAGE')).trim();
  if (!message) throw new RestError('MESSAGE_EMPTY', "Message can't be empty");
  return { result: ctx.state.notify({ from: ctx.userId, to, message }) };
};
