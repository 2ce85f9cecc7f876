import { useI18n } from '../i18n/i18n-context.ts';
import type { Stale } from './card-state.ts';

/** Quiet: the last good card stays usable; only a refresh failed. */
export function StaleNotice({ stale, onRetry }: { stale: Stale; onRetry: () => void }) {
  const { t, relativeTime } = useI18n();
  return (
    <div className="notice" role="status">
      <p className="notice__text">{t('ready.stale', { time: relativeTime(stale.updatedAt) })}</p>
      <button type="button" className="button button--quiet" onClick={onRetry}>
        {t('action.tryAgain')}
      </button>
    </div>
  );
}
