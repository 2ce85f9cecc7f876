import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { toAppError } from '../../b24/app-error.ts';
import type { B24Door } from '../../b24/door.ts';
import { useDoor } from '../../b24/door-context.ts';
import { parseKeyTemplate } from '../../b24/placement.ts';
import { fetchChatStatuses } from './chat-statuses.ts';
import { lookupKeys } from './lookup-keys.ts';
import type { LookupEntry } from './lookup-record.ts';
import { BUILT_IN_TYPES, listCommands, readLists } from './record-lists.ts';
import { searchFilter, type RecordSearch } from './record-search.ts';

/** One batch searches every type; a second gives the matches their chat status. */
export async function searchRecords(
  door: B24Door,
  search: RecordSearch,
  smartProcessTypes: readonly number[] | null,
): Promise<LookupEntry[]> {
  const types = [...BUILT_IN_TYPES, ...(smartProcessTypes ?? [])];
  const batch = await door.callBatch(listCommands(types, searchFilter(search)), { halt: false });
  const records = readLists(batch, types, parseKeyTemplate(door.init.keyTemplate));
  return fetchChatStatuses(door, records);
}

/**
 * The types are part of the key: a search made before they were known (deals and leads only)
 * is not reused once they are. `null` search: nothing to ask (the page shows the recent list).
 */
export function searchRecordsQueryOptions(
  door: B24Door,
  search: RecordSearch | null,
  smartProcessTypes: readonly number[] | null,
) {
  // The door is the connection, not an input: one per page, so it stays out of the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: lookupKeys.search(search, smartProcessTypes),
    queryFn:
      search === null
        ? skipToken
        : async () => {
            try {
              return await searchRecords(door, search, smartProcessTypes);
            } catch (error) {
              throw toAppError(error);
            }
          },
    // While the next keystroke's results load, the last ones stay (marked busy), not a skeleton.
    placeholderData: keepPreviousData,
  });
}

export function useSearchRecords(
  search: RecordSearch | null,
  smartProcessTypes: readonly number[] | null,
) {
  return useQuery(searchRecordsQueryOptions(useDoor(), search, smartProcessTypes));
}
