import { useId, useRef } from 'react';
import type { ChatKey } from '../b24/placement.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { CardAccessDenied } from './card-access-denied.tsx';
import { CardFrame } from './card-frame.tsx';
import { CardLoading } from './card-loading.tsx';
import { CardNoChat } from './card-no-chat.tsx';
import {
  CardError,
  CardRestricted,
  CardSessionExpired,
  CardUnauthorized,
} from './card-problem.tsx';
import { CardReady } from './card-ready.tsx';
import type { CardState } from './card-state.ts';
import { useLinkedChat } from './use-linked-chat.ts';

/** The record's chat, in whichever state it is in. */
export function LinkedChatCard({ chatKey }: { chatKey: ChatKey }) {
  const { card, retry } = useLinkedChat(chatKey);
  const { t } = useI18n();
  const headingId = useId();
  const frameRef = useRef<HTMLElement>(null);
  const onRetry = () => {
    // The button goes away while the request runs; the card itself keeps the focus.
    frameRef.current?.focus();
    retry();
  };

  return (
    <CardFrame
      ref={frameRef}
      state={card.state}
      stale={card.state === 'ready' && card.stale !== null}
      headingId={card.state === 'loading' ? undefined : headingId}
      label={t('card.label')}
    >
      <CardBody card={card} chatKey={chatKey} headingId={headingId} onRetry={onRetry} />
    </CardFrame>
  );
}

interface CardBodyProps {
  card: CardState;
  chatKey: ChatKey;
  headingId: string;
  onRetry: () => void;
}

function CardBody({ card, chatKey, headingId, onRetry }: CardBodyProps) {
  switch (card.state) {
    case 'loading':
      return <CardLoading />;
    case 'ready':
      return <CardReady {...card} headingId={headingId} onRetry={onRetry} />;
    case 'no-chat':
      return <CardNoChat record={card.record} headingId={headingId} />;
    case 'access-denied':
      return (
        <CardAccessDenied
          chatKey={chatKey}
          record={card.record}
          responsible={card.responsible}
          requester={card.requester}
          headingId={headingId}
        />
      );
    case 'unauthorized':
      return <CardUnauthorized headingId={headingId} />;
    case 'restricted':
      return <CardRestricted reason={card.reason} headingId={headingId} />;
    case 'session-expired':
      return <CardSessionExpired headingId={headingId} />;
    case 'error':
      return <CardError error={card.error} headingId={headingId} onRetry={onRetry} />;
  }
}
