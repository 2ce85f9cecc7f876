import { useQuery } from '@tanstack/react-query';
import type { ChatKey } from '../b24/chat-key.ts';
import { useDoor } from '../b24/door-context.ts';
import { useKeptError } from '../query/use-kept-error.ts';
import { deriveCardState, type CardState, type Stale } from './card-state.ts';
import type { ConversationLog } from './conversation/conversation-log.ts';
import { conversationLogOptions } from './conversation/conversation-query.ts';
import { linkedChatQueryOptions } from './linked-chat-query.ts';

function pollStale(log: ConversationLog): Stale | null {
  return log.failure === null ? null : { updatedAt: log.answeredAt, error: log.failure };
}

export function useLinkedChat(key: ChatKey): { card: CardState; retry: () => void } {
  const door = useDoor();
  const options = linkedChatQueryOptions(door, key);
  const query = useQuery(options);
  // A failed poll marks the card stale like a failed revalidation (its Try again refetches the
  // card, whose first batch heals the conversation too).
  const chatId = query.data?.kind === 'ready' ? query.data.chat.id : 0;
  const { data: conversationStale } = useQuery({
    ...conversationLogOptions(door, chatId),
    select: pollStale,
  });
  // A stale chat stays on screen while it refreshes; any other card retried shows the skeleton.
  const { error, retry } = useKeptError(
    query,
    options.queryKey,
    (result) => result.kind === 'ready',
  );
  return {
    card: deriveCardState({
      data: query.data,
      error,
      dataUpdatedAt: query.dataUpdatedAt,
      conversationStale,
    }),
    retry,
  };
}
