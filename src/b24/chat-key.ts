import { jsonObject, nonBlank, positiveId } from './payload-guards.ts';

/**
 * The key of a record's chat: placement code + PLACEMENT_OPTIONS → the key, or a typed refusal
 * (contract §2), pure and total: any input yields exactly one of the two. Beside it what a key
 * is made of: the CRM types with their tabs, and the admin's key template.
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

/** Its app option (APP_OPTIONS.keyTemplate): Settings writes it, the views read it. */
export const KEY_TEMPLATE_OPTION = 'keyTemplate';

/** The key Bitrix24 itself uses for a record's discussion chat. */
export const DEFAULT_KEY_TEMPLATE: KeyTemplate = { entityType: 'CRM', entityId: '{TYPE}|{ID}' };

/** A CRM type: its name in chat keys and tab codes, its id in crm.item.*. */
export interface CrmTypeRef {
  crmType: CrmType;
  entityTypeId: number;
}

/** The types with a tab of their own (contract §2), in the order the app offers the tabs. */
export const BUILT_IN_TYPES: readonly CrmTypeRef[] = [
  { crmType: 'LEAD', entityTypeId: 1 },
  { crmType: 'DEAL', entityTypeId: 2 },
  { crmType: 'CONTACT', entityTypeId: 3 },
  { crmType: 'COMPANY', entityTypeId: 4 },
  { crmType: 'QUOTE', entityTypeId: 7 },
  { crmType: 'SMART_INVOICE', entityTypeId: 31 },
];

/** A smart process: its type id is in its tab's code, and only there (facts §4). */
export function smartProcessType(entityTypeId: number): CrmTypeRef {
  return { crmType: `DYNAMIC_${entityTypeId}`, entityTypeId };
}

/** The placement code of a type's card tab: CRM_DEAL_DETAIL_TAB, CRM_DYNAMIC_183_DETAIL_TAB. */
export function detailTabOf(crmType: CrmType): string {
  return `CRM_${crmType}_DETAIL_TAB`;
}

const DYNAMIC_PLACEMENT = /^CRM_DYNAMIC_([1-9]\d*)_DETAIL_TAB$/;

function crmTypeOf(placement: string): CrmTypeRef | undefined {
  const builtIn = BUILT_IN_TYPES.find((type) => detailTabOf(type.crmType) === placement);
  if (builtIn !== undefined) return builtIn;
  const dynamic = DYNAMIC_PLACEMENT.exec(placement);
  const entityTypeId = dynamic?.[1] === undefined ? NaN : Number(dynamic[1]);
  return Number.isSafeInteger(entityTypeId) ? smartProcessType(entityTypeId) : undefined;
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
  const entityType = nonBlank(raw?.['entityType']);
  const entityId = raw?.['entityId'];
  return entityType !== undefined && typeof entityId === 'string' && entityId.includes('{ID}')
    ? { entityType, entityId }
    : DEFAULT_KEY_TEMPLATE;
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
 * Contacts and companies: Bitrix24 keeps no chat for them (facts §13), so their tab lists their
 * deals' and leads' chats instead (src/client/).
 */
export const isClientType = (crmType: CrmType) => /^CO(NTACT|MPANY)$/.test(crmType);

/** The record a chat key names; its title once crm.item.get has told it. */
export function recordOf(
  key: Pick<ChatKey, 'crmType' | 'recordId'>,
  title: string | null = null,
): { crmType: CrmType; id: number; title: string | null } {
  return { crmType: key.crmType, id: key.recordId, title };
}
