import { useQuery } from '@tanstack/react-query';
import type { KeyTemplate } from '../../b24/chat-key.ts';
import type { B24Door, BatchOutcome } from '../../b24/door.ts';
import { useDoor } from '../../b24/door-context.ts';
import { callSplitBatch, oneByOne } from '../../b24/split-batch.ts';
import { savedSmartProcessTypes, smartProcessTypePages } from '../../chat/places/crm-places.ts';
import { fetchChatStatuses } from '../../chat/record-rows/chat-statuses.ts';
import type { RecordRow } from '../../chat/record-rows/record-row.ts';
import { doorQueryOptions } from '../../query/door-query.ts';
import { lookupKeys } from './lookup-keys.ts';
import { LISTED_TYPES, listCommands, readLists } from './record-lists.ts';

export interface RecentRecords {
  entries: RecordRow[];
  /** The smart-process types searched, or found by this fetch for the next ones (null: unknown). */
  smartProcessTypes: readonly number[] | null;
}

const TYPE_LIST = 'types';

async function discoveredTypes(door: B24Door, batch: BatchOutcome): Promise<number[] | null> {
  // A failed crm.type.list costs only the smart processes: deals and leads still show.
  if (!Object.hasOwn(batch.results, TYPE_LIST)) return null;
  let ids: number[] | null = null;
  try {
    for await (const types of smartProcessTypePages(door, batch.results[TYPE_LIST])) {
      ids = [...(ids ?? []), ...types.map((type) => type.entityTypeId)];
    }
  } catch {
    // An unreadable first page leaves the types unknown (the next fetch asks again); a later
    // page that fails keeps what the earlier ones listed.
  }
  return ids;
}

/**
 * Two round trips: the lists of every type, then every record's chat status (each step split
 * into batches of 50 sent side by side). With the smart-process types unknown, crm.type.list
 * rides along in the first and its answer serves the next fetches (this first list then holds
 * deals and leads only); its further pages, if any, go along with the statuses.
 */
export async function fetchRecentRecords(
  door: B24Door,
  smartProcessTypes: readonly number[] | null,
  template: KeyTemplate,
  signal?: AbortSignal,
): Promise<RecentRecords> {
  const types = [...LISTED_TYPES, ...(smartProcessTypes ?? [])];
  const commands = listCommands(types);
  const batch = await callSplitBatch(
    door,
    oneByOne(
      smartProcessTypes === null
        ? { ...commands, [TYPE_LIST]: { method: 'crm.type.list' } }
        : commands,
    ),
    signal,
  );
  const records = readLists(batch, types, template);
  const [entries, discovered] = await Promise.all([
    fetchChatStatuses(door, records, signal),
    smartProcessTypes ?? discoveredTypes(door, batch),
  ]);
  return { entries, smartProcessTypes: discovered };
}

/** The install's app option, else what an earlier fetch of the recent list found. */
export function knownSmartProcessTypes(
  door: B24Door,
  recent: RecentRecords | undefined,
): readonly number[] | null {
  return savedSmartProcessTypes(door) ?? recent?.smartProcessTypes ?? null;
}

export function recentRecordsQueryOptions(door: B24Door, template: KeyTemplate) {
  return doorQueryOptions(door, {
    queryKey: lookupKeys.recent(template),
    queryFn: (door, { client, signal }) => {
      // Read at fetch time, so a refetch lists the smart processes the first fetch discovered.
      const previous = client.getQueryData<RecentRecords>(lookupKeys.recent(template));
      return fetchRecentRecords(door, knownSmartProcessTypes(door, previous), template, signal);
    },
  });
}

export function useRecentRecords(template: KeyTemplate) {
  return useQuery(recentRecordsQueryOptions(useDoor(), template));
}
