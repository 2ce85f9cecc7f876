import {
  useMutation,
  useMutationState,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { malformed, type AppError } from '../b24/app-error.ts';
import type { ChatKey } from '../b24/chat-key.ts';
import type { B24Door } from '../b24/door.ts';
import { useDoor } from '../b24/door-context.ts';
import { isJsonObject, jsonObject, positiveId } from '../b24/payload-guards.ts';
import { doorMutationOptions } from '../query/door-mutation.ts';
import { chatKeys } from './linked-chat-query.ts';

/**
 * The record chat controller behind the card's own chat block (facts §13,
 * crm/lib/controller/timeline/chat.php): it checks that the caller may read the record, adds
 * them to the record's chat, creating it when missing, and answers `{chatId}`.
 */
export const WAY_IN_METHOD = 'crm.timeline.chat.get';

/** One key for every record: a way in that failed once is not offered again in this frame. */
const WAY_IN_KEY = ['chat', 'way-in'] as const;

async function enterRecordChat(door: B24Door, key: ChatKey): Promise<number> {
  const answer = await door.callMethod(WAY_IN_METHOD, {
    entityTypeId: key.entityTypeId,
    entityId: key.recordId,
  });
  const chatId = positiveId(jsonObject(answer)?.['chatId']);
  if (chatId === undefined) throw malformed(`${WAY_IN_METHOD}: no chatId`);
  return chatId;
}

export function wayInMutationOptions(door: B24Door, queryClient: QueryClient) {
  return doorMutationOptions(door, {
    mutationKey: WAY_IN_KEY,
    mutationFn: (door, key: ChatKey) => enterRecordChat(door, key),
    // The card's own first batch then finds the chat and its messages: returned, so the press
    // stays pending (the button busy) until the card can turn `ready`.
    onSuccess: (_chatId, key) =>
      queryClient.invalidateQueries({ queryKey: chatKeys.linked(key), exact: true }),
    // Kept in the QueryClient (memory) for the frame's life: a failure closes the way in for
    // every record, across re-mounts and record switches. Never storage: a new frame retries.
    gcTime: Infinity,
  });
}

/** The mutation cache keeps variables untyped: whether a press was for this record. */
const forRecord = (variables: unknown, key: ChatKey) =>
  isJsonObject(variables) &&
  variables['crmType'] === key.crmType &&
  variables['recordId'] === key.recordId;

/**
 * Read from the mutation cache itself, which knows a press is pending as soon as mutate()
 * returns: a second click in the same task, before any re-render, is still ignored.
 */
function entering(queryClient: QueryClient): boolean {
  return queryClient
    .getMutationCache()
    .findAll({ mutationKey: WAY_IN_KEY, exact: true })
    .some(({ state }) => state.status === 'pending');
}

export interface WayIn {
  /** Joins or starts the record's chat, unless a press is already on its way. */
  enter: () => void;
  pending: boolean;
  /** A way in failed in this frame (on any record): the button is not offered again. */
  closed: boolean;
  /** Why it failed on this record, if it did. */
  failure: AppError | null;
}

export function useWayIn(key: ChatKey, onEntered: () => void): WayIn {
  const door = useDoor();
  const queryClient = useQueryClient();
  const mutation = useMutation(wayInMutationOptions(door, queryClient));
  const presses = useMutationState({
    filters: { mutationKey: WAY_IN_KEY, exact: true },
    select: ({ state }) => state,
  });
  const failures = presses.filter((state) => state.status === 'error');
  const failureHere = failures.findLast((state) => forRecord(state.variables, key));
  return {
    enter: () => {
      if (entering(queryClient)) return;
      mutation.mutate(key, { onSuccess: onEntered });
    },
    pending: presses.some((state) => state.status === 'pending' && forRecord(state.variables, key)),
    closed: failures.length > 0,
    failure: failureHere?.error ?? null,
  };
}
