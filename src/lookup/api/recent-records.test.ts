import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../b24/app-error.ts';
import { DEFAULT_KEY_TEMPLATE } from '../../b24/chat-key.ts';
import { fakeDoor } from '../../test/fake-door.ts';
import { answerBatch, methodsAsked } from '../../test/fake-portal.ts';
import {
  fetchRecentRecords,
  knownSmartProcessTypes,
  type RecentRecords,
} from './recent-records.ts';

function portalDoor(appOptions: Record<string, unknown> = {}) {
  const door = fakeDoor({ placement: 'LEFT_MENU', placementOptions: {} });
  door.callBatch.mockImplementation((commands) => Promise.resolve(answerBatch(commands)));
  door.appOption.mockImplementation((name) => appOptions[name]);
  return door;
}

describe('fetchRecentRecords', () => {
  it('with the types unknown: the chats, the built-in types and crm.type.list in one first batch', async () => {
    const door = portalDoor();
    const recent = await fetchRecentRecords(door, null, DEFAULT_KEY_TEMPLATE);

    expect(methodsAsked(door.callBatch.mock.calls)).toEqual([
      ['im.recent.list', 'crm.item.list', 'crm.item.list', 'crm.type.list'],
      [
        ...Array.from({ length: 4 }, () => ['imbot.chat.get', 'imbot.dialog.get']).flat(),
        'crm.item.list',
        'crm.item.list',
        'crm.item.list',
      ],
    ]);
    expect(door.callBatch.mock.calls[0]?.[0]['chats']).toEqual({
      method: 'im.recent.list',
      params: { SKIP_DIALOG: 'Y', SKIP_OPENLINES: 'Y', OFFSET: 0, LIMIT: 50 },
    });
    expect(recent.smartProcessTypes).toEqual([183]);
    expect(recent.smartProcessNames).toEqual([{ entityTypeId: 183, title: 'Projects' }]);
    expect(recent.entries.map(({ record, status }) => [record.title, status.kind])).toEqual([
      ['Inbound: Initech', 'open'],
      ['Warehouse automation', 'not-member'],
      ['Annual support renewal', 'no-chat'],
      ['Website redesign for Acme', 'open'],
    ]);
  });

  it('the chats most recent activity first, titled by the second step, other chats left out', async () => {
    const recent = await fetchRecentRecords(portalDoor(), null, DEFAULT_KEY_TEMPLATE);

    expect(recent.chats).toEqual({
      ok: true,
      page: {
        hasMore: false,
        rows: [
          expect.objectContaining({
            chatId: 2725,
            record: expect.objectContaining({ title: 'Website redesign for Acme' }),
            lastMessage: 'See the mock-ups',
            unread: 2,
          }),
          expect.objectContaining({
            chatId: 2740,
            record: expect.objectContaining({ title: 'Rollout phase 2' }),
            lastMessage: 'Phase 2 starts',
            unread: 0,
          }),
          expect.objectContaining({ chatId: 2730, lastMessage: 'Call booked' }),
        ],
      },
    });
  });

  it('a failed im.recent.list costs the chats only', async () => {
    const door = portalDoor();
    door.callBatch.mockImplementationOnce((commands) => {
      const { results } = answerBatch(commands);
      const error = new AppError({
        kind: 'restricted',
        code: 'insufficient_scope',
        reason: 'scope',
      });
      return Promise.resolve({
        results: Object.fromEntries(Object.entries(results).filter(([name]) => name !== 'chats')),
        errors: { chats: error },
      });
    });
    const recent = await fetchRecentRecords(door, null, DEFAULT_KEY_TEMPLATE);

    expect(recent.chats).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'insufficient_scope' }),
    });
    expect(recent.entries).toHaveLength(4);
    // No titles to ask for: the second batch is the statuses alone.
    expect(methodsAsked(door.callBatch.mock.calls)[1]).not.toContain('crm.item.list');
  });

  it('with the types known: their items too, and crm.type.list for their names', async () => {
    const door = portalDoor();
    const recent = await fetchRecentRecords(door, [183], DEFAULT_KEY_TEMPLATE);

    expect(methodsAsked(door.callBatch.mock.calls)[0]).toEqual([
      'im.recent.list',
      ...Array.from({ length: 3 }, () => 'crm.item.list'),
      'crm.type.list',
    ]);
    expect(recent.entries[0]).toMatchObject({
      record: { title: 'Rollout phase 2', key: { entityId: 'DYNAMIC_183|5' } },
      status: { kind: 'open', chatId: 2740 },
    });
  });
});

describe('fetchRecentRecords on a portal with 60 smart processes', () => {
  const sixty = Array.from({ length: 60 }, (_, index) => 200 + index);

  it('with the types known: the lists in two batches side by side, none over 50', async () => {
    const door = portalDoor();
    const recent = await fetchRecentRecords(door, sixty, DEFAULT_KEY_TEMPLATE);

    const batches = methodsAsked(door.callBatch.mock.calls);
    expect(batches.map((methods) => methods.length)).toEqual([50, 14, 11]);
    expect(batches[1]).toEqual([
      ...Array.from({ length: 13 }, () => 'crm.item.list'),
      'crm.type.list',
    ]);
    const lists = door.callBatch.mock.calls
      .slice(0, 2)
      .flatMap(([commands]) => Object.values(commands))
      .map((command) => command.params?.['entityTypeId']);
    expect(lists).toEqual([undefined, 2, 1, ...sixty, undefined]);
    expect(recent.entries).toHaveLength(4);
  });

  it('with the types unknown: every page of crm.type.list, alongside the statuses', async () => {
    const door = portalDoor();
    const typePage = (ids: number[]) => ({ types: ids.map((entityTypeId) => ({ entityTypeId })) });
    let answerStatuses: () => void = () => undefined;
    door.callBatch
      .mockImplementationOnce((commands) => {
        const answered = answerBatch(commands);
        const results = { ...answered.results, types: typePage(sixty.slice(0, 50)) };
        return Promise.resolve({ ...answered, results });
      })
      .mockImplementationOnce(
        (commands) =>
          new Promise((resolve) => (answerStatuses = () => resolve(answerBatch(commands)))),
      );
    door.callMethod.mockResolvedValue(typePage(sixty.slice(50)));
    const recent = fetchRecentRecords(door, null, DEFAULT_KEY_TEMPLATE);

    // The second page is asked while the statuses are still on their way: no third round trip.
    await vi.waitFor(() => expect(door.callBatch).toHaveBeenCalledTimes(2));
    expect(door.callMethod.mock.calls).toEqual([['crm.type.list', { start: 50 }]]);
    answerStatuses();
    expect((await recent).smartProcessTypes).toEqual(sixty);
  });

  function doorAnsweringTypes(firstPage: unknown) {
    const door = portalDoor();
    door.callBatch.mockImplementationOnce((commands) => {
      const answered = answerBatch(commands);
      return Promise.resolve({ ...answered, results: { ...answered.results, types: firstPage } });
    });
    door.callMethod.mockRejectedValue(
      new AppError({ kind: 'error', code: 'INTERNAL_SERVER_ERROR' }),
    );
    return door;
  }

  it('with the types unknown and a later page failing: the types of the first page', async () => {
    const first = { types: sixty.slice(0, 50).map((entityTypeId) => ({ entityTypeId })) };
    const recent = await fetchRecentRecords(doorAnsweringTypes(first), null, DEFAULT_KEY_TEMPLATE);
    expect(recent.smartProcessTypes).toEqual(sixty.slice(0, 50));
    expect(recent.entries).toHaveLength(4);
  });

  it('with the types unknown and crm.type.list unreadable: still unknown, the list shown', async () => {
    const recent = await fetchRecentRecords(doorAnsweringTypes('junk'), null, DEFAULT_KEY_TEMPLATE);
    expect(recent.smartProcessTypes).toBeNull();
    expect(recent.entries).toHaveLength(4);
  });
});

describe('knownSmartProcessTypes', () => {
  it('prefers the install’s app option, then what an earlier fetch found', () => {
    const earlier: RecentRecords = {
      entries: [],
      smartProcessTypes: [187],
      smartProcessNames: [],
      chats: { ok: true, page: { rows: [], hasMore: false } },
    };
    expect(knownSmartProcessTypes(portalDoor({ smartProcessTypes: '[183]' }), earlier)).toEqual([
      183,
    ]);
    expect(knownSmartProcessTypes(portalDoor(), earlier)).toEqual([187]);
    expect(knownSmartProcessTypes(portalDoor(), undefined)).toBeNull();
  });
});
