import { lazy, Suspense, useId, useRef, useState, type RefObject } from 'react';
import type { ChatKey } from '../b24/chat-key.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { ViewMessages } from '../i18n/view-messages.ts';
import { CardFrame } from './card-frame.tsx';
import { CardLoading } from './card-loading.tsx';
import { CardNoChat } from './card-no-chat.tsx';
import { CardReady } from './card-ready.tsx';
import type { CardState } from './card-state.ts';
import { useLinkedChat } from './use-linked-chat.ts';

// The states that explain a problem load on demand: most views are ready or no-chat, and the
// tab's first view must stay within its JavaScript budget (issue "Speed"). Their module is
// fetched at most once per frame; a retry finds it loaded.
const problemCards = () => import('./card-problem.tsx');
const CardUnauthorized = lazy(() =>
  problemCards().then((module) => ({ default: module.CardUnauthorized })),
);
const CardNoRecord = lazy(() =>
  problemCards().then((module) => ({ default: module.CardNoRecord })),
);
const CardRestricted = lazy(() =>
  problemCards().then((module) => ({ default: module.CardRestricted })),
);
const CardSessionExpired = lazy(() =>
  problemCards().then((module) => ({ default: module.CardSessionExpired })),
);
const CardError = lazy(() => problemCards().then((module) => ({ default: module.CardError })));
const CardAccessDenied = lazy(() =>
  import('./card-access-denied.tsx').then((module) => ({ default: module.CardAccessDenied })),
);
// Their messages come on demand too (ViewMessages).

/** The record's chat, in whichever state it is in. */
export function LinkedChatCard({ chatKey }: { chatKey: ChatKey }) {
  const { card, retry } = useLinkedChat(chatKey);
  const { t } = useI18n();
  const headingId = useId();
  const frameRef = useRef<HTMLElement>(null);
  // The ready card's conversation knows it; the frame, which outlives every state, shows it.
  const [unread, setUnread] = useState(0);
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
      unread={card.state === 'ready' ? unread : 0}
      headingId={card.state === 'loading' ? undefined : headingId}
      label={t('card.label')}
    >
      {/* Keyed by state: a boundary that suspends keeps its old children mounted (hidden) until
          the new ones load, and a chat must never stay in the DOM under another state. */}
      <Suspense key={card.state} fallback={<CardLoading />}>
        <CardBody
          card={card}
          chatKey={chatKey}
          headingId={headingId}
          onRetry={onRetry}
          frame={frameRef}
          onUnread={setUnread}
        />
      </Suspense>
    </CardFrame>
  );
}

interface CardBodyProps {
  card: CardState;
  chatKey: ChatKey;
  headingId: string;
  onRetry: () => void;
  frame: RefObject<HTMLElement | null>;
  onUnread: (unread: number) => void;
}

function CardBody({ card, chatKey, headingId, onRetry, frame, onUnread }: CardBodyProps) {
  switch (card.state) {
    case 'loading':
      return <CardLoading />;
    case 'ready':
      return (
        <CardReady
          {...card}
          headingId={headingId}
          onRetry={onRetry}
          frame={frame}
          onUnread={onUnread}
        />
      );
    case 'no-chat':
      return <CardNoChat chatKey={chatKey} record={card.record} headingId={headingId} />;
    case 'no-record':
      return (
        <ViewMessages>
          <CardNoRecord record={card.record} headingId={headingId} />
        </ViewMessages>
      );
    case 'access-denied':
      return (
        <ViewMessages>
          <CardAccessDenied
            chatKey={chatKey}
            record={card.record}
            responsible={card.responsible}
            requester={card.requester}
            headingId={headingId}
          />
        </ViewMessages>
      );
    case 'unauthorized':
      return (
        <ViewMessages>
          <CardUnauthorized headingId={headingId} />
        </ViewMessages>
      );
    case 'restricted':
      return (
        <ViewMessages>
          <CardRestricted reason={card.reason} headingId={headingId} />
        </ViewMessages>
      );
    case 'session-expired':
      return (
        <ViewMessages>
          <CardSessionExpired headingId={headingId} />
        </ViewMessages>
      );
    case 'error':
      return (
        <ViewMessages>
          <CardError error={card.error} headingId={headingId} onRetry={onRetry} />
        </ViewMessages>
      );
  }
}
