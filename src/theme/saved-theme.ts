// No React here: boot applies the saved theme to the static skeleton before React loads.

export type Theme = 'light' | 'dark';

/** The user option (`setUserOption`) that keeps the person's choice across sessions. */
export const THEME_OPTION = 'theme';

/**
 * The look the person chose. Bitrix24 itself is light unless its user switches, whatever the
 * operating system prefers (contract §3), so nothing saved, or anything else, is light.
 */
export function parseTheme(value: unknown): Theme {
  return value === 'dark' ? 'dark' : 'light';
}

/** tokens.css is light unless <html> carries `data-theme="dark"`. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}
