import { queryOptions } from '@tanstack/react-query';
import { toAppError } from '../../b24/app-error.ts';
import type { B24Door } from '../../b24/door.ts';
import { fetchPlacementOverview } from '../../b24/placements.ts';
import { planInstall } from '../install-plan.ts';

export const installKeys = {
  plan: (handler: string) => ['install', 'plan', handler] as const,
};

export function installPlanQueryOptions(door: B24Door, handler: string) {
  // The door is the connection, not an input: one per page, so it stays out of the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: installKeys.plan(handler),
    queryFn: async () => {
      try {
        return planInstall(await fetchPlacementOverview(door, handler));
      } catch (error) {
        throw toAppError(error);
      }
    },
    // The plan is read once per install run: refetching on focus mid-install would move
    // freshly bound places into "already added" and muddle the progress list.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
