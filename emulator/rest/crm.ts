import type { Params } from '../http/body.ts';
import { ENTITY_TYPE_IDS, crmRecords, crmTypes, hasClient, type SeedRecord } from '../seed.ts';
import type { CallContext, RestMethod } from './call-context.ts';
import { asId, asRecord, asString } from './params.ts';
import { RestError } from './rest-error.ts';

// crm.item.* (camelCase params, exact names) and crm.type.list, enough for the lookup page and
// the client cards: filters on `title`, `id`, `assignedById`, the dates and a client's links
// (`contactIds`, `contactId`, `companyId`), ordering; both list methods page by 50 (`start`,
// `next`, `total`).

const PAGE_SIZE = 50;

/** An item as crm.item.list / crm.item.get answer it (camelCase, the client fields on the types
 * with clients: `companyId`, `contactId` the primary contact, `contactIds` all bound ones). */
type ItemJson = Record<string, string | number | number[]>;

const BASE_FIELDS = ['id', 'title', 'assignedById', 'createdTime', 'updatedTime', 'entityTypeId'];
const CLIENT_FIELDS = ['companyId', 'contactId', 'contactIds'];

/** Real fields the seed has no values for: a filter on them is accepted and matches everything
 * (the emulator's simplification); any other name is refused, as Validator\Filter does. */
const UNSEEDED_FIELDS = new Set([
  'createdBy',
  'updatedBy',
  'movedBy',
  'movedTime',
  'categoryId',
  'stageId',
  'stageSemanticId',
  'opened',
  'closed',
  'opportunity',
  'currencyId',
  'sourceId',
  'xmlId',
  'begindate',
  'closedate',
  'observers',
  'webformId',
]);

function itemJson(record: SeedRecord): ItemJson {
  const { client, ...fields } = record;
  if (!client) return { ...fields };
  return {
    ...fields,
    companyId: client.companyId,
    contactId: client.contactIds[0] ?? 0,
    contactIds: [...client.contactIds],
  };
}

/** The fields a type's items carry (the factory's field collection). */
function fieldsOf(entityTypeId: number): readonly string[] {
  return hasClient(entityTypeId) ? [...BASE_FIELDS, ...CLIENT_FIELDS] : BASE_FIELDS;
}

/** The portal's smart processes: the seeded two plus scenario `smartProcesses`. */
export const extraTypesOf = (ctx: CallContext) => ctx.state.scenario.smartProcesses ?? 0;

/** The portal's records: the seed's, one per extra smart process, and the deals added by
 * addRecordChats. */
export function portalRecords(ctx: CallContext): SeedRecord[] {
  return [...crmRecords(extraTypesOf(ctx)), ...ctx.state.addedRecords];
}

/** Smart processes live on entityTypeIds 128..191 (CCrmOwnerType::isPossibleDynamicTypeId). */
const isDynamicTypeId = (id: number) => id >= 128 && id < 192;

/** item.php getFactory: a type the factories do not serve is ENTITY_TYPE_NOT_SUPPORTED; a
 * smart-process id without a type has no factory, NOT_FOUND. Both 400, as the REST layer
 * answers every controller error. */
function entityTypeIdOf(params: Params, ctx: CallContext): number {
  const id = asId(params['entityTypeId']);
  if (id === undefined) throw new RestError('NOT_FOUND', 'SPA not found');
  if (Object.values(ENTITY_TYPE_IDS).includes(id)) return id;
  if (crmTypes(extraTypesOf(ctx)).some((type) => type.entityTypeId === id)) return id;
  if (isDynamicTypeId(id)) throw new RestError('NOT_FOUND', 'SPA not found');
  throw new RestError('ENTITY_TYPE_NOT_SUPPORTED');
}

/** Scenario `unreadableRecords`: what the user's CRM permissions hide. */
export function canRead(record: SeedRecord, ctx: CallContext): boolean {
  return !(ctx.state.scenario.unreadableRecords ?? []).some(
    (hidden) =>
      hidden.entityTypeId === record.entityTypeId &&
      hidden.id === record.id &&
      (hidden.userId === undefined || hidden.userId === ctx.userId),
  );
}

type Condition = (item: ItemJson) => boolean;

const PREFIXES = [
  '!><',
  '!=%',
  '!%=',
  '!@',
  '!=',
  '!%',
  '><',
  '>=',
  '<=',
  '=%',
  '%=',
  '=',
  '%',
  '>',
  '<',
  '@',
  '!',
];
/** Validator\Filter: the prefixes that take a list. */
const LIST_PREFIXES = new Set(['', '=', '@', '!=', '!@']);

function splitKey(rawKey: string): [prefix: string, field: string] {
  const prefix = PREFIXES.find((p) => rawKey.startsWith(p) && /^\w+$/.test(rawKey.slice(p.length)));
  return prefix === undefined ? ['', rawKey] : [prefix, rawKey.slice(prefix.length)];
}

const invalid = (key: string, what: string) =>
  new RestError('INVALID_ARG_VALUE', `Invalid filter: field '${key}' ${what}`);

/** One value against one wanted value, by the prefix (without its `!`). */
function matches(operator: string, value: string | number, wanted: string): boolean {
  const diff =
    typeof value === 'number' ? value - Number(wanted) : String(value).localeCompare(wanted);
  switch (operator) {
    case '%':
    case '=%':
    case '%=':
      return String(value).toLowerCase().includes(wanted.toLowerCase());
    case '>':
      return diff > 0;
    case '<':
      return diff < 0;
    case '>=':
      return diff >= 0;
    case '<=':
      return diff <= 0;
    default:
      return String(value) === wanted;
  }
}

/** One `filter` entry, as the ORM runs it: `%title` (substring, any case), `=id` / `id` / `@id`
 * (equal, or any of a list), `!`-prefixed negations, `>`/`<`/`>=`/`<=`. `contactIds` is the
 * binding table (CONTACT_BINDINGS.CONTACT_ID, Factory::prepareFilter): a record matches when
 * one of its bound contacts does; a negation also takes a record with no contact (the LEFT
 * JOIN's NULL). A field the type does not have is INVALID_ARG_VALUE (Validator\Filter). */
function condition(entityTypeId: number, rawKey: string, expected: unknown): Condition {
  const [prefix, field] = splitKey(rawKey);
  const known = fieldsOf(entityTypeId).includes(field);
  if (!known && !UNSEEDED_FIELDS.has(field)) throw invalid(rawKey, 'is not allowed in filter');
  if (Array.isArray(expected) && !LIST_PREFIXES.has(prefix))
    throw invalid(rawKey, 'has invalid value');
  if (!Array.isArray(expected) && expected !== null && typeof expected === 'object') {
    throw invalid(rawKey, 'has invalid value');
  }
  if (!known) return () => true;
  const negated = prefix.startsWith('!');
  const operator = negated ? prefix.slice(1) : prefix;
  const wanted = (Array.isArray(expected) ? expected : [expected]).map(asString);
  const anyWanted = (value: string | number) => wanted.some((w) => matches(operator, value, w));
  return (item) => {
    const value = item[field];
    if (value === undefined) return false;
    const values = Array.isArray(value) ? value : [value];
    if (negated) return values.length === 0 || values.some((v) => !anyWanted(v));
    return values.some(anyWanted);
  };
}

function ordering(order: Params | undefined): (a: ItemJson, b: ItemJson) => number {
  const keys = Object.entries(order ?? { id: 'ASC' }).filter(
    ([field]) => BASE_FIELDS.includes(field) || CLIENT_FIELDS.includes(field),
  );
  return (a, b) => {
    for (const [field, direction] of keys) {
      const left = a[field];
      const right = b[field];
      const diff =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : String(left).localeCompare(String(right));
      if (diff !== 0) return asString(direction).toUpperCase() === 'DESC' ? -diff : diff;
    }
    return Number(a['id']) - Number(b['id']);
  };
}

function selected(item: ItemJson, select: unknown): ItemJson {
  const names = Array.isArray(select) ? select.map(asString) : [];
  if (names.length === 0 || names.includes('*')) return item;
  // crm.item.list always returns `id`, whatever the select.
  return Object.fromEntries(
    Object.entries(item).filter(([field]) => field === 'id' || names.includes(field)),
  );
}

export const itemList: RestMethod = (params, ctx) => {
  const entityTypeId = entityTypeIdOf(params, ctx);
  const conditions = Object.entries(asRecord(params['filter']) ?? {}).map(([key, value]) =>
    condition(entityTypeId, key, value),
  );
  const matching = portalRecords(ctx)
    .filter((record) => record.entityTypeId === entityTypeId && canRead(record, ctx))
    .map(itemJson)
    .filter((item) => conditions.every((test) => test(item)))
    .sort(ordering(asRecord(params['order'])));
  return paged(matching, params, 'items', (item) => selected(item, params['select']));
};

/** A list method's page of 50 from `start`, with `total`, and `next` while more remain. */
function paged<T>(
  all: readonly T[],
  params: Record<string, unknown>,
  name: string,
  shown: (item: T) => unknown,
) {
  const start = Math.max(0, Number(asString(params['start'])) || 0);
  const outcome = {
    result: { [name]: all.slice(start, start + PAGE_SIZE).map(shown) },
    total: all.length,
  };
  return start + PAGE_SIZE < all.length ? { ...outcome, next: start + PAGE_SIZE } : outcome;
}

export const itemGet: RestMethod = (params, ctx) => {
  const entityTypeId = entityTypeIdOf(params, ctx);
  const id = asId(params['id']);
  const record =
    id === undefined
      ? undefined
      : portalRecords(ctx).find((r) => r.entityTypeId === entityTypeId && r.id === id);
  // item.php getAction: NOT_FOUND, then canReadItem; both 400 through the REST layer.
  if (!record) throw new RestError('NOT_FOUND', 'Element not found');
  if (!canRead(record, ctx)) {
    throw new RestError('ACCESS_DENIED', 'You do not have permission to view this item', 400);
  }
  return { result: { item: itemJson(record) } };
};

export const typeList: RestMethod = (params, ctx) =>
  paged(crmTypes(extraTypesOf(ctx)), params, 'types', (type) => ({ ...type }));
