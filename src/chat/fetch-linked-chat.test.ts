import { describe, expect, it } from 'vitest';
import { AppError } from '../b24/app-error.ts';
import { parsePlacement, type ChatKey } from '../b24/chat-key.ts';
import {
  batchWithErrors,
  DETAILS_2725,
  fakeDoor,
  MEMBERS_2725,
  MESSAGES_2725,
  readyBatch,
  restError,
} from '../test/fake-door.ts';
import { fetchLinkedChat } from './fetch-linked-chat.ts';

function keyOf(placement: string, id: string): ChatKey {
  const parsed = parsePlacement(placement, { ID: id });
  if (!parsed.ok) throw new Error('bad test key');
  return parsed.key;
}

const DEAL_42 = keyOf('CRM_DEAL_DETAIL_TAB', '42');

/** A whole request refused with ACCESS_ERROR: no record was read, so nobody to name or to ask. */
const NOBODY_TO_ASK = {
  kind: 'access-denied',
  record: { crmType: 'DEAL', id: 42, title: null },
  responsible: null,
  requester: null,
};

describe('fetchLinkedChat', () => {
  it('asks for everything in one halt=0 batch with $result references', async () => {
    const door = fakeDoor();
    await fetchLinkedChat(door, DEAL_42);

    expect(door.callBatch).toHaveBeenCalledTimes(1);
    expect(door.callMethod).not.toHaveBeenCalled();
    expect(door.callBatch).toHaveBeenCalledWith(
      {
        lookup: { method: 'imbot.chat.get', params: { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' } },
        details: { method: 'imbot.dialog.get', params: { DIALOG_ID: 'chat$result[lookup][ID]' } },
        members: {
          method: 'im.dialog.users.list',
          params: { DIALOG_ID: 'chat$result[lookup][ID]', LIMIT: 3 },
        },
        // The conversation in the same request: the first view stays one round trip.
        messages: {
          method: 'im.dialog.messages.get',
          params: { DIALOG_ID: 'chat$result[lookup][ID]', LIMIT: 20 },
        },
        record: { method: 'crm.item.get', params: { entityTypeId: 2, id: 42 } },
        // Never the whole value: unresolved, that would hand user.get the whole result map.
        responsible: { method: 'user.get', params: { ID: '0$result[record][item][assignedById]' } },
        me: { method: 'user.current' },
      },
      { halt: false },
    );
  });

  it('builds the ready chat with portal-absolute avatars', async () => {
    const result = await fetchLinkedChat(fakeDoor(), DEAL_42);
    expect(result).toEqual({
      kind: 'ready',
      record: { crmType: 'DEAL', id: 42, title: 'Website redesign for Acme' },
      chat: {
        id: 2725,
        title: 'Deal: Website redesign for Acme',
        avatarUrl: null,
        color: '#f76187',
        memberCount: 3,
        createdAt: Date.parse('2026-02-25T16:50:58+01:00'),
        dialog: expect.objectContaining({ id: 2725 }),
        members: [
          {
            id: 1,
            name: 'Anna Admin',
            avatarUrl: 'http://localhost:4000/upload/anna.png',
            color: '#1eb4aa',
          },
          { id: 2, name: 'Mark Member', avatarUrl: null, color: '#ab7761' },
          { id: 4, name: 'Ivan Petrov', avatarUrl: null, color: '#df532d' },
        ],
      },
      conversation: {
        latest: {
          messages: [
            expect.objectContaining({ id: 101, author: null }),
            expect.objectContaining({ id: 102, author: expect.objectContaining({ id: 1 }) }),
            expect.objectContaining({ id: 103, files: [{ id: 77, name: 'mockups.pdf' }] }),
          ],
          full: false,
        },
        unread: 0,
        viewer: 2,
      },
    });
  });

  it('reads a null lookup as no-chat, ignoring the unresolved reference', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      batchWithErrors(
        { details: restError('DIALOG_ID_EMPTY'), members: restError('DIALOG_ID_EMPTY') },
        { lookup: null },
      ),
    );
    expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({ kind: 'no-chat' });
    expect(door.callMethod).not.toHaveBeenCalled();
  });

  it('asks again with the written-out ID when an older portal left the reference alone', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      batchWithErrors({
        details: restError('DIALOG_ID_EMPTY'),
        members: restError('DIALOG_ID_EMPTY'),
        messages: restError('DIALOG_ID_EMPTY'),
      }),
    );
    const answers: Record<string, unknown> = {
      'imbot.dialog.get': DETAILS_2725,
      'im.dialog.users.list': MEMBERS_2725,
      'im.dialog.messages.get': MESSAGES_2725,
    };
    door.callMethod.mockImplementation((method) => Promise.resolve(answers[method]));
    const result = await fetchLinkedChat(door, DEAL_42);

    expect(result).toMatchObject({
      kind: 'ready',
      chat: { id: 2725 },
      conversation: { latest: { messages: [{ id: 101 }, { id: 102 }, { id: 103 }] } },
    });
    expect(door.callMethod).toHaveBeenCalledWith('imbot.dialog.get', { DIALOG_ID: 'chat2725' });
    expect(door.callMethod).toHaveBeenCalledWith('im.dialog.users.list', {
      DIALOG_ID: 'chat2725',
      LIMIT: 3,
    });
    expect(door.callMethod).toHaveBeenCalledWith('im.dialog.messages.get', {
      DIALOG_ID: 'chat2725',
      LIMIT: 20,
    });
  });

  it('takes the unread count from the details counter', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      readyBatch({ results: { details: { ...DETAILS_2725, counter: 2 } } }),
    );
    expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({ conversation: { unread: 2 } });
  });

  it('denies the chat when the messages refuse the person though the details let them in', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(batchWithErrors({ messages: restError('ACCESS_ERROR', 403) }));
    const result = await fetchLinkedChat(door, DEAL_42);
    expect(result).toMatchObject({ kind: 'access-denied', responsible: { id: 4 } });
    expect(JSON.stringify(result)).not.toContain('Deal: Website');
  });

  it.each([
    ['INTERNAL_SERVER_ERROR', 500],
    ['insufficient_scope', 403],
  ])('fails the card when only the messages fail with %s', async (code, status) => {
    const door = fakeDoor();
    const failure = restError(code, status);
    door.callBatch.mockResolvedValue(batchWithErrors({ messages: failure }));
    await expect(fetchLinkedChat(door, DEAL_42)).rejects.toBe(failure);
  });

  it('fails the card on a messages answer without a messages list', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(readyBatch({ results: { messages: { chat_id: 2725 } } }));
    await expect(fetchLinkedChat(door, DEAL_42)).rejects.toMatchObject({
      code: 'MALFORMED_RESPONSE',
    });
  });

  it('falls back to im.dialog.get where imbot.dialog.get does not exist', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      batchWithErrors({ details: restError('ERROR_METHOD_NOT_FOUND', 404) }),
    );
    door.callMethod.mockResolvedValue(DETAILS_2725);
    expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({ kind: 'ready' });
    expect(door.callMethod).toHaveBeenCalledWith('im.dialog.get', { DIALOG_ID: 'chat2725' });
  });

  it('asks im.dialog.get when the written-out imbot.dialog.get turns out not to exist', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(batchWithErrors({ details: restError('DIALOG_ID_EMPTY') }));
    door.callMethod.mockImplementation((method) =>
      method === 'imbot.dialog.get'
        ? Promise.reject(restError('ERROR_METHOD_NOT_FOUND', 404))
        : Promise.resolve(DETAILS_2725),
    );
    expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({ kind: 'ready' });
    expect(door.callMethod.mock.calls.map(([method]) => method)).toEqual([
      'imbot.dialog.get',
      'im.dialog.get',
    ]);
  });

  it.each(['lookup', 'details'])(
    'turns ACCESS_ERROR from the %s into access-denied, naming the responsible person',
    async (command) => {
      const door = fakeDoor();
      door.callBatch.mockResolvedValue(
        batchWithErrors({
          [command]: restError('ACCESS_ERROR', 403),
          members: restError('ACCESS_ERROR', 403),
        }),
      );
      const result = await fetchLinkedChat(door, DEAL_42);
      expect(result).toEqual({
        kind: 'access-denied',
        record: { crmType: 'DEAL', id: 42, title: 'Website redesign for Acme' },
        responsible: { id: 4, name: 'Ivan Petrov' },
        requester: { id: 2, name: 'Mark Member' },
      });
      expect(JSON.stringify(result)).not.toContain('Deal: Website');
    },
  );

  it('reads a whole-request ACCESS_ERROR as access-denied with nobody to ask', async () => {
    const door = fakeDoor();
    door.callBatch.mockRejectedValue(restError('ACCESS_ERROR', 403));
    expect(await fetchLinkedChat(door, DEAL_42)).toEqual(NOBODY_TO_ASK);
  });

  it('keeps access-denied when the requester cannot be read', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      batchWithErrors(
        { details: restError('ACCESS_ERROR', 403), me: restError('INTERNAL_SERVER_ERROR', 500) },
        {},
      ),
    );
    expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({
      kind: 'access-denied',
      responsible: { id: 4 },
      requester: null,
    });
  });

  it('throws per-command failures of the lookup as mapped AppErrors', async () => {
    const door = fakeDoor();
    const scope = new AppError({ kind: 'restricted', code: 'insufficient_scope', reason: 'scope' });
    door.callBatch.mockResolvedValue(batchWithErrors({ lookup: scope }));
    await expect(fetchLinkedChat(door, DEAL_42)).rejects.toBe(scope);
  });

  it('passes whole-request failures through', async () => {
    const door = fakeDoor();
    const busy = new AppError({ kind: 'error', code: 'QUERY_LIMIT_EXCEEDED', status: 503 });
    door.callBatch.mockRejectedValue(busy);
    await expect(fetchLinkedChat(door, DEAL_42)).rejects.toBe(busy);
  });

  it.each<[string, unknown, unknown]>([
    ['lookup is not an object', 'chat', DETAILS_2725],
    ['lookup ID is not a number', { ID: '2725' }, DETAILS_2725],
    ['details are not an object', { ID: 2725 }, [1, 2]],
    ['details lack a name', { ID: 2725 }, { id: 2725 }],
  ])('rejects a malformed payload: %s', async (_name, lookup, details) => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(readyBatch({ results: { lookup, details } }));
    await expect(fetchLinkedChat(door, DEAL_42)).rejects.toMatchObject({
      kind: 'error',
      code: 'MALFORMED_RESPONSE',
    });
  });

  it('keeps the card when only its decorations are malformed', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      readyBatch({ results: { members: 'x', record: 7, responsible: {} } }),
    );
    expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({
      kind: 'ready',
      record: { title: null },
      chat: { members: [] },
    });
  });

  it.each(['ACCESS_DENIED', 'INTERNAL_SERVER_ERROR'])(
    'names nobody when the record answered %s, whoever user.get found',
    async (code) => {
      const door = fakeDoor();
      door.callBatch.mockResolvedValue(
        batchWithErrors(
          { record: restError(code, 403), details: restError('ACCESS_ERROR', 403) },
          // What a portal's user.get answers for an array ID: people the record never named.
          { responsible: [{ ID: '1', NAME: 'Anna', LAST_NAME: 'Admin' }] },
        ),
      );
      expect(await fetchLinkedChat(door, DEAL_42)).toEqual({
        kind: 'access-denied',
        record: { crmType: 'DEAL', id: 42, title: null },
        responsible: null,
        requester: { id: 2, name: 'Mark Member' },
      });
    },
  );

  it('keeps the chat of a record the user may not read (ACCESS_DENIED changes nothing)', async () => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(batchWithErrors({ record: restError('ACCESS_DENIED', 403) }));
    expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({
      kind: 'ready',
      record: { title: null },
      chat: { id: 2725 },
    });
  });

  describe('a record that does not exist (crm.item.get NOT_FOUND)', () => {
    const NO_RECORD = { kind: 'no-record', record: { crmType: 'DEAL', id: 42, title: null } };

    it.each<[string, Record<string, AppError>, Record<string, unknown>]>([
      ['a readable chat', {}, {}],
      ['no chat', { details: restError('DIALOG_ID_EMPTY') }, { lookup: null }],
      ['a chat the user is not in', { details: restError('ACCESS_ERROR', 403) }, {}],
      ['a lookup that failed', { lookup: restError('INTERNAL_SERVER_ERROR', 500) }, {}],
      [
        'a lookup without the imbot scope',
        {
          lookup: new AppError({ kind: 'restricted', code: 'insufficient_scope', reason: 'scope' }),
        },
        {},
      ],
    ])('is no-record, whatever the batch said of %s', async (_name, errors, results) => {
      const door = fakeDoor();
      door.callBatch.mockResolvedValue(
        batchWithErrors({ record: restError('NOT_FOUND'), ...errors }, results),
      );
      const result = await fetchLinkedChat(door, DEAL_42);
      expect(result).toEqual(NO_RECORD);
      expect(JSON.stringify(result)).not.toContain('Deal: Website');
      expect(door.callBatch).toHaveBeenCalledTimes(1);
      expect(door.callMethod).not.toHaveBeenCalled();
    });

    it('gives way to a failure of the whole request', async () => {
      const door = fakeDoor();
      const busy = new AppError({ kind: 'error', code: 'QUERY_LIMIT_EXCEEDED', status: 503 });
      door.callBatch.mockRejectedValue(busy);
      await expect(fetchLinkedChat(door, DEAL_42)).rejects.toBe(busy);
    });
  });

  describe('without the imbot scope (imbot.chat.get: insufficient_scope)', () => {
    const noImbot = new AppError({
      kind: 'restricted',
      code: 'insufficient_scope',
      reason: 'scope',
    });
    const IM_COMMANDS = {
      lookup: { method: 'im.chat.get', params: { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' } },
      details: { method: 'im.dialog.get', params: { DIALOG_ID: 'chat$result[lookup][ID]' } },
      members: {
        method: 'im.dialog.users.list',
        params: { DIALOG_ID: 'chat$result[lookup][ID]', LIMIT: 3 },
      },
      messages: {
        method: 'im.dialog.messages.get',
        params: { DIALOG_ID: 'chat$result[lookup][ID]', LIMIT: 20 },
      },
    };

    function doorWithoutImbot(imAnswer: ReturnType<typeof readyBatch>) {
      const door = fakeDoor();
      door.callBatch
        .mockResolvedValueOnce(
          batchWithErrors({
            lookup: noImbot,
            details: noImbot,
            members: restError('DIALOG_ID_EMPTY'),
          }),
        )
        .mockResolvedValueOnce(imAnswer);
      return door;
    }

    it('asks im.chat.get and im.dialog.get in one more request', async () => {
      const door = doorWithoutImbot(readyBatch());
      expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({
        kind: 'ready',
        record: { title: 'Website redesign for Acme' },
        chat: { id: 2725, members: [{ id: 1 }, { id: 2 }, { id: 4 }] },
      });
      expect(door.callBatch).toHaveBeenCalledTimes(2);
      expect(door.callBatch).toHaveBeenLastCalledWith(IM_COMMANDS, { halt: false });
      expect(door.callMethod).not.toHaveBeenCalled();
    });

    it('finds no chat through im.chat.get', async () => {
      const door = doorWithoutImbot(
        batchWithErrors({ details: restError('DIALOG_ID_EMPTY') }, { lookup: null }),
      );
      expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({ kind: 'no-chat' });
    });

    it('denies a non-member, naming the responsible person of the first batch', async () => {
      const door = doorWithoutImbot(
        batchWithErrors({ details: restError('ACCESS_ERROR', 403) }, {}),
      );
      expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({
        kind: 'access-denied',
        responsible: { id: 4, name: 'Ivan Petrov' },
      });
    });

    it('asks im.dialog.get again where the reference was left alone', async () => {
      const door = doorWithoutImbot(batchWithErrors({ details: restError('DIALOG_ID_EMPTY') }));
      door.callMethod.mockResolvedValue(DETAILS_2725);
      expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({ kind: 'ready' });
      expect(door.callMethod).toHaveBeenCalledWith('im.dialog.get', { DIALOG_ID: 'chat2725' });
      expect(door.callMethod).not.toHaveBeenCalledWith('imbot.dialog.get', expect.anything());
    });

    it('reads a whole im request refused with ACCESS_ERROR as access-denied, nobody to ask', async () => {
      const door = fakeDoor();
      door.callBatch
        .mockResolvedValueOnce(batchWithErrors({ lookup: noImbot, details: noImbot }))
        .mockRejectedValueOnce(restError('ACCESS_ERROR', 403));
      expect(await fetchLinkedChat(door, DEAL_42)).toEqual(NOBODY_TO_ASK);
    });

    it('is restricted when the im scope is missing too', async () => {
      const door = doorWithoutImbot(batchWithErrors({ lookup: noImbot, details: noImbot }));
      await expect(fetchLinkedChat(door, DEAL_42)).rejects.toMatchObject({
        kind: 'restricted',
        code: 'insufficient_scope',
      });
      expect(door.callBatch).toHaveBeenCalledTimes(2);
    });
  });

  it.each(['', '   '])('leaves a chat titled %j without a title of its own', async (name) => {
    const door = fakeDoor();
    door.callBatch.mockResolvedValue(
      readyBatch({ results: { details: { ...DETAILS_2725, name } } }),
    );
    expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({
      kind: 'ready',
      chat: { id: 2725, title: null },
    });
  });

  it('shows a member the portal listed twice once', async () => {
    const door = fakeDoor();
    const [anna, mark] = MEMBERS_2725;
    door.callBatch.mockResolvedValue(
      readyBatch({ results: { members: [anna, anna, mark, anna] } }),
    );
    expect(await fetchLinkedChat(door, DEAL_42)).toMatchObject({
      chat: { members: [{ id: 1 }, { id: 2 }] },
    });
  });
});
