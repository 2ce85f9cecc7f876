import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { toAppError } from '../../b24/app-error.ts';
import type { B24Door, BatchOutcome } from '../../b24/door.ts';
import { useDoor } from '../../b24/door-context.ts';
import { parseKeyTemplate } from '../../b24/placement.ts';
import { fetchChatStatuses } from './chat-statuses.ts';
import { lookupKeys } from './lookup-keys.ts';
import type { LookupEntry } from './lookup-record.ts';
import { BUILT_IN_TYPES, listCommands, readLists } from './record-lists.ts';
import {
  parseSmartProcessTypes,
  parseTypeList,
  SMART_PROCESS_TYPES_OPTION,
} from './smart-process-types.ts';

export interface RecentRecords {
  entries: LookupEntry[];
  /** The smart-process types searched, or found by this fetch for the next ones (null: unknown). */
  smartProcessTypes: readonly number[] | null;
}

const TYPE_LIST = 'types';

function discoveredTypes(batch: BatchOutcome): number[] | null {
  // A failed crm.type.list costs only the smart processes: deals and leads still show.
  return Object.hasOwn(batch.results, TYPE_LIST)
    ? (parseTypeList(batch.results[TYPE_LIST]) ?? null)
    : null;
}

/**
 * Two round trips: the lists of every type in one batch, then every record's chat status in
 * another. With the smart-process types unknown, crm.type.list rides along in the first and its
 * answer serves the next fetches (this first list then holds deals and leads only).
 */
export async function fetchRecentRecords(
  door: B24Door,
  smartProcessTypes: readonly number[] | null,
): Promise<RecentRecords> {
  const types = [...BUILT_IN_TYPES, ...(smartProcessTypes ?? [])];
  const commands = listCommands(types);
  const batch = await door.callBatch(
    smartProcessTypes === null
      ? { ...commands, [TYPE_LIST]: { method: 'crm.type.list' } }
      : commands,
    { halt: false },
  );
  const records = readLists(batch, types, parseKeyTemplate(door.init.keyTemplate));
  return {
    entries: await fetchChatStatuses(door, records),
    smartProcessTypes: smartProcessTypes ?? discoveredTypes(batch),
  };
}

/** The install's app option, else what an earlier fetch of the recent list found. */
export function knownSmartProcessTypes(
  door: B24Door,
  recent: RecentRecords | undefined,
): readonly number[] | null {
  return (
    parseSmartProcessTypes(door.appOption(SMART_PROCESS_TYPES_OPTION)) ??
    recent?.smartProcessTypes ??
    null
  );
}

export function recentRecordsQueryOptions(door: B24Door, queryClient: QueryClient) {
  // The door and the client are the connection, not inputs: they stay out of the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: lookupKeys.recent(),
    queryFn: async () => {
      // Read at fetch time, so a refetch lists the smart processes the first fetch discovered.
      const previous = queryClient.getQueryData<RecentRecords>(lookupKeys.recent());
      try {
        return await fetchRecentRecords(door, knownSmartProcessTypes(door, previous));
      } catch (error) {
        // Register.defaultError promises AppError: nothing else may escape.
        throw toAppError(error);
      }
    },
  });
}

export function useRecentRecords() {
  const door = useDoor();
  return useQuery(recentRecordsQueryOptions(door, useQueryClient()));
}
