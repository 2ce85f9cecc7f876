import type { ChatKey } from '../b24/chat-key.ts';
import { recordPath } from '../b24/portal-page.ts';

/** The record's card on the portal, e.g. `https://x.bitrix24.com/crm/deal/details/42/`. */
export function recordUrl(portalOrigin: string, key: ChatKey): string {
  return new URL(recordPath(key), portalOrigin).href;
}
