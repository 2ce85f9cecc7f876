import { useInfiniteQuery } from '@tanstack/react-query';
import type { KeyTemplate } from '../../b24/chat-key.ts';
import type { B24Door } from '../../b24/door.ts';
import { useDoor } from '../../b24/door-context.ts';
import { callSplitBatch } from '../../b24/split-batch.ts';
import { doorInfiniteQueryOptions } from '../../query/door-infinite-query.ts';
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

/**
 * The pages the first view did not bring: every page of `Unread only` from the first, or the
 * full list's from the second (its first came with the page's first view). The portal pages by
 * OFFSET in steps of LIMIT, whatever a page held (RD im-recent-list).
 */
export function recordChatsQueryOptions(door: B24Door, template: KeyTemplate, unreadOnly: boolean) {
  return doorInfiniteQueryOptions(door, {
    queryKey: lookupKeys.chats(template, unreadOnly),
    queryFn: (door, { pageParam, signal }) =>
      fetchRecordChatPage(door, pageParam, unreadOnly, template, signal),
    initialPageParam: unreadOnly ? 0 : CHAT_PAGE_SIZE,
    getNextPageParam: (last: RecordChatPage, _pages, offset: number) =>
      last.hasMore ? offset + CHAT_PAGE_SIZE : undefined,
  });
}

export function useRecordChatPages(template: KeyTemplate, unreadOnly: boolean, enabled: boolean) {
  return useInfiniteQuery({ ...recordChatsQueryOptions(useDoor(), template, unreadOnly), enabled });
}
