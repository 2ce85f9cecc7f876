import { malformed, toAppError, type AppError } from '../../b24/app-error.ts';
import type { B24Door, BatchOutcome } from '../../b24/door.ts';
import { callSplitBatch, type CommandGroup } from '../../b24/split-batch.ts';
import {
  chatCommands,
  detailsAgain,
  IM,
  IMBOT,
  lacksImbotScope,
  type ChatMethods,
} from '../chat-methods.ts';
import { parseDetails, parseLookup } from '../linked-chat-payloads.ts';
import { isPageWide } from './page-wide-error.ts';
import type { ChatStatus, ListedRecord, RecordRow } from './record-row.ts';

// An app refused `imbot` stays refused until it is reinstalled, which reloads the frame: later
// lists of this connection ask `im` at once instead of paying one more round trip each time.
const refusedImbot = new WeakSet<B24Door>();

const lookupName = (index: number) => `lookup_${index}`;
const dialogName = (index: number) => `dialog_${index}`;

/** Per record, the lookup and its chat's details: one group, the reference resolving inside it. */
export function statusCommands(
  records: readonly ListedRecord[],
  methods: ChatMethods = IMBOT,
): CommandGroup[] {
  return records.map(({ key }, index) =>
    chatCommands(key, methods, { lookup: lookupName(index), details: dialogName(index) }),
  );
}

/** A status, or a chat whose details are worth one more question. */
type Settled = ChatStatus | { kind: 'ask-again'; chatId: number; method: string };

/** `no-scope`: the lookup lacked the `imbot` scope, worth asking its `im` twin. */
type Reading = Settled | { kind: 'no-scope'; error: AppError };

function unknown(error: AppError): ChatStatus {
  return { kind: 'unknown', error };
}

/**
 * The details of a chat the lookup found: readable, denied, or worth one more question.
 * `writtenOut`: they were asked with the chat id written out, not through a reference.
 */
function readDetails(
  batch: BatchOutcome,
  name: string,
  chatId: number,
  asked: { method: string; writtenOut: boolean },
): Settled {
  const error = batch.errors[name];
  if (error !== undefined) {
    if (error.kind === 'access-denied') return { kind: 'not-member' };
    const method = detailsAgain(error, asked.method, asked.writtenOut);
    if (method !== undefined) return { kind: 'ask-again', chatId, method };
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

function readRecord(batch: BatchOutcome, index: number, methods: ChatMethods): Reading {
  const error = batch.errors[lookupName(index)];
  if (error !== undefined) {
    if (error.kind === 'access-denied') return { kind: 'not-member' };
    if (lacksImbotScope(error) && methods !== IM) return { kind: 'no-scope', error };
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
  return readDetails(batch, dialogName(index), chatId, {
    method: methods.details,
    writtenOut: false,
  });
}

/**
 * Every record's lookup and details, through `methods`: one step, however many batches, with
 * the caller's `alongside` commands in the same batches (their answers come back as they are).
 */
async function readStatuses(
  door: B24Door,
  records: readonly ListedRecord[],
  methods: ChatMethods,
  signal: AbortSignal | undefined,
  alongside: readonly CommandGroup[] = [],
): Promise<{ readings: Reading[]; batch: BatchOutcome }> {
  const batch = await callSplitBatch(
    door,
    [...statusCommands(records, methods), ...alongside],
    signal,
  );
  return { readings: records.map((_record, index) => readRecord(batch, index, methods)), batch };
}

/** Where `imbot` was refused, the same records again through `im` (contract §2). */
async function withoutImbot(
  door: B24Door,
  records: readonly ListedRecord[],
  readings: readonly Reading[],
  signal: AbortSignal | undefined,
): Promise<Settled[]> {
  const refused = records.filter((_record, index) => readings[index]?.kind === 'no-scope');
  const again =
    refused.length === 0 ? [] : (await readStatuses(door, refused, IM, signal)).readings;
  if (refused.length > 0) refusedImbot.add(door);
  let next = 0;
  return readings.map((reading) => {
    if (reading.kind !== 'no-scope') return reading;
    const settled = again[next++];
    // Through `im` nothing is left to try: a refusal there already failed the whole list.
    return settled === undefined || settled.kind === 'no-scope' ? unknown(reading.error) : settled;
  });
}

/** One more step for every chat whose details the first could not tell. */
async function askAgain(
  door: B24Door,
  readings: readonly Settled[],
  signal: AbortSignal | undefined,
): Promise<ChatStatus[]> {
  const groups: CommandGroup[] = [];
  readings.forEach((reading, index) => {
    if (reading.kind !== 'ask-again') return;
    groups.push({
      [dialogName(index)]: {
        method: reading.method,
        params: { DIALOG_ID: `chat${reading.chatId}` },
      },
    });
  });
  const batch = groups.length === 0 ? undefined : await callSplitBatch(door, groups, signal);
  return readings.map((reading, index) => {
    if (reading.kind !== 'ask-again') return reading;
    const name = dialogName(index);
    const asked = { method: reading.method, writtenOut: true };
    const again = batch === undefined ? undefined : readDetails(batch, name, reading.chatId, asked);
    // One more step at most: a list does not chase a chat through a third round trip.
    if (again !== undefined && again.kind !== 'ask-again') return again;
    return unknown(batch?.errors[name] ?? malformed('dialog.get: no answer'));
  });
}

/**
 * Every record's chat status in one round trip; one more on portals older than the contract's,
 * and one more where the app lacks the `imbot` scope (only once per connection).
 */
export async function fetchChatStatuses(
  door: B24Door,
  records: readonly ListedRecord[],
  signal?: AbortSignal,
): Promise<RecordRow[]> {
  return (await fetchChatStatusesAlongside(door, records, [], signal)).rows;
}

/**
 * fetchChatStatuses, with other commands riding in its first round trip (a page that needs one
 * more step of its own saves a round trip): their answers, as the batch gave them, come back
 * beside the rows.
 */
export async function fetchChatStatusesAlongside(
  door: B24Door,
  records: readonly ListedRecord[],
  alongside: readonly CommandGroup[],
  signal?: AbortSignal,
): Promise<{ rows: RecordRow[]; alongside: BatchOutcome }> {
  if (records.length === 0 && alongside.length === 0) {
    return { rows: [], alongside: { results: {}, errors: {} } };
  }
  const methods = refusedImbot.has(door) ? IM : IMBOT;
  const first = await readStatuses(door, records, methods, signal, alongside);
  const readings = await withoutImbot(door, records, first.readings, signal);
  const statuses = await askAgain(door, readings, signal);
  const rows = records.map((record, index) => ({
    record,
    status: statuses[index] ?? unknown(malformed('no status')),
  }));
  return { rows, alongside: first.batch };
}
