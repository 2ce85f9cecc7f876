import { queryOptions } from '@tanstack/react-query';
import { toAppError } from '../../b24/app-error.ts';
import type { B24Door } from '../../b24/door.ts';
import { fetchPlacementOverview } from '../../b24/placements.ts';
import { settingsKeys } from './settings-keys.ts';

/** placement.get + crm.type.list in one batch: which tabs are on, and which could be. */
export function placementsQueryOptions(door: B24Door, handler: string) {
  // The door is the connection, not an input: one per page, so it stays out of the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: settingsKeys.placements(handler),
    queryFn: async () => {
      try {
        return await fetchPlacementOverview(door, handler);
      } catch (error) {
        throw toAppError(error);
      }
    },
  });
}
