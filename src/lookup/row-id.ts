import type { LookupRecord } from './api/lookup-record.ts';

/** Identifies a row across renders, for giving the focus back after the card. */
export function rowId(record: LookupRecord): string {
  return `${record.key.entityTypeId}:${record.key.recordId}`;
}
