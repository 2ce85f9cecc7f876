import { useDoor } from '../b24/door-context.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { useTheme } from './use-theme.ts';

/** A toggle button: one stable name ("Dark theme"), its state in `aria-pressed`. */
export function ThemeToggle() {
  const door = useDoor();
  const { t } = useI18n();
  const { theme, choose } = useTheme(door);
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={dark}
      onClick={() => choose(dark ? 'light' : 'dark')}
    >
      <span className="theme-toggle__icon" aria-hidden="true">
        {dark ? '☾' : '☀'}
      </span>
      {t('theme.dark')}
    </button>
  );
}
