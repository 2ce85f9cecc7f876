import { malformed, type AppError } from '../../b24/app-error.ts';
import type { B24Door } from '../../b24/door.ts';
import { isJsonObject } from '../../b24/payload-guards.ts';
import type { RestParams } from '../../b24/rest-params.ts';
import { BATCH_LIMIT } from '../../b24/split-batch.ts';
import type { PlacementTitles } from '../../i18n/placement-titles.ts';
import { smartProcessTypePages, type SmartProcessType } from './crm-places.ts';

// Where Linked Chat is bound on this portal, and binding it: placement.get, placement.bind and
// placement.unbind with this app's handler. Shared by installation and settings.

/**
 * The handler is the app's own page without its query string: the portal appends DOMAIN,
 * LANG, APP_SID… itself, and a stale APP_SID in the handler would break every later frame.
 */
export function appHandlerUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return location.origin + location.pathname;
}

export function bindParams(
  placement: string,
  handler: string,
  titles: PlacementTitles,
): RestParams {
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

/** placement.bind of our handler under the catalogs' titles, or placement.unbind of it. */
export type PlacementChange =
  | { method: 'placement.bind'; handler: string; titles: PlacementTitles }
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
