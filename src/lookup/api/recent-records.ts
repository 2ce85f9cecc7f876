import { useQuery } from '@tanstack/react-query';
import { malformed, toAppError, type AppError } from '../../b24/app-error.ts';
import type { KeyTemplate } from '../../b24/chat-key.ts';
import type { B24Door, BatchOutcome } from '../../b24/door.ts';
import { useDoor } from '../../b24/door-context.ts';
import { callSplitBatch, oneByOne } from '../../b24/split-batch.ts';
import {
  savedSmartProcessTypes,
  smartProcessTypePages,
  type SmartProcessType,
} from '../../chat/places/crm-places.ts';
import { fetchChatStatusesAlongside } from '../../chat/record-rows/chat-statuses.ts';
import type { RecordRow } from '../../chat/record-rows/record-row.ts';
import { doorQueryOptions } from '../../query/door-query.ts';
import { lookupKeys } from './lookup-keys.ts';
import {
  parseRecordChats,
  recentChatsCommand,
  titleCommands,
  withTitles,
  type RecordChatPage,
} from './record-chats.ts';
import { RECENT_TYPES, listCommands, readLists } from './record-lists.ts';

/** The first page of the person's record chats, or why the portal could not give it. */
export type RecordChatsAnswer = { ok: true; page: RecordChatPage } | { ok: false; error: AppError };

export interface RecentRecords {
  entries: RecordRow[];
  /** The smart-process types searched, or found by this fetch for the next ones (null: unknown). */
  smartProcessTypes: readonly number[] | null;
  /** The smart processes' own names (crm.type.list), for naming their records: "Project #5". */
  smartProcessNames: readonly SmartProcessType[];
  chats: RecordChatsAnswer;
}

const TYPE_LIST = 'types';
const CHATS = 'chats';

async function listedTypes(door: B24Door, batch: BatchOutcome): Promise<SmartProcessType[] | null> {
  // A failed crm.type.list costs only the smart processes: the other types still show.
  if (!Object.hasOwn(batch.results, TYPE_LIST)) return null;
  let types: SmartProcessType[] | null = null;
  try {
    for await (const page of smartProcessTypePages(door, batch.results[TYPE_LIST])) {
      types = [...(types ?? []), ...page];
    }
  } catch {
    // An unreadable first page leaves the types unknown (the next fetch asks again); a later
    // page that fails keeps what the earlier ones listed.
  }
  return types;
}

/** The chats' own answer: its failure is the chats' alone, the records still show. */
function readChats(batch: BatchOutcome, template: KeyTemplate): RecordChatsAnswer {
  const error = batch.errors[CHATS];
  if (error !== undefined) return { ok: false, error };
  if (!Object.hasOwn(batch.results, CHATS)) {
    return { ok: false, error: malformed(`batch: no answer for ${CHATS}`) };
  }
  try {
    return { ok: true, page: parseRecordChats(batch.results[CHATS], template) };
  } catch (failure) {
    return { ok: false, error: toAppError(failure) };
  }
}

/**
 * The page's first view in two round trips: the person's recent chats (im.recent.list), the
 * lists of every type and the smart-process types; then every record's chat status and the
 * chats' record titles (each step split into batches of 50 sent side by side). With the
 * smart-process types unknown, the answer of crm.type.list serves the next fetches (this first
 * list then holds the built-in types only); its further pages, if any, go along with the
 * statuses. It is asked every time, as it names the smart processes.
 */
export async function fetchRecentRecords(
  door: B24Door,
  smartProcessTypes: readonly number[] | null,
  template: KeyTemplate,
  signal?: AbortSignal,
): Promise<RecentRecords> {
  const types = [...RECENT_TYPES, ...(smartProcessTypes ?? [])];
  const batch = await callSplitBatch(
    door,
    oneByOne({
      [CHATS]: recentChatsCommand(0, false),
      ...listCommands(types),
      [TYPE_LIST]: { method: 'crm.type.list' },
    }),
    signal,
  );
  const records = readLists(batch, types, template);
  const chats = readChats(batch, template);
  const [statuses, names] = await Promise.all([
    fetchChatStatusesAlongside(
      door,
      records,
      chats.ok ? titleCommands(chats.page.rows) : [],
      signal,
    ),
    listedTypes(door, batch),
  ]);
  return {
    entries: statuses.rows,
    smartProcessTypes: smartProcessTypes ?? names?.map((type) => type.entityTypeId) ?? null,
    smartProcessNames: names ?? [],
    chats: chats.ok
      ? { ok: true, page: { ...chats.page, rows: withTitles(chats.page.rows, statuses.alongside) } }
      : chats,
  };
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
