import type { Params } from '../http/body.ts';
import { atomDate } from './time-block.ts';
import { CHATS, findChat, findUser, userFullName, type SeedChat, type SeedUser } from '../seed.ts';
import type { CallContext, MethodOutcome, RestMethod } from './call-context.ts';
import { asId, asString, upperParam } from './params.ts';
import { RestError } from './rest-error.ts';

// The messenger methods the app uses (bitrix24-facts.md §2, §3; imbot-chat-get.md).

/** imbot.chat.get ≡ im.chat.get: `{ID}` or null, and **no** access check (facts §2). */
export const chatGet: RestMethod = (params) => {
  const entityType = asString(upperParam(params, 'ENTITY_TYPE'));
  const entityId = asString(upperParam(params, 'ENTITY_ID'));
  if (!entityType || !entityId) return { result: null };
  const chat = CHATS.find((c) => c.entityType === entityType && c.entityId === entityId);
  return { result: chat ? { ID: chat.id } : null };
};

/** The chat behind DIALOG_ID `chat<ID>` that the caller may read, or the portal's error
 * (facts §3: 400 DIALOG_ID_EMPTY, 403 ACCESS_ERROR for non-members, 400 ACCESS_ERROR when the
 * chat does not resolve). Members only: Dialog::hasAccess has no CRM-permission path. */
function readableChat(params: Params, ctx: CallContext): SeedChat {
  const match = /^chat(\d+)$/.exec(asString(upperParam(params, 'DIALOG_ID')).trim());
  if (!match) throw new RestError('DIALOG_ID_EMPTY');
  const chat = findChat(Number(match[1]));
  if (!chat) throw new RestError('ACCESS_ERROR', "You don't have access to this chat", 400);
  if (!chat.members.includes(ctx.userId)) {
    throw new RestError('ACCESS_ERROR', 'You do not have access to the specified dialog', 403);
  }
  return chat;
}

const CARD_PATHS: Readonly<Record<string, string>> = {
  LEAD: '/crm/lead/details/',
  DEAL: '/crm/deal/details/',
  CONTACT: '/crm/contact/details/',
  COMPANY: '/crm/company/details/',
  QUOTE: '/crm/type/7/details/',
  SMART_INVOICE: '/crm/type/31/details/',
};

function entityLink(chat: SeedChat): { type: string; url: string; id: string } {
  if (chat.entityType !== 'CRM') return { type: '', url: '', id: '' };
  const [type = '', id = ''] = chat.entityId.split('|');
  const dynamic = /^DYNAMIC_(\d+)$/.exec(type);
  const base = dynamic ? `/crm/type/${dynamic[1]}/details/` : (CARD_PATHS[type] ?? '');
  return { type, url: base ? `${base}${id}/` : '', id: chat.entityId };
}

function role(chat: SeedChat, userId: number): 'owner' | 'member' {
  return chat.ownerId === userId ? 'owner' : 'member';
}

export const dialogGet: RestMethod = (params, ctx) => {
  const chat = readableChat(params, ctx);
  const isCrm = chat.entityType === 'CRM';
  return {
    result: {
      id: chat.id,
      dialog_id: `chat${chat.id}`,
      parent_chat_id: 0,
      parent_message_id: 0,
      name: chat.title,
      description: chat.description,
      owner: chat.ownerId,
      extranet: false,
      avatar: chat.avatar,
      color: chat.color,
      type: isCrm ? 'crm' : 'chat',
      message_type: 'C',
      entity_type: chat.entityType,
      entity_id: chat.entityId,
      entity_data_1: '',
      entity_data_2: '',
      entity_data_3: '',
      entity_link: entityLink(chat),
      mute_list: [],
      manager_list: [chat.ownerId],
      date_create: chat.dateCreate,
      message_count: chat.messages.length,
      user_counter: chat.members.length,
      counter: chat.unread[ctx.userId] ?? 0,
      last_message_id: chat.messages.at(-1)?.id ?? 0,
      role: role(chat, ctx.userId),
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
        manage_messages: 'member',
        can_post: 'member',
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
  const chat = readableChat(params, ctx);
  const limit = Math.min(asId(upperParam(params, 'LIMIT')) ?? DEFAULT_USERS_LIMIT, MAX_USERS_LIMIT);
  const offset = Number(asString(upperParam(params, 'OFFSET'))) || 0;
  const users = chat.members
    .map(findUser)
    .filter((user): user is SeedUser => user !== undefined)
    .slice(offset, offset + limit)
    .map(imUser);
  return { result: users, total: chat.members.length };
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
