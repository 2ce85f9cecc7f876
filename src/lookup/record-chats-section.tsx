import { useEffect, useId, useRef } from 'react';
import type { SmartProcessType } from '../chat/places/crm-places.ts';
import { errorSentence } from '../chat/error-sentence.ts';
import type { ListedRecord } from '../chat/record-rows/record-row.ts';
import { RecordRowsSkeleton } from '../chat/record-rows/record-rows.tsx';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import type { RecordChatsState } from './api/use-record-chats.ts';
import { ChatRows } from './chat-rows.tsx';
import { ResultsProblem } from './results-problem.tsx';

interface RecordChatsSectionProps {
  chats: RecordChatsState;
  names: readonly SmartProcessType[];
  unreadOnly: boolean;
  onUnreadOnly: (unreadOnly: boolean) => void;
  onChoose: (record: ListedRecord) => void;
}

const SKELETON_ROWS = 3;

/** My CRM chats (contract §6): the filter, the rows, and Show more while there are more. */
export function RecordChatsSection({
  chats,
  names,
  unreadOnly,
  onUnreadOnly,
  onChoose,
}: RecordChatsSectionProps) {
  const i18n = useViewsI18n();
  const { t } = i18n;
  const headingId = useId();
  const filterId = useId();
  const listed = chats.state === 'ready' || chats.state === 'empty' ? chats : null;
  const busy = chats.state === 'loading' || (listed?.more.loading ?? false);
  const emptyText = unreadOnly ? t('lookup.chatsEmptyUnread') : t('lookup.chatsEmpty');
  const sectionRef = useRef<HTMLElement>(null);
  // The rows shown when Show more was pressed, until its page came.
  const pressedAt = useRef<number | null>(null);
  const moreShown = listed?.more.available === true;
  const moreLoading = listed?.more.loading ?? false;

  // The last page takes the button away: focus goes on to the first row it brought (the last
  // row when it brought none) instead of dropping to the document, where a keyboard user would
  // start again from the top.
  useEffect(() => {
    const from = pressedAt.current;
    if (from === null || moreLoading) return;
    pressedAt.current = null;
    const section = sectionRef.current;
    const active = section?.ownerDocument.activeElement;
    if (
      moreShown ||
      section === null ||
      (active !== null && active !== section.ownerDocument.body)
    ) {
      return;
    }
    const rows = section.querySelectorAll<HTMLElement>('[data-row]');
    (rows[from] ?? rows[rows.length - 1])?.focus();
  }, [moreShown, moreLoading]);

  return (
    <section
      ref={sectionRef}
      className="lookup__results lookup__chats"
      aria-labelledby={headingId}
      aria-busy={busy}
      data-chats-state={chats.state}
    >
      <div className="lookup__chats-header">
        <h2 id={headingId} className="lookup__heading">
          {t('lookup.chatsHeading')}
        </h2>
        <span className="lookup__filter">
          <input
            id={filterId}
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => onUnreadOnly(event.target.checked)}
          />
          <label htmlFor={filterId}>{t('lookup.unreadOnly')}</label>
        </span>
      </div>
      {/* Always in the DOM, so screen readers hear each change of it. */}
      <p role="status" className="visually-hidden">
        {chats.state === 'loading' && t('lookup.chatsLoading')}
        {chats.state === 'empty' && emptyText}
      </p>
      {chats.state === 'loading' && <RecordRowsSkeleton count={SKELETON_ROWS} />}
      {chats.state === 'error' && (
        <ResultsProblem
          error={chats.error}
          onRetry={chats.retry}
          title={t('lookup.chatsErrorTitle')}
        />
      )}
      {chats.state === 'empty' && <p className="lookup__empty">{emptyText}</p>}
      {chats.state === 'ready' && <ChatRows rows={chats.rows} names={names} onChoose={onChoose} />}
      {listed !== null && listed.more.error !== null && (
        <p role="alert" className="lookup__more-error">
          {t('lookup.moreFailed')} {errorSentence(i18n, listed.more.error)}
        </p>
      )}
      {listed?.more.available === true && (
        <button
          type="button"
          className="button button--quiet lookup__more"
          aria-disabled={listed.more.loading}
          onClick={() => {
            pressedAt.current = listed.state === 'ready' ? listed.rows.length : 0;
            listed.more.load();
          }}
        >
          {t('lookup.showMore')}
        </button>
      )}
    </section>
  );
}
