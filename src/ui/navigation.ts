import { createContext, useContext } from 'react';

/** The views a person can switch between inside the frame (contract §3: settings open in it). */
export type NavigableView = 'lookup' | 'settings';

export type Navigate = (view: NavigableView) => void;

/** Provided by App, which renders the chosen view and keeps the root's `data-view` in step. */
export const NavigationContext = createContext<Navigate | null>(null);

export function useNavigate(): Navigate {
  const navigate = useContext(NavigationContext);
  if (navigate === null) throw new Error('useNavigate outside NavigationContext');
  return navigate;
}
