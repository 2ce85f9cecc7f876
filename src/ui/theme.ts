import { useCallback, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { B24Door } from '../b24/door.ts';

export type Theme = 'light' | 'dark';

/** The user option (`setUserOption`) that keeps an explicit choice across sessions. */
export const THEME_OPTION = 'theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function parseTheme(value: unknown): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

function subscribeToScheme(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function systemTheme(): Theme {
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/**
 * tokens.css follows `prefers-color-scheme` unless <html> carries `data-theme`, so no choice
 * means no attribute: the page keeps following the system.
 */
function applyTheme(choice: Theme | null): void {
  const root = document.documentElement;
  if (choice === null) delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
}

export interface ThemeControl {
  /** The theme on screen: the saved choice, else the system's. */
  theme: Theme;
  choose(theme: Theme): void;
}

export function useTheme(door: B24Door): ThemeControl {
  const [choice, setChoice] = useState(() => parseTheme(door.userOption(THEME_OPTION)));
  const system = useSyncExternalStore(subscribeToScheme, systemTheme, () => 'light' as const);
  // Layout effect: the saved theme is on <html> before the first React paint.
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
