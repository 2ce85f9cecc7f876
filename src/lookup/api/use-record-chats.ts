import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toAppError, type AppError } from '../../b24/app-error.ts';
import type { KeyTemplate } from '../../b24/chat-key.ts';
import { useDoor } from '../../b24/door-context.ts';
import { doorQueryOptions } from '../../query/door-query.ts';
import { lookupKeys } from './lookup-keys.ts';
import type { RecentRecords } from './recent-records.ts';
import {
  fetchRecordChatPage,
  nextOffset,
  useRecordChatPages,
  type RecordChatPages,
} from './record-chats-query.ts';
import { mergeChatRows, type RecordChatRow } from './record-chats.ts';

/** `Show more`: offered while the portal has further pages. */
export interface MoreChats {
  available: boolean;
  /** A page is on its way: a press now asks for nothing new. */
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
  const door = useDoor();
  const client = useQueryClient();
  const queryKey = lookupKeys.chats(template, unreadOnly);
  const pages = useRecordChatPages(template, unreadOnly, unreadOnly);
  // Why the last Show more failed, for the list it was pressed on.
  const [failed, setFailed] = useState<{ unreadOnly: boolean; error: AppError } | null>(null);
  const [loading, setLoading] = useState(false);

  // One more page, appended to the ones shown: earlier pages are not asked again. A second
  // press while it is on its way shares its request (one query per page), and the page goes in
  // once (contract §3, every control acts once per press).
  const load = () => {
    const shown = client.getQueryData<RecordChatPages>(queryKey);
    const index = shown?.pages.length ?? 0;
    const offset = nextOffset(unreadOnly, shown);
    setFailed(null);
    setLoading(true);
    client
      .fetchQuery(
        doorQueryOptions(door, {
          queryKey: lookupKeys.chatPage(template, unreadOnly, offset),
          queryFn: (door) => fetchRecordChatPage(door, offset, unreadOnly, template),
          staleTime: 0,
        }),
      )
      .then(
        (page) =>
          client.setQueryData<RecordChatPages>(queryKey, (kept) => {
            const added = kept?.pages ?? [];
            return added.length === index ? { pages: [...added, page] } : kept;
          }),
        (error: unknown) => setFailed({ unreadOnly, error: toAppError(error) }),
      )
      .finally(() => setLoading(false));
  };

  const fetched = pages.data?.pages ?? [];
  const listed = (rows: RecordChatRow[], hasMore: boolean): RecordChatsState => ({
    state: rows.length === 0 ? 'empty' : 'ready',
    rows,
    more: {
      available: hasMore,
      loading: loading || pages.isFetching,
      error: failed?.unreadOnly === unreadOnly ? failed.error : null,
      load,
    },
  });

  if (unreadOnly) {
    const last = fetched.at(-1);
    if (last !== undefined) {
      return listed(mergeChatRows(fetched.map((page) => page.rows)), last.hasMore);
    }
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
