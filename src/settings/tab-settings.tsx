import { useQuery } from '@tanstack/react-query';
import { useDoor } from '../b24/door-context.ts';
import { crmTabs, isSmartProcessTab, savedSmartProcessTypes } from '../chat/places/crm-places.ts';
import { placeErrorSentence } from '../chat/places/place-text.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import { placementsQueryOptions } from './api/placements-query.ts';
import { SettingsSection } from './settings-section.tsx';
import { TabToggle } from './tab-toggle.tsx';

/** Which CRM cards show the tab: one checkbox per type, bound live. */
export function TabSettings({ handler }: { handler: string }) {
  const translator = useViewsI18n();
  const { t } = translator;
  const door = useDoor();
  const overview = useQuery(placementsQueryOptions(door, handler));
  const knownAtInstall = savedSmartProcessTypes(door) ?? [];

  return (
    <SettingsSection title={t('settings.tabs.title')} hint={t('settings.tabs.hint')}>
      {overview.isPending && <p role="status">{t('settings.tabs.loading')}</p>}
      {overview.isError && (
        <div className="settings__problem">
          <p role="alert" className="page__text">
            {t('settings.tabs.loadFailed')} {placeErrorSentence(translator, overview.error)}
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void overview.refetch()}
          >
            {t('action.tryAgain')}
          </button>
        </div>
      )}
      {overview.isSuccess && (
        <ul className="settings__tabs">
          {crmTabs(overview.data.smartProcessTypes).map((place) => {
            const bound = overview.data.bound.has(place.placement);
            return (
              <TabToggle
                key={place.placement}
                handler={handler}
                place={place}
                bound={bound}
                // A smart process created after installation was never offered the tab.
                isNew={
                  !bound && isSmartProcessTab(place) && !knownAtInstall.includes(place.entityTypeId)
                }
              />
            );
          })}
        </ul>
      )}
    </SettingsSection>
  );
}
