import { malformed } from '../../b24/app-error.ts';
import {
  BUILT_IN_TYPES,
  detailTabOf,
  smartProcessType,
  type CrmTypeRef,
} from '../../b24/chat-key.ts';
import type { B24Door } from '../../b24/door.ts';
import { fromJson, isJsonObject, positiveId } from '../../b24/payload-guards.ts';

/**
 * The places Linked Chat lives in: the left menu and a tab on the card of every CRM type, the
 * smart processes (crm.type.list) included, and the smart processes the app has seen (its app
 * option). Shared by installation, settings and the lookup page, which may not import each other.
 */
export const LEFT_MENU = 'LEFT_MENU';

export interface TabPlace extends CrmTypeRef {
  placement: string;
  /** crm.type.list's title for a smart process; fixed types are named by the UI. */
  title?: string;
}

export interface SmartProcessType {
  entityTypeId: number;
  title: string;
}

function tabOf(type: CrmTypeRef): TabPlace {
  return { ...type, placement: detailTabOf(type.crmType) };
}

export function smartProcessTab(type: SmartProcessType): TabPlace {
  return { ...tabOf(smartProcessType(type.entityTypeId)), title: type.title };
}

export function isSmartProcessTab(place: TabPlace): boolean {
  return place.crmType.startsWith('DYNAMIC_');
}

/** Every CRM tab the app offers on this portal, fixed types first. */
export function crmTabs(types: readonly SmartProcessType[]): TabPlace[] {
  return [...BUILT_IN_TYPES.map(tabOf), ...types.map(smartProcessTab)];
}

// Bitrix24 numbers smart-process types from 128 up (CCrmOwnerType::DynamicTypeStart). Below are
// built-in types (31, smart invoices) whose tab and chat key are their own, not DYNAMIC_<n>.
const DYNAMIC_TYPE_START = 128;

function smartProcessTypeId(value: unknown): number | undefined {
  const id = positiveId(value);
  return id !== undefined && id >= DYNAMIC_TYPE_START ? id : undefined;
}

/**
 * crm.type.list → `{ types: [{ entityTypeId, title }] }`, each smart process once; a type that is
 * not one is skipped, a blank title becomes `#<id>`. No types list at all: MALFORMED_RESPONSE.
 */
export function parseSmartProcessTypes(value: unknown): SmartProcessType[] {
  const types = isJsonObject(value) ? value['types'] : undefined;
  if (!Array.isArray(types)) throw malformed('crm.type.list: no types list');
  const parsed = new Map<number, SmartProcessType>();
  for (const type of types) {
    if (!isJsonObject(type)) continue;
    const entityTypeId = smartProcessTypeId(type['entityTypeId']);
    if (entityTypeId === undefined || parsed.has(entityTypeId)) continue;
    const title = typeof type['title'] === 'string' ? type['title'] : '';
    parsed.set(entityTypeId, {
      entityTypeId,
      title: title.trim() === '' ? `#${entityTypeId}` : title,
    });
  }
  return [...parsed.values()];
}

// List methods answer 50 items a page (RD how-to-call-rest-api/list-methods-pecularities).
const LIST_PAGE = 50;

function typesOnPage(value: unknown): number {
  const types = isJsonObject(value) ? value['types'] : undefined;
  return Array.isArray(types) ? types.length : 0;
}

/**
 * The smart processes of crm.type.list's first page (answered in a batch), then of every later
 * one, a page at a time, each type once: a portal with more than 50 has types past the first
 * page, and every one needs its tab and its search. A page that fails throws; what that costs is
 * the caller's to say.
 */
export async function* smartProcessTypePages(
  door: B24Door,
  firstPage: unknown,
): AsyncGenerator<SmartProcessType[], void, undefined> {
  const seen = new Set<number>();
  const unseen = (page: unknown) => {
    const types = parseSmartProcessTypes(page).filter((type) => !seen.has(type.entityTypeId));
    for (const type of types) seen.add(type.entityTypeId);
    return types;
  };
  let page = firstPage;
  yield unseen(page);
  for (let start = LIST_PAGE; typesOnPage(page) === LIST_PAGE; start += LIST_PAGE) {
    page = await door.callMethod('crm.type.list', { start });
    const types = unseen(page);
    // A portal that ignored `start` would hand back the same page forever.
    if (types.length === 0) return;
    yield types;
  }
}

/**
 * App option `smartProcessTypes`: the entityTypeIds seen at installation, as a JSON list, so the
 * lookup page's first batch needs no crm.type.list.
 */
const SMART_PROCESS_TYPES_OPTION = 'smartProcessTypes';

/**
 * The option as saved (a JSON string) or as the portal may hand it back (a list). Unset, or
 * anything but a list of smart-process ids (so not this app's writing): undefined.
 */
export function parseSmartProcessTypesOption(value: unknown): number[] | undefined {
  const list = fromJson(value);
  const ids = Array.isArray(list) ? list.map(smartProcessTypeId) : [undefined];
  if (!ids.every((id): id is number => id !== undefined)) return undefined;
  return [...new Set(ids)];
}

export function serializeSmartProcessTypes(ids: readonly number[]): string {
  return JSON.stringify([...new Set(ids)].sort((a, b) => a - b));
}

/** The smart processes the install (or Settings since) wrote down; undefined: not known. */
export function savedSmartProcessTypes(door: B24Door): number[] | undefined {
  return parseSmartProcessTypesOption(door.appOption(SMART_PROCESS_TYPES_OPTION));
}

export function saveSmartProcessTypes(door: B24Door, ids: readonly number[]): Promise<void> {
  return door.setAppOption(SMART_PROCESS_TYPES_OPTION, serializeSmartProcessTypes(ids));
}
