import { jsonObject, positiveId } from './payload-guards.ts';

/**
 * Placement code + PLACEMENT_OPTIONS → the key of the record's chat, or a typed refusal
 * (contract §2). Pure and total: any input yields exactly one of the two.
 */
export type CrmType =
  'LEAD' | 'DEAL' | 'CONTACT' | 'COMPANY' | 'QUOTE' | 'SMART_INVOICE' | `DYNAMIC_${number}`;

export interface ChatKey {
  /** ENTITY_TYPE / ENTITY_ID sent to imbot.chat.get. */
  entityType: string;
  entityId: string;
  crmType: CrmType;
  recordId: number;
  /** For crm.item.get. */
  entityTypeId: number;
}

export type PlacementRefusal =
  | { reason: 'unknown-placement'; placement: string }
  | { reason: 'missing-id' }
  | { reason: 'invalid-id'; value: string };

export type PlacementParse = { ok: true; key: ChatKey } | { ok: false; refusal: PlacementRefusal };

/** An admin-configured key (APP_OPTIONS) for chats that a bot or another app created. */
export interface KeyTemplate {
  entityType: string;
  entityId: string;
}

/** The key Bitrix24 itself uses for a record's discussion chat. */
export const DEFAULT_KEY_TEMPLATE: KeyTemplate = { entityType: 'CRM', entityId: '{TYPE}|{ID}' };

/** A CRM type's detail tab: its placement code, its type in chat keys, its crm.item.* id. */
export interface CrmTypePlacement {
  placement: string;
  crmType: CrmType;
  entityTypeId: number;
}

/** The types with a tab of their own (contract §2), in the order the app offers the tabs. */
export const BUILT_IN_TYPES: readonly CrmTypePlacement[] = [
  { placement: 'CRM_LEAD_DETAIL_TAB', crmType: 'LEAD', entityTypeId: 1 },
  { placement: 'CRM_DEAL_DETAIL_TAB', crmType: 'DEAL', entityTypeId: 2 },
  { placement: 'CRM_CONTACT_DETAIL_TAB', crmType: 'CONTACT', entityTypeId: 3 },
  { placement: 'CRM_COMPANY_DETAIL_TAB', crmType: 'COMPANY', entityTypeId: 4 },
  { placement: 'CRM_QUOTE_DETAIL_TAB', crmType: 'QUOTE', entityTypeId: 7 },
  { placement: 'CRM_SMART_INVOICE_DETAIL_TAB', crmType: 'SMART_INVOICE', entityTypeId: 31 },
];

/** A smart process's tab: the type id is in the code, and only there (facts §4). */
export function smartProcessPlacement(entityTypeId: number): CrmTypePlacement {
  return {
    placement: `CRM_DYNAMIC_${entityTypeId}_DETAIL_TAB`,
    crmType: `DYNAMIC_${entityTypeId}`,
    entityTypeId,
  };
}

const DYNAMIC_PLACEMENT = /^CRM_DYNAMIC_([1-9]\d*)_DETAIL_TAB$/;

function crmTypeOf(placement: string): CrmTypePlacement | undefined {
  const builtIn = BUILT_IN_TYPES.find((type) => type.placement === placement);
  if (builtIn !== undefined) return builtIn;
  const dynamic = DYNAMIC_PLACEMENT.exec(placement);
  const entityTypeId = dynamic?.[1] === undefined ? NaN : Number(dynamic[1]);
  return Number.isSafeInteger(entityTypeId) ? smartProcessPlacement(entityTypeId) : undefined;
}

/**
 * A field of PLACEMENT_OPTIONS (an object or a JSON string, contract §2) as sent: `ID`, else the
 * first key that is `id` in another letter case (the same for `URI`).
 */
export function placementOption(options: unknown, name: 'ID' | 'URI'): unknown {
  const fields = jsonObject(options);
  if (fields === undefined) return undefined;
  if (Object.hasOwn(fields, name)) return fields[name];
  const key = Object.keys(fields).find((candidate) => candidate.toUpperCase() === name);
  return key === undefined ? undefined : fields[key];
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}

function fill(template: string, crmType: CrmType, recordId: number): string {
  return template.replaceAll('{TYPE}', crmType).replaceAll('{ID}', String(recordId));
}

/** Reads an admin template from an app option (object or JSON string); junk → the default. */
export function parseKeyTemplate(value: unknown): KeyTemplate {
  const raw = jsonObject(value);
  const entityType = raw?.['entityType'];
  const entityId = raw?.['entityId'];
  if (
    typeof entityType === 'string' &&
    entityType.trim() !== '' &&
    typeof entityId === 'string' &&
    entityId.includes('{ID}')
  ) {
    return { entityType, entityId };
  }
  return DEFAULT_KEY_TEMPLATE;
}

export function parsePlacement(
  placement: unknown,
  options: unknown,
  template: KeyTemplate = DEFAULT_KEY_TEMPLATE,
): PlacementParse {
  const code = typeof placement === 'string' ? placement : describe(placement);
  const type = crmTypeOf(code);
  if (type === undefined) {
    return { ok: false, refusal: { reason: 'unknown-placement', placement: code } };
  }
  const id = placementOption(options, 'ID');
  if (id === undefined || id === null || id === '') {
    return { ok: false, refusal: { reason: 'missing-id' } };
  }
  const recordId = positiveId(id);
  if (recordId === undefined) {
    return { ok: false, refusal: { reason: 'invalid-id', value: describe(id) } };
  }
  return {
    ok: true,
    key: {
      entityType: fill(template.entityType, type.crmType, recordId),
      entityId: fill(template.entityId, type.crmType, recordId),
      crmType: type.crmType,
      recordId,
      entityTypeId: type.entityTypeId,
    },
  };
}

/**
 * The chat key of a record known by its type and id (a list's row, not a tab): the key the
 * record's own tab would build, so both find its chat under the same, maybe admin-set, key.
 */
export function chatKeyOf(
  entityTypeId: number,
  recordId: unknown,
  template: KeyTemplate,
): ChatKey | undefined {
  const type =
    BUILT_IN_TYPES.find((builtIn) => builtIn.entityTypeId === entityTypeId) ??
    smartProcessPlacement(entityTypeId);
  const parsed = parsePlacement(type.placement, { ID: recordId }, template);
  return parsed.ok ? parsed.key : undefined;
}
