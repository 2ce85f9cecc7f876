import { useDoor } from '../../b24/door-context.ts';
import type { SmartProcessType } from '../../chat/places/crm-places.ts';
import { savedKeyTemplate } from '../../chat/key-template-option.ts';
import { useKeptError } from '../../query/use-kept-error.ts';
import { deriveResultsState, type ResultsState } from '../results-state.ts';
import { lookupKeys } from './lookup-keys.ts';
import { knownSmartProcessTypes, useRecentRecords } from './recent-records.ts';
import type { RecordSearch } from './record-search.ts';
import { useSearchRecords } from './search-records.ts';
import { useRecordChats, type RecordChatsState } from './use-record-chats.ts';

export interface LookupResults {
  results: ResultsState;
  retry: () => void;
  /** The smart processes' names, once the first view has told them. */
  names: readonly SmartProcessType[];
  /** The person's record chats (shown while nothing is searched). */
  chats: RecordChatsState;
  /** The first view failed as a whole: its problem stands for the chats' too. */
  firstViewFailed: boolean;
}

const NO_NAMES: readonly SmartProcessType[] = [];

/**
 * What the page shows: the person's record chats and the recent records, or the matches of a
 * search once there is one.
 */
export function useLookupResults(search: RecordSearch | null, unreadOnly: boolean): LookupResults {
  const door = useDoor();
  // Read on every render: the page mounts again on the way back from Settings, which may have
  // saved another template in this frame.
  const template = savedKeyTemplate(door);
  const recent = useRecentRecords(template);
  const types = knownSmartProcessTypes(door, recent.data);
  const found = useSearchRecords(template, search, types);
  // A list on screen stays there while it refreshes; a failed one retried shows the skeleton.
  const recentShown = useKeptError(recent, lookupKeys.recent(template));
  const foundShown = useKeptError(found, lookupKeys.search(template, search, types));
  const chats = useRecordChats(template, unreadOnly, recent.data?.chats, recentShown.retry);
  const shared = {
    names: recent.data?.smartProcessNames ?? NO_NAMES,
    chats,
    firstViewFailed: recent.data === undefined && recentShown.error !== null,
  };

  if (search === null) {
    return {
      results: deriveResultsState({
        data: recent.data?.entries,
        error: recentShown.error,
        isFetching: recent.isFetching,
      }),
      retry: recentShown.retry,
      ...shared,
    };
  }
  return {
    results: deriveResultsState({
      data: found.data,
      error: foundShown.error,
      isFetching: found.isFetching,
    }),
    retry: foundShown.retry,
    ...shared,
  };
}
