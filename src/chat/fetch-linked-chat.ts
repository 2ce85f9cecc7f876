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

const DETAILS = 'imbot.dialog.get';
// Its twin, for portals whose im module predates imbot.dialog.get (facts §3).
const DETAILS_TWIN = 'im.dialog.get';
const MEMBERS = 'im.dialog.users.list';
const MEMBER_AVATARS = 3;
const CHAT_REF = 'chat$result[lookup][ID]';

/**
 * Everything the first view needs, in ONE request (issue "Speed"): the lookup, the details and
 * members through `$result` references, the record and its responsible person (named on the
 * access-denied card), and the current user (who asks that person for access). halt=0, so one
 * failing command does not hide the others.
 */
function firstBatch(key: ChatKey) {
  return {
    lookup: {
      method: 'imbot.chat.get',
      params: { ENTITY_TYPE: key.entityType, ENTITY_ID: key.entityId },
    },
    details: { method: DETAILS, params: { DIALOG_ID: CHAT_REF } },
    members: { method: MEMBERS, params: { DIALOG_ID: CHAT_REF, LIMIT: MEMBER_AVATARS } },
    record: {
      method: 'crm.item.get',
      params: { entityTypeId: key.entityTypeId, id: key.recordId },
    },
    responsible: { method: 'user.get', params: { ID: '$result[record][item][assignedById]' } },
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
  firstError: AppError,
  members: Outcome,
): Promise<{ details: Outcome; members: Outcome }> {
  const dialogId = `chat${chatId}`;
  const method = firstError.code === 'ERROR_METHOD_NOT_FOUND' ? DETAILS_TWIN : DETAILS;
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

const RETRY_DETAILS = new Set(['DIALOG_ID_EMPTY', 'ERROR_METHOD_NOT_FOUND']);

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
  const item = parseRecordItem(recordItem.ok ? recordItem.value : undefined);
  const record: LinkedRecord = { crmType: key.crmType, id: key.recordId, title: item.title };
  const responsibleOutcome = outcome(batch, 'responsible');
  const me = outcome(batch, 'me');
  const denied = (): LinkedChatView => ({
    kind: 'access-denied',
    record,
    responsible: parseResponsible(
      responsibleOutcome.ok ? responsibleOutcome.value : undefined,
      item.responsibleId,
    ),
    requester: parseCurrentUser(me.ok ? me.value : undefined),
  });

  const lookup = outcome(batch, 'lookup');
  if (!lookup.ok) {
    if (lookup.error.kind === 'access-denied') return denied();
    throw lookup.error;
  }
  const chatId = parseLookup(lookup.value);
  // With no chat, the details' reference could not resolve: its DIALOG_ID_EMPTY means nothing.
  if (chatId === null) return { kind: 'no-chat', record };

  let details = outcome(batch, 'details');
  let members = outcome(batch, 'members');
  if (!details.ok && RETRY_DETAILS.has(details.error.code)) {
    ({ details, members } = await detailsAgain(door, chatId, details.error, members));
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
