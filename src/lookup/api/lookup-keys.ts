import type { RecordSearch } from './record-search.ts';

/** Generic → specific: `['lookup']` invalidates every list of the page at once. */
export const lookupKeys = {
  all: ['lookup'] as const,
  recent: () => [...lookupKeys.all, 'recent'] as const,
  search: (search: RecordSearch | null, smartProcessTypes: readonly number[] | null) =>
    [...lookupKeys.all, 'search', search, smartProcessTypes] as const,
};
