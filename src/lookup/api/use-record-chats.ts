import { useState } from 'react';
import type { AppError } from '../../b24/app-error.ts';
import type { KeyTemplate } from '../../b24/chat-key.ts';
import type { RecentRecords } from './recent-records.ts';
import { useRecordChatPages } from './record-chats-query.ts';
import { mergeChatRows, type RecordChatRow } from './record-chats.ts';

/** `Show more`: offered while the portal has further pages. */
export interface MoreChats {
  available: boolean;
  /** A page is on its way: a press now would ask for nothing new. */
  loading: boolean;
  /** Why the last page asked for did not come (the rows shown stay). */
  error: AppError | null;
  load: () => void;
}

/** The one derived state the chats render (`data-chats-state` carries its name). */
export type RecordChatsState =
  | { state: 'loading' }
  | { state: 'error'; error: AppError; retry: () => void }
  | { state: 'ready' | 'empty'; rows: RecordChatRow[]; more: MoreChats };

/**
 * The person's record chats: the first view's page, then the pages `Show more` asks for; with
 * `Unread only`, the portal's unread-only pages from the first. `first` is the first view's
 * answer (undefined while it loads); `retryFirst` asks for it again.
 */
export function useRecordChats(
  template: KeyTemplate,
  unreadOnly: boolean,
  first: RecentRecords['chats'] | undefined,
  retryFirst: () => void,
): RecordChatsState {
  // Pages past the first view's are asked for only once the person asks for more.
  const [askedMore, setAskedMore] = useState(false);
  const pages = useRecordChatPages(template, unreadOnly, unreadOnly || askedMore);
  const fetched = pages.data?.pages ?? [];

  const load = () => {
    if (pages.isFetching) return;
    if (pages.data !== undefined) void pages.fetchNextPage();
    else if (!unreadOnly && !askedMore) setAskedMore(true);
    else void pages.refetch();
  };
  const more = (hasMore: boolean): MoreChats => ({
    available: hasMore,
    loading: pages.isFetching,
    error: pages.isFetching ? null : pages.error,
    load,
  });
  const listed = (rows: RecordChatRow[], hasMore: boolean): RecordChatsState => ({
    state: rows.length === 0 ? 'empty' : 'ready',
    rows,
    more: more(hasMore),
  });

  if (unreadOnly) {
    const last = fetched.at(-1);
    if (last !== undefined)
      return listed(mergeChatRows(fetched.map((page) => page.rows)), last.hasMore);
    if (pages.error !== null && !pages.isFetching) {
      return { state: 'error', error: pages.error, retry: () => void pages.refetch() };
    }
    return { state: 'loading' };
  }
  if (first === undefined) return { state: 'loading' };
  if (!first.ok) return { state: 'error', error: first.error, retry: retryFirst };
  const rows = mergeChatRows([first.page.rows, ...fetched.map((page) => page.rows)]);
  return listed(rows, fetched.at(-1)?.hasMore ?? first.page.hasMore);
}
