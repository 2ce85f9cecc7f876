import { useMutation } from '@tanstack/react-query';
import { toAppError } from '../../b24/app-error.ts';
import { useDoor } from '../../b24/door-context.ts';
import { saveSmartProcessTypes } from '../../b24/placements.ts';

/**
 * Saves the smart-process list for the lookup page, then ends installation. installFinish never
 * settles (the portal reloads), so a successful run stays pending until the frame dies.
 */
export function useFinishInstall() {
  const door = useDoor();
  return useMutation({
    mutationFn: async (smartProcessTypeIds: readonly number[]) => {
      try {
        // Awaited so the option is saved before the portal reloads; a failure only costs the
        // lookup page one crm.type.list call, so it must not block the installation.
        await saveSmartProcessTypes(door, smartProcessTypeIds).catch(() => undefined);
        await door.installFinish();
      } catch (error) {
        throw toAppError(error);
      }
    },
  });
}
