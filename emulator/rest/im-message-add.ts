import type { Params } from '../http/body.ts';
import { findUser } from '../seed.ts';
import type { CallContext, RestMethod } from './call-context.ts';
import { mayPost } from './im.ts';
import { upperParam } from './params.ts';
import { isPhpTruthy, phpIntval } from './php-value.ts';
import { RestError } from './rest-error.ts';

// im.message.add (im_rest.php messageAdd → CIMMessenger::Add → Chat::sendMessage), for chats.
// The order of the checks is the portal's: the message, the dialog, the reply, then the send
// right, which CIMMessenger::Add checks and messageAdd reports as a bare PARAMS_ERROR.

/** PHP's trim() strips spaces, tabs, line breaks, NUL and vertical tabs only (not, say, a
 * no-break space, which String.prototype.trim strips). */
const PHP_BLANK = new Set([' ', '\t', '\n', '\r', '\0', '\v']);

function phpTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && PHP_BLANK.has(text[start] ?? '')) start += 1;
  while (end > start && PHP_BLANK.has(text[end - 1] ?? '')) end -= 1;
  return text.slice(start, end);
}

/** Uuid::validate: only a lower-case version-4 UUID is checked for duplicates. */
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const notAdded = () => new RestError('PARAMS_ERROR', "Message isn't added", 400);

/** MESSAGE as messageAdd reads it: a string when set, trimmed; empty only with an ATTACH. */
function messageText(params: Params): string {
  const message = upperParam(params, 'MESSAGE');
  const attach = upperParam(params, 'ATTACH');
  if (message === undefined || message === null) {
    if (attach === undefined || attach === null) {
      throw new RestError('MESSAGE_EMPTY', "Message can't be empty", 400);
    }
    return '';
  }
  if (typeof message !== 'string') throw new RestError('MESSAGE_EMPTY', 'Wrong message type', 400);
  const text = phpTrim(message);
  if (text === '' && !isPhpTruthy(attach)) {
    throw new RestError('MESSAGE_EMPTY', "Message can't be empty", 400);
  }
  return text;
}

/** The target chat id: DIALOG_ID `chat<ID>` (any case), else CHAT_ID; a private dialog (a
 * user id) is checked as the portal checks it, then refused: the emulator has no private
 * chats (README, deviations). */
function targetChatId(params: Params): number {
  const dialogId = upperParam(params, 'DIALOG_ID');
  let chatId: unknown = upperParam(params, 'CHAT_ID');
  let userId: unknown = upperParam(params, 'USER_ID');
  if (dialogId !== undefined && dialogId !== null) {
    const text =
      typeof dialogId === 'string' || typeof dialogId === 'number' ? String(dialogId) : '';
    // Common::isChatId; Dialog::getChatId reads only `chat<ID>` here (sg/crm name no chat).
    if (/^(chat|sg|crm)\d+$/i.test(text)) chatId = /^chat(\d+)$/i.exec(text)?.[1] ?? 0;
    else userId = phpIntval(dialogId);
  }
  if (userId !== undefined && userId !== null) {
    const id = phpIntval(userId);
    if (id <= 0) throw new RestError('USER_ID_EMPTY', "User ID can't be empty", 400);
    if (!findUser(id)) throw new RestError('USER_NOT_FOUND', 'User not found', 400);
    throw notAdded();
  }
  if (chatId === undefined || chatId === null) {
    throw new RestError('PARAMS_ERROR', 'Incorrect params', 400);
  }
  const id = phpIntval(chatId);
  if (id <= 0) throw new RestError('CHAT_ID_EMPTY', "Chat ID can't be empty", 400);
  return id;
}

/** REPLY_ID: a message the caller may see (a member of its chat), in the same chat. */
function replyId(params: Params, chatId: number, ctx: CallContext): number | undefined {
  const id = phpIntval(upperParam(params, 'REPLY_ID'));
  if (id <= 0) return undefined;
  const replied = ctx.state.messenger.message(id);
  if (!replied || ctx.guest || !ctx.state.messenger.isMember(replied.chatId, ctx.userId)) {
    throw new RestError('REPLY_ACCESS_ERROR', 'Action unavailable', 403);
  }
  if (replied.chatId !== chatId) {
    throw new RestError(
      'REPLY_FROM_OTHER_CHAT_ERROR',
      'You can only reply to a message within the same chat',
      403,
    );
  }
  return id;
}

export const messageAdd: RestMethod = (params, ctx) => {
  const text = messageText(params);
  const chatId = targetChatId(params);
  const reply = replyId(params, chatId, ctx);
  const { messenger } = ctx.state;
  const room = messenger.room(chatId);
  // CIMMessenger::Add: a NullChat, or Chat::canDo(Action::Send) false (not a member: the guest
  // role; or a role below the chat's CAN_POST) → false → "Message isn't added".
  if (!room || ctx.guest || !room.relations.has(ctx.userId) || !mayPost(room.info, ctx.userId)) {
    throw notAdded();
  }
  const templateId = upperParam(params, 'TEMPLATE_ID');
  const uuid = isPhpTruthy(templateId) ? String(templateId).slice(0, 255) : undefined;
  // SendingService::checkDuplicateByUuid: a UUID seen before answers that message's id and
  // posts nothing (b_im_message_uuid).
  const earlier =
    uuid !== undefined && UUID_V4.test(uuid) ? messenger.messageByUuid(uuid) : undefined;
  if (earlier) return { result: earlier.id };
  const attach = upperParam(params, 'ATTACH');
  const message = messenger.post({
    chatId,
    authorId: ctx.userId,
    text,
    params: {
      ...(isPhpTruthy(attach) ? { ATTACH: attach } : {}),
      ...(reply === undefined ? {} : { REPLY_ID: reply }),
    },
    ...(uuid === undefined ? {} : { uuid }),
  });
  return { result: message.id };
};
