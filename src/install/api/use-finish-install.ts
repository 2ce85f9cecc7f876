import { useMutation } from '@tanstack/react-query';
import { useDoor } from '../../b24/door-context.ts';
import { saveSmartProcessTypes } from '../../chat/places/crm-places.ts';
import { doorMutationOptions } from '../../query/door-mutation.ts';

/**
 * Saves the smart-process list for the lookup page, then ends installation. installFinish never
 * settles (the portal reloads), so a successful run stays pending until the frame dies.
 */
export function useFinishInstall() {
  return useMutation(
    doorMutationOptions(useDoor(), {
      mutationFn: async (door, smartProcessTypeIds: readonly number[]) => {
        // Awaited so the option is saved before the portal reloads; a failure only costs the
        // lookup page one crm.type.list call, so it must not block the installation.
        await saveSmartProcessTypes(door, smartProcessTypeIds).catch(() => undefined);
        await door.installFinish();
      },
    }),
  );
}
