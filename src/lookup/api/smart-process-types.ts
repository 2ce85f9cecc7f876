import type { B24Door } from '../../b24/door.ts';
import { isJsonObject } from '../../b24/payload-guards.ts';

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

/** crm.type.list: `{ types: [{ entityTypeId }] }`; undefined when the answer is unreadable. */
export function parseTypeList(value: unknown): number[] | undefined {
  const types = isJsonObject(value) ? value['types'] : undefined;
  if (!Array.isArray(types)) return undefined;
  const ids: number[] = [];
  for (const type of types) {
    const id = isJsonObject(type) ? type['entityTypeId'] : undefined;
    if (isDynamicTypeId(id)) ids.push(id);
  }
  return unique(ids);
}

// List methods answer 50 items a page (RD how-to-call-rest-api/list-methods-pecularities).
const LIST_PAGE = 50;

function typesOnPage(value: unknown): number {
  const types = isJsonObject(value) ? value['types'] : undefined;
  return Array.isArray(types) ? types.length : 0;
}

/**
 * The types of crm.type.list's first page (answered in a batch) and of every later one: a
 * portal with more than 50 smart processes has types past the first page, and each must be
 * searched. A later page that fails keeps what was read; undefined: the first is unreadable.
 */
export async function readTypePages(
  door: B24Door,
  firstPage: unknown,
): Promise<number[] | undefined> {
  const first = parseTypeList(firstPage);
  if (first === undefined) return undefined;
  const ids = new Set(first);
  let page = firstPage;
  for (let start = LIST_PAGE; typesOnPage(page) === LIST_PAGE; start += LIST_PAGE) {
    try {
      page = await door.callMethod('crm.type.list', { start });
    } catch {
      break;
    }
    const before = ids.size;
    for (const id of parseTypeList(page) ?? []) ids.add(id);
    // A portal that ignored `start` would hand back the same page forever.
    if (ids.size === before) break;
  }
  return [...ids];
}
