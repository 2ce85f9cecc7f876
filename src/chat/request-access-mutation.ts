import {
  useMutation,
  useMutationState,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { ChatKey } from '../b24/chat-key.ts';
import type { B24Door } from '../b24/door.ts';
import { useDoor } from '../b24/door-context.ts';
import { doorMutationOptions } from '../query/door-mutation.ts';

export interface AccessRequest {
  to: number;
  message: string;
}

/** One key per record: a request is sent at most once per record while the frame lives. */
export function accessRequestKey(key: ChatKey) {
  return ['chat', 'access-request', key.crmType, key.recordId] as const;
}

export function requestAccessMutationOptions(door: B24Door, key: ChatKey) {
  return doorMutationOptions(door, {
    mutationKey: accessRequestKey(key),
    mutationFn: async (door, { to, message }: AccessRequest) => {
      await door.callMethod('im.notify.personal.add', { USER_ID: to, MESSAGE: message });
    },
    // Kept in the QueryClient (memory) for the frame's life, so the card never offers the
    // same request twice, even after it re-rendered another state in between. Never storage:
    // a new frame is a new visit.
    gcTime: Infinity,
  });
}

/**
 * Whether this record's request is on its way or sent, read from the mutation cache itself:
 * a mutation is pending there as soon as mutate() returns, while the rendered state (and a
 * disabled button) catches up only after React re-renders, too late for a second click in
 * the same task.
 */
function askedAlready(queryClient: QueryClient, key: ChatKey): boolean {
  return queryClient
    .getMutationCache()
    .findAll({ mutationKey: accessRequestKey(key), exact: true })
    .some(({ state }) => state.status === 'pending' || state.status === 'success');
}

export function useRequestAccess(key: ChatKey) {
  const door = useDoor();
  const queryClient = useQueryClient();
  const mutation = useMutation(requestAccessMutationOptions(door, key));
  const sent = useMutationState({
    filters: { mutationKey: accessRequestKey(key), exact: true, status: 'success' },
  });
  /** Sends the request unless one is on its way or sent: one press, one notification. */
  const request: typeof mutation.mutate = (variables, options) => {
    if (askedAlready(queryClient, key)) return;
    mutation.mutate(variables, options);
  };
  return { mutation, request, sent: sent.length > 0 };
}
