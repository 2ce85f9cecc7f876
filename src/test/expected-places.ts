// What the app must bind, written out by hand for unit and e2e tests alike. Tests compare the
// app's own lists (src/chat/places/crm-places.ts) with these, so they must never be derived from
// them.

/** The six CRM cards every portal has, in the order installation binds them. */
export const BUILT_IN_CRM_TABS = [
  'CRM_LEAD_DETAIL_TAB',
  'CRM_DEAL_DETAIL_TAB',
  'CRM_CONTACT_DETAIL_TAB',
  'CRM_COMPANY_DETAIL_TAB',
  'CRM_QUOTE_DETAIL_TAB',
  'CRM_SMART_INVOICE_DETAIL_TAB',
] as const;

/** Every place for a portal with these smart processes: built-in tabs, theirs, the left menu. */
export function everyPlace(smartProcessIds: readonly number[]): string[] {
  return [
    ...BUILT_IN_CRM_TABS,
    ...smartProcessIds.map((id) => `CRM_DYNAMIC_${id}_DETAIL_TAB`),
    'LEFT_MENU',
  ];
}
