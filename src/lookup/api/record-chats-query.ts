import { useQuery } from '@tanstack/react-query';
import type { KeyTemplate } from '../../b24/chat-key.ts';
import type { B24Door } from '../../b24/door.ts';
import { useDoor } from '../../b24/door-context.ts';
import { callSplitBatch } from '../../b24/split-batch.ts';
import { doorQueryOptions } from '../../query/door-query.ts';
import { lookupKeys } from './lookup-keys.ts';
import {
  CHAT_PAGE_SIZE,
  parseRecordChats,
  recentChatsCommand,
  titleCommands,
  withTitles,
  type RecordChatPage,
} from './record-chats.ts';

/**
 * One page of the person's record chats from `offset`: im.recent.list, then the titles of the
 * records it names (a second step only when it names any).
 */
export async function fetchRecordChatPage(
  door: B24Door,
  offset: number,
  unreadOnly: boolean,
  template: KeyTemplate,
  signal?: AbortSignal,
): Promise<RecordChatPage> {
  const { method, params } = recentChatsCommand(offset, unreadOnly);
  const page = parseRecordChats(await door.callMethod(method, params), template);
  if (page.rows.length === 0) return page;
  const titles = await callSplitBatch(door, titleCommands(page.rows), signal);
  return { ...page, rows: withTitles(page.rows, titles) };
}

/** The pages fetched past the first view's, in order. */
export interface RecordChatPages {
  pages: RecordChatPage[];
}

/** Where the query's pages start: `Unread only` at the first; the full list after the first view's. */
function firstOffset(unreadOnly: boolean): number {
  return unreadOnly ? 0 : CHAT_PAGE_SIZE;
}

/** The offset of the page after `pages` (the portal pages by OFFSET in steps of LIMIT). */
export function nextOffset(unreadOnly: boolean, pages: RecordChatPages | undefined): number {
  return firstOffset(unreadOnly) + (pages?.pages.length ?? 0) * CHAT_PAGE_SIZE;
}

/**
 * The pages the first view did not bring: every page of `Unread only` from the first, or the
 * full list's from the second (its first came with the page's first view). A refetch asks again
 * for as many pages as are shown, side by side (their offsets are known: RD im-recent-list pages
 * by OFFSET += LIMIT, whatever a page held); `Show more` appends one (useRecordChats).
 */
export function recordChatsQueryOptions(door: B24Door, template: KeyTemplate, unreadOnly: boolean) {
  return doorQueryOptions(door, {
    queryKey: lookupKeys.chats(template, unreadOnly),
    queryFn: async (door, { client, queryKey, signal }): Promise<RecordChatPages> => {
      const shown = client.getQueryData<RecordChatPages>(queryKey)?.pages.length ?? 0;
      const offsets = Array.from(
        { length: Math.max(shown, 1) },
        (_, index) => firstOffset(unreadOnly) + index * CHAT_PAGE_SIZE,
      );
      const pages = await Promise.all(
        offsets.map((offset) => fetchRecordChatPage(door, offset, unreadOnly, template, signal)),
      );
      return { pages };
    },
  });
}

export function useRecordChatPages(template: KeyTemplate, unreadOnly: boolean, enabled: boolean) {
  return useQuery({ ...recordChatsQueryOptions(useDoor(), template, unreadOnly), enabled });
}
