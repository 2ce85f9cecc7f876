import type { AppError, RestrictedReason } from '../b24/app-error.ts';
import { useDoor } from '../b24/door-context.ts';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';
import { CardMessage } from './card-message.tsx';
import { errorSentence } from './error-sentence.ts';
import type { LinkedRecord } from './linked-chat.ts';
import { recordLabel } from './record-label.ts';

export function CardUnauthorized({ headingId }: { headingId: string }) {
  const { t } = useViewsI18n();
  return (
    <CardMessage headingId={headingId} title={t('unauthorized.title')}>
      <p className="card__text">{t('unauthorized.body')}</p>
    </CardMessage>
  );
}

/** The record is gone: said plainly, and nothing of a chat (contract §3, `no-record`). */
export function CardNoRecord({ record, headingId }: { record: LinkedRecord; headingId: string }) {
  const i18n = useViewsI18n();
  return (
    <CardMessage headingId={headingId} title={i18n.t('noRecord.title')}>
      <p className="card__text">{i18n.t('noRecord.body', { record: recordLabel(i18n, record) })}</p>
    </CardMessage>
  );
}

export function CardRestricted({
  reason = 'plan',
  headingId,
}: {
  reason: RestrictedReason | undefined;
  headingId: string;
}) {
  const door = useDoor();
  const { t } = useViewsI18n();
  return (
    <CardMessage headingId={headingId} title={t('restricted.title')}>
      <p className="card__text">{t(`restricted.${reason}`)}</p>
      <p className="card__text">
        {door.init.isAdmin ? t(`restricted.${reason}.admin`) : t('restricted.askAdmin')}
      </p>
    </CardMessage>
  );
}

export function CardSessionExpired({ headingId }: { headingId: string }) {
  const door = useDoor();
  const { t } = useViewsI18n();
  // In the click's own handler: the portal page may be navigated only on a person's click.
  const reload = () => door.reloadPortal();
  return (
    <CardMessage
      headingId={headingId}
      title={t('session.title')}
      alert
      action={
        <button type="button" className="button button--primary" onClick={reload}>
          {t('action.reload')}
        </button>
      }
    >
      <p className="card__text">{t('session.body')}</p>
    </CardMessage>
  );
}

export function CardError({
  error,
  headingId,
  onRetry,
  title,
}: {
  error: AppError;
  headingId: string;
  onRetry: () => void;
  /** What failed to load; the card's own "Couldn't load the chat" by default. */
  title?: string;
}) {
  const i18n = useViewsI18n();
  return (
    <CardMessage
      headingId={headingId}
      title={title ?? i18n.t('error.title')}
      alert
      action={
        <button type="button" className="button button--primary" onClick={onRetry}>
          {i18n.t('action.tryAgain')}
        </button>
      }
    >
      <p className="card__text">{errorSentence(i18n, error)}</p>
      <p className="card__meta">{i18n.t('error.code', { code: error.code })}</p>
    </CardMessage>
  );
}
