// Test-only: a client's deals and leads as the portal's crm.item.list answers them (the binding
// table behind `contactIds`, a page of 50 from `start`), for the contact and company tabs.
import type { BatchCommand, BatchOutcome } from '../b24/door.ts';
import type { RestParams } from '../b24/rest-params.ts';
import { answerBatch } from './fake-portal.ts';

export interface ClientItem {
  entityTypeId: number;
  id: number;
  title: string;
  /** Day of February 2026 it was created. */
  day: number;
  companyId: number;
  contactIds: readonly number[];
}

/** Contact 3's and company 9's records; contact 3 is the second contact on deal 44. */
export const CLIENT_ITEMS: readonly ClientItem[] = [
  {
    entityTypeId: 2,
    id: 42,
    title: 'Website redesign for Acme',
    day: 2,
    companyId: 9,
    contactIds: [3],
  },
  {
    entityTypeId: 2,
    id: 43,
    title: 'Annual support renewal',
    day: 3,
    companyId: 0,
    contactIds: [3],
  },
  {
    entityTypeId: 2,
    id: 44,
    title: 'Warehouse automation',
    day: 4,
    companyId: 9,
    contactIds: [8, 3],
  },
  { entityTypeId: 1, id: 7, title: 'Inbound: Initech', day: 6, companyId: 0, contactIds: [8, 3] },
  { entityTypeId: 2, id: 45, title: 'Pilot for Globex', day: 5, companyId: 10, contactIds: [8] },
];

const PAGE = 50;

function matches(item: ClientItem, filter: RestParams[string]): boolean {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return true;
  if ('contactIds' in filter) return item.contactIds.includes(Number(filter['contactIds']));
  if ('companyId' in filter) return item.companyId === Number(filter['companyId']);
  return true;
}

function list(params: RestParams | undefined, items: readonly ClientItem[]) {
  const start = Number(params?.['start'] ?? 0);
  const found = items
    .filter((item) => item.entityTypeId === params?.['entityTypeId'])
    .filter((item) => matches(item, params?.['filter']))
    .sort((a, b) => b.day - a.day || b.id - a.id)
    .slice(start, start + PAGE);
  return {
    items: found.map((item) => ({
      id: item.id,
      title: item.title,
      createdTime: `2026-02-${String(item.day).padStart(2, '0')}T09:00:00+03:00`,
      updatedTime: '2026-02-28T17:00:00+03:00',
    })),
  };
}

/** crm.item.list from `items`; every other command as fake-portal.ts answers it. */
export function answerClientBatch(
  commands: Readonly<Record<string, BatchCommand>>,
  items: readonly ClientItem[] = CLIENT_ITEMS,
): BatchOutcome {
  const others = Object.fromEntries(
    Object.entries(commands).filter(([, command]) => command.method !== 'crm.item.list'),
  );
  const answered = answerBatch(others);
  const results = { ...answered.results };
  for (const [name, command] of Object.entries(commands)) {
    if (command.method === 'crm.item.list') results[name] = list(command.params, items);
  }
  return { results, errors: answered.errors };
}
