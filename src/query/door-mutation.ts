import type { MutationFunctionContext, UseMutationOptions } from '@tanstack/react-query';
import type { AppError } from '../b24/app-error.ts';
import type { B24Door } from '../b24/door.ts';
import { failingWithAppError } from './door-query.ts';

export type DoorMutationOptions<TData, TVariables, TOnMutateResult> = Omit<
  UseMutationOptions<TData, AppError, TVariables, TOnMutateResult>,
  'mutationFn'
> & {
  mutationFn: (
    door: B24Door,
    variables: TVariables,
    context: MutationFunctionContext,
  ) => Promise<TData>;
};

/**
 * The mutationOptions of a change made through the door: it gets the door as its queries do, and
 * fails with an AppError like them. Apart from door-query.ts, which the tab's first view loads:
 * only the lazy views change anything.
 */
export function doorMutationOptions<TData, TVariables = void, TOnMutateResult = unknown>(
  door: B24Door,
  { mutationFn, ...options }: DoorMutationOptions<TData, TVariables, TOnMutateResult>,
): UseMutationOptions<TData, AppError, TVariables, TOnMutateResult> {
  return {
    ...options,
    mutationFn: (variables, context) =>
      failingWithAppError(() => mutationFn(door, variables, context)),
  };
}
