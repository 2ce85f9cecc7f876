import { isClientType, type PlacementParse } from '../b24/chat-key.ts';
import { LinkedChatCard } from '../chat/linked-chat-card.tsx';
import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { ViewMessages } from '../i18n/view-messages.ts';

// A contact's or company's tab, and a tab without a usable record: on demand, with their messages.
const OtherTab = lazy(() =>
  import('./other-tab.tsx').then((module) => ({ default: module.OtherTab })),
);

export function CrmTabView({ placement }: { placement: PlacementParse }) {
  const { t } = useI18n();
  // The tab is a document of its own: screen readers expect a main landmark and a first heading
  // (the portal shows the app's name on the tab; the card's own title is the h2 below it).
  return (
    <main>
      <h1 className="visually-hidden">{t('app.name')}</h1>
      {placement.ok && !isClientType(placement.key.crmType) ? (
        <LinkedChatCard chatKey={placement.key} />
      ) : (
        <Suspense fallback={null}>
          <ViewMessages>
            <OtherTab placement={placement} />
          </ViewMessages>
        </Suspense>
      )}
    </main>
  );
}
