import { useViewsI18n } from '../i18n/on-demand-messages.ts';

export function InstallNotAdmin() {
  const { t } = useViewsI18n();
  return (
    <main className="page">
      <h1 className="page__title">{t('install.notAdminTitle')}</h1>
      <p className="page__text">{t('install.notAdmin')}</p>
    </main>
  );
}
