import { describe, expect, it } from 'vitest';
import { AppError } from '../../b24/app-error.ts';
import { DEFAULT_KEY_TEMPLATE } from '../../b24/chat-key.ts';
import { fakeDoor } from '../../test/fake-door.ts';
import { answerClientBatch, CLIENT_ITEMS, type ClientItem } from '../../test/fake-clients.ts';
import { methodsAsked } from '../../test/fake-portal.ts';
import { clientListCommands, fetchClientRecords } from './client-records.ts';

const JANE = { crmType: 'CONTACT', id: 3 } as const;
const ACME = { crmType: 'COMPANY', id: 9 } as const;

function clientDoor(items: readonly ClientItem[] = CLIENT_ITEMS) {
  const door = fakeDoor({ placement: 'CRM_CONTACT_DETAIL_TAB', placementOptions: { ID: 3 } });
  door.callBatch.mockImplementation((commands) =>
    Promise.resolve(answerClientBatch(commands, items)),
  );
  return door;
}

const titles = (rows: { record: { title: string | null } }[]) =>
  rows.map((row) => row.record.title);

describe('clientListCommands', () => {
  it('asks deals and leads through the contact’s bindings, newest first, a page each', () => {
    expect(clientListCommands(JANE, 10)).toEqual({
      list_2_0: {
        method: 'crm.item.list',
        params: {
          entityTypeId: 2,
          select: ['id', 'title', 'createdTime', 'updatedTime'],
          filter: { contactIds: 3 },
          order: { createdTime: 'DESC', id: 'DESC' },
          start: 0,
        },
      },
      list_1_0: expect.objectContaining({
        params: expect.objectContaining({ entityTypeId: 1, filter: { contactIds: 3 } }),
      }),
    });
  });

  it('asks a company’s by its companyId', () => {
    expect(clientListCommands(ACME, 10)['list_2_0']?.params).toMatchObject({
      filter: { companyId: 9 },
    });
  });

  it('asks as many pages of 50 as it takes to see past the rows shown', () => {
    expect(Object.keys(clientListCommands(JANE, 49))).toEqual(['list_2_0', 'list_1_0']);
    expect(Object.keys(clientListCommands(JANE, 50))).toEqual([
      'list_2_0',
      'list_2_50',
      'list_1_0',
      'list_1_50',
    ]);
  });
});

describe('fetchClientRecords', () => {
  it('merges deals and leads newest first, with their chat status, in two requests', async () => {
    const door = clientDoor();
    const { rows, more } = await fetchClientRecords(door, JANE, DEFAULT_KEY_TEMPLATE, 10);
    expect(titles(rows)).toEqual([
      'Inbound: Initech',
      'Warehouse automation',
      'Annual support renewal',
      'Website redesign for Acme',
    ]);
    expect(rows.map((row) => row.status.kind)).toEqual(['open', 'not-member', 'no-chat', 'open']);
    expect(more).toBe(false);
    expect(methodsAsked(door.callBatch.mock.calls)).toEqual([
      ['crm.item.list', 'crm.item.list'],
      Array.from({ length: 4 }, () => ['imbot.chat.get', 'imbot.dialog.get']).flat(),
    ]);
  });

  it('shows a screen and says more follow', async () => {
    const { rows, more } = await fetchClientRecords(clientDoor(), JANE, DEFAULT_KEY_TEMPLATE, 3);
    expect(titles(rows)).toEqual([
      'Inbound: Initech',
      'Warehouse automation',
      'Annual support renewal',
    ]);
    expect(more).toBe(true);
  });

  it('lists a company’s records only', async () => {
    const { rows } = await fetchClientRecords(clientDoor(), ACME, DEFAULT_KEY_TEMPLATE, 10);
    expect(titles(rows)).toEqual(['Warehouse automation', 'Website redesign for Acme']);
  });

  it('reads the rows past the first page of 50 of a type', async () => {
    const many = Array.from({ length: 60 }, (_, index) => ({
      entityTypeId: 2,
      id: 100 + index,
      title: `Deal ${100 + index}`,
      day: 1,
      companyId: 0,
      contactIds: [3],
    }));
    const door = clientDoor(many);
    const { rows, more } = await fetchClientRecords(door, JANE, DEFAULT_KEY_TEMPLATE, 55);
    expect(rows).toHaveLength(55);
    expect(rows[54]?.record.key.recordId).toBe(105);
    expect(more).toBe(true);
  });

  it('fails as a whole when a list fails', async () => {
    const door = fakeDoor();
    const denied = new AppError({
      kind: 'restricted',
      code: 'insufficient_scope',
      reason: 'scope',
    });
    door.callBatch.mockResolvedValue({
      results: { list_2_0: { items: [] } },
      errors: { list_1_0: denied },
    });
    await expect(fetchClientRecords(door, JANE, DEFAULT_KEY_TEMPLATE, 10)).rejects.toBe(denied);
  });
});
