import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { B24Door } from '../../b24/door.ts';
import { useDoor } from '../../b24/door-context.ts';
import {
  isSmartProcessTab,
  savedSmartProcessTypes,
  saveSmartProcessTypes,
  type TabPlace,
} from '../../chat/places/crm-places.ts';
import {
  bindParams,
  unbindParams,
  type PlacementOverview,
} from '../../chat/places/placement-bindings.ts';
import { loadPlacementTitles } from '../../i18n/placement-titles.ts';
import { doorMutationOptions } from '../../query/door-mutation.ts';
import { settingsKeys } from './settings-keys.ts';

/** A smart process the admin turns on joins the lookup page's list of types. */
function rememberSmartProcess(door: B24Door, place: TabPlace): void {
  if (!isSmartProcessTab(place)) return;
  const known = savedSmartProcessTypes(door) ?? [];
  if (known.includes(place.entityTypeId)) return;
  // Best effort: without it the lookup page just doesn't list this type's records.
  saveSmartProcessTypes(door, [...known, place.entityTypeId]).catch(() => undefined);
}

/** placement.bind / placement.unbind of one CRM tab, with our handler only. */
export function useToggleTab(handler: string, place: TabPlace) {
  const door = useDoor();
  const queryClient = useQueryClient();
  return useMutation(
    doorMutationOptions(door, {
      // A refetch of the bindings still on its way (the click also focuses the frame) would land
      // after this answer with the state from before it, and tick the box back: cancel it.
      onMutate: () => queryClient.cancelQueries({ queryKey: settingsKeys.placements(handler) }),
      mutationFn: async (door, bind: boolean) => {
        if (bind) {
          const titles = await loadPlacementTitles();
          await door.callMethod('placement.bind', bindParams(place.placement, handler, titles));
        } else {
          await door.callMethod('placement.unbind', unbindParams(place.placement, handler));
        }
        return bind;
      },
      onSuccess: (bound) => {
        queryClient.setQueryData<PlacementOverview>(settingsKeys.placements(handler), (old) => {
          if (old === undefined) return old;
          const next = new Set(old.bound);
          if (bound) next.add(place.placement);
          else next.delete(place.placement);
          return { ...old, bound: next };
        });
        if (bound) rememberSmartProcess(door, place);
      },
    }),
  );
}
