import { malformed, type AppError } from './app-error.ts';
import { BUILT_IN_TYPES, detailTabOf, smartProcessType, type CrmTypeRef } from './chat-key.ts';
import type { B24Door } from './door.ts';
import { fromJson, isJsonObject, positiveId } from './payload-guards.ts';
import type { RestParams } from './rest-params.ts';

/**
 * The places Linked Chat lives in, and the portal's view of them (placement.get +
 * crm.type.list). Shared by installation, settings and the lookup page, which may not import
 * each other.
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

/**
 * The tab's name per portal language (facts §10 codes), from the catalogs: `en` is TITLE, all
 * of them LANG_ALL.
 */
export type PlaceTitles = Readonly<Record<string, string>> & { readonly en: string };

/**
 * The handler is the app's own page without its query string: the portal appends DOMAIN,
 * LANG, APP_SID… itself, and a stale APP_SID in the handler would break every later frame.
 */
export function appHandlerUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return location.origin + location.pathname;
}

export function bindParams(placement: string, handler: string, titles: PlaceTitles): RestParams {
  const langAll: Record<string, { TITLE: string }> = {};
  for (const [lang, title] of Object.entries(titles)) langAll[lang] = { TITLE: title };
  return { PLACEMENT: placement, HANDLER: handler, TITLE: titles.en, LANG_ALL: langAll };
}

export function unbindParams(placement: string, handler: string): RestParams {
  // HANDLER is required here: an empty one would remove other apps' handlers too (facts §5).
  return { PLACEMENT: placement, HANDLER: handler };
}

/** placement.get → the placement codes bound to `handler`. */
export function parseBoundPlacements(value: unknown, handler: string): Set<string> {
  if (!Array.isArray(value)) throw malformed('placement.get: result is not a list');
  const bound = new Set<string>();
  for (const row of value) {
    if (!isJsonObject(row)) continue;
    const placement = row['placement'];
    if (typeof placement === 'string' && row['handler'] === handler) {
      bound.add(placement.toUpperCase());
    }
  }
  return bound;
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

export interface PlacementOverview {
  /** Placement codes already bound to this app's handler. */
  bound: ReadonlySet<string>;
  smartProcessTypes: SmartProcessType[];
}

/**
 * What is bound, and which smart processes exist: one request, plus one per further page of
 * crm.type.list on the rare portal with more than 50 smart processes, every one of which
 * needs its tab.
 */
export async function fetchPlacementOverview(
  door: B24Door,
  handler: string,
): Promise<PlacementOverview> {
  const { results, errors } = await door.callBatch(
    { bound: { method: 'placement.get' }, types: { method: 'crm.type.list' } },
    { halt: false },
  );
  const failed = errors['bound'] ?? errors['types'];
  if (failed !== undefined) throw failed;

  const smartProcessTypes: SmartProcessType[] = [];
  for await (const types of smartProcessTypePages(door, results['types'])) {
    smartProcessTypes.push(...types);
  }
  return { bound: parseBoundPlacements(results['bound'], handler), smartProcessTypes };
}

/** Outcome of one bind or unbind inside a batch: `null` when it succeeded. */
export type PlacementOutcomes = Record<string, AppError | null>;

// A batch takes at most 50 commands (facts §9).
const BATCH_LIMIT = 50;

/** placement.bind of our handler under the catalogs' titles, or placement.unbind of it. */
export type PlacementChange =
  | { method: 'placement.bind'; handler: string; titles: PlaceTitles }
  | { method: 'placement.unbind'; handler: string };

function changeParams(change: PlacementChange, placement: string): RestParams {
  return change.method === 'placement.bind'
    ? bindParams(placement, change.handler, change.titles)
    : unbindParams(placement, change.handler);
}

/**
 * placement.bind or placement.unbind for each code, in as few `batch` requests as the limit
 * allows, without halting: one failure must not stop the others.
 */
export async function changePlacements(
  door: B24Door,
  change: PlacementChange,
  placements: readonly string[],
): Promise<PlacementOutcomes> {
  const { method } = change;
  const outcomes: PlacementOutcomes = {};
  for (let start = 0; start < placements.length; start += BATCH_LIMIT) {
    const chunk = placements.slice(start, start + BATCH_LIMIT);
    const commands = Object.fromEntries(
      chunk.map((placement) => [placement, { method, params: changeParams(change, placement) }]),
    );
    const { results, errors } = await door.callBatch(commands, { halt: false });
    for (const placement of chunk) {
      outcomes[placement] =
        errors[placement] ??
        (Object.hasOwn(results, placement) ? null : malformed(`${method}: no answer`));
    }
  }
  return outcomes;
}
