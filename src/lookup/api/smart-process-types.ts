/**
 * Which smart-process types the lookup lists. The install writes them as the app option
 * `smartProcessTypes` (a JSON string of entityTypeIds), so the first view needs no extra round
 * trip; without it the first batch also asks crm.type.list.
 */
export const SMART_PROCESS_TYPES_OPTION = 'smartProcessTypes';

// Bitrix24 numbers dynamic (smart-process) types from 128 up (CCrmOwnerType::DynamicTypeStart);
// anything below is a built-in type whose chat key is not DYNAMIC_<n>.
const DYNAMIC_TYPE_START = 128;

function isDynamicTypeId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= DYNAMIC_TYPE_START;
}

function unique(ids: number[]): number[] {
  return [...new Set(ids)];
}

/** The app option: a JSON string (or an already-parsed array) of ids; anything else is unset. */
export function parseSmartProcessTypes(value: unknown): number[] | undefined {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(parsed)) return undefined;
  const ids = parsed.map((item) => (typeof item === 'string' ? Number(item) : item));
  return ids.every(isDynamicTypeId) ? unique(ids) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** crm.type.list: `{ types: [{ entityTypeId }] }`; undefined when the answer is unreadable. */
export function parseTypeList(value: unknown): number[] | undefined {
  const types = isRecord(value) ? value['types'] : undefined;
  if (!Array.isArray(types)) return undefined;
  const ids: number[] = [];
  for (const type of types) {
    const id = isRecord(type) ? type['entityTypeId'] : undefined;
    if (isDynamicTypeId(id)) ids.push(id);
  }
  return unique(ids);
}
