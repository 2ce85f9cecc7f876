import { useId } from 'react';
import type { SmartProcessType } from '../chat/places/crm-places.ts';
import type { ListedRecord } from '../chat/record-rows/record-row.ts';
import { RecordRows, RecordRowsSkeleton } from '../chat/record-rows/record-rows.tsx';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import { ResultsProblem } from './results-problem.tsx';
import type { ResultsState } from './results-state.ts';

interface RecordResultsProps {
  results: ResultsState;
  /** What was searched for, or null for the recent records. */
  searched: string | null;
  /** The smart processes' names, when known. */
  names: readonly SmartProcessType[];
  onRetry: () => void;
  onChoose: (record: ListedRecord) => void;
}

const SKELETON_ROWS = 5;

export function RecordResults({ results, searched, names, onRetry, onChoose }: RecordResultsProps) {
  const { t, plural } = useViewsI18n();
  const headingId = useId();
  const busy = results.state === 'loading' || (results.state !== 'error' && results.busy);
  const emptyText =
    searched === null ? t('lookup.empty') : t('lookup.noMatches', { query: searched });

  return (
    <section
      className="lookup__results"
      aria-labelledby={headingId}
      aria-busy={busy}
      data-list-state={results.state}
    >
      <h2 id={headingId} className="lookup__heading">
        {searched === null ? t('lookup.recentHeading') : t('lookup.resultsHeading')}
      </h2>
      {/* Always in the DOM, so screen readers hear each change of it. */}
      <p role="status" className="visually-hidden">
        {results.state === 'loading' && t('lookup.loading')}
        {results.state === 'empty' && emptyText}
        {results.state === 'ready' &&
          searched !== null &&
          plural('lookup.found', results.entries.length)}
      </p>
      {results.state === 'loading' && <RecordRowsSkeleton count={SKELETON_ROWS} />}
      {results.state === 'error' && <ResultsProblem error={results.error} onRetry={onRetry} />}
      {results.state === 'empty' && <p className="lookup__empty">{emptyText}</p>}
      {results.state === 'ready' && (
        <RecordRows rows={results.entries} names={names} onChoose={onChoose} />
      )}
    </section>
  );
}
