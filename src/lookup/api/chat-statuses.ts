import { malformed, toAppError, type AppError } from '../../b24/app-error.ts';
import type { B24Door, BatchCommand, BatchOutcome } from '../../b24/door.ts';
import { parseDetails, parseLookup } from '../../chat/linked-chat-payloads.ts';
import type { ChatStatus, LookupEntry, LookupRecord } from './lookup-record.ts';
import { isPageWide } from './page-wide-error.ts';

const LOOKUP = 'imbot.chat.get';
const DETAILS = 'imbot.dialog.get';
// Its twin, for portals whose im module predates imbot.dialog.get (facts §3).
const DETAILS_TWIN = 'im.dialog.get';
// An older portal leaves the int reference unsubstituted (contract §2), or lacks the method.
const ASK_AGAIN = new Set(['DIALOG_ID_EMPTY', 'ERROR_METHOD_NOT_FOUND']);

const lookupName = (index: number) => `lookup_${index}`;
const dialogName = (index: number) => `dialog_${index}`;

/**
 * Per record, the lookup and the details through a `$result` reference: 2 commands each, so
 * the 20 records of a list fit the batch's 50 (facts §9). The details answer whether the person
 * may read the chat: a member gets them, anyone else ACCESS_ERROR.
 */
export function statusCommands(records: readonly LookupRecord[]): Record<string, BatchCommand> {
  const commands: Record<string, BatchCommand> = {};
  records.forEach(({ key }, index) => {
    commands[lookupName(index)] = {
      method: LOOKUP,
      params: { ENTITY_TYPE: key.entityType, ENTITY_ID: key.entityId },
    };
    commands[dialogName(index)] = {
      method: DETAILS,
      params: { DIALOG_ID: `chat$result[${lookupName(index)}][ID]` },
    };
  });
  return commands;
}

type Reading = ChatStatus | { kind: 'ask-again'; chatId: number; method: string };

function unknown(error: AppError): ChatStatus {
  return { kind: 'unknown', error };
}

/** The details of a chat the lookup found: readable, denied, or worth one more question. */
function readDetails(batch: BatchOutcome, name: string, chatId: number): Reading {
  const error = batch.errors[name];
  if (error !== undefined) {
    if (error.kind === 'access-denied') return { kind: 'not-member' };
    if (ASK_AGAIN.has(error.code)) {
      const method = error.code === 'ERROR_METHOD_NOT_FOUND' ? DETAILS_TWIN : DETAILS;
      return { kind: 'ask-again', chatId, method };
    }
    if (isPageWide(error)) throw error;
    return unknown(error);
  }
  if (!Object.hasOwn(batch.results, name)) return unknown(malformed(`batch: no ${name}`));
  try {
    // Only validated: the list shows no chat details, the card asks for its own.
    parseDetails(batch.results[name], '');
    return { kind: 'open', chatId };
  } catch (failure) {
    return unknown(toAppError(failure));
  }
}

function readRecord(batch: BatchOutcome, index: number): Reading {
  const error = batch.errors[lookupName(index)];
  if (error !== undefined) {
    if (error.kind === 'access-denied') return { kind: 'not-member' };
    if (isPageWide(error)) throw error;
    return unknown(error);
  }
  let chatId: number | null;
  try {
    chatId = parseLookup(batch.results[lookupName(index)]);
  } catch (failure) {
    return unknown(toAppError(failure));
  }
  // With no chat, the details' reference could not resolve: its DIALOG_ID_EMPTY means nothing.
  if (chatId === null) return { kind: 'no-chat' };
  return readDetails(batch, dialogName(index), chatId);
}

/** One more batch for every chat an older portal could not describe in the first. */
async function askAgain(door: B24Door, readings: readonly Reading[]): Promise<ChatStatus[]> {
  const commands: Record<string, BatchCommand> = {};
  readings.forEach((reading, index) => {
    if (reading.kind !== 'ask-again') return;
    commands[dialogName(index)] = {
      method: reading.method,
      params: { DIALOG_ID: `chat${reading.chatId}` },
    };
  });
  const batch =
    Object.keys(commands).length === 0
      ? undefined
      : await door.callBatch(commands, { halt: false });
  return readings.map((reading, index) => {
    if (reading.kind !== 'ask-again') return reading;
    const name = dialogName(index);
    const again = batch === undefined ? undefined : readDetails(batch, name, reading.chatId);
    if (again !== undefined && again.kind !== 'ask-again') return again;
    return unknown(batch?.errors[name] ?? malformed('dialog.get: no answer'));
  });
}

/** Every record's chat status in one request (two on portals older than the contract's). */
export async function fetchChatStatuses(
  door: B24Door,
  records: readonly LookupRecord[],
): Promise<LookupEntry[]> {
  if (records.length === 0) return [];
  const batch = await door.callBatch(statusCommands(records), { halt: false });
  const statuses = await askAgain(
    door,
    records.map((_record, index) => readRecord(batch, index)),
  );
  return records.map((record, index) => ({
    record,
    status: statuses[index] ?? unknown(malformed('no status')),
  }));
}
