import { useMutation } from '@tanstack/react-query';
import { toAppError } from '../../b24/app-error.ts';
import { useDoor } from '../../b24/door-context.ts';
import { changePlacements } from '../../b24/placements.ts';

/** One halt=0 batch of placement.bind for the given codes; resolves per code. */
export function useBindPlacements(handler: string) {
  const door = useDoor();
  return useMutation({
    mutationFn: async (placements: readonly string[]) => {
      try {
        return await changePlacements(door, 'placement.bind', placements, handler);
      } catch (error) {
        throw toAppError(error);
      }
    },
  });
}
