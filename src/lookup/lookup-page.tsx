import { useEffect, useRef, useState } from 'react';
import { rowId, type ListedRecord } from '../chat/record-rows/record-row.ts';
import { parseRecordSearch } from './api/record-search.ts';
import { useLookupResults } from './api/use-lookup-results.ts';
import { LookupHeader } from './lookup-header.tsx';
import { RecordChat } from './record-chat.tsx';
import { RecordChatsSection } from './record-chats-section.tsx';
import { RecordResults } from './record-results.tsx';
import { RecordSearchBox } from './record-search-box.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';
import './lookup.css';

/** Results follow the typing once it pauses this long: one search per pause. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The left-menu and default page: the person's record chats, recent records with their chat
 * status, a search over every type with a tab, and a chosen record's chat card. What was typed lives here, so it outlives failed searches,
 * retries and a visit to a card.
 */
export function LookupPage() {
  const [input, setInput] = useState('');
  const [chosen, setChosen] = useState<ListedRecord | null>(null);
  // The row a card was opened from; not state: it changes nothing on screen.
  const returnTo = useRef<string | null>(null);
  const listsRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const [unreadOnly, setUnreadOnly] = useState(false);
  const typed = useDebouncedValue(input, SEARCH_DEBOUNCE_MS);
  const search = parseRecordSearch(typed);
  const { results, retry, names, chats, firstViewFailed } = useLookupResults(search, unreadOnly);

  // Back from a card: the focus returns to the record it came from (or the search box).
  useEffect(() => {
    if (chosen !== null || returnTo.current === null) return;
    const row = listsRef.current?.querySelector<HTMLElement>(`[data-row="${returnTo.current}"]`);
    (row ?? searchRef.current)?.focus();
    returnTo.current = null;
  }, [chosen]);

  const choose = (record: ListedRecord) => {
    returnTo.current = rowId(record);
    setChosen(record);
  };

  return (
    <main className="page lookup">
      <LookupHeader />
      {chosen === null ? (
        <>
          <RecordSearchBox ref={searchRef} value={input} onChange={setInput} />
          <div ref={listsRef} className="lookup__lists">
            {search === null && !firstViewFailed && (
              <RecordChatsSection
                chats={chats}
                names={names}
                unreadOnly={unreadOnly}
                onUnreadOnly={setUnreadOnly}
                onChoose={choose}
              />
            )}
            <RecordResults
              results={results}
              searched={search === null ? null : typed.trim()}
              names={names}
              onRetry={retry}
              onChoose={choose}
            />
          </div>
        </>
      ) : (
        <RecordChat record={chosen} onBack={() => setChosen(null)} />
      )}
    </main>
  );
}
