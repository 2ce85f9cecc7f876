import type { AppError } from '../b24/app-error.ts';
import type { RecordRow } from '../chat/record-rows/record-row.ts';

/** The one derived state the results render (`data-list-state` carries its name). */
export type ResultsState =
  | { state: 'loading' }
  | { state: 'error'; error: AppError }
  /** `busy`: newer results are on their way (the shown ones are the last good ones). */
  | { state: 'ready' | 'empty'; entries: RecordRow[]; busy: boolean };

export interface ResultsQuerySnapshot {
  data: RecordRow[] | undefined;
  error: AppError | null;
  isFetching: boolean;
}

export function deriveResultsState({
  data,
  error,
  isFetching,
}: ResultsQuerySnapshot): ResultsState {
  // A failed refresh keeps the last good list on screen; a first load that failed says why,
  // also while a revalidation runs (a retry the user asks for resets it to loading).
  if (data !== undefined) {
    return { state: data.length === 0 ? 'empty' : 'ready', entries: data, busy: isFetching };
  }
  if (error !== null) return { state: 'error', error };
  return { state: 'loading' };
}
