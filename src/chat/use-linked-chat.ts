import { hashKey, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppError } from '../b24/app-error.ts';
import { useDoor } from '../b24/door-context.ts';
import type { ChatKey } from '../b24/placement.ts';
import { deriveCardState, type CardState } from './card-state.ts';
import type { LinkedChatView } from './linked-chat.ts';
import { linkedChatQueryOptions } from './linked-chat-query.ts';

export function useLinkedChat(key: ChatKey): { card: CardState; retry: () => void } {
  const door = useDoor();
  const queryClient = useQueryClient();
  const options = linkedChatQueryOptions(door, key);
  const query = useQuery(options);
  const error = useShownError(query, options.queryKey);
  const record = { crmType: key.crmType, id: key.recordId, title: null };
  return {
    card: deriveCardState({ data: query.data, error, dataUpdatedAt: query.dataUpdatedAt }, record),
    retry: () => {
      // A stale chat stays on screen while it refreshes. Any other retry the user asks for
      // shows the skeleton: reset forgets the error that the card keeps while revalidating.
      if (query.data?.kind === 'ready') void query.refetch();
      else void queryClient.resetQueries({ queryKey: options.queryKey, exact: true });
    },
  };
}

/**
 * React Query drops the error of a query without data as soon as it refetches. A background
 * revalidation (the frame got focus, the tab became visible) would then swap a problem card
 * for the skeleton — under the user's pointer, mid-click on Reload, or taking the focused
 * button with it. The card keeps showing the error it had until the revalidation answers.
 */
function useShownError(
  query: UseQueryResult<LinkedChatView, AppError>,
  queryKey: readonly unknown[],
): AppError | null {
  // Keyed by query: a card that switches records must not show the previous record's error.
  const hash = hashKey(queryKey);
  const [shown, setShown] = useState<{ hash: string; error: AppError } | null>(null);
  if (query.error !== null) {
    if (shown?.error !== query.error) setShown({ hash, error: query.error });
    return query.error;
  }
  const revalidating = query.isFetching && query.data === undefined && query.errorUpdateCount > 0;
  return revalidating && shown?.hash === hash ? shown.error : null;
}
