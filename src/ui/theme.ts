import { useCallback, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { B24Door } from '../b24/door.ts';
import { applyTheme, parseTheme, THEME_OPTION, type Theme } from './saved-theme.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToScheme(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function systemTheme(): Theme {
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export interface ThemeControl {
  /** The theme on screen: the saved choice, else the system's. */
  theme: Theme;
  choose(theme: Theme): void;
}

export function useTheme(door: B24Door): ThemeControl {
  const [choice, setChoice] = useState(() => parseTheme(door.userOption(THEME_OPTION)));
  const system = useSyncExternalStore(subscribeToScheme, systemTheme, () => 'light' as const);
  // Boot already applied the saved theme (the skeleton wears it); this keeps <html> in step
  // with the toggle.
  useLayoutEffect(() => applyTheme(choice), [choice]);
  const choose = useCallback(
    (theme: Theme) => {
      setChoice(theme);
      // The theme is a preference: when saving fails it still applies until the frame reloads.
      door.setUserOption(THEME_OPTION, theme).catch(() => undefined);
    },
    [door],
  );
  return { theme: choice ?? system, choose };
}
