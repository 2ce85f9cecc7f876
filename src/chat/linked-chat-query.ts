import { queryOptions } from '@tanstack/react-query';
import { toAppError } from '../b24/app-error.ts';
import type { B24Door } from '../b24/door.ts';
import type { ChatKey } from '../b24/placement.ts';
import { fetchLinkedChat } from './fetch-linked-chat.ts';

/** Generic → specific, so the prefix `['chat']` invalidates every chat query at once. */
export const chatKeys = {
  linked: (key: ChatKey) => ['chat', 'linked', key] as const,
};

export function linkedChatQueryOptions(door: B24Door, key: ChatKey) {
  // The door is the connection, not an input: one per page, so it stays out of the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: chatKeys.linked(key),
    queryFn: async () => {
      try {
        return await fetchLinkedChat(door, key);
      } catch (error) {
        // Register.defaultError promises AppError: nothing else may escape.
        throw toAppError(error);
      }
    },
  });
}
