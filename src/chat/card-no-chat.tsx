import { useI18n } from '../i18n/i18n-context.ts';
import { CardMessage } from './card-message.tsx';
import type { LinkedRecord } from './linked-chat.ts';
import { recordLabel } from './record-label.ts';

export function CardNoChat({ record, headingId }: { record: LinkedRecord; headingId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  // Bitrix24 keeps discussion chats for deals, leads and some other types, never for these.
  const never = record.crmType === 'CONTACT' || record.crmType === 'COMPANY';
  return (
    <CardMessage headingId={headingId} title={t('noChat.title')}>
      <p className="card__text">
        {never
          ? t('noChat.contactCompany')
          : t('noChat.body', { record: recordLabel(i18n, record) })}
      </p>
    </CardMessage>
  );
}
