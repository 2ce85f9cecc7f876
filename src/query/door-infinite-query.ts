import {
  infiniteQueryOptions,
  type InfiniteData,
  type QueryFunctionContext,
  type QueryKey,
  type UseInfiniteQueryOptions,
} from '@tanstack/react-query';
import type { AppError } from '../b24/app-error.ts';
import type { B24Door } from '../b24/door.ts';
import { failingWithAppError } from './door-query.ts';

export type DoorInfiniteQueryOptions<TPage, TKey extends QueryKey, TParam> = Omit<
  UseInfiniteQueryOptions<TPage, AppError, InfiniteData<TPage, TParam>, TKey, TParam>,
  'queryFn' | 'initialData'
> & {
  queryFn: (door: B24Door, context: QueryFunctionContext<TKey, TParam>) => Promise<TPage>;
};

/** doorQueryOptions (door-query.ts) for a paged query: the door an argument, errors AppErrors. */
export function doorInfiniteQueryOptions<TPage, TKey extends QueryKey, TParam>(
  door: B24Door,
  { queryFn, ...options }: DoorInfiniteQueryOptions<TPage, TKey, TParam>,
) {
  return infiniteQueryOptions<TPage, AppError, InfiniteData<TPage, TParam>, TKey, TParam>({
    ...options,
    queryFn: (context) => failingWithAppError(() => queryFn(door, context)),
  });
}
