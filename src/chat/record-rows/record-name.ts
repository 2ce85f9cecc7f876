import { recordOf, type ChatKey } from '../../b24/chat-key.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { SmartProcessType } from '../places/crm-places.ts';
import { recordLabel } from '../record-label.ts';

/**
 * A listed record as the portal names it: a smart process's item by its type's own title
 * ("Projects #5", not "Item #5"), the built-in types by theirs ("Quote #3"); then its title.
 * `names`: the smart processes crm.type.list named (none known: the generic word).
 */
export function listedRecordLabel(
  i18n: Translator,
  key: ChatKey,
  title: string | null,
  names: readonly SmartProcessType[],
): string {
  const type = names.find((name) => name.entityTypeId === key.entityTypeId)?.title;
  if (type === undefined) return recordLabel(i18n, recordOf(key, title));
  const label = i18n.t('record.label', { type, id: key.recordId });
  return title === null ? label : i18n.t('record.withTitle', { label, title });
}
