import { useDoor } from '../../b24/door-context.ts';
import { useKeptError } from '../../query/use-kept-error.ts';
import { deriveResultsState, type ResultsState } from '../results-state.ts';
import { lookupKeys } from './lookup-keys.ts';
import { knownSmartProcessTypes, useRecentRecords } from './recent-records.ts';
import type { RecordSearch } from './record-search.ts';
import { savedKeyTemplate } from './saved-key-template.ts';
import { useSearchRecords } from './search-records.ts';

/** What the results show: the recent records, or the matches of a search once there is one. */
export function useLookupResults(search: RecordSearch | null): {
  results: ResultsState;
  retry: () => void;
} {
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

  if (search === null) {
    return {
      results: deriveResultsState({
        data: recent.data?.entries,
        error: recentShown.error,
        isFetching: recent.isFetching,
      }),
      retry: recentShown.retry,
    };
  }
  return {
    results: deriveResultsState({
      data: found.data,
      error: foundShown.error,
      isFetching: found.isFetching,
    }),
    retry: foundShown.retry,
  };
}
