import type { PlacementParse } from '../b24/chat-key.ts';
import { LinkedChatCard } from '../chat/linked-chat-card.tsx';
import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/i18n-context.ts';
import { ViewMessages } from '../i18n/view-messages.ts';

// A tab without a usable record is rare: its card and its messages load on demand.
const BadPlacementCard = lazy(() =>
  import('../chat/bad-placement-card.tsx').then((module) => ({ default: module.BadPlacementCard })),
);

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
        <Suspense fallback={null}>
          <ViewMessages>
            {(i18n) => <BadPlacementCard refusal={placement.refusal} i18n={i18n} />}
          </ViewMessages>
        </Suspense>
      )}
    </main>
  );
}
