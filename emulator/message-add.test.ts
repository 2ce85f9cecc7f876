import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal, type Portal } from './portal.ts';

// im.message.add against the seeded chats: 2725 (DEAL 42, members 1, 2, 4), 2731 (QUOTE 11,
// members 2 and 4, only managers may post). Rules from im_rest.php messageAdd, CIMMessenger::Add
// (im_messenger.php), Chat::canDo and SendingService::checkDuplicateByUuid (im/lib/V2).

let portal: Portal;

beforeAll(async () => {
  const appDir = await mkdtemp(join(tmpdir(), 'emulator-app-'));
  await writeFile(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
  portal = await startPortal({ appDir, quiet: true });
});

afterAll(() => portal.close());

beforeEach(() => portal.reset());

async function rest(method: string, params: Record<string, unknown>, userId = 2) {
  const response = await fetch(`${portal.url}/rest/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...params, auth: portal.issueToken(userId) }),
  });
  return { status: response.status, body: await response.json() };
}

interface Message {
  id: number;
  author_id: number;
  text: string;
  unread: boolean;
  uuid: string | null;
  params: unknown;
}

async function newest(chatId: number, userId = 2): Promise<Message[]> {
  const { body } = await rest('im.dialog.messages.get', { DIALOG_ID: `chat${chatId}` }, userId);
  return body.result.messages as Message[];
}

const add = (params: Record<string, unknown>, userId = 2) => rest('im.message.add', params, userId);

describe('im.message.add (im_rest.php messageAdd)', () => {
  it('answers the new message id as an int; Chat::updateRelationsAfterMessageSend moves only the caller’s LAST_ID (their unread rows stay); unread for the others', async () => {
    const before = portal.readState(2725, 1);
    const { status, body } = await add({
      DIALOG_ID: 'chat2725',
      MESSAGE: '  Sent from the card  ',
    });
    expect(status).toBe(200);
    expect(body.result).toBe(84572);
    const [message] = await newest(2725);
    expect(message).toMatchObject({
      id: 84572,
      author_id: 2,
      text: 'Sent from the card',
      unread: false,
    });
    expect(portal.readState(2725, 2)).toEqual({ lastId: 84572, counter: 4 });
    expect(portal.readState(2725, 1)).toEqual({
      lastId: before?.lastId,
      counter: (before?.counter ?? 0) + 1,
    });
    expect((await newest(2725, 4))[0]).toMatchObject({ id: 84572, unread: true });
  });

  it('CIMMessenger::Add: a non-member (Chat::canDo Send, the guest role) gets 400 PARAMS_ERROR and nothing is posted', async () => {
    const { status, body } = await add({ DIALOG_ID: 'chat2725', MESSAGE: 'Hello?' }, 3);
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'PARAMS_ERROR', error_description: "Message isn't added" });
    expect((await newest(2725))[0]?.text).not.toBe('Hello?');
  });

  it('Chat::canDo + Permission::compareRole: in chat 2731 (CAN_POST manager) member 2 may read but not post, owner 4 may post', async () => {
    const dialog = await rest('im.dialog.get', { DIALOG_ID: 'chat2731' });
    expect(dialog.body.result).toMatchObject({
      role: 'member',
      permissions: { can_post: 'manager', manage_messages: 'manager' },
    });
    expect((await rest('im.dialog.messages.get', { DIALOG_ID: 'chat2731' })).status).toBe(200);
    const refused = await add({ DIALOG_ID: 'chat2731', MESSAGE: 'May I?' });
    expect(refused).toMatchObject({ status: 400, body: { error: 'PARAMS_ERROR' } });
    const owner = await add({ DIALOG_ID: 'chat2731', MESSAGE: 'Owner here' }, 4);
    expect(owner.status).toBe(200);
    expect((await newest(2731))[0]).toMatchObject({ id: owner.body.result, text: 'Owner here' });
    const ownDialog = await rest('im.dialog.get', { DIALOG_ID: 'chat2731' }, 4);
    expect(ownDialog.body.result.role).toBe('owner');
  });

  it('im_chat.php GetChatData: the other seeded chats let every member post (can_post member)', async () => {
    const dialog = await rest('im.dialog.get', { DIALOG_ID: 'chat2725' });
    expect(dialog.body.result.permissions).toMatchObject({ can_post: 'member' });
  });

  it('messageAdd: MESSAGE blank after PHP’s trim(), missing or not a string → 400 MESSAGE_EMPTY (an ATTACH may stand in for the text)', async () => {
    const blank = await add({ DIALOG_ID: 'chat2725', MESSAGE: ' \n\t ' });
    expect(blank).toEqual({
      status: 400,
      body: { error: 'MESSAGE_EMPTY', error_description: "Message can't be empty" },
    });
    expect((await add({ DIALOG_ID: 'chat2725' })).body.error).toBe('MESSAGE_EMPTY');
    // PHP's trim() leaves a no-break space: that is a message.
    expect((await add({ DIALOG_ID: 'chat2725', MESSAGE: '\u00a0' })).status).toBe(200);
    const number = await add({ DIALOG_ID: 'chat2725', MESSAGE: 5 });
    expect(number.body).toEqual({
      error: 'MESSAGE_EMPTY',
      error_description: 'Wrong message type',
    });
    const attach = [{ MESSAGE: 'Card' }];
    const attached = await add({ DIALOG_ID: 'chat2725', ATTACH: attach });
    expect(attached.status).toBe(200);
    expect((await newest(2725))[0]).toMatchObject({ text: '', params: { ATTACH: attach } });
  });

  it('messageAdd: chat0 → CHAT_ID_EMPTY, a bad user dialog → USER_ID_EMPTY / USER_NOT_FOUND, no dialog → PARAMS_ERROR, an unknown chat is not added', async () => {
    const error = async (params: Record<string, unknown>) =>
      (await add({ MESSAGE: 'x', ...params })).body;
    expect(await error({ DIALOG_ID: 'chat0' })).toEqual({
      error: 'CHAT_ID_EMPTY',
      error_description: "Chat ID can't be empty",
    });
    expect((await error({ DIALOG_ID: 'abc' })).error).toBe('USER_ID_EMPTY');
    expect((await error({ DIALOG_ID: '999' })).error).toBe('USER_NOT_FOUND');
    expect(await error({})).toEqual({
      error: 'PARAMS_ERROR',
      error_description: 'Incorrect params',
    });
    expect(await error({ DIALOG_ID: 'chat99999' })).toEqual({
      error: 'PARAMS_ERROR',
      error_description: "Message isn't added",
    });
  });

  it('messageAdd: names in any case, CHAT_ID instead of DIALOG_ID, a form body', async () => {
    expect((await add({ dialog_id: 'CHAT2725', message: 'lower-case names' })).status).toBe(200);
    expect((await add({ CHAT_ID: '2725', MESSAGE: 'by CHAT_ID' })).status).toBe(200);
    const form = await fetch(`${portal.url}/rest/im.message.add`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        DIALOG_ID: 'chat2725',
        MESSAGE: 'form',
        auth: portal.issueToken(2),
      }),
    });
    expect(form.status).toBe(200);
    expect((await newest(2725)).slice(0, 3).map((m) => m.text)).toEqual([
      'form',
      'by CHAT_ID',
      'lower-case names',
    ]);
  });

  it('SendingService::checkDuplicateByUuid: a TEMPLATE_ID (UUID v4) sent again answers the same id and posts nothing; it is the message’s uuid', async () => {
    const uuid = '3f1c2a9e-6b7d-4e21-9a0c-5d8e7f6a1b2c';
    const first = await add({ DIALOG_ID: 'chat2725', MESSAGE: 'Once', TEMPLATE_ID: uuid });
    const again = await add({ DIALOG_ID: 'chat2725', MESSAGE: 'Once', TEMPLATE_ID: uuid });
    expect(again.body.result).toBe(first.body.result);
    const messages = await newest(2725);
    expect(messages.filter((m) => m.text === 'Once')).toHaveLength(1);
    expect(messages[0]).toMatchObject({ id: first.body.result, uuid });
  });

  it('Uuid::validate: a TEMPLATE_ID that is no lower-case UUID v4 is kept but not checked for duplicates', async () => {
    const first = await add({ DIALOG_ID: 'chat2725', MESSAGE: 'Twice', TEMPLATE_ID: 'tmp-1' });
    const again = await add({ DIALOG_ID: 'chat2725', MESSAGE: 'Twice', TEMPLATE_ID: 'tmp-1' });
    expect(again.body.result).toBe(first.body.result + 1);
    expect((await newest(2725))[0]?.uuid).toBe('tmp-1');
  });

  it('messageAdd REPLY_ID: a message of the same chat is kept in params; another chat’s → 403 REPLY_FROM_OTHER_CHAT_ERROR, an unseen one → 403 REPLY_ACCESS_ERROR', async () => {
    const reply = await add({ DIALOG_ID: 'chat2725', MESSAGE: 'Agreed', REPLY_ID: 84547 });
    expect(reply.status).toBe(200);
    expect((await newest(2725))[0]?.params).toMatchObject({ REPLY_ID: 84547 });
    const { messages } = (await rest('im.dialog.messages.get', { DIALOG_ID: 'chat2730' })).body
      .result as { messages: Message[] };
    const other = await add({ DIALOG_ID: 'chat2725', MESSAGE: 'x', REPLY_ID: messages[0]?.id });
    expect(other).toMatchObject({ status: 403, body: { error: 'REPLY_FROM_OTHER_CHAT_ERROR' } });
    const unseen = await add({ DIALOG_ID: 'chat2725', MESSAGE: 'x', REPLY_ID: 99_999_999 });
    expect(unseen).toMatchObject({ status: 403, body: { error: 'REPLY_ACCESS_ERROR' } });
  });

  it('is in the request log and takes faults like every method (a 500 posts nothing)', async () => {
    portal.addFault({ method: 'im.message.add', error: 'INTERNAL_SERVER_ERROR', times: 1 });
    expect((await add({ DIALOG_ID: 'chat2725', MESSAGE: 'lost' })).status).toBe(500);
    expect((await add({ DIALOG_ID: 'chat2725', MESSAGE: 'kept' })).status).toBe(200);
    const logged = portal.requests().filter((r) => r.method === 'im.message.add');
    expect(logged.map((r) => [r.status, (r.params as { MESSAGE: string }).MESSAGE])).toEqual([
      [500, 'lost'],
      [200, 'kept'],
    ]);
    expect((await newest(2725)).map((m) => m.text)).not.toContain('lost');
  });

  it('rest/lib/oauth/auth.php: needs the im scope', async () => {
    portal.setScenario({ scopes: ['crm', 'imbot'] });
    const { status, body } = await add({ DIALOG_ID: 'chat2725', MESSAGE: 'x' });
    expect(status).toBe(401);
    expect(body.error).toBe('insufficient_scope');
  });
});

describe('fault network afterWork: the answer is lost after the portal did the work', () => {
  it('posts the message, then destroys the connection (logged as status 0); times 1 heals, and a plain drop posts nothing', async () => {
    portal.addFault({ method: 'im.message.add', network: 'afterWork', times: 1 });
    await expect(add({ DIALOG_ID: 'chat2725', MESSAGE: 'Posted, answer lost' })).rejects.toThrow();
    expect((await newest(2725))[0]).toMatchObject({ id: 84572, text: 'Posted, answer lost' });
    expect(portal.requests().at(-2)).toMatchObject({
      method: 'im.message.add',
      status: 0,
      error: 'network drop after work',
    });
    expect((await add({ DIALOG_ID: 'chat2725', MESSAGE: 'Answered' })).body.result).toBe(84573);

    portal.addFault({ method: 'im.message.add', network: 'drop', times: 1 });
    await expect(add({ DIALOG_ID: 'chat2725', MESSAGE: 'Never posted' })).rejects.toThrow();
    expect((await newest(2725)).map((m) => m.text)).not.toContain('Never posted');
  });

  it('a retry with the same TEMPLATE_ID after a lost answer gets the first message’s id', async () => {
    const uuid = '0b6f9f6e-1c2d-4a3b-8c4d-5e6f7a8b9c0d';
    const params = { DIALOG_ID: 'chat2725', MESSAGE: 'Retried', TEMPLATE_ID: uuid };
    portal.addFault({ method: 'im.message.add', network: 'afterWork', times: 1 });
    await expect(add(params)).rejects.toThrow();
    expect((await add(params)).body.result).toBe(84572);
    expect((await newest(2725)).filter((m) => m.text === 'Retried')).toHaveLength(1);
  });

  it('is set over the control API as well (POST /_emulator/faults)', async () => {
    await fetch(`${portal.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'crm.timeline.chat.get', network: 'afterWork', times: 1 }),
    });
    const call = rest('crm.timeline.chat.get', { entityTypeId: 2, entityId: 42 }, 3);
    await expect(call).rejects.toThrow();
    expect(portal.readState(2725, 3)).toEqual({ lastId: expect.any(Number), counter: 0 });
  });
});
