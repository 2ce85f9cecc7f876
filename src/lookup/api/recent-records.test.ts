import { describe, expect, it } from 'vitest';
import { fakeDoor } from '../../test/fake-door.ts';
import { answerBatch, methodsAsked } from '../lookup-fixtures.ts';
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
    const recent = await fetchRecentRecords(door, null);

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
    const recent = await fetchRecentRecords(door, [183]);

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
