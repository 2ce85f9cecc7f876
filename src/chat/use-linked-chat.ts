import { useQuery } from '@tanstack/react-query';
import type { ChatKey } from '../b24/chat-key.ts';
import { useDoor } from '../b24/door-context.ts';
import { useKeptError } from '../query/use-kept-error.ts';
import { deriveCardState, type CardState } from './card-state.ts';
import { linkedChatQueryOptions } from './linked-chat-query.ts';

export function useLinkedChat(key: ChatKey): { card: CardState; retry: () => void } {
  const options = linkedChatQueryOptions(useDoor(), key);
  const query = useQuery(options);
  // A stale chat stays on screen while it refreshes; any other card retried shows the skeleton.
  const { error, retry } = useKeptError(
    query,
    options.queryKey,
    (result) => result.kind === 'ready',
  );
  return {
    card: deriveCardState({ data: query.data, error, dataUpdatedAt: query.dataUpdatedAt }),
    retry,
  };
}
