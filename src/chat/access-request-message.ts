import type { ChatKey } from '../b24/chat-key.ts';
import type { ViewsTranslator } from '../i18n/translator.ts';
import type { LinkedRecord, Person } from './linked-chat.ts';
import { recordLabel } from './record-label.ts';
import { recordUrl } from './record-url.ts';

/**
 * Remote text (a title, a name) must not open or close BBCode tags in the notification, or a
 * record titled `[URL=…]` would link anywhere: its square brackets become round ones.
 */
function bbText(text: string): string {
  return text.replaceAll('[', '(').replaceAll(']', ')');
}

/** The notification the responsible person gets: who asks, for which record, and its link. */
export function accessRequestMessage(
  i18n: ViewsTranslator,
  {
    requester,
    record,
    key,
    portalOrigin,
  }: {
    requester: Person;
    record: LinkedRecord;
    key: ChatKey;
    portalOrigin: string;
  },
): string {
  // BBCode is how Bitrix24 notifications carry links.
  const link = `[URL=${recordUrl(portalOrigin, key)}]${bbText(recordLabel(i18n, record))}[/URL]`;
  return i18n.t('request.message', { requester: bbText(requester.name), record: link });
}
