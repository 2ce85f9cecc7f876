import type { ItemFilter } from './record-lists.ts';

/** What the search box asks for: a record ID when the input is one, else a title fragment. */
export type RecordSearch = { by: 'id'; id: number } | { by: 'title'; text: string };

// "#42" is how the portal and the rows write a record's ID, so it is searched as one too.
const RECORD_ID = /^#?\s*([1-9]\d*)$/;

/** null for blank input: the page then shows the recent records instead. */
export function parseRecordSearch(input: string): RecordSearch | null {
  const text = input.trim();
  if (text === '') return null;
  const digits = RECORD_ID.exec(text)?.[1];
  const id = digits === undefined ? NaN : Number(digits);
  return Number.isSafeInteger(id) ? { by: 'id', id } : { by: 'title', text };
}

export function searchFilter(search: RecordSearch): ItemFilter {
  return search.by === 'id' ? { id: search.id } : { '%title': search.text };
}
