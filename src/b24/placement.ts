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

const STATIC_TYPES: Readonly<Record<string, { crmType: CrmType; entityTypeId: number }>> = {
  CRM_LEAD_DETAIL_TAB: { crmType: 'LEAD', entityTypeId: 1 },
  CRM_DEAL_DETAIL_TAB: { crmType: 'DEAL', entityTypeId: 2 },
  CRM_CONTACT_DETAIL_TAB: { crmType: 'CONTACT', entityTypeId: 3 },
  CRM_COMPANY_DETAIL_TAB: { crmType: 'COMPANY', entityTypeId: 4 },
  CRM_QUOTE_DETAIL_TAB: { crmType: 'QUOTE', entityTypeId: 7 },
  CRM_SMART_INVOICE_DETAIL_TAB: { crmType: 'SMART_INVOICE', entityTypeId: 31 },
};

const DYNAMIC_PLACEMENT = /^CRM_DYNAMIC_([1-9]\d*)_DETAIL_TAB$/;
const CANONICAL_ID = /^[1-9]\d*$/;

function crmTypeOf(placement: string): { crmType: CrmType; entityTypeId: number } | undefined {
  if (Object.hasOwn(STATIC_TYPES, placement)) return STATIC_TYPES[placement];
  const dynamic = DYNAMIC_PLACEMENT.exec(placement);
  const entityTypeId = dynamic?.[1] === undefined ? NaN : Number(dynamic[1]);
  return Number.isSafeInteger(entityTypeId)
    ? { crmType: `DYNAMIC_${entityTypeId}`, entityTypeId }
    : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionsObject(options: unknown): Record<string, unknown> | undefined {
  if (isRecord(options)) return options;
  if (typeof options !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(options);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** `ID` first, else the first key that is `id` in another letter case. */
function rawId(options: Record<string, unknown>): unknown {
  if (Object.hasOwn(options, 'ID')) return options['ID'];
  const key = Object.keys(options).find((name) => name.toUpperCase() === 'ID');
  return key === undefined ? undefined : options[key];
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}

/** A positive integer, given as a number or as its canonical decimal string ("042" is not). */
function recordIdOf(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  }
  if (typeof value !== 'string' || !CANONICAL_ID.test(value)) return undefined;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : undefined;
}

function fill(template: string, crmType: CrmType, recordId: number): string {
  return template.replaceAll('{TYPE}', crmType).replaceAll('{ID}', String(recordId));
}

/** Reads an admin template from an app option (object or JSON string); junk → the default. */
export function parseKeyTemplate(value: unknown): KeyTemplate {
  const raw = optionsObject(value);
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
  const fields = optionsObject(options);
  const id = fields === undefined ? undefined : rawId(fields);
  if (id === undefined || id === null || id === '') {
    return { ok: false, refusal: { reason: 'missing-id' } };
  }
  const recordId = recordIdOf(id);
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
