import { describe, expect, it } from 'vitest';
import { AppError } from '../../b24/app-error.ts';
import { DEFAULT_KEY_TEMPLATE } from '../../b24/chat-key.ts';
import { fakeDoor, restError } from '../../test/fake-door.ts';
import { answerBatch, methodsAsked } from '../../test/fake-portal.ts';
import { IM } from '../chat-methods.ts';
import { fetchChatStatuses, fetchChatStatusesAlongside, statusCommands } from './chat-statuses.ts';
import { chatKeyOf, type ListedRecord } from './record-row.ts';

function record(entityTypeId: number, id: number): ListedRecord {
  const key = chatKeyOf(entityTypeId, id, DEFAULT_KEY_TEMPLATE);
  if (key === undefined) throw new Error('bad test key');
  return { key, title: null, updatedAt: null };
}

const DEAL_42 = record(2, 42);
const DEAL_43 = record(2, 43);
const DEAL_44 = record(2, 44);
const LEAD_7 = record(1, 7);

/** DEAL_42, DEAL_43, DEAL_44 and LEAD_7 as the test portal answers them. */
const FOUR_STATUSES = [
  { kind: 'open', chatId: 2725 },
  { kind: 'no-chat' },
  { kind: 'not-member' },
  { kind: 'open', chatId: 2730 },
];

function portalDoor(options: Parameters<typeof answerBatch>[1] = {}) {
  const door = fakeDoor();
  door.callBatch.mockImplementation((commands) => Promise.resolve(answerBatch(commands, options)));
  return door;
}

describe('statusCommands', () => {
  it('asks for each record’s chat and its details through a reference, one group per record', () => {
    expect(statusCommands([DEAL_42, LEAD_7])).toEqual([
      {
        lookup_0: {
          method: 'imbot.chat.get',
          params: { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' },
        },
        dialog_0: {
          method: 'imbot.dialog.get',
          params: { DIALOG_ID: 'chat$result[lookup_0][ID]' },
        },
      },
      {
        lookup_1: { method: 'imbot.chat.get', params: { ENTITY_TYPE: 'CRM', ENTITY_ID: 'LEAD|7' } },
        dialog_1: {
          method: 'imbot.dialog.get',
          params: { DIALOG_ID: 'chat$result[lookup_1][ID]' },
        },
      },
    ]);
  });

  it('asks the im twins where the app lacks imbot', () => {
    expect(statusCommands([DEAL_42], IM)).toEqual([
      {
        lookup_0: { method: 'im.chat.get', params: { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' } },
        dialog_0: { method: 'im.dialog.get', params: { DIALOG_ID: 'chat$result[lookup_0][ID]' } },
      },
    ]);
  });
});

describe('fetchChatStatuses', () => {
  it('tells every record’s status from one halt=0 batch', async () => {
    const door = portalDoor();
    const entries = await fetchChatStatuses(door, [DEAL_42, DEAL_43, DEAL_44, LEAD_7]);

    expect(entries.map((entry) => entry.status)).toEqual(FOUR_STATUSES);
    expect(door.callBatch).toHaveBeenCalledTimes(1);
    expect(door.callBatch.mock.calls[0]?.[1]).toEqual({ halt: false });
    expect(door.callMethod).not.toHaveBeenCalled();
  });

  it('asks nothing for an empty list', async () => {
    const door = portalDoor();
    expect(await fetchChatStatuses(door, [])).toEqual([]);
    expect(door.callBatch).not.toHaveBeenCalled();
  });

  it('asks once more, with written-out ids, where an older portal left the references', async () => {
    const door = fakeDoor();
    door.callBatch
      .mockImplementationOnce((commands) => Promise.resolve(answerBatch(commands, { older: true })))
      .mockImplementation((commands) => Promise.resolve(answerBatch(commands)));
    const entries = await fetchChatStatuses(door, [DEAL_42, DEAL_43, DEAL_44]);

    expect(entries.map((entry) => entry.status.kind)).toEqual(['open', 'no-chat', 'not-member']);
    expect(door.callBatch).toHaveBeenCalledTimes(2);
    expect(door.callBatch.mock.calls[1]?.[0]).toEqual({
      dialog_0: { method: 'imbot.dialog.get', params: { DIALOG_ID: 'chat2725' } },
      dialog_2: { method: 'imbot.dialog.get', params: { DIALOG_ID: 'chat2726' } },
    });
  });

  it('falls back to im.dialog.get where imbot.dialog.get does not exist', async () => {
    const door = fakeDoor();
    const missing = new AppError({ kind: 'restricted', code: 'ERROR_METHOD_NOT_FOUND' });
    door.callBatch
      .mockResolvedValueOnce({ results: { lookup_0: { ID: 2725 } }, errors: { dialog_0: missing } })
      .mockImplementation((commands) => Promise.resolve(answerBatch(commands)));
    const [entry] = await fetchChatStatuses(door, [DEAL_42]);

    expect(entry?.status).toEqual({ kind: 'open', chatId: 2725 });
    expect(methodsAsked(door.callBatch.mock.calls)[1]).toEqual(['im.dialog.get']);
  });

  it('marks a record whose commands failed on their own, and keeps the others', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue({
      results: { lookup_0: 'junk', lookup_1: null },
      errors: { dialog_1: restError('DIALOG_ID_EMPTY') },
    });
    const entries = await fetchChatStatuses(door, [DEAL_42, DEAL_43]);
    expect(entries[0]?.status).toMatchObject({
      kind: 'unknown',
      error: { code: 'MALFORMED_RESPONSE' },
    });
    expect(entries[1]?.status).toEqual({ kind: 'no-chat' });
  });

  it.each([
    new AppError({ kind: 'unauthorized', code: 'AUTHORIZE_ERROR' }),
    new AppError({ kind: 'session-expired', code: 'NO_AUTH_FOUND' }),
  ])('fails the whole list on $code', async (error) => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue({ results: {}, errors: { lookup_0: error } });
    await expect(fetchChatStatuses(door, [DEAL_42])).rejects.toBe(error);
  });

  it('passes a whole-request failure through', async () => {
    const door = fakeDoor();
    const busy = new AppError({ kind: 'error', code: 'QUERY_LIMIT_EXCEEDED', status: 503 });
    door.callBatch.mockRejectedValue(busy);
    await expect(fetchChatStatuses(door, [DEAL_42])).rejects.toBe(busy);
  });

  it('splits a long list into batches of 50 that keep each lookup with its details', async () => {
    const door = portalDoor();
    const thirty = Array.from({ length: 30 }, (_, index) => record(2, 100 + index));
    const entries = await fetchChatStatuses(door, [DEAL_42, ...thirty]);

    expect(entries.map((entry) => entry.status.kind)).toEqual([
      'open',
      ...thirty.map(() => 'no-chat'),
    ]);
    const batches = door.callBatch.mock.calls.map(([commands]) => Object.keys(commands));
    expect(batches.map((names) => names.length)).toEqual([50, 12]);
    for (const names of batches) {
      for (const name of names.filter((candidate) => candidate.startsWith('dialog_'))) {
        expect(names).toContain(name.replace('dialog_', 'lookup_'));
      }
    }
  });
});

describe('fetchChatStatuses without the imbot scope', () => {
  const noScope = () =>
    new AppError({ kind: 'restricted', code: 'insufficient_scope', reason: 'scope' });

  /** A portal whose app lacks `imbot`: every imbot.* command is refused, im.* answers. */
  function scopelessDoor() {
    const door = fakeDoor();
    door.callBatch.mockImplementation((commands) => {
      const answered = answerBatch(
        Object.fromEntries(
          Object.entries(commands).filter(([, command]) => !command.method.startsWith('imbot.')),
        ),
      );
      const errors = { ...answered.errors };
      for (const [name, command] of Object.entries(commands)) {
        if (command.method.startsWith('imbot.')) errors[name] = noScope();
      }
      return Promise.resolve({ results: answered.results, errors });
    });
    return door;
  }

  it('asks im.chat.get and im.dialog.get instead, then straight away on the next list', async () => {
    const door = scopelessDoor();
    const entries = await fetchChatStatuses(door, [DEAL_42, DEAL_43, DEAL_44, LEAD_7]);

    expect(entries.map((entry) => entry.status)).toEqual(FOUR_STATUSES);
    expect(methodsAsked(door.callBatch.mock.calls)).toEqual([
      Array.from({ length: 4 }, () => ['imbot.chat.get', 'imbot.dialog.get']).flat(),
      Array.from({ length: 4 }, () => ['im.chat.get', 'im.dialog.get']).flat(),
    ]);

    door.callBatch.mockClear();
    await fetchChatStatuses(door, [DEAL_42]);
    expect(methodsAsked(door.callBatch.mock.calls)).toEqual([['im.chat.get', 'im.dialog.get']]);
  });

  it('asks im.dialog.get when only imbot.dialog.get is refused', async () => {
    const door = fakeDoor();
    door.callBatch
      .mockResolvedValueOnce({
        results: { lookup_0: { ID: 2725 } },
        errors: { dialog_0: noScope() },
      })
      .mockImplementation((commands) => Promise.resolve(answerBatch(commands)));
    const [entry] = await fetchChatStatuses(door, [DEAL_42]);

    expect(entry?.status).toEqual({ kind: 'open', chatId: 2725 });
    expect(door.callBatch.mock.calls[1]?.[0]).toEqual({
      dialog_0: { method: 'im.dialog.get', params: { DIALOG_ID: 'chat2725' } },
    });
  });

  it('fails the whole list, restricted, when im.chat.get is refused too', async () => {
    const door = fakeDoor();
    const refused = noScope();
    door.callBatch.mockResolvedValue({ results: {}, errors: { lookup_0: refused } });
    await expect(fetchChatStatuses(door, [DEAL_42])).rejects.toBe(refused);
    expect(methodsAsked(door.callBatch.mock.calls)).toEqual([
      ['imbot.chat.get', 'imbot.dialog.get'],
      ['im.chat.get', 'im.dialog.get'],
    ]);
  });
});

describe('fetchChatStatusesAlongside', () => {
  const titles = {
    titles_2: { method: 'crm.item.list', params: { entityTypeId: 2, filter: { '@id': [42] } } },
  };

  it('sends the other commands in the statuses’ own batch, and hands their answers back', async () => {
    const door = portalDoor();
    const { rows, alongside } = await fetchChatStatusesAlongside(door, [DEAL_42, LEAD_7], [titles]);

    expect(methodsAsked(door.callBatch.mock.calls)).toEqual([
      ['imbot.chat.get', 'imbot.dialog.get', 'imbot.chat.get', 'imbot.dialog.get', 'crm.item.list'],
    ]);
    expect(rows.map((row) => row.status)).toEqual([FOUR_STATUSES[0], FOUR_STATUSES[3]]);
    expect(alongside.results['titles_2']).toEqual({
      items: [expect.objectContaining({ id: 42, title: 'Website redesign for Acme' })],
    });
  });

  it('with no records, sends the other commands alone', async () => {
    const door = portalDoor();
    const { rows } = await fetchChatStatusesAlongside(door, [], [titles]);
    expect(rows).toEqual([]);
    expect(methodsAsked(door.callBatch.mock.calls)).toEqual([['crm.item.list']]);
  });

  it('with nothing at all, asks nothing', async () => {
    const door = portalDoor();
    expect(await fetchChatStatusesAlongside(door, [], [])).toEqual({
      rows: [],
      alongside: { results: {}, errors: {} },
    });
    expect(door.callBatch).not.toHaveBeenCalled();
  });
});
