import type { B24Door } from '../../b24/door.ts';
import { fetchPlacementOverview } from '../../chat/places/placement-bindings.ts';
import { doorQueryOptions } from '../../query/door-query.ts';
import { planInstall } from '../install-plan.ts';

export const installKeys = {
  plan: (handler: string) => ['install', 'plan', handler] as const,
};

export function installPlanQueryOptions(door: B24Door, handler: string) {
  return doorQueryOptions(door, {
    queryKey: installKeys.plan(handler),
    queryFn: async (door) => planInstall(await fetchPlacementOverview(door, handler)),
    // The plan is read once per install run: refetching on focus mid-install would move
    // freshly bound places into "already added" and muddle the progress list.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
