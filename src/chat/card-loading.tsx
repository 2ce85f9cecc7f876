import { useI18n } from '../i18n/i18n-context.ts';

/** A skeleton of the ready card's shape, so nothing jumps when the chat arrives. */
export function CardLoading() {
  const { t } = useI18n();
  return (
    <>
      <p role="status" className="visually-hidden">
        {t('card.loading')}
      </p>
      <div className="skeleton" aria-hidden="true">
        <div className="card__header">
          <span className="skeleton__block avatar avatar--lg" />
          <div className="skeleton__lines">
            <span className="skeleton__block skeleton__line skeleton__line--title" />
            <span className="skeleton__block skeleton__line skeleton__line--short" />
          </div>
        </div>
        <span className="skeleton__block skeleton__line" />
        <span className="skeleton__block skeleton__button" />
      </div>
    </>
  );
}
