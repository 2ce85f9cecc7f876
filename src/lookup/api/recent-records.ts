import { useQuery } from '@tanstack/react-query';
import type { B24Door, BatchOutcome } from '../../b24/door.ts';
import { useDoor } from '../../b24/door-context.ts';
import type { KeyTemplate } from '../../b24/placement.ts';
import { doorQueryOptions } from '../../query/door-query.ts';
import { fetchChatStatuses } from './chat-statuses.ts';
import { lookupKeys } from './lookup-keys.ts';
import type { LookupEntry } from './lookup-record.ts';
import { BUILT_IN_TYPES, listCommands, readLists } from './record-lists.ts';
import {
  parseSmartProcessTypes,
  readTypePages,
  SMART_PROCESS_TYPES_OPTION,
} from './smart-process-types.ts';
import { callSplitBatch, oneByOne } from './split-batch.ts';

export interface RecentRecords {
  entries: LookupEntry[];
  /** The smart-process types searched, or found by this fetch for the next ones (null: unknown). */
  smartProcessTypes: readonly number[] | null;
}

const TYPE_LIST = 'types';

async function discoveredTypes(door: B24Door, batch: BatchOutcome): Promise<number[] | null> {
  // A failed crm.type.list costs only the smart processes: deals and leads still show.
  if (!Object.hasOwn(batch.results, TYPE_LIST)) return null;
  return (await readTypePages(door, batch.results[TYPE_LIST])) ?? null;
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
  const types = [...BUILT_IN_TYPES, ...(smartProcessTypes ?? [])];
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
  return (
    parseSmartProcessTypes(door.appOption(SMART_PROCESS_TYPES_OPTION)) ??
    recent?.smartProcessTypes ??
    null
  );
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
