import { lazy, Suspense } from 'react';
import type { ChatKey } from '../b24/chat-key.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import { CardMessage } from './card-message.tsx';
import type { LinkedRecord, Person } from './linked-chat.ts';

// Asking for access is the rarest path of the card: it loads only when a card offers it, which
// keeps it out of the tab's initial JavaScript (issue "Speed").
const RequestAccess = lazy(() =>
  import('./request-access.tsx').then((module) => ({ default: module.RequestAccess })),
);
const WayInButton = lazy(() =>
  import('./way-in.tsx').then((module) => ({ default: module.WayInButton })),
);

interface CardAccessDeniedProps {
  chatKey: ChatKey;
  record: LinkedRecord;
  responsible: Person | null;
  requester: Person | null;
  headingId: string;
}

/** Says how to get in; says nothing about the chat itself (contract §3, privacy). */
export function CardAccessDenied({
  chatKey,
  record,
  responsible,
  requester,
  headingId,
}: CardAccessDeniedProps) {
  const { t } = useViewsI18n();
  // Bitrix24 adds a reader of the record to its own CRM chat when they open it from the card;
  // under an admin's custom key nobody is added by itself, so asking is the first way in.
  const viaCard = chatKey.entityType === 'CRM';
  const isOwnRecord = responsible !== null && requester?.id === responsible.id;

  let ask: string;
  if (isOwnRecord) ask = t('denied.askMember');
  else if (responsible === null)
    ask = viaCard ? t('denied.askUnnamed') : t('denied.askUnnamedOnly');
  else {
    ask = viaCard
      ? t('denied.askNamed', { name: responsible.name })
      : t('denied.askNamedOnly', { name: responsible.name });
  }

  const canAsk = responsible !== null && requester !== null && !isOwnRecord;

  return (
    <CardMessage
      headingId={headingId}
      title={t('denied.title')}
      action={
        viaCard || canAsk ? (
          <Suspense fallback={null}>
            {/* The record chat controller joins the record's own CRM chat, never a chat under
                an admin's custom key. */}
            {viaCard && <WayInButton chatKey={chatKey} kind="join" />}
            {canAsk && (
              <RequestAccess
                chatKey={chatKey}
                record={record}
                responsible={responsible}
                requester={requester}
              />
            )}
          </Suspense>
        ) : undefined
      }
    >
      <p className="card__text">{t('denied.body')}</p>
      {viaCard && <p className="card__text">{t('denied.viaCard')}</p>}
      <p className="card__text">{ask}</p>
    </CardMessage>
  );
}
