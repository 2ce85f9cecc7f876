import { useId } from 'react';
import type { AppError } from '../b24/app-error.ts';
import {
  CardError,
  CardRestricted,
  CardSessionExpired,
  CardUnauthorized,
} from '../chat/card-problem.tsx';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';

interface ResultsProblemProps {
  error: AppError;
  onRetry: () => void;
  /** What could not load (default: the records). */
  title?: string;
}

/** Why the list could not load, in the card's words and looks. */
export function ResultsProblem({ error, onRetry, title }: ResultsProblemProps) {
  const headingId = useId();
  return (
    <div className="card" role="group" aria-labelledby={headingId}>
      <ProblemBody error={error} onRetry={onRetry} title={title} headingId={headingId} />
    </div>
  );
}

/** Person- and app-wide causes as the card explains them; anything else with Try again. */
function ProblemBody({
  error,
  onRetry,
  title,
  headingId,
}: ResultsProblemProps & { headingId: string }) {
  const i18n = useViewsI18n();
  switch (error.kind) {
    case 'unauthorized':
      return <CardUnauthorized headingId={headingId} />;
    case 'session-expired':
      return <CardSessionExpired headingId={headingId} />;
    case 'restricted':
      return <CardRestricted reason={error.reason} headingId={headingId} />;
    default:
      return (
        <CardError
          error={error}
          headingId={headingId}
          onRetry={onRetry}
          title={title ?? i18n.t('lookup.errorTitle')}
        />
      );
  }
}
