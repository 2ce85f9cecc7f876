import { useMutation } from '@tanstack/react-query';
import type { B24Door } from '../../b24/door.ts';
import { useDoor } from '../../b24/door-context.ts';
import {
  changePlacements,
  parseBoundPlacements,
  type PlacementOutcomes,
} from '../../chat/places/placement-bindings.ts';
import { loadPlacementTitles } from '../../i18n/placement-titles.ts';
import { doorMutationOptions } from '../../query/door-mutation.ts';

// placement.bind of a pair that is already bound answers ERROR_CORE "Unable to set placement
// handler: Handler already binded" (facts §5); the same code covers other core failures.
const CORE_ERROR = 'ERROR_CORE';

/**
 * A place whose bind answered ERROR_CORE may have been bound meanwhile (another admin's tab, an
 * earlier run whose answer was lost): placement.get says whether it is ours now, which counts
 * as done. The portal's text is localized, so it is not what decides.
 */
async function settleCoreErrors(
  door: B24Door,
  outcomes: PlacementOutcomes,
  handler: string,
): Promise<PlacementOutcomes> {
  const unclear = Object.keys(outcomes).filter((code) => outcomes[code]?.code === CORE_ERROR);
  if (unclear.length === 0) return outcomes;
  let bound: ReadonlySet<string>;
  try {
    bound = parseBoundPlacements(await door.callMethod('placement.get'), handler);
  } catch {
    // Unknown, then: the place stays failed and Try again offers it again.
    return outcomes;
  }
  const settled = { ...outcomes };
  for (const code of unclear) if (bound.has(code)) settled[code] = null;
  return settled;
}

/** One halt=0 batch of placement.bind for the given codes; resolves per code. */
export function useBindPlacements(handler: string) {
  return useMutation(
    doorMutationOptions(useDoor(), {
      mutationFn: async (door, placements: readonly string[]) => {
        const titles = await loadPlacementTitles();
        const change = { method: 'placement.bind', handler, titles } as const;
        const outcomes = await changePlacements(door, change, placements);
        return settleCoreErrors(door, outcomes, handler);
      },
    }),
  );
}
