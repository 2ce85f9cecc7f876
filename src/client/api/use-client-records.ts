import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppError } from '../../b24/app-error.ts';
import { useDoor } from '../../b24/door-context.ts';
import { savedKeyTemplate } from '../../chat/key-template-option.ts';
import { useKeptError } from '../../query/use-kept-error.ts';
import { clientRecordsQueryOptions, type Client, type ClientRecords } from './client-records.ts';

export interface ClientRecordsView {
  /** The rows last shown in full; undefined until the first answer. */
  records: ClientRecords | undefined;
  /** A Show more is on its way: the rows shown are the ones before it. */
  loadingMore: boolean;
  error: AppError | null;
  retry: () => void;
}

/** The client's first `count` deals and leads with their chats' status. */
export function useClientRecords(client: Client, count: number): ClientRecordsView {
  const door = useDoor();
  const options = clientRecordsQueryOptions(door, client, savedKeyTemplate(door), count);
  const query = useQuery(options);
  const { error, retry } = useKeptError(query, options.queryKey);
  // A Show more that failed keeps the rows shown before it on screen.
  const [shown, setShown] = useState<ClientRecords | null>(null);
  if (query.data !== undefined && !query.isPlaceholderData && query.data !== shown) {
    setShown(query.data);
  }
  return {
    records: query.data ?? shown ?? undefined,
    loadingMore: query.isPlaceholderData,
    error,
    retry,
  };
}
