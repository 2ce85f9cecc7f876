import { parsePlacement, placementOption, type ChatKey } from './chat-key.ts';
import type { InitData } from './init-data.ts';

// Types with their own section keep Bitrix24's classic card paths; quotes (crm option
// path_to_quote_details), smart invoices and smart processes live under /crm/type/<id>/.
const CLASSIC_SECTIONS: Readonly<Record<string, string>> = {
  LEAD: 'lead',
  DEAL: 'deal',
  CONTACT: 'contact',
  COMPANY: 'company',
};

/** The record's card on the portal: `/crm/deal/details/42/`, `/crm/type/183/details/5/`. */
export function recordPath(key: Pick<ChatKey, 'crmType' | 'entityTypeId' | 'recordId'>): string {
  const section = Object.hasOwn(CLASSIC_SECTIONS, key.crmType)
    ? CLASSIC_SECTIONS[key.crmType]
    : `type/${key.entityTypeId}`;
  return `/crm/${section}/details/${key.recordId}/`;
}

// The side slider's own parameters: the card opened full-page must not render as slider content.
const SLIDER_PARAMS = ['IFRAME', 'IFRAME_TYPE'];

/**
 * PLACEMENT_OPTIONS.URI, when it is a page of this portal: a path with one leading `/`. Anything
 * else (`javascript:`, another host, `//host`, `/\host`) is not followed.
 */
function uriOnPortal(options: unknown, origin: string): URL | undefined {
  const uri = placementOption(options, 'URI');
  if (typeof uri !== 'string' || !/^\/(?![/\\])/.test(uri)) return undefined;
  let url: URL;
  try {
    url = new URL(uri, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  // Only when present: deleting re-serializes the whole query.
  for (const param of SLIDER_PARAMS) {
    if (url.searchParams.has(param)) url.searchParams.delete(param);
  }
  return url;
}

/**
 * Where the portal page goes when its session is over (contract §3): on a CRM tab the record's
 * page, as PLACEMENT_OPTIONS.URI names it or else by its path; on the app's own page (or a
 * placement without a record) the portal's start page. Always on the portal's origin from the
 * init data, never a referrer.
 */
export function portalReloadUrl(
  init: Pick<InitData, 'placement' | 'placementOptions' | 'portal'>,
): string {
  const { origin } = init.portal;
  const placement = parsePlacement(init.placement, init.placementOptions);
  if (!placement.ok) return new URL('/', origin).href;
  return (uriOnPortal(init.placementOptions, origin) ?? new URL(recordPath(placement.key), origin))
    .href;
}
