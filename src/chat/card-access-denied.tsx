import { useI18n } from '../i18n/i18n-context.ts';
import { CardMessage } from './card-message.tsx';
import type { Person } from './linked-chat.ts';

interface CardAccessDeniedProps {
  responsible: Person | null;
  /** True for Bitrix24's own CRM key, whose chat the card's Chat button joins. */
  viaCard: boolean;
  headingId: string;
}

/** Says how to get in; says nothing about the chat itself (contract §3, privacy). */
export function CardAccessDenied({ responsible, viaCard, headingId }: CardAccessDeniedProps) {
  const { t } = useI18n();
  return (
    <CardMessage headingId={headingId} title={t('denied.title')}>
      <p className="card__text">{t('denied.body')}</p>
      {viaCard && <p className="card__text">{t('denied.viaCard')}</p>}
      <p className="card__text">
        {responsible === null
          ? t('denied.askUnnamed')
          : t('denied.askNamed', { name: responsible.name })}
      </p>
    </CardMessage>
  );
}
