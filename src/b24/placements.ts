import { malformed, type AppError } from './app-error.ts';
import type { B24Door } from './door.ts';
import type { CrmType } from './placement.ts';
import type { RestParams } from './rest-params.ts';

/**
 * The places Linked Chat lives in, and the portal's view of them (placement.get +
 * crm.type.list). Shared by installation and settings, which may not import each other.
 */
export const LEFT_MENU = 'LEFT_MENU';

export interface TabPlace {
  placement: string;
  crmType: CrmType;
  /** crm.type.list's title for a smart process; fixed types are named by the UI. */
  title?: string;
}

export const STATIC_TABS: readonly TabPlace[] = [
  { placement: 'CRM_LEAD_DETAIL_TAB', crmType: 'LEAD' },
  { placement: 'CRM_DEAL_DETAIL_TAB', crmType: 'DEAL' },
  { placement: 'CRM_CONTACT_DETAIL_TAB', crmType: 'CONTACT' },
  { placement: 'CRM_COMPANY_DETAIL_TAB', crmType: 'COMPANY' },
  { placement: 'CRM_QUOTE_DETAIL_TAB', crmType: 'QUOTE' },
  { placement: 'CRM_SMART_INVOICE_DETAIL_TAB', crmType: 'SMART_INVOICE' },
];

export interface SmartProcessType {
  entityTypeId: number;
  title: string;
}

export function smartProcessTab(type: SmartProcessType): TabPlace {
  return {
    placement: `CRM_DYNAMIC_${type.entityTypeId}_DETAIL_TAB`,
    crmType: `DYNAMIC_${type.entityTypeId}`,
    title: type.title,
  };
}

/** Every CRM tab the app offers on this portal, fixed types first. */
export function crmTabs(types: readonly SmartProcessType[]): TabPlace[] {
  return [...STATIC_TABS, ...types.map(smartProcessTab)];
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** placement.get → the placement codes bound to `handler`. */
export function parseBoundPlacements(value: unknown, handler: string): Set<string> {
  if (!Array.isArray(value)) throw malformed('placement.get: result is not a list');
  const bound = new Set<string>();
  for (const row of value) {
    if (!isRecord(row)) continue;
    const placement = row['placement'];
    if (typeof placement === 'string' && row['handler'] === handler) {
      bound.add(placement.toUpperCase());
    }
  }
  return bound;
}

function entityTypeIdOf(value: unknown): number | undefined {
  const id = typeof value === 'string' && /^[1-9]\d*$/.test(value) ? Number(value) : value;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** crm.type.list → `{ types: [{ entityTypeId, title }] }`. */
export function parseSmartProcessTypes(value: unknown): SmartProcessType[] {
  const types = isRecord(value) ? value['types'] : undefined;
  if (!Array.isArray(types)) throw malformed('crm.type.list: no types list');
  const parsed: SmartProcessType[] = [];
  for (const type of types) {
    if (!isRecord(type)) continue;
    const entityTypeId = entityTypeIdOf(type['entityTypeId']);
    if (entityTypeId === undefined) continue;
    const title = typeof type['title'] === 'string' ? type['title'] : '';
    parsed.push({ entityTypeId, title: title.trim() === '' ? `#${entityTypeId}` : title });
  }
  return parsed;
}

/** App option `smartProcessTypes`: the entityTypeIds seen at installation, as a JSON list. */
export const SMART_PROCESS_TYPES_OPTION = 'smartProcessTypes';

export function serializeSmartProcessTypes(ids: readonly number[]): string {
  return JSON.stringify([...new Set(ids)].sort((a, b) => a - b));
}

/** The option as saved (a JSON string) or as the portal may hand it back (a list); junk → []. */
export function parseSmartProcessTypesOption(value: unknown): number[] {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => entityTypeIdOf(item) ?? []);
}

export interface PlacementOverview {
  /** Placement codes already bound to this app's handler. */
  bound: ReadonlySet<string>;
  smartProcessTypes: SmartProcessType[];
}

// List methods answer 50 items a page (RD how-to-call-rest-api/list-methods-pecularities).
const LIST_PAGE = 50;

function typesOnPage(value: unknown): number {
  const types = isRecord(value) ? value['types'] : undefined;
  return Array.isArray(types) ? types.length : 0;
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

  const types = new Map(parseSmartProcessTypes(results['types']).map((t) => [t.entityTypeId, t]));
  let page = results['types'];
  for (let start = LIST_PAGE; typesOnPage(page) === LIST_PAGE; start += LIST_PAGE) {
    page = await door.callMethod('crm.type.list', { start });
    const before = types.size;
    for (const type of parseSmartProcessTypes(page)) types.set(type.entityTypeId, type);
    // A portal that ignored `start` would hand back the same page forever.
    if (types.size === before) break;
  }
  return {
    bound: parseBoundPlacements(results['bound'], handler),
    smartProcessTypes: [...types.values()],
  };
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
