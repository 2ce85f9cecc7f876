import { useI18n } from '../i18n/i18n-context.ts';

/** Stand-in for installation (src/install/ replaces it behind the lazy import in views.tsx). */
export function InstallPlaceholder() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h1 className="page__title">{t('app.name')}</h1>
      <p className="page__text">{t('install.placeholder')}</p>
    </main>
  );
}
