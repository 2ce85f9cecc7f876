import { vi } from 'vitest';
import { toAppError, type AppError } from '../b24/app-error.ts';
import { CallLog } from '../b24/call-log.ts';
import type { B24Door, BatchOutcome } from '../b24/door.ts';
import type { InitData } from '../b24/init-data.ts';

/** The one seam unit tests fake: a door whose calls are vi.fn()s with seeded answers. */
export function fakeDoor(init: Partial<InitData> = {}) {
  const door = {
    init: {
      placement: 'CRM_DEAL_DETAIL_TAB',
      placementOptions: { ID: '42' },
      lang: 'en',
      isAdmin: false,
      installMode: false,
      keyTemplate: undefined,
      portal: { origin: 'http://localhost:4000', protocol: 'http', domain: 'localhost:4000' },
      ...init,
    },
    calls: new CallLog(),
    callMethod: vi.fn<B24Door['callMethod']>(() => Promise.resolve(null)),
    callMethodOnce: vi.fn<B24Door['callMethodOnce']>(() => Promise.resolve(null)),
    callBatch: vi.fn<B24Door['callBatch']>(() => Promise.resolve(readyBatch())),
    openMessenger: vi.fn<B24Door['openMessenger']>(() => Promise.resolve()),
    // Like the real portal: the answer comes only once the person closes the slider.
    openPath: vi.fn<B24Door['openPath']>(() => new Promise(() => undefined)),
    resizeWindow: vi.fn<B24Door['resizeWindow']>(() => Promise.resolve()),
    reloadPortal: vi.fn<B24Door['reloadPortal']>(),
    appOption: vi.fn<B24Door['appOption']>(() => undefined),
    userOption: vi.fn<B24Door['userOption']>(() => undefined),
    setAppOption: vi.fn<B24Door['setAppOption']>(() => Promise.resolve()),
    setUserOption: vi.fn<B24Door['setUserOption']>(() => Promise.resolve()),
    // Like the real portal: installation never answers, the page reloads instead.
    installFinish: vi.fn<B24Door['installFinish']>(() => new Promise<void>(() => undefined)),
  } satisfies B24Door;
  return door;
}

/** A REST error as the door hands it on: the portal's code and status, through the real mapping. */
export function restError(code: string, status = 400): AppError {
  return toAppError({ code, status });
}

export const DETAILS_2725 = {
  id: 2725,
  dialog_id: 'chat2725',
  name: 'Deal: Website redesign for Acme',
  type: 'crm',
  entity_type: 'CRM',
  entity_id: 'DEAL|42',
  avatar: '',
  color: '#f76187',
  user_counter: 3,
  date_create: '2026-02-25T16:50:58+01:00',
};

export const MEMBERS_2725 = [
  { id: 1, name: 'Anna Admin', avatar: '/upload/anna.png', color: '#1eb4aa' },
  { id: 2, name: 'Mark Member', avatar: '', color: '#ab7761' },
  { id: 4, name: 'Ivan Petrov', avatar: '', color: '#df532d' },
];

/** im.dialog.messages.get of chat 2725, newest first as the portal sends a latest page. */
export const MESSAGES_2725 = {
  chat_id: 2725,
  messages: [
    {
      id: 103,
      chat_id: 2725,
      author_id: 4,
      date: '2026-02-26T10:05:00+01:00',
      text: 'The mock-ups are attached.',
      params: { FILE_ID: [77] },
      unread: false,
    },
    {
      id: 102,
      chat_id: 2725,
      author_id: 1,
      date: '2026-02-26T09:30:00+01:00',
      text: 'Welcome, [b]everyone[/b]!',
      params: { IS_EDITED: 'Y' },
      unread: false,
    },
    {
      id: 101,
      chat_id: 2725,
      author_id: 0,
      date: '2026-02-25T16:50:58+01:00',
      text: 'Anna Admin created the chat',
      params: null,
      unread: false,
    },
  ],
  users: [
    { id: 1, name: 'Anna Admin', avatar: '/upload/anna.png', color: '#1eb4aa' },
    { id: 4, name: 'Ivan Petrov', avatar: '', color: '#df532d' },
  ],
  files: [{ id: 77, chatId: 2725, name: 'mockups.pdf', type: 'file', size: 1024 }],
};

export const RECORD_42 = {
  item: { id: 42, title: 'Website redesign for Acme', assignedById: 4 },
};

export const RESPONSIBLE_4 = [{ ID: '4', NAME: 'Ivan', LAST_NAME: 'Petrov' }];

/** user.current of the emulator's default user (Mark Member). */
export const CURRENT_USER_2 = { ID: '2', NAME: 'Mark', LAST_NAME: 'Member' };

/** DEAL 42 of the emulator's seed, as one halt=0 batch answers it. */
export function readyBatch(patch: Partial<BatchOutcome> = {}): BatchOutcome {
  return {
    results: {
      lookup: { ID: 2725 },
      details: DETAILS_2725,
      members: MEMBERS_2725,
      messages: MESSAGES_2725,
      record: RECORD_42,
      responsible: RESPONSIBLE_4,
      me: CURRENT_USER_2,
      ...patch.results,
    },
    errors: { ...patch.errors },
  };
}

/** A batch in which some commands failed: their results are removed. */
export function batchWithErrors(errors: Record<string, AppError>, results = {}): BatchOutcome {
  const all: Record<string, unknown> = { ...readyBatch().results, ...results };
  for (const name of Object.keys(errors)) delete all[name];
  return { results: all, errors };
}
