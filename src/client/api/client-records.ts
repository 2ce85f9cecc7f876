import { keepPreviousData } from '@tanstack/react-query';
import { malformed } from '../../b24/app-error.ts';
import type { ChatKey, KeyTemplate } from '../../b24/chat-key.ts';
import type { B24Door, BatchCommand } from '../../b24/door.ts';
import { epochMs, isJsonObject, nonBlank } from '../../b24/payload-guards.ts';
import { callSplitBatch, oneByOne } from '../../b24/split-batch.ts';
import { fetchChatStatuses } from '../../chat/record-rows/chat-statuses.ts';
import {
  chatKeyOf,
  rowId,
  type ListedRecord,
  type RecordRow,
} from '../../chat/record-rows/record-row.ts';
import { doorQueryOptions } from '../../query/door-query.ts';

/** The client whose deals and leads the tab lists: a contact or a company. */
export interface Client {
  crmType: 'CONTACT' | 'COMPANY';
  id: number;
}

export function clientOf(key: ChatKey): Client | undefined {
  return key.crmType === 'CONTACT' || key.crmType === 'COMPANY'
    ? { crmType: key.crmType, id: key.recordId }
    : undefined;
}

const DEALS = 2;
const LEADS = 1;
/** Deals before leads when both were created at the same moment. */
const LISTED: readonly number[] = [DEALS, LEADS];

/** Rows per screen, a tab's worth (their statuses, 2 commands each, fit one batch of 50). */
export const CLIENT_SCREEN = 10;

// crm.item.list answers 50 items a page, whatever is asked.
const ITEM_PAGE = 50;

const SELECT = ['id', 'title', 'createdTime', 'updatedTime'];

/**
 * A contact's deals and leads through the binding tables (`contactIds`: every record the contact
 * is bound to, not only as its primary contact, which `contactId` would be); a company's through
 * `companyId`, the one company a deal or lead has (facts: /work/notes/emu15-findings.md).
 */
export function clientFilter(client: Client): Readonly<Record<string, number>> {
  return client.crmType === 'CONTACT' ? { contactIds: client.id } : { companyId: client.id };
}

interface ListPage {
  name: string;
  entityTypeId: number;
  start: number;
}

/** Per type, the pages from 0 up to the one holding the record after `count`: enough to tell
 * whether more follow. */
function listPages(count: number): ListPage[] {
  const pages = Math.floor(count / ITEM_PAGE) + 1;
  return LISTED.flatMap((entityTypeId) =>
    Array.from({ length: pages }, (_, page) => {
      const start = page * ITEM_PAGE;
      return { name: `list_${entityTypeId}_${start}`, entityTypeId, start };
    }),
  );
}

/** Newest first (by creation), per type and page, to be merged across types by the caller. */
export function clientListCommands(client: Client, count: number): Record<string, BatchCommand> {
  return Object.fromEntries(
    listPages(count).map(({ name, entityTypeId, start }) => [
      name,
      {
        method: 'crm.item.list',
        params: {
          entityTypeId,
          select: SELECT,
          filter: clientFilter(client),
          order: { createdTime: 'DESC', id: 'DESC' },
          start,
        },
      },
    ]),
  );
}

interface Dated {
  record: ListedRecord;
  createdAt: number | null;
}

function parsePage(value: unknown, entityTypeId: number, template: KeyTemplate): Dated[] {
  const items = isJsonObject(value) ? value['items'] : undefined;
  if (!Array.isArray(items)) throw malformed('crm.item.list: expected { items: [] }');
  const records: Dated[] = [];
  for (const item of items) {
    if (!isJsonObject(item)) continue;
    const key = chatKeyOf(entityTypeId, item['id'], template);
    if (key === undefined) continue;
    records.push({
      record: {
        key,
        title: nonBlank(item['title']) ?? null,
        updatedAt: epochMs(item['updatedTime']),
      },
      createdAt: epochMs(item['createdTime']),
    });
  }
  return records;
}

export interface ClientRecords {
  rows: RecordRow[];
  /** More deals or leads follow the rows shown. */
  more: boolean;
}

/** The first `count` records, newest first across deals and leads, each once. */
function newestFirst(
  lists: readonly Dated[][],
  count: number,
): { shown: ListedRecord[]; more: boolean } {
  const seen = new Set<string>();
  const merged = lists
    .flat()
    .map((dated, order) => ({ ...dated, order }))
    .sort((a, b) => (b.createdAt ?? -Infinity) - (a.createdAt ?? -Infinity) || a.order - b.order)
    .filter(({ record }) => {
      const id = rowId(record);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  return { shown: merged.slice(0, count).map(({ record }) => record), more: merged.length > count };
}

/**
 * The client's first `count` deals and leads with their chat statuses: two round trips (the
 * lists, then the statuses), each split into batches of 50 sent side by side.
 */
export async function fetchClientRecords(
  door: B24Door,
  client: Client,
  template: KeyTemplate,
  count: number,
  signal?: AbortSignal,
): Promise<ClientRecords> {
  const batch = await callSplitBatch(door, oneByOne(clientListCommands(client, count)), signal);
  const lists = listPages(count).map(({ name, entityTypeId }) => {
    const error = batch.errors[name];
    if (error !== undefined) throw error;
    if (!Object.hasOwn(batch.results, name)) throw malformed(`batch: no answer for ${name}`);
    return parsePage(batch.results[name], entityTypeId, template);
  });
  const { shown, more } = newestFirst(lists, count);
  return { rows: await fetchChatStatuses(door, shown, signal), more };
}

export const clientKeys = {
  all: ['client'] as const,
  records: (client: Client, template: KeyTemplate, count: number) =>
    [...clientKeys.all, client, template, count] as const,
};

export function clientRecordsQueryOptions(
  door: B24Door,
  client: Client,
  template: KeyTemplate,
  count: number,
) {
  return doorQueryOptions(door, {
    queryKey: clientKeys.records(client, template, count),
    queryFn: (door, { signal }) => fetchClientRecords(door, client, template, count, signal),
    // Show more keeps the rows on screen while the longer list loads.
    placeholderData: keepPreviousData,
  });
}
