import type { ChatKey } from '../b24/chat-key.ts';
import type { B24Door } from '../b24/door.ts';
import { doorQueryOptions } from '../query/door-query.ts';
import { fetchLinkedChat } from './fetch-linked-chat.ts';

/** Generic → specific, so the prefix `['chat']` invalidates every chat query at once. */
export const chatKeys = {
  linked: (key: ChatKey) => ['chat', 'linked', key] as const,
};

export function linkedChatQueryOptions(door: B24Door, key: ChatKey) {
  return doorQueryOptions(door, {
    queryKey: chatKeys.linked(key),
    queryFn: (door) => fetchLinkedChat(door, key),
  });
}
