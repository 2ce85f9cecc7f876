import {
  queryOptions,
  skipToken,
  type QueryFunctionContext,
  type QueryKey,
  type SkipToken,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { toAppError, type AppError } from '../b24/app-error.ts';
import type { B24Door } from '../b24/door.ts';

/**
 * Register.defaultError promises that every query and mutation fails with an AppError. The door
 * maps what the SDK throws and the parsers throw AppErrors already; this maps whatever else
 * escapes (a bug's TypeError), once, for every door-backed query and mutation.
 */
export async function failingWithAppError<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toAppError(error);
  }
}

export type DoorQueryFn<TData, TKey extends QueryKey> = (
  door: B24Door,
  context: QueryFunctionContext<TKey>,
) => TData | Promise<TData>;

// No initialData: what the portal answers is fetched, never assumed.
export type DoorQueryOptions<TData, TKey extends QueryKey> = Omit<
  UseQueryOptions<TData, AppError, TData, TKey>,
  'queryFn' | 'initialData'
> & { queryFn: DoorQueryFn<TData, TKey> | SkipToken };

/**
 * The queryOptions of a query that asks the portal. The door reaches `queryFn` as an argument,
 * never captured: it is the connection, not an input (one per page), so it stays out of every
 * key while exhaustive-deps still checks everything else the function reads. The QueryClient,
 * when a fetch needs it, is the context's `client`, for the same reason.
 */
export function doorQueryOptions<TData, TKey extends QueryKey>(
  door: B24Door,
  { queryFn, ...options }: DoorQueryOptions<TData, TKey>,
) {
  return queryOptions<TData, AppError, TData, TKey>({
    ...options,
    queryFn:
      queryFn === skipToken
        ? skipToken
        : (context) => failingWithAppError(() => queryFn(door, context)),
  });
}
