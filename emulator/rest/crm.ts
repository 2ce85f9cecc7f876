import type { Params } from '../http/body.ts';
import { ENTITY_TYPE_IDS, crmRecords, crmTypes, type SeedRecord } from '../seed.ts';
import type { CallContext, RestMethod } from './call-context.ts';
import { asId, asRecord, asString } from './params.ts';
import { RestError } from './rest-error.ts';

// crm.item.* (camelCase params, exact names) and crm.type.list, enough for the lookup page:
// filters `%title`, `=id`, `assignedById`, ordering; both list methods page by 50 (`start`,
// `next`, `total`).

const PAGE_SIZE = 50;

type ItemField = keyof SeedRecord;
const ITEM_FIELDS: readonly ItemField[] = [
  'id',
  'title',
  'assignedById',
  'createdTime',
  'updatedTime',
  'entityTypeId',
];

function isItemField(name: string): name is ItemField {
  return (ITEM_FIELDS as readonly string[]).includes(name);
}

/** The portal's smart processes: the seeded two plus scenario `smartProcesses`. */
export const extraTypesOf = (ctx: CallContext) => ctx.state.scenario.smartProcesses ?? 0;

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

type Condition = (record: SeedRecord) => boolean;

/** One `filter` entry: `%title` (substring, any case), `=id` / `id` (equal, or any of an
 * array), `!id` / `!=id` (not equal), `>`/`<`/`>=`/`<=`. Unknown fields match everything. */
function condition(rawKey: string, expected: unknown): Condition {
  const match = /^(%|=|!=|!|>=|<=|>|<|@)?(.+)$/.exec(rawKey);
  const operator = match?.[1] ?? '=';
  const field = match?.[2] ?? '';
  if (!isItemField(field)) return () => true;
  const wanted = (Array.isArray(expected) ? expected : [expected]).map(asString);
  const text = (record: SeedRecord) => String(record[field]);
  const compare = (record: SeedRecord, other: string) => {
    const value = record[field];
    return typeof value === 'number' ? value - Number(other) : value.localeCompare(other);
  };
  switch (operator) {
    case '%':
      return (r) => wanted.some((w) => text(r).toLowerCase().includes(w.toLowerCase()));
    case '!':
    case '!=':
      return (r) => !wanted.includes(text(r));
    case '>':
      return (r) => compare(r, wanted[0] ?? '') > 0;
    case '<':
      return (r) => compare(r, wanted[0] ?? '') < 0;
    case '>=':
      return (r) => compare(r, wanted[0] ?? '') >= 0;
    case '<=':
      return (r) => compare(r, wanted[0] ?? '') <= 0;
    default:
      return (r) => wanted.includes(text(r));
  }
}

function ordering(order: Params | undefined): (a: SeedRecord, b: SeedRecord) => number {
  const keys = Object.entries(order ?? { id: 'ASC' }).filter(([field]) => isItemField(field));
  return (a, b) => {
    for (const [field, direction] of keys) {
      const left = a[field as ItemField];
      const right = b[field as ItemField];
      const diff =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : String(left).localeCompare(String(right));
      if (diff !== 0) return asString(direction).toUpperCase() === 'DESC' ? -diff : diff;
    }
    return a.id - b.id;
  };
}

function selected(record: SeedRecord, select: unknown): Partial<SeedRecord> {
  const names = Array.isArray(select) ? select.map(asString) : [];
  if (names.length === 0 || names.includes('*')) return { ...record };
  // crm.item.list always returns `id`, whatever the select.
  const fields = ITEM_FIELDS.filter((field) => field === 'id' || names.includes(field));
  return Object.fromEntries(fields.map((field) => [field, record[field]]));
}

export const itemList: RestMethod = (params, ctx) => {
  const entityTypeId = entityTypeIdOf(params, ctx);
  const conditions = Object.entries(asRecord(params['filter']) ?? {}).map(([key, value]) =>
    condition(key, value),
  );
  const matching = crmRecords(extraTypesOf(ctx))
    .filter(
      (record) =>
        record.entityTypeId === entityTypeId &&
        canRead(record, ctx) &&
        conditions.every((test) => test(record)),
    )
    .sort(ordering(asRecord(params['order'])));
  return paged(matching, params, 'items', (record) => selected(record, params['select']));
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
      : crmRecords(extraTypesOf(ctx)).find((r) => r.entityTypeId === entityTypeId && r.id === id);
  // item.php getAction: NOT_FOUND, then canReadItem; both 400 through the REST layer.
  if (!record) throw new RestError('NOT_FOUND', 'Element not found');
  if (!canRead(record, ctx)) {
    throw new RestError('ACCESS_DENIED', 'You do not have permission to view this item', 400);
  }
  return { result: { item: { ...record } } };
};

export const typeList: RestMethod = (params, ctx) =>
  paged(crmTypes(extraTypesOf(ctx)), params, 'types', (type) => ({ ...type }));
