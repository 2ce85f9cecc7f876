import type { AppError, RestrictedReason } from '../b24/app-error.ts';
import type { ConversationStart } from './conversation/conversation.ts';
import type { AccessDenied, LinkedChat, LinkedChatResult, LinkedRecord } from './linked-chat.ts';

/**
 * The one derived state a chat card renders (contract §3, `data-state`). `bad-placement` is
 * not here: a refused placement never gets a query (see BadPlacementCard).
 */
export type CardState =
  | { state: 'loading' }
  | {
      state: 'ready';
      chat: LinkedChat;
      record: LinkedRecord;
      conversation: ConversationStart;
      stale: Stale | null;
    }
  | { state: 'no-chat'; record: LinkedRecord }
  | { state: 'no-record'; record: LinkedRecord }
  | ({ state: 'access-denied' } & AccessDenied)
  | { state: 'unauthorized' }
  | { state: 'restricted'; reason: RestrictedReason | undefined }
  | { state: 'session-expired' }
  | { state: 'error'; error: AppError };

export interface Stale {
  updatedAt: number;
  error: AppError;
}

export interface ChatQuerySnapshot {
  data: LinkedChatResult | undefined;
  error: AppError | null;
  dataUpdatedAt: number;
  /** The conversation's last ask for newer messages failed (contract §5, Live). */
  conversationStale?: Stale | null;
}

/**
 * Access that was taken away must not leave the chat on screen: these replace any card. A chat
 * the person may not read is not among them: the fetcher answers it as data (`access-denied`),
 * never as an error.
 */
function replacing(error: AppError): CardState | undefined {
  switch (error.kind) {
    case 'unauthorized':
    case 'session-expired':
      return { state: error.kind };
    case 'restricted':
      return { state: 'restricted', reason: error.reason };
    default:
      return undefined;
  }
}

export function deriveCardState(query: ChatQuerySnapshot): CardState {
  const { data, error } = query;
  if (error !== null) {
    const replaced = replacing(error);
    if (replaced !== undefined) return replaced;
  }
  if (data?.kind === 'ready') {
    const stale =
      error === null
        ? (query.conversationStale ?? null)
        : { updatedAt: query.dataUpdatedAt, error };
    return {
      state: 'ready',
      chat: data.chat,
      record: data.record,
      conversation: data.conversation,
      stale,
    };
  }
  // Kept while a revalidation runs: only a retry the user asks for resets it to the skeleton.
  if (error !== null) return { state: 'error', error };
  if (data === undefined) return { state: 'loading' };
  if (data.kind === 'no-chat') return { state: 'no-chat', record: data.record };
  if (data.kind === 'no-record') return { state: 'no-record', record: data.record };
  return {
    state: 'access-denied',
    record: data.record,
    responsible: data.responsible,
    requester: data.requester,
  };
}
