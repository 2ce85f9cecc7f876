import { createContext, useContext } from 'react';
import type { B24Door } from './door.ts';

export const DoorContext = createContext<B24Door | null>(null);

export function useDoor(): B24Door {
  const door = useContext(DoorContext);
  if (door === null) throw new Error('useDoor outside DoorContext');
  return door;
}
