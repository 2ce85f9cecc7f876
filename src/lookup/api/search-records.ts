import { skipToken, useQuery } from '@tanstack/react-query';
import type { KeyTemplate } from '../../b24/chat-key.ts';
import type { B24Door } from '../../b24/door.ts';
import { useDoor } from '../../b24/door-context.ts';
import { callSplitBatch, oneByOne } from '../../b24/split-batch.ts';
import { fetchChatStatuses } from '../../chat/record-rows/chat-statuses.ts';
import type { RecordRow } from '../../chat/record-rows/record-row.ts';
import { doorQueryOptions } from '../../query/door-query.ts';
import { lookupKeys } from './lookup-keys.ts';
import { SEARCHED_TYPES, listCommands, readLists } from './record-lists.ts';
import { searchFilter, type RecordSearch } from './record-search.ts';

// The latest search of each connection, settled or not. The SDK cannot abort a request, so a
// newer search waits for it: at most one search is on the wire. The older one, superseded, was
// aborted by React Query as its last observer left, and asks nothing after its request.
const latestSearch = new WeakMap<B24Door, Promise<unknown>>();

/** One step searches every type; a second gives the matches their chat status. */
export function searchRecords(
  door: B24Door,
  search: RecordSearch,
  smartProcessTypes: readonly number[] | null,
  template: KeyTemplate,
  signal?: AbortSignal,
): Promise<RecordRow[]> {
  const before = latestSearch.get(door);
  const searching = (async () => {
    await before;
    const types = [...SEARCHED_TYPES, ...(smartProcessTypes ?? [])];
    const batch = await callSplitBatch(
      door,
      oneByOne(listCommands(types, searchFilter(search))),
      signal,
    );
    return fetchChatStatuses(door, readLists(batch, types, template), signal);
  })();
  latestSearch.set(
    door,
    searching.catch(() => undefined),
  );
  return searching;
}

/**
 * The types are part of the key: a search made before they were known (deals and leads only)
 * is not reused once they are. `null` search: nothing to ask (the page shows the recent list).
 * No placeholder: once a newer search is asked for, an older one's results are not shown.
 */
export function searchRecordsQueryOptions(
  door: B24Door,
  template: KeyTemplate,
  search: RecordSearch | null,
  smartProcessTypes: readonly number[] | null,
) {
  return doorQueryOptions(door, {
    queryKey: lookupKeys.search(template, search, smartProcessTypes),
    queryFn:
      search === null
        ? skipToken
        : (door, { signal }) => searchRecords(door, search, smartProcessTypes, template, signal),
  });
}

export function useSearchRecords(
  template: KeyTemplate,
  search: RecordSearch | null,
  smartProcessTypes: readonly number[] | null,
) {
  return useQuery(searchRecordsQueryOptions(useDoor(), template, search, smartProcessTypes));
}
