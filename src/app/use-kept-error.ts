import { hashKey, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppError } from '../b24/app-error.ts';

/**
 * The error a view shows for a query. React Query drops the error of a query without data as
 * soon as it refetches, so a background revalidation (the frame got focus, the tab became
 * visible) would swap an error for the skeleton: under the user's pointer mid-click, or taking
 * the focused button with it. The error shown stays until the revalidation answers. A retry
 * the user asks for should reset the query (`resetQueries`), which shows the skeleton.
 */
export function useKeptError(
  query: UseQueryResult<unknown, AppError>,
  queryKey: QueryKey,
): AppError | null {
  // Keyed: a view that switches queries must not show the previous one's error.
  const hash = hashKey(queryKey);
  const [kept, setKept] = useState<{ hash: string; error: AppError } | null>(null);
  if (query.error !== null) {
    if (kept?.error !== query.error) setKept({ hash, error: query.error });
    return query.error;
  }
  const revalidating = query.isFetching && query.data === undefined && query.errorUpdateCount > 0;
  return revalidating && kept?.hash === hash ? kept.error : null;
}
