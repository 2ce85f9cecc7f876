// Test-only: a small portal behind the fake door's callBatch, answering the record lists' commands
// the way the emulator does (crm.item.list filters, `$result` references, members-only details).
import { AppError } from '../b24/app-error.ts';
import type { BatchCommand, BatchOutcome } from '../b24/door.ts';
import type { RestParams, RestValue } from '../b24/rest-params.ts';
import { restError } from '../test/fake-door.ts';

export interface FakeItem {
  entityTypeId: number;
  id: number;
  title: string;
  /** Day of February 2026 it was last updated. */
  day: number;
}

export interface FakeChat {
  id: number;
  entityId: string;
  member: boolean;
}

export const ITEMS: readonly FakeItem[] = [
  { entityTypeId: 2, id: 42, title: 'Website redesign for Acme', day: 5 },
  { entityTypeId: 2, id: 43, title: 'Annual support renewal', day: 6 },
  { entityTypeId: 2, id: 44, title: 'Warehouse automation', day: 7 },
  { entityTypeId: 1, id: 7, title: 'Inbound: Initech', day: 9 },
  { entityTypeId: 183, id: 5, title: 'Rollout phase 2', day: 12 },
  { entityTypeId: 7, id: 3, title: 'Quote for Globex', day: 3 },
  { entityTypeId: 31, id: 9, title: 'Invoice for Initech', day: 2 },
];

export const CHATS: readonly FakeChat[] = [
  { id: 2725, entityId: 'DEAL|42', member: true },
  { id: 2726, entityId: 'DEAL|44', member: false },
  { id: 2730, entityId: 'LEAD|7', member: true },
  { id: 2740, entityId: 'DYNAMIC_183|5', member: true },
];

export const SMART_PROCESS_TYPES = { types: [{ id: 1, entityTypeId: 183, title: 'Projects' }] };

function field(params: RestParams | undefined, name: string): RestValue {
  return params?.[name];
}

function updatedTime(day: number): string {
  return `2026-02-${String(day).padStart(2, '0')}T17:00:00+03:00`;
}

function list(params: RestParams | undefined, items: readonly FakeItem[]): unknown {
  const filter = field(params, 'filter');
  const matches = items
    .filter((item) => item.entityTypeId === field(params, 'entityTypeId'))
    .filter((item) => {
      if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return true;
      const id = 'id' in filter ? filter['id'] : undefined;
      const ids = '@id' in filter ? filter['@id'] : undefined;
      const title = '%title' in filter ? filter['%title'] : undefined;
      if (id !== undefined && item.id !== id) return false;
      if (Array.isArray(ids) && !ids.includes(item.id)) return false;
      return typeof title !== 'string' || item.title.toLowerCase().includes(title.toLowerCase());
    })
    .sort((a, b) => b.day - a.day);
  return {
    items: matches.map((item) => ({
      id: item.id,
      title: item.title,
      updatedTime: updatedTime(item.day),
      assignedById: 4,
    })),
  };
}

/** One row of im.recent.list as the portal sends a group chat (RD im-recent-list). */
export function recentItem(
  chatId: number,
  entityId: string,
  { text = '', date = '2026-02-20T10:00:00+01:00', counter = 0, entityType = 'CRM' } = {},
) {
  return {
    id: `chat${chatId}`,
    chat_id: chatId,
    type: 'chat',
    title: `Chat ${chatId}`,
    message: { id: chatId * 10, text, file: false, author_id: 4, date },
    counter,
    pinned: false,
    unread: false,
    date_update: date,
    date_last_activity: date,
    chat: {
      id: chatId,
      name: `Chat ${chatId}`,
      type: 'chat',
      entity_type: entityType,
      entity_id: entityId,
    },
  };
}

/** The person's recent chats, as the portal orders them: a pinned (older) one first. */
export const RECENT: readonly ReturnType<typeof recentItem>[] = [
  recentItem(2730, 'LEAD|7', { text: 'Call booked', date: '2026-02-24T15:00:00+01:00' }),
  recentItem(2725, 'DEAL|42', {
    text: 'See [b]the mock-ups[/b]',
    date: '2026-02-26T10:05:00+01:00',
    counter: 2,
  }),
  recentItem(3001, '', { text: 'Lunch?', date: '2026-02-26T11:00:00+01:00', entityType: '' }),
  recentItem(2740, 'DYNAMIC_183|5', { text: 'Phase 2 starts', date: '2026-02-25T09:00:00+01:00' }),
];

/** im.recent.list: OFFSET/LIMIT pages, `hasMore` when a page came full; UNREAD_ONLY narrows. */
export function recentList(params: RestParams | undefined, recent: readonly unknown[] = RECENT) {
  const offset = Number(field(params, 'OFFSET') ?? 0);
  const limit = Number(field(params, 'LIMIT') ?? 50);
  const unreadOnly = field(params, 'UNREAD_ONLY') === 'Y';
  const listed = recent.filter(
    (item) =>
      !unreadOnly ||
      (typeof item === 'object' && item !== null && 'counter' in item && Number(item.counter) > 0),
  );
  const items = listed.slice(offset, offset + limit);
  return { items, hasMore: items.length === limit };
}

const REFERENCE = /^chat\$result\[(\w+)\]\[ID\]$/;

function details(chat: FakeChat) {
  return { id: chat.id, name: `Chat ${chat.id}`, type: 'crm', user_counter: 2 };
}

const MESSAGES = 'im.dialog.messages.get';
/** The methods of one dialog: its details, and its messages (an empty conversation). */
const DIALOG_METHODS = new Set(['imbot.dialog.get', 'im.dialog.get', MESSAGES]);

/** Answers one batch; `older` portals leave `$result` references to numbers unsubstituted. */
export function answerBatch(
  commands: Readonly<Record<string, BatchCommand>>,
  { items = ITEMS, chats = CHATS, older = false, recent = RECENT as readonly unknown[] } = {},
): BatchOutcome {
  const results: Record<string, unknown> = {};
  const errors: Record<string, AppError> = {};
  for (const [name, { method, params }] of Object.entries(commands)) {
    if (method === 'crm.item.list') results[name] = list(params, items);
    else if (method === 'im.recent.list') results[name] = recentList(params, recent);
    else if (method === 'crm.type.list') results[name] = SMART_PROCESS_TYPES;
    else if (method === 'imbot.chat.get' || method === 'im.chat.get') {
      const chat = chats.find((candidate) => candidate.entityId === field(params, 'ENTITY_ID'));
      results[name] = chat === undefined ? null : { ID: chat.id };
    } else if (DIALOG_METHODS.has(method)) {
      const dialogId = String(field(params, 'DIALOG_ID'));
      const reference = REFERENCE.exec(dialogId)?.[1];
      const lookup = reference === undefined ? undefined : results[reference];
      const chatId =
        reference === undefined
          ? Number(dialogId.replace('chat', ''))
          : !older && typeof lookup === 'object' && lookup !== null && 'ID' in lookup
            ? lookup.ID
            : undefined;
      const chat = chats.find((candidate) => candidate.id === chatId);
      if (chat === undefined) errors[name] = restError('DIALOG_ID_EMPTY');
      else if (!chat.member) errors[name] = restError('ACCESS_ERROR', 403);
      else if (method === MESSAGES)
        results[name] = { chat_id: chat.id, messages: [], users: [], files: [] };
      else results[name] = details(chat);
    } else {
      errors[name] = new AppError({ kind: 'restricted', code: 'ERROR_METHOD_NOT_FOUND' });
    }
  }
  return { results, errors };
}

/** Every command of every batch the door was asked, by method. */
export function methodsAsked(
  calls: ReadonlyArray<[Readonly<Record<string, BatchCommand>>, unknown]>,
) {
  return calls.map(([commands]) => Object.values(commands).map((command) => command.method));
}
