import { useDoor } from '../b24/door-context.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import { useNavigate } from '../ui/navigation.ts';

/** The page title, and for admins the way into the settings (in this same frame). */
export function LookupHeader() {
  const door = useDoor();
  const navigate = useNavigate();
  const { t } = useViewsI18n();
  return (
    <header className="lookup__header">
      <h1 className="page__title">{t('lookup.title')}</h1>
      {door.init.isAdmin && (
        <button type="button" className="button button--quiet" onClick={() => navigate('settings')}>
          {t('action.settings')}
        </button>
      )}
    </header>
  );
}
