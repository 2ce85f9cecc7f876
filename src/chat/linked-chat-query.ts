import type { ChatKey } from '../b24/chat-key.ts';
import type { B24Door } from '../b24/door.ts';
import { doorQueryOptions } from '../query/door-query.ts';
import { seedConversation } from './conversation/conversation-query.ts';
import { fetchLinkedChat } from './fetch-linked-chat.ts';

/** Generic → specific, so the prefix `['chat']` invalidates every chat query at once. */
export const chatKeys = {
  allLinked: ['chat', 'linked'] as const,
  linked: (key: ChatKey) => ['chat', 'linked', key] as const,
};

export function linkedChatQueryOptions(door: B24Door, key: ChatKey) {
  return doorQueryOptions(door, {
    queryKey: chatKeys.linked(key),
    queryFn: async (door, { client }) => {
      const result = await fetchLinkedChat(door, key);
      // Every fresh first batch is also an ask for the newest messages: merged here, where
      // the card's conversation and its poll see it (the poll counts it as its last ask).
      if (result.kind === 'ready') seedConversation(client, result.chat.id, result.conversation);
      return result;
    },
  });
}
