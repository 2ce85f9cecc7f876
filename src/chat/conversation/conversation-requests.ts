import { malformed, toAppError, type AppError } from '../../b24/app-error.ts';
import type { B24Door, ChatDialogId } from '../../b24/door.ts';
import { isJsonObject, positiveId } from '../../b24/payload-guards.ts';
import { IM } from '../chat-methods.ts';
import {
  MESSAGES_METHOD,
  PAGE_SIZE,
  parseMessagePage,
  parseUnread,
} from './conversation-payloads.ts';
import type { MessagePage } from './conversation.ts';
import { sentMessage, type Attempt } from './sent-message.ts';

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
 * Posts `text` as typed (contract §5) and resolves with the new message's id. Sent with
 * callMethodOnce: the portal keeps no idempotency key, so a retry of a lost answer would post
 * the message twice.
 */
export async function addMessage(door: B24Door, chatId: number, text: string): Promise<number> {
  const value = await door.callMethodOnce(ADD_METHOD, {
    DIALOG_ID: `chat${chatId}`,
    MESSAGE: text,
  });
  const id = positiveId(value);
  if (id === undefined) throw malformed('im.message.add: no message id');
  return id;
}

/**
 * After an unknown outcome: the attempt's message among the ones posted after it (`FIRST_ID`,
 * the oldest first), or null when it is not there, so it was not posted.
 */
export async function findSent(
  door: B24Door,
  chatId: number,
  attempt: Attempt,
): Promise<number | null> {
  const value = await door.callMethod(MESSAGES_METHOD, {
    DIALOG_ID: `chat${chatId}`,
    FIRST_ID: attempt.after,
    LIMIT: PAGE_SIZE,
  });
  return (
    sentMessage(parseMessagePage(value, door.init.portal.origin, PAGE_SIZE).messages, attempt)
      ?.id ?? null
  );
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** A request's answer or its AppError, as a value: the reply keeps both. */
export function settled<T>(ask: () => Promise<T>): Promise<Settled<T>> {
  return ask().then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error: toAppError(error) }),
  );
}
