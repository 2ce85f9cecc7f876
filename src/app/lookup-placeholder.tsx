import { useI18n } from '../i18n/i18n-context.ts';

/** Stand-in for the lookup page (src/lookup/ replaces it behind the lazy import in views.tsx). */
export function LookupPlaceholder() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h1 className="page__title">{t('app.name')}</h1>
      <p className="page__text">{t('lookup.placeholder')}</p>
    </main>
  );
}
