import type { AppError } from '../../b24/app-error.ts';

/**
 * Failures that are about the person or the app, not one record: the same for every command,
 * so the whole page shows them (as the card would) instead of one row at a time.
 */
export function isPageWide(error: AppError): boolean {
  return (
    error.kind === 'unauthorized' || error.kind === 'session-expired' || error.kind === 'restricted'
  );
}
