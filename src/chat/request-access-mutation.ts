import { mutationOptions, useMutation, useMutationState } from '@tanstack/react-query';
import { useDoor } from '../b24/door-context.ts';
import type { B24Door } from '../b24/door.ts';
import type { ChatKey } from '../b24/placement.ts';

export interface AccessRequest {
  to: number;
  message: string;
}

/** One key per record: a request is sent at most once per record while the frame lives. */
export function accessRequestKey(key: ChatKey) {
  return ['chat', 'access-request', key.crmType, key.recordId] as const;
}

export function requestAccessMutationOptions(door: B24Door, key: ChatKey) {
  return mutationOptions({
    mutationKey: accessRequestKey(key),
    mutationFn: async ({ to, message }: AccessRequest) => {
      await door.callMethod('im.notify.personal.add', { USER_ID: to, MESSAGE: message });
    },
    // Kept in the QueryClient (memory) for the frame's life, so the card never offers the
    // same request twice, even after it re-rendered another state in between. Never storage:
    // a new frame is a new visit.
    gcTime: Infinity,
  });
}

export function useRequestAccess(key: ChatKey) {
  const door = useDoor();
  const mutation = useMutation(requestAccessMutationOptions(door, key));
  const sent = useMutationState({
    filters: { mutationKey: accessRequestKey(key), exact: true, status: 'success' },
  });
  return { mutation, sent: sent.length > 0 };
}
