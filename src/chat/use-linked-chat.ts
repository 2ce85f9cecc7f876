import { useQuery } from '@tanstack/react-query';
import { useDoor } from '../b24/door-context.ts';
import type { ChatKey } from '../b24/placement.ts';
import { deriveCardState, type CardState } from './card-state.ts';
import { linkedChatQueryOptions } from './linked-chat-query.ts';

export function useLinkedChat(key: ChatKey): { card: CardState; retry: () => void } {
  const door = useDoor();
  const query = useQuery(linkedChatQueryOptions(door, key));
  const record = { crmType: key.crmType, id: key.recordId, title: null };
  return {
    card: deriveCardState(query, record),
    retry: () => void query.refetch(),
  };
}
