import { malformed, toAppError, type AppError } from '../b24/app-error.ts';
import { recordOf, type ChatKey } from '../b24/chat-key.ts';
import type { B24Door, BatchOutcome } from '../b24/door.ts';
import {
  chatCommands,
  chatReference,
  detailsAgain,
  IM,
  IMBOT,
  lacksImbotScope,
  type ChatMethods,
} from './chat-methods.ts';
import {
  MESSAGES_METHOD,
  FIRST_PAGE_SIZE,
  parseMessagePage,
  parseUnread,
} from './conversation/conversation-payloads.ts';
import type { LinkedChatResult } from './linked-chat.ts';
import {
  MEMBER_AVATARS,
  parseDetails,
  parseLookup,
  parseCurrentUser,
  parseMembers,
  parseRecordItem,
  parseResponsible,
} from './linked-chat-payloads.ts';

const MEMBERS = 'im.dialog.users.list';
/**
 * Embedded, never the whole value: a whole-value `$result` reference that does not resolve (a
 * failed `record`) gets the deepest value the portal reached, the whole result map, and
 * user.get reads an array ID as a list of ids (`array_map('intval')`: every non-empty entry is
 * 1), so it would answer with other people (rest_util.php processBatchElement, rest/lib/api/
 * user.php prepareUserValue; facts §13). Embedded, a resolved id is substituted as text ("04",
 * which user.get's `(int)` reads as 4), and one that does not resolve stays as typed, which
 * reads as ID 0: nobody. A zero, not a space, so a resolved id is still all digits for any host
 * that checks it; and no other source, since only the record knows its person and asking after
 * the batch would cost the access-denied card a second request.
 */
const RESPONSIBLE_REF = '0$result[record][item][assignedById]';

const MEMBERS_PARAMS = { LIMIT: MEMBER_AVATARS };
/** The latest page: the conversation is on the card when it turns `ready` (contract §5). */
const MESSAGES_PARAMS = { LIMIT: FIRST_PAGE_SIZE };

/**
 * The lookup and, through `$result` references to it, the chat's details, members and latest
 * messages.
 */
function chatBatch(key: ChatKey, methods: ChatMethods) {
  const dialog = { DIALOG_ID: chatReference('lookup') };
  return {
    ...chatCommands(key, methods, { lookup: 'lookup', details: 'details' }),
    members: { method: MEMBERS, params: { ...dialog, ...MEMBERS_PARAMS } },
    messages: { method: MESSAGES_METHOD, params: { ...dialog, ...MESSAGES_PARAMS } },
  };
}

/**
 * Everything the first view needs, in ONE request (issue "Speed"): the chat's commands, the
 * record and its responsible person (named on the access-denied card), and the current user
 * (who asks that person for access). halt=0, so one failing command does not hide the others.
 */
function firstBatch(key: ChatKey) {
  return {
    ...chatBatch(key, IMBOT),
    record: {
      method: 'crm.item.get',
      params: { entityTypeId: key.entityTypeId, id: key.recordId },
    },
    responsible: { method: 'user.get', params: { ID: RESPONSIBLE_REF } },
    me: { method: 'user.current' },
  };
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: AppError };

function outcome(batch: BatchOutcome, name: string): Outcome {
  const error = batch.errors[name];
  if (error !== undefined) return { ok: false, error };
  if (Object.hasOwn(batch.results, name)) return { ok: true, value: batch.results[name] };
  return { ok: false, error: malformed(`batch: no answer for ${name}`) };
}

async function call(door: B24Door, method: string, dialogId: string): Promise<Outcome> {
  try {
    return { ok: true, value: await door.callMethod(method, { DIALOG_ID: dialogId }) };
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}

/**
 * The details again, the chat id written out, for as long as detailsAgain names a method: older
 * portals leave an int `$result` reference unsubstituted (DIALOG_ID_EMPTY), and some lack
 * imbot.dialog.get.
 */
async function askDetailsAgain(door: B24Door, method: string, dialogId: string): Promise<Outcome> {
  const details = await call(door, method, dialogId);
  const again = details.ok ? undefined : detailsAgain(details.error, method, true);
  return again === undefined ? details : askDetailsAgain(door, again, dialogId);
}

/** Members or messages again, beside the details, where their reference did not resolve either. */
function askAgain(
  door: B24Door,
  previous: Outcome,
  method: string,
  params: Record<string, number>,
  dialogId: string,
): Promise<Outcome> {
  if (previous.ok) return Promise.resolve(previous);
  return door
    .callMethod(method, { DIALOG_ID: dialogId, ...params })
    .then((value): Outcome => ({ ok: true, value }))
    .catch((error: unknown): Outcome => ({ ok: false, error: toAppError(error) }));
}

/**
 * The record's chat as the card shows it. Access denied is an answer, never an error: whatever
 * refused it with ACCESS_ERROR, the card learns it from here, and from nowhere else.
 */
export async function fetchLinkedChat(door: B24Door, key: ChatKey): Promise<LinkedChatResult> {
  try {
    return await readLinkedChat(door, key);
  } catch (error) {
    const appError = toAppError(error);
    if (appError.kind !== 'access-denied') throw appError;
    // The whole request was refused: no record read, so nobody to name or to ask.
    return { kind: 'access-denied', record: recordOf(key), responsible: null, requester: null };
  }
}

async function readLinkedChat(door: B24Door, key: ChatKey): Promise<LinkedChatResult> {
  const portal = door.init.portal.origin;
  const batch = await door.callBatch(firstBatch(key), { halt: false });

  const recordItem = outcome(batch, 'record');
  // No record, nothing about a chat: whatever the lookup found under its key is not shown.
  if (!recordItem.ok && recordItem.error.code === 'NOT_FOUND') {
    return { kind: 'no-record', record: recordOf(key) };
  }
  const item = parseRecordItem(recordItem.ok ? recordItem.value : undefined);
  const record = recordOf(key, item.title);
  const responsibleOutcome = outcome(batch, 'responsible');
  const me = outcome(batch, 'me');
  const denied = (): LinkedChatResult => ({
    kind: 'access-denied',
    record,
    // A record that could not be read names nobody: user.get was not asked for its person.
    responsible:
      recordItem.ok && responsibleOutcome.ok
        ? parseResponsible(responsibleOutcome.value, item.responsibleId)
        : null,
    requester: parseCurrentUser(me.ok ? me.value : undefined),
  });

  let chat = batch;
  let methods = IMBOT;
  const firstLookup = outcome(batch, 'lookup');
  if (!firstLookup.ok && lacksImbotScope(firstLookup.error)) {
    // The app lacks the imbot scope: one more request, the same lookup under im.
    methods = IM;
    chat = await door.callBatch(chatBatch(key, methods), { halt: false });
  }

  const lookup = outcome(chat, 'lookup');
  if (!lookup.ok) {
    if (lookup.error.kind === 'access-denied') return denied();
    throw lookup.error;
  }
  const chatId = parseLookup(lookup.value);
  // With no chat, the details' reference could not resolve: its DIALOG_ID_EMPTY means nothing.
  if (chatId === null) return { kind: 'no-chat', record };

  let details = outcome(chat, 'details');
  let members = outcome(chat, 'members');
  let messages = outcome(chat, 'messages');
  const again = details.ok ? undefined : detailsAgain(details.error, methods.details, false);
  if (again !== undefined) {
    const dialogId = `chat${chatId}`;
    [members, messages, details] = await Promise.all([
      askAgain(door, members, MEMBERS, MEMBERS_PARAMS, dialogId),
      askAgain(door, messages, MESSAGES_METHOD, MESSAGES_PARAMS, dialogId),
      askDetailsAgain(door, again, dialogId),
    ]);
  }
  if (!details.ok) {
    if (details.error.kind === 'access-denied') return denied();
    throw details.error;
  }
  // The details let the person in but the messages did not: they may not read the chat after
  // all, and nothing of it is shown. Any other failure fails the card (Try again), as the
  // details' would: `ready` promises the conversation, and an empty log would say "no messages"
  // where there are some. On a revalidation, the last good card stays, marked stale.
  if (!messages.ok) {
    if (messages.error.kind === 'access-denied') return denied();
    throw messages.error;
  }
  return {
    kind: 'ready',
    record,
    chat: {
      ...parseDetails(details.value, portal),
      members: parseMembers(members.ok ? members.value : undefined, portal),
    },
    conversation: {
      latest: parseMessagePage(messages.value, portal, FIRST_PAGE_SIZE),
      unread: parseUnread(details.value),
      viewer: parseCurrentUser(me.ok ? me.value : undefined)?.id ?? null,
    },
  };
}
