import { hashKey, useQueryClient, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppError } from '../b24/app-error.ts';

export interface KeptError {
  /** The error the view shows, or null. */
  error: AppError | null;
  /** Try again, as the user asks for it. */
  retry: () => void;
}

/**
 * The error a view shows for a query, and the retry that goes with it. React Query drops the
 * error of a query without data as soon as it refetches, so a background revalidation (the frame
 * got focus, the tab became visible) would swap an error for the skeleton: under the user's
 * pointer mid-click, or taking the focused button with it. The error shown stays until the
 * revalidation answers.
 *
 * The retry rule: data the view keeps on screen (`keepsShowing`, by default any) stays there
 * while it refreshes; anything else the user retries shows the skeleton again, as reset forgets
 * the kept error.
 */
export function useKeptError<TData>(
  query: UseQueryResult<TData, AppError>,
  queryKey: QueryKey,
  keepsShowing: (data: TData) => boolean = () => true,
): KeptError {
  const queryClient = useQueryClient();
  // Keyed: a view that switches queries must not show the previous one's error.
  const hash = hashKey(queryKey);
  const [kept, setKept] = useState<{ hash: string; error: AppError } | null>(null);
  const retry = () => {
    if (query.data !== undefined && keepsShowing(query.data)) void query.refetch();
    else void queryClient.resetQueries({ queryKey, exact: true });
  };
  if (query.error !== null) {
    if (kept?.error !== query.error) setKept({ hash, error: query.error });
    return { error: query.error, retry };
  }
  const revalidating = query.isFetching && query.data === undefined && query.errorUpdateCount > 0;
  return { error: revalidating && kept?.hash === hash ? kept.error : null, retry };
}
