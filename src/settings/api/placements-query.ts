import type { B24Door } from '../../b24/door.ts';
import { fetchPlacementOverview } from '../../chat/places/placement-bindings.ts';
import { doorQueryOptions } from '../../query/door-query.ts';
import { settingsKeys } from './settings-keys.ts';

/** placement.get + crm.type.list in one batch: which tabs are on, and which could be. */
export function placementsQueryOptions(door: B24Door, handler: string) {
  return doorQueryOptions(door, {
    queryKey: settingsKeys.placements(handler),
    queryFn: (door) => fetchPlacementOverview(door, handler),
  });
}
