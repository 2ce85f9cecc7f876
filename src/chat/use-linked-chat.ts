import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useKeptError } from '../app/use-kept-error.ts';
import { useDoor } from '../b24/door-context.ts';
import type { ChatKey } from '../b24/placement.ts';
import { deriveCardState, type CardState } from './card-state.ts';
import { linkedChatQueryOptions } from './linked-chat-query.ts';

export function useLinkedChat(key: ChatKey): { card: CardState; retry: () => void } {
  const door = useDoor();
  const queryClient = useQueryClient();
  const options = linkedChatQueryOptions(door, key);
  const query = useQuery(options);
  const error = useKeptError(query, options.queryKey);
  return {
    card: deriveCardState({ data: query.data, error, dataUpdatedAt: query.dataUpdatedAt }),
    retry: () => {
      // A stale chat stays on screen while it refreshes. Any other retry the user asks for
      // shows the skeleton: reset forgets the error the card keeps while revalidating.
      if (query.data?.kind === 'ready') void query.refetch();
      else void queryClient.resetQueries({ queryKey: options.queryKey, exact: true });
    },
  };
}
