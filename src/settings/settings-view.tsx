import { useDoor } from '../b24/door-context.ts';
import { appHandlerUrl } from '../chat/places/placement-bindings.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import { useNavigate } from '../ui/navigation.ts';
import { DiagnosticsPanel } from './diagnostics-panel.tsx';
import { KeyTemplateForm } from './key-template-form.tsx';
import { TabSettings } from './tab-settings.tsx';
import './settings.css';

/** `data-view="settings"`: opened from the lookup page's Settings button, admins only. */
export function SettingsView() {
  const { t } = useViewsI18n();
  const door = useDoor();
  const navigate = useNavigate();
  const handler = appHandlerUrl(window.location);
  return (
    <main className="page settings">
      <button type="button" className="button button--quiet" onClick={() => navigate('lookup')}>
        {t('action.back')}
      </button>
      <h1 className="page__title">{t('settings.title')}</h1>
      {door.init.isAdmin ? (
        <>
          <TabSettings handler={handler} />
          <KeyTemplateForm />
          <DiagnosticsPanel handler={handler} />
        </>
      ) : (
        <p className="page__text">{t('settings.adminsOnly')}</p>
      )}
    </main>
  );
}
