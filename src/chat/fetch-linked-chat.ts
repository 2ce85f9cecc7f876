import { malformed, toAppError, type AppError } from '../b24/app-error.ts';
import type { B24Door, BatchOutcome } from '../b24/door.ts';
import type { ChatKey } from '../b24/placement.ts';
import type { LinkedChatView, LinkedRecord } from './linked-chat.ts';
import {
  parseDetails,
  parseLookup,
  parseCurrentUser,
  parseMembers,
  parseRecordItem,
  parseResponsible,
} from './linked-chat-payloads.ts';

const LOOKUP = 'imbot.chat.get';
// The same handler under the im scope (facts §2, §13): the lookup where the app lacks imbot.
const LOOKUP_IM = 'im.chat.get';
const DETAILS = 'imbot.dialog.get';
// Its twin, for portals whose im module predates imbot.dialog.get (facts §3), and for apps
// without the imbot scope.
const DETAILS_TWIN = 'im.dialog.get';
const MEMBERS = 'im.dialog.users.list';
const MEMBER_AVATARS = 3;
const CHAT_REF = 'chat$result[lookup][ID]';
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

/** The lookup and, through `$result` references to it, the chat's details and members. */
function chatCommands(key: ChatKey, lookupMethod: string, detailsMethod: string) {
  return {
    lookup: {
      method: lookupMethod,
      params: { ENTITY_TYPE: key.entityType, ENTITY_ID: key.entityId },
    },
    details: { method: detailsMethod, params: { DIALOG_ID: CHAT_REF } },
    members: { method: MEMBERS, params: { DIALOG_ID: CHAT_REF, LIMIT: MEMBER_AVATARS } },
  };
}

/**
 * Everything the first view needs, in ONE request (issue "Speed"): the chat's commands, the
 * record and its responsible person (named on the access-denied card), and the current user
 * (who asks that person for access). halt=0, so one failing command does not hide the others.
 */
function firstBatch(key: ChatKey) {
  return {
    ...chatCommands(key, LOOKUP, DETAILS),
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
 * The details (and members) again, with the chat id written out: older portals leave an int
 * `$result` reference unsubstituted (DIALOG_ID_EMPTY), and some lack imbot.dialog.get.
 */
async function detailsAgain(
  door: B24Door,
  chatId: number,
  detailsMethod: string,
  firstError: AppError,
  members: Outcome,
): Promise<{ details: Outcome; members: Outcome }> {
  const dialogId = `chat${chatId}`;
  const method = firstError.code === 'ERROR_METHOD_NOT_FOUND' ? DETAILS_TWIN : detailsMethod;
  const membersAgain = members.ok
    ? Promise.resolve(members)
    : door
        .callMethod(MEMBERS, { DIALOG_ID: dialogId, LIMIT: MEMBER_AVATARS })
        .then((value): Outcome => ({ ok: true, value }))
        .catch((error: unknown): Outcome => ({ ok: false, error: toAppError(error) }));
  let details = await call(door, method, dialogId);
  if (!details.ok && details.error.code === 'ERROR_METHOD_NOT_FOUND' && method === DETAILS) {
    details = await call(door, DETAILS_TWIN, dialogId);
  }
  return { details, members: await membersAgain };
}

function asksAgain(error: AppError, detailsMethod: string): boolean {
  if (error.code === 'DIALOG_ID_EMPTY') return true;
  // The twin has no twin of its own.
  return error.code === 'ERROR_METHOD_NOT_FOUND' && detailsMethod === DETAILS;
}

export async function fetchLinkedChat(door: B24Door, key: ChatKey): Promise<LinkedChatView> {
  const portal = door.init.portal.origin;
  let batch: BatchOutcome;
  try {
    batch = await door.callBatch(firstBatch(key), { halt: false });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.kind !== 'access-denied') throw appError;
    const record = { crmType: key.crmType, id: key.recordId, title: null };
    return { kind: 'access-denied', record, responsible: null, requester: null };
  }

  const recordItem = outcome(batch, 'record');
  // No record, nothing about a chat: whatever the lookup found under its key is not shown.
  if (!recordItem.ok && recordItem.error.code === 'NOT_FOUND') {
    return { kind: 'no-record', record: { crmType: key.crmType, id: key.recordId, title: null } };
  }
  const item = parseRecordItem(recordItem.ok ? recordItem.value : undefined);
  const record: LinkedRecord = { crmType: key.crmType, id: key.recordId, title: item.title };
  const responsibleOutcome = outcome(batch, 'responsible');
  const me = outcome(batch, 'me');
  const denied = (): LinkedChatView => ({
    kind: 'access-denied',
    record,
    // A record that could not be read names nobody: user.get was not asked for its person.
    responsible:
      recordItem.ok && responsibleOutcome.ok
        ? parseResponsible(responsibleOutcome.value, item.responsibleId)
        : null,
    requester: parseCurrentUser(me.ok ? me.value : undefined),
  });

  let chatBatch = batch;
  let detailsMethod = DETAILS;
  const firstLookup = outcome(batch, 'lookup');
  if (!firstLookup.ok && firstLookup.error.code === 'insufficient_scope') {
    // The app lacks the imbot scope: one more request, the same lookup under im.
    chatBatch = await door.callBatch(chatCommands(key, LOOKUP_IM, DETAILS_TWIN), { halt: false });
    detailsMethod = DETAILS_TWIN;
  }

  const lookup = outcome(chatBatch, 'lookup');
  if (!lookup.ok) {
    if (lookup.error.kind === 'access-denied') return denied();
    throw lookup.error;
  }
  const chatId = parseLookup(lookup.value);
  // With no chat, the details' reference could not resolve: its DIALOG_ID_EMPTY means nothing.
  if (chatId === null) return { kind: 'no-chat', record };

  let details = outcome(chatBatch, 'details');
  let members = outcome(chatBatch, 'members');
  if (!details.ok && asksAgain(details.error, detailsMethod)) {
    ({ details, members } = await detailsAgain(
      door,
      chatId,
      detailsMethod,
      details.error,
      members,
    ));
  }
  if (!details.ok) {
    if (details.error.kind === 'access-denied') return denied();
    throw details.error;
  }
  return {
    kind: 'ready',
    record,
    chat: {
      ...parseDetails(details.value, portal),
      members: parseMembers(members.ok ? members.value : undefined, portal),
    },
  };
}
