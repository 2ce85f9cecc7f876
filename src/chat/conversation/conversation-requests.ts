import { malformed, toAppError } from '../../b24/app-error.ts';
import type { B24Door, ChatDialogId } from '../../b24/door.ts';
import { isJsonObject, positiveId } from '../../b24/payload-guards.ts';
import { IM } from '../chat-methods.ts';
import {
  MESSAGES_METHOD,
  PAGE_SIZE,
  parseMessagePage,
  parseUnread,
} from './conversation-payloads.ts';
import type { MessagePage, Settled } from './conversation.ts';

/** The conversation's own requests after the first batch: newer, earlier, read, reply. */

function dialogOf(chatId: number): ChatDialogId {
  return `chat${chatId}`;
}

/**
 * One ask of the poll, in ONE request: the messages after the newest shown (`FIRST_ID`, 0 for
 * an empty log: from the first the person may see) and the dialog, for its unread `counter`.
 * Under scope `im`, which the messages need anyway.
 */
export async function askNewer(
  door: B24Door,
  chatId: number,
  newestId: number,
): Promise<{ page: MessagePage; unread: number }> {
  const DIALOG_ID = dialogOf(chatId);
  const batch = await door.callBatch(
    {
      messages: {
        method: MESSAGES_METHOD,
        params: { DIALOG_ID, FIRST_ID: newestId, LIMIT: PAGE_SIZE },
      },
      dialog: { method: IM.details, params: { DIALOG_ID } },
    },
    { halt: false },
  );
  // Access lost matters more than anything else that failed beside it.
  const errors = Object.values(batch.errors);
  const failed = errors.find((error) => error.kind !== 'error') ?? errors[0];
  if (failed !== undefined) throw failed;
  if (!Object.hasOwn(batch.results, 'messages') || !Object.hasOwn(batch.results, 'dialog')) {
    throw malformed('batch: no answer for messages or dialog');
  }
  return {
    page: parseMessagePage(batch.results['messages'], door.init.portal.origin, PAGE_SIZE),
    unread: parseUnread(batch.results['dialog']),
  };
}

/** The page before the oldest shown (`LAST_ID`). */
export async function askEarlier(
  door: B24Door,
  chatId: number,
  oldestId: number,
): Promise<MessagePage> {
  const value = await door.callMethod(MESSAGES_METHOD, {
    DIALOG_ID: dialogOf(chatId),
    LAST_ID: oldestId,
    LIMIT: PAGE_SIZE,
  });
  return parseMessagePage(value, door.init.portal.origin, PAGE_SIZE);
}

export const READ_METHOD = 'im.dialog.read';

/**
 * Marks the chat read up to `messageId`. The portal answers `{ counter, lastId, … }`, or
 * `false` when it set no new mark (already read that far): then the counter comes with the
 * next poll.
 */
export async function markRead(
  door: B24Door,
  chatId: number,
  messageId: number,
): Promise<{ lastId: number; unread: number | null }> {
  const value = await door.callMethod(READ_METHOD, {
    DIALOG_ID: dialogOf(chatId),
    MESSAGE_ID: messageId,
  });
  if (!isJsonObject(value)) return { lastId: messageId, unread: null };
  const counter = value['counter'];
  return {
    lastId: positiveId(value['lastId']) ?? messageId,
    unread: typeof counter === 'number' ? parseUnread(value) : null,
  };
}

export const ADD_METHOD = 'im.message.add';

/**
 * Posts `text` as typed (contract §5) and resolves with the new message's id. Sent once
 * (callMethodOnce: the SDK would repeat it after a lost answer), with `uuid` as TEMPLATE_ID:
 * the portal answers a UUID it has seen with that message's id and posts nothing
 * (CIMMessenger::Add, SendingService::checkDuplicateByUuid), so a try again cannot post twice.
 */
export async function addMessage(
  door: B24Door,
  chatId: number,
  text: string,
  uuid: string,
): Promise<number> {
  const value = await door.callMethodOnce(ADD_METHOD, {
    DIALOG_ID: dialogOf(chatId),
    MESSAGE: text,
    TEMPLATE_ID: uuid,
  });
  const id = positiveId(value);
  if (id === undefined) throw malformed('im.message.add: no message id');
  return id;
}

/**
 * The id of the message posted with TEMPLATE_ID `uuid` among those after `after` (`FIRST_ID`;
 * im.dialog.messages.get gives each its `uuid`), or null: it was not posted.
 */
export async function findPosted(
  door: B24Door,
  chatId: number,
  after: number,
  uuid: string,
): Promise<number | null> {
  const value = await door.callMethod(MESSAGES_METHOD, {
    DIALOG_ID: dialogOf(chatId),
    FIRST_ID: after,
    LIMIT: PAGE_SIZE,
  });
  const messages = isJsonObject(value) ? value['messages'] : undefined;
  if (!Array.isArray(messages)) throw malformed('im.dialog.messages.get: no messages');
  const posted = messages.find((message) => isJsonObject(message) && message['uuid'] === uuid);
  return isJsonObject(posted) ? (positiveId(posted['id']) ?? null) : null;
}

export function settled<T>(ask: () => Promise<T>): Promise<Settled<T>> {
  return ask().then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error: toAppError(error) }),
  );
}
