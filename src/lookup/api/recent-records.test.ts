import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../b24/app-error.ts';
import { DEFAULT_KEY_TEMPLATE } from '../../b24/chat-key.ts';
import { fakeDoor } from '../../test/fake-door.ts';
import { answerBatch, methodsAsked } from '../../test/fake-portal.ts';
import { fetchRecentRecords, knownSmartProcessTypes } from './recent-records.ts';

function portalDoor(appOptions: Record<string, unknown> = {}) {
  const door = fakeDoor({ placement: 'LEFT_MENU', placementOptions: {} });
  door.callBatch.mockImplementation((commands) => Promise.resolve(answerBatch(commands)));
  door.appOption.mockImplementation((name) => appOptions[name]);
  return door;
}

describe('fetchRecentRecords', () => {
  it('with the types unknown: deals and leads, and crm.type.list in the same first batch', async () => {
    const door = portalDoor();
    const recent = await fetchRecentRecords(door, null, DEFAULT_KEY_TEMPLATE);

    expect(methodsAsked(door.callBatch.mock.calls)).toEqual([
      ['crm.item.list', 'crm.item.list', 'crm.type.list'],
      Array.from({ length: 4 }, () => ['imbot.chat.get', 'imbot.dialog.get']).flat(),
    ]);
    expect(recent.smartProcessTypes).toEqual([183]);
    expect(recent.entries.map(({ record, status }) => [record.title, status.kind])).toEqual([
      ['Inbound: Initech', 'open'],
      ['Warehouse automation', 'not-member'],
      ['Annual support renewal', 'no-chat'],
      ['Website redesign for Acme', 'open'],
    ]);
  });

  it('with the types known: their items too, and no crm.type.list', async () => {
    const door = portalDoor();
    const recent = await fetchRecentRecords(door, [183], DEFAULT_KEY_TEMPLATE);

    expect(methodsAsked(door.callBatch.mock.calls)[0]).toEqual([
      'crm.item.list',
      'crm.item.list',
      'crm.item.list',
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
    expect(batches.map((methods) => methods.length)).toEqual([50, 12, 8]);
    expect(batches[1]).toEqual(Array.from({ length: 12 }, () => 'crm.item.list'));
    const lists = door.callBatch.mock.calls
      .slice(0, 2)
      .flatMap(([commands]) => Object.values(commands))
      .map((command) => command.params?.['entityTypeId']);
    expect(lists).toEqual([2, 1, ...sixty]);
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
    const earlier = { entries: [], smartProcessTypes: [187] };
    expect(knownSmartProcessTypes(portalDoor({ smartProcessTypes: '[183]' }), earlier)).toEqual([
      183,
    ]);
    expect(knownSmartProcessTypes(portalDoor(), earlier)).toEqual([187]);
    expect(knownSmartProcessTypes(portalDoor(), undefined)).toBeNull();
  });
});
