import type { PlacementParse } from '../b24/chat-key.ts';
import { BadPlacementCard } from '../chat/bad-placement-card.tsx';
import { LinkedChatCard } from '../chat/linked-chat-card.tsx';
import { Suspense } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { ViewMessages } from '../i18n/view-messages.ts';

export function CrmTabView({ placement }: { placement: PlacementParse }) {
  const { t } = useI18n();
  // The tab is a document of its own: screen readers expect a main landmark and a first heading
  // (the portal shows the app's name on the tab; the card's own title is the h2 below it).
  return (
    <main>
      <h1 className="visually-hidden">{t('app.name')}</h1>
      {placement.ok ? (
        <LinkedChatCard chatKey={placement.key} />
      ) : (
        // Its messages load on demand: a tab without a usable record is rare.
        <Suspense fallback={null}>
          <ViewMessages>
            {(i18n) => <BadPlacementCard refusal={placement.refusal} i18n={i18n} />}
          </ViewMessages>
        </Suspense>
      )}
    </main>
  );
}
