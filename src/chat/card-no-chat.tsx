import { lazy, Suspense } from 'react';
import type { ChatKey } from '../b24/chat-key.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { ViewMessages } from '../i18n/view-messages.ts';
import { CardMessage } from './card-message.tsx';
import type { LinkedRecord } from './linked-chat.ts';
import { recordLabel } from './record-label.ts';

// Starting the chat loads when a card offers it: the no-chat card is on the tab's first view,
// whose JavaScript budget has no room for the mutation and its messages (issue "Speed").
const WayInButton = lazy(() =>
  import('./way-in.tsx').then((module) => ({ default: module.WayInButton })),
);

interface CardNoChatProps {
  chatKey: ChatKey;
  record: LinkedRecord;
  headingId: string;
}

export function CardNoChat({ chatKey, record, headingId }: CardNoChatProps) {
  const i18n = useI18n();
  const { t } = i18n;
  // Bitrix24 keeps discussion chats for deals, leads and some other types, never for these.
  const never = record.crmType === 'CONTACT' || record.crmType === 'COMPANY';
  // The record chat controller starts the record's own CRM chat, never one under a custom key.
  const canStart = !never && chatKey.entityType === 'CRM';
  return (
    <CardMessage
      headingId={headingId}
      title={t('noChat.title')}
      action={
        canStart ? (
          // The placeholder keeps the button's room while it loads: the frame does not jump.
          <Suspense fallback={<span className="card__action-placeholder" aria-hidden="true" />}>
            <ViewMessages>
              <WayInButton chatKey={chatKey} kind="start" />
            </ViewMessages>
          </Suspense>
        ) : undefined
      }
    >
      <p className="card__text">
        {never
          ? t('noChat.contactCompany')
          : t('noChat.body', { record: recordLabel(i18n, record) })}
      </p>
    </CardMessage>
  );
}
