import type { AppError } from '../b24/app-error.ts';
import type { ChatKey } from '../b24/chat-key.ts';
import type { BatchCommand } from '../b24/door.ts';

/** The lookup and the details of a chat, as one pair of twins (contract §2, facts §2, §3). */
export interface ChatMethods {
  lookup: string;
  details: string;
}

export const IMBOT: ChatMethods = { lookup: 'imbot.chat.get', details: 'imbot.dialog.get' };

/**
 * The same handlers under scope `im` (facts §13): for an app without `imbot`, and for portals
 * whose im module predates imbot.dialog.get.
 */
export const IM: ChatMethods = { lookup: 'im.chat.get', details: 'im.dialog.get' };

/** The lookup was refused for want of the `imbot` scope: its `im` twin is worth asking. */
export function lacksImbotScope(error: AppError): boolean {
  return error.code === 'insufficient_scope';
}

/** DIALOG_ID of the chat a batch's lookup command found, as a `$result` reference to it. */
export function chatReference(lookupName: string): string {
  return `chat$result[${lookupName}][ID]`;
}

/**
 * A record's lookup and, through a reference that resolves only inside the same batch, its
 * chat's details. The details answer whether the person may read the chat: a member gets them,
 * anyone else ACCESS_ERROR.
 */
export function chatCommands(
  key: Pick<ChatKey, 'entityType' | 'entityId'>,
  methods: ChatMethods,
  names: { lookup: string; details: string },
): Record<string, BatchCommand> {
  return {
    [names.lookup]: {
      method: methods.lookup,
      params: { ENTITY_TYPE: key.entityType, ENTITY_ID: key.entityId },
    },
    [names.details]: {
      method: methods.details,
      params: { DIALOG_ID: chatReference(names.lookup) },
    },
  };
}

/**
 * The method to ask a found chat's details again with, its id written out (`chat<id>`), or
 * undefined when nothing is left to try. `writtenOut`: the failed question already had it so.
 */
export function detailsAgain(
  error: AppError,
  method: string,
  writtenOut: boolean,
): string | undefined {
  // An older portal leaves the int reference unsubstituted (contract §2).
  if (error.code === 'DIALOG_ID_EMPTY') return writtenOut ? undefined : method;
  // A portal without imbot.dialog.get, or an app without the imbot scope: its twin, which has
  // no twin of its own.
  if (error.code === 'ERROR_METHOD_NOT_FOUND' || lacksImbotScope(error)) {
    return method === IM.details ? undefined : IM.details;
  }
  return undefined;
}
