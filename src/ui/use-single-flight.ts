import { useCallback, useRef } from 'react';

/**
 * Contract §3, every control acts once per press: runs `action` unless its previous run is still
 * going. The flag is set in the event itself, so a second click in the same task, before any
 * render could disable the button, is ignored as surely as a slow double click. What the action
 * throws is its own business (a mutation keeps its error for the view); here it only ends the run.
 */
export function useSingleFlight<Args extends unknown[]>(
  action: (...args: Args) => Promise<unknown>,
): (...args: Args) => void {
  const running = useRef(false);
  return useCallback(
    (...args: Args) => {
      if (running.current) return;
      running.current = true;
      const release = () => {
        running.current = false;
      };
      action(...args).then(release, release);
    },
    [action],
  );
}
