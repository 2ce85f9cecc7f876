import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { AppError } from '../b24/app-error.ts';
import { CardFrame } from '../chat/card-frame.tsx';
import {
  CardError,
  CardRestricted,
  CardSessionExpired,
  CardUnauthorized,
} from '../chat/card-problem.tsx';
import { OpenedRecord } from '../chat/opened-record/opened-record.tsx';
import { isPageWide } from '../chat/record-rows/page-wide-error.ts';
import { RecordRows, RecordRowsSkeleton } from '../chat/record-rows/record-rows.tsx';
import { rowId, type ListedRecord } from '../chat/record-rows/record-row.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import { CLIENT_SCREEN, type Client } from './api/client-records.ts';
import { useClientRecords } from './api/use-client-records.ts';
import './client.css';

/**
 * The client's deals and leads, newest first, with their chats' status (`data-state="client"`),
 * a screen at a time; a chosen one opens its card in place, with Back and Open record.
 */
export function ClientChats({ client }: { client: Client }) {
  const [chosen, setChosen] = useState<ListedRecord | null>(null);
  // Kept here, above the list, so a visit to a card comes back to as many rows as before.
  const [count, setCount] = useState(CLIENT_SCREEN);
  // The row a card was opened from: it gets the focus back when the list shows again.
  const focusRowRef = useRef<string | null>(null);
  return chosen === null ? (
    <ClientList
      client={client}
      count={count}
      onShowMore={setCount}
      focusRowRef={focusRowRef}
      onChoose={(record) => {
        focusRowRef.current = rowId(record);
        setChosen(record);
      }}
    />
  ) : (
    <OpenedRecord record={chosen} onBack={() => setChosen(null)} />
  );
}

interface ClientListProps {
  client: Client;
  count: number;
  onShowMore: (count: number) => void;
  focusRowRef: RefObject<string | null>;
  onChoose: (record: ListedRecord) => void;
}

function ClientList({ client, count, onShowMore, focusRowRef, onChoose }: ClientListProps) {
  const { t } = useViewsI18n();
  const headingId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const title = t(`client.title.${client.crmType}`);
  const { records, loadingMore, error, retry } = useClientRecords(client, count);

  // After Show more, the first row it added.
  const firstAdded = useRef<number | null>(null);

  useEffect(() => {
    if (records === undefined || loadingMore) return;
    const added = firstAdded.current === null ? undefined : records.rows[firstAdded.current];
    const target = added === undefined ? focusRowRef.current : rowId(added.record);
    firstAdded.current = null;
    if (target === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-row="${target}"]`)?.focus();
    focusRowRef.current = null;
  }, [records, loadingMore, focusRowRef, listRef]);

  // Access taken away, or the session over, replaces the list at once (contract §3).
  if (error !== null && (records === undefined || isPageWide(error))) {
    return <ClientProblem error={error} onRetry={retry} title={t('client.errorTitle')} />;
  }
  if (records === undefined) {
    return (
      <CardFrame state="loading" label={title}>
        <p role="status" className="visually-hidden">
          {t('client.loading')}
        </p>
        <RecordRowsSkeleton count={3} />
      </CardFrame>
    );
  }

  const showMore = () => {
    if (loadingMore) return;
    const next = records.rows.length;
    onShowMore(next + CLIENT_SCREEN);
    firstAdded.current = next;
  };
  return (
    <CardFrame state="client" headingId={headingId}>
      <h2 id={headingId} className="card__title">
        {title}
      </h2>
      <div ref={listRef}>
        {records.rows.length === 0 ? (
          <p className="card__text">{t(`client.empty.${client.crmType}`)}</p>
        ) : (
          <RecordRows rows={records.rows} onChoose={onChoose} />
        )}
      </div>
      {error !== null ? (
        <div className="client__more">
          <p className="card__text" role="alert">
            {t('client.moreFailed')} {t('error.code', { code: error.code })}
          </p>
          <button type="button" className="button button--primary" onClick={retry}>
            {t('action.tryAgain')}
          </button>
        </div>
      ) : (
        records.more && (
          <div className="client__more">
            <button
              type="button"
              className="button button--quiet"
              aria-disabled={loadingMore}
              onClick={showMore}
            >
              {t('client.showMore')}
            </button>
            <span role="status">{loadingMore ? t('client.loadingMore') : ''}</span>
          </div>
        )
      )}
    </CardFrame>
  );
}

interface ClientProblemProps {
  error: AppError;
  onRetry: () => void;
  title: string;
}

/** Why the list could not load, as the card says it, in the state the card would carry. */
function ClientProblem({ error, onRetry, title }: ClientProblemProps) {
  const headingId = useId();
  return (
    <CardFrame state={isPageWide(error) ? error.kind : 'error'} headingId={headingId}>
      {error.kind === 'unauthorized' && <CardUnauthorized headingId={headingId} />}
      {error.kind === 'session-expired' && <CardSessionExpired headingId={headingId} />}
      {error.kind === 'restricted' && (
        <CardRestricted reason={error.reason} headingId={headingId} />
      )}
      {!isPageWide(error) && (
        <CardError error={error} headingId={headingId} onRetry={onRetry} title={title} />
      )}
    </CardFrame>
  );
}
