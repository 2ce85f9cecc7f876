import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useDoor } from '../b24/door-context.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import { keyTemplateQueryOptions } from './api/key-template-query.ts';
import { EXAMPLE_RECORD, exampleKey } from './example-key.ts';
import { SettingsSection } from './settings-section.tsx';

/** What an admin (or support) needs to see why a tab finds no chat. Never a token. */
export function DiagnosticsPanel({ handler }: { handler: string }) {
  const { t } = useViewsI18n();
  const door = useDoor();
  const { data: template } = useQuery(keyTemplateQueryOptions(door));
  const calls = useSyncExternalStore(door.calls.subscribe, door.calls.entries);
  const key = exampleKey(template);
  const methods = [...new Set(calls.map((call) => call.method))];
  const lastError = calls.findLast((call) => call.errorCode !== null)?.errorCode;

  return (
    <SettingsSection title={t('settings.diag.title')}>
      <dl className="settings__diag">
        <dt>{t('settings.diag.placement')}</dt>
        <dd>
          <code>{door.init.placement}</code>
        </dd>
        <dt>{t('settings.diag.handler')}</dt>
        <dd>
          <code>{handler}</code>
        </dd>
        <dt>
          {t('settings.diag.key', {
            record: t('record.label', { type: t('record.type.DEAL'), id: EXAMPLE_RECORD.id }),
          })}
        </dt>
        <dd>
          <code>
            ENTITY_TYPE={key.entityType} ENTITY_ID={key.entityId}
          </code>
        </dd>
        <dt>{t('settings.diag.calls')}</dt>
        <dd>
          {methods.length === 0 ? (
            t('settings.diag.none')
          ) : (
            <ul className="settings__calls">
              {methods.map((method) => (
                <li key={method}>
                  <code>{method}</code>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('settings.diag.lastError')}</dt>
        <dd>{lastError === undefined ? t('settings.diag.none') : <code>{lastError}</code>}</dd>
      </dl>
    </SettingsSection>
  );
}
