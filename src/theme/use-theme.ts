import { useCallback, useLayoutEffect, useState } from 'react';
import type { B24Door } from '../b24/door.ts';
import { applyTheme, parseTheme, THEME_OPTION, type Theme } from './saved-theme.ts';

export interface ThemeControl {
  /** The theme on screen: the saved choice, light by default. */
  theme: Theme;
  choose(theme: Theme): void;
}

export function useTheme(door: B24Door): ThemeControl {
  const [theme, setTheme] = useState(() => parseTheme(door.userOption(THEME_OPTION)));
  // Boot already applied the saved theme (the skeleton wears it); this keeps <html> in step
  // with the switch.
  useLayoutEffect(() => applyTheme(theme), [theme]);
  const choose = useCallback(
    (next: Theme) => {
      setTheme(next);
      // The theme is a preference: when saving fails it still applies until the frame reloads.
      door.setUserOption(THEME_OPTION, next).catch(() => undefined);
    },
    [door],
  );
  return { theme, choose };
}
