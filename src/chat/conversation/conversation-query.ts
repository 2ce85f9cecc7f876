import { skipToken, type QueryClient } from '@tanstack/react-query';
import type { B24Door } from '../../b24/door.ts';
import { doorQueryOptions } from '../../query/door-query.ts';
import { seededLog, type ConversationLog } from './conversation-log.ts';
import type { ConversationStart } from './conversation.ts';

/** Generic → specific: `all` drops every chat's conversation at once. */
export const conversationKeys = {
  all: ['conversation'] as const,
  log: (chatId: number) => ['conversation', chatId] as const,
};

/**
 * The kept conversation of one chat. It is never fetched as a whole: the first batch seeds it
 * and every later answer (a poll, an earlier page, a read) is merged in with setQueryData.
 */
export function conversationLogOptions(door: B24Door, chatId: number) {
  return doorQueryOptions<ConversationLog, ReturnType<typeof conversationKeys.log>>(door, {
    queryKey: conversationKeys.log(chatId),
    queryFn: skipToken,
  });
}

/** A first batch answered `ready`: its latest page joins what the card keeps of the chat. */
export function seedConversation(
  client: QueryClient,
  chatId: number,
  start: ConversationStart,
): void {
  client.setQueryData<ConversationLog>(conversationKeys.log(chatId), (kept) =>
    seededLog(kept, start, Date.now()),
  );
}
