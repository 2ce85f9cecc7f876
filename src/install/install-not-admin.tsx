import { useI18n } from '../i18n/i18n-context.ts';

export function InstallNotAdmin() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h1 className="page__title">{t('install.notAdminTitle')}</h1>
      <p className="page__text">{t('install.notAdmin')}</p>
    </main>
  );
}
