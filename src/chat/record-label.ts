import type { CoreKey } from '../i18n/catalogs/en.ts';
import type { Translator } from '../i18n/translator.ts';
import type { LinkedRecord } from './linked-chat.ts';

const TYPE_NAMES: Readonly<Record<string, CoreKey>> = {
  LEAD: 'record.type.LEAD',
  DEAL: 'record.type.DEAL',
  CONTACT: 'record.type.CONTACT',
  COMPANY: 'record.type.COMPANY',
  QUOTE: 'record.type.QUOTE',
  SMART_INVOICE: 'record.type.SMART_INVOICE',
};

/** "Deal #42 · Website redesign for Acme", or "Deal #42" while the title is unknown. */
export function recordLabel({ t }: Translator, record: LinkedRecord): string {
  const type = t(TYPE_NAMES[record.crmType] ?? 'record.type.DYNAMIC');
  const label = t('record.label', { type, id: record.id });
  return record.title === null ? label : t('record.withTitle', { label, title: record.title });
}
