import { malformed, type AppError } from '../../b24/app-error.ts';
import type { KeyTemplate } from '../../b24/chat-key.ts';
import type { BatchCommand, BatchOutcome } from '../../b24/door.ts';
import { epochMs, isJsonObject, nonBlank } from '../../b24/payload-guards.ts';
import { isPageWide } from '../../chat/record-rows/page-wide-error.ts';
import { chatKeyOf, rowId, type ListedRecord } from '../../chat/record-rows/record-row.ts';

const DEALS = 2;
const LEADS = 1;
const QUOTES = 7;
const SMART_INVOICES = 31;
/**
 * The built-in types the recent list shows besides smart processes, as it always has. Deals
 * first: with equal update times they come before leads.
 */
export const RECENT_TYPES: readonly number[] = [DEALS, LEADS];

/**
 * The built-in types a search covers besides smart processes: every one with a tab and a chat
 * (contacts and companies have a tab but never a chat of their own).
 */
export const SEARCHED_TYPES: readonly number[] = [DEALS, LEADS, QUOTES, SMART_INVOICES];

/** The types every portal has and lets its CRM users read: a list without them is no list. */
const REQUIRED_TYPES: readonly number[] = [DEALS, LEADS];

/** Records per type asked for, and records shown: their statuses (2 commands each) fit one batch. */
export const LIST_SIZE = 20;

const SELECT = ['id', 'title', 'updatedTime', 'assignedById'];

export type ItemFilter = Readonly<Record<string, string | number>>;

export function listCommandName(entityTypeId: number): string {
  return `list_${entityTypeId}`;
}

/** One crm.item.list per type, newest first; batched by the caller with anything else. */
export function listCommands(
  entityTypeIds: readonly number[],
  filter?: ItemFilter,
): Record<string, BatchCommand> {
  return Object.fromEntries(
    entityTypeIds.map((entityTypeId) => [
      listCommandName(entityTypeId),
      {
        method: 'crm.item.list',
        params: {
          entityTypeId,
          select: SELECT,
          order: { updatedTime: 'DESC' },
          ...(filter === undefined ? {} : { filter }),
        },
      },
    ]),
  );
}

/** crm.item.list: `{ items: [...] }`. Items without a usable id are dropped, not fatal. */
export function parseItems(
  value: unknown,
  entityTypeId: number,
  template: KeyTemplate,
): ListedRecord[] {
  const items = isJsonObject(value) ? value['items'] : undefined;
  if (!Array.isArray(items)) throw malformed('crm.item.list: expected { items: [] }');
  const records: ListedRecord[] = [];
  for (const item of items.slice(0, LIST_SIZE)) {
    if (!isJsonObject(item)) continue;
    // crm.item.* sends numbers; older portals send numeric strings. chatKeyOf takes both.
    const key = chatKeyOf(entityTypeId, item['id'], template);
    if (key === undefined) continue;
    records.push({
      key,
      title: nonBlank(item['title']) ?? null,
      updatedAt: epochMs(item['updatedTime']),
    });
  }
  return records;
}

/**
 * Newest first across types; undated records last; at most LIST_SIZE; each record once, as a
 * portal may answer one record twice (a list that shifted between pages, a repeated type).
 */
export function mergeByUpdate(lists: readonly ListedRecord[][]): ListedRecord[] {
  const seen = new Set<string>();
  return lists
    .flat()
    .map((record, order) => ({ record, order }))
    .sort(
      (a, b) =>
        (b.record.updatedAt ?? -Infinity) - (a.record.updatedAt ?? -Infinity) || a.order - b.order,
    )
    .filter(({ record }) => {
      const id = rowId(record);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .slice(0, LIST_SIZE)
    .map(({ record }) => record);
}

/**
 * The lists out of a halt=0 batch. Deals and leads must answer; quotes, smart invoices or a
 * smart-process type that fail (switched off, deleted since the install wrote the option, or
 * no rights to them) are left out of the list.
 */
export function readLists(
  batch: BatchOutcome,
  entityTypeIds: readonly number[],
  template: KeyTemplate,
): ListedRecord[] {
  const lists: ListedRecord[][] = [];
  let failure: AppError | undefined;
  for (const entityTypeId of entityTypeIds) {
    const name = listCommandName(entityTypeId);
    const error = batch.errors[name];
    if (error !== undefined) {
      if (isPageWide(error) || REQUIRED_TYPES.includes(entityTypeId)) failure ??= error;
      continue;
    }
    if (!Object.hasOwn(batch.results, name)) {
      failure ??= malformed(`batch: no answer for ${name}`);
      continue;
    }
    lists.push(parseItems(batch.results[name], entityTypeId, template));
  }
  if (failure !== undefined) throw failure;
  return mergeByUpdate(lists);
}
