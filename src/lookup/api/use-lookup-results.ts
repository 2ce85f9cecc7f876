import { useQueryClient } from '@tanstack/react-query';
import { useKeptError } from '../../app/use-kept-error.ts';
import { useDoor } from '../../b24/door-context.ts';
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
  const queryClient = useQueryClient();
  // Read on every render: the page mounts again on the way back from Settings, which may have
  // saved another template in this frame.
  const template = savedKeyTemplate(door);
  const recent = useRecentRecords(template);
  const types = knownSmartProcessTypes(door, recent.data);
  const found = useSearchRecords(template, search, types);
  const recentError = useKeptError(recent, lookupKeys.recent(template));
  const foundError = useKeptError(found, lookupKeys.search(template, search, types));

  const shown =
    search === null
      ? {
          snapshot: {
            data: recent.data?.entries,
            error: recentError,
            isFetching: recent.isFetching,
          },
          queryKey: lookupKeys.recent(template),
          refetch: recent.refetch,
        }
      : {
          snapshot: { data: found.data, error: foundError, isFetching: found.isFetching },
          queryKey: lookupKeys.search(template, search, types),
          refetch: found.refetch,
        };
  return {
    results: deriveResultsState(shown.snapshot),
    // A failed list the user retries shows the skeleton again: reset forgets the kept error.
    retry: () =>
      void (shown.snapshot.data === undefined
        ? queryClient.resetQueries({ queryKey: shown.queryKey, exact: true })
        : shown.refetch()),
  };
}
