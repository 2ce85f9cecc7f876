// No React here: boot applies the saved theme to the static skeleton before React loads.

export type Theme = 'light' | 'dark';

/** The user option (`setUserOption`) that keeps an explicit choice across sessions. */
export const THEME_OPTION = 'theme';

export function parseTheme(value: unknown): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/**
 * tokens.css follows `prefers-color-scheme` unless <html> carries `data-theme`, so no choice
 * means no attribute: the page keeps following the system.
 */
export function applyTheme(choice: Theme | null): void {
  const root = document.documentElement;
  if (choice === null) delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
}
