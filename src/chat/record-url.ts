import type { ChatKey } from '../b24/placement.ts';

// Types with their own section keep Bitrix24's classic paths; every other type (quotes, smart
// invoices, smart processes) lives under the unified /crm/type/<entityTypeId>/ path.
const CLASSIC_PATHS: Readonly<Record<string, string>> = {
  LEAD: 'lead',
  DEAL: 'deal',
  CONTACT: 'contact',
  COMPANY: 'company',
};

/** The record's card on the portal, e.g. `https://x.bitrix24.com/crm/deal/details/42/`. */
export function recordUrl(portalOrigin: string, key: ChatKey): string {
  const section = Object.hasOwn(CLASSIC_PATHS, key.crmType)
    ? CLASSIC_PATHS[key.crmType]
    : `type/${key.entityTypeId}`;
  return new URL(`/crm/${section}/details/${key.recordId}/`, portalOrigin).href;
}
