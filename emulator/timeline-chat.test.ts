import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal, type Portal } from './portal.ts';

// crm.timeline.chat.get against the seed: DEAL 42 has chat 2725 (members 1, 2, 4), DEAL 43 has
// none (responsible 2), user 3 is in no chat. Rules from crm/lib/controller/timeline/chat.php,
// crm/lib/integration/im/chat.php (joinChat, createChat), rest/lib/engine/restmanager.php and
// main/lib/engine/autowire/binder.php.

let portal: Portal;

beforeAll(async () => {
  const appDir = await mkdtemp(join(tmpdir(), 'emulator-app-'));
  await writeFile(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
  portal = await startPortal({ appDir, quiet: true });
});

afterAll(() => portal.close());

beforeEach(() => portal.reset());

async function rest(method: string, params: Record<string, unknown>, userId = 3) {
  const response = await fetch(`${portal.url}/rest/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...params, auth: portal.issueToken(userId) }),
  });
  return { status: response.status, body: await response.json() };
}

const chatGet = (entityTypeId: unknown, entityId: unknown, userId = 3) =>
  rest('crm.timeline.chat.get', { entityTypeId, entityId }, userId);

interface Message {
  id: number;
  author_id: number;
  text: string;
  params: Record<string, unknown>;
}

async function messages(chatId: number, userId = 3): Promise<Message[]> {
  const { body } = await rest('im.dialog.messages.get', { DIALOG_ID: `chat${chatId}` }, userId);
  return body.result.messages as Message[];
}

describe('crm.timeline.chat.get (crm/lib/controller/timeline/chat.php getAction)', () => {
  it('joinChat: a reader outside the record’s chat is added (CIMChat::AddUser, a join message that counts for nobody) and gets {chatId}', async () => {
    expect((await rest('im.dialog.get', { DIALOG_ID: 'chat2725' })).status).toBe(403);
    const before = portal.readState(2725, 2);
    const { status, body } = await chatGet(2, 42);
    expect(status).toBe(200);
    expect(body.result).toEqual({ chatId: 2725 });
    const dialog = await rest('im.dialog.get', { DIALOG_ID: 'chat2725' });
    expect(dialog.status).toBe(200);
    expect(dialog.body.result).toMatchObject({ role: 'member', counter: 0 });
    const [join] = await messages(2725);
    expect(join).toMatchObject({
      author_id: 0,
      params: { CODE: ['CHAT_JOIN'] },
    });
    expect(join?.text).toContain('[USER=3 REPLACE]Olga Outsider[/USER]');
    expect(portal.readState(2725, 3)).toEqual({ lastId: join?.id, counter: 0 });
    expect(portal.readState(2725, 2)?.counter).toBe(before?.counter);
  });

  it('joinChat: a member gets the same chatId and nothing is posted', async () => {
    const last = (await messages(2725, 2))[0]?.id;
    expect((await chatGet(2, 42, 2)).body.result).toEqual({ chatId: 2725 });
    expect((await messages(2725, 2))[0]?.id).toBe(last);
  });

  it('createChat: a record without a chat gets one (the caller and the responsible person, titled like buildChatName) that imbot.chat.get then finds', async () => {
    expect(
      (await rest('imbot.chat.get', { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|43' })).body.result,
    ).toBeNull();
    const { status, body } = await chatGet(2, 43);
    expect(status).toBe(200);
    const chatId = body.result.chatId as number;
    expect(chatId).toBe(2757);
    const lookup = await rest('imbot.chat.get', { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|43' }, 2);
    expect(lookup.body.result).toEqual({ ID: chatId });
    const dialog = await rest('im.dialog.get', { DIALOG_ID: `chat${chatId}` });
    expect(dialog.body.result).toMatchObject({
      name: 'Deal: Annual support renewal',
      owner: 2,
      type: 'crm',
      entity_type: 'CRM',
      entity_id: 'DEAL|43',
      entity_link: { type: 'DEAL', url: '/crm/deal/details/43/' },
      user_counter: 2,
    });
    const users = await rest('im.dialog.users.list', { DIALOG_ID: `chat${chatId}` });
    expect(users.body.result.map((u: { id: number }) => u.id)).toEqual([3, 2]);
    const [card] = await messages(chatId);
    expect(card).toMatchObject({ author_id: 0, text: '[b]Deal[/b]' });
    expect(card?.params['ATTACH']).toBeDefined();
    expect((await chatGet(2, 43)).body.result).toEqual({ chatId });
  });

  it('createChat: the controller does not ask isEntitySupported, so a contact gets a chat too', async () => {
    const { body } = await chatGet(3, 3);
    const dialog = await rest('im.dialog.get', { DIALOG_ID: `chat${body.result.chatId}` });
    expect(dialog.body.result).toMatchObject({ name: 'Contact: Jane Roe', entity_id: 'CONTACT|3' });
  });

  it('canRead: a record the caller may not read (scenario unreadableRecords) or that does not exist → 400 ACCESS_DENIED, nobody joined', async () => {
    portal.setScenario({ unreadableRecords: [{ entityTypeId: 2, id: 42, userId: 3 }] });
    const denied = await chatGet(2, 42);
    expect(denied).toMatchObject({ status: 400, body: { error: 'ACCESS_DENIED' } });
    expect(portal.readState(2725, 3)).toBeUndefined();
    expect((await chatGet(2, 999)).body.error).toBe('ACCESS_DENIED');
    // Someone else may read it: the rule is per user.
    expect((await chatGet(2, 42, 1)).status).toBe(200);
  });

  it('CCrmOwnerType::IsDefined: an unknown type or a negative id → 400 ENTITY_TYPE_NOT_SUPPORTED', async () => {
    expect((await chatGet(999, 1)).body.error).toBe('ENTITY_TYPE_NOT_SUPPORTED');
    expect((await chatGet(2, -1)).body.error).toBe('ENTITY_TYPE_NOT_SUPPORTED');
    expect((await chatGet(2, -1)).status).toBe(400);
  });

  it('Binder: exact camelCase names, numeric values; otherwise an ArgumentException with code 0, 400', async () => {
    const lower = await rest('crm.timeline.chat.get', { entitytypeid: 2, entityid: 42 });
    expect(lower).toEqual({
      status: 400,
      body: { error: '0', error_description: 'Could not find value for parameter {entityId}' },
    });
    const text = await chatGet(2, 'forty-two');
    expect(text.body.error_description).toBe(
      'Invalid value {forty-two} to match with parameter {entityId}. Should be value of type int.',
    );
    expect((await chatGet('2', '42')).body.result).toEqual({ chatId: 2725 });
  });

  it('needs the crm scope; faults and the request log cover it', async () => {
    portal.setScenario({ scopes: ['im', 'imbot'] });
    expect((await chatGet(2, 42)).body.error).toBe('insufficient_scope');
    portal.resetScenario();
    portal.addFault({ method: 'crm.timeline.chat.get', error: 'INTERNAL_SERVER_ERROR', times: 1 });
    expect((await chatGet(2, 42)).status).toBe(500);
    expect(portal.readState(2725, 3)).toBeUndefined();
    const logged = portal.requests().filter((r) => r.method === 'crm.timeline.chat.get');
    expect(logged.map((r) => r.status)).toEqual([401, 500]);
  });
});

describe('scenario timelineChatMissing (an older or stricter portal)', () => {
  it('rest.php: answers 404 ERROR_METHOD_NOT_FOUND exactly like an unknown method, and joins nobody', async () => {
    portal.setScenario({ timelineChatMissing: true });
    const missing = await chatGet(2, 42);
    const unknown = await rest('crm.timeline.chat.nothing', {});
    expect(missing).toEqual(unknown);
    expect(missing).toEqual({
      status: 404,
      body: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' },
    });
    expect(portal.readState(2725, 3)).toBeUndefined();
  });

  it('inside a batch too, and the control API sets and clears it', async () => {
    const control = (body: unknown) =>
      fetch(`${portal.url}/_emulator/scenario`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    await control({ timelineChatMissing: true });
    expect(portal.scenario().timelineChatMissing).toBe(true);
    const batch = await rest('batch', {
      halt: 0,
      cmd: { join: 'crm.timeline.chat.get?entityTypeId=2&entityId=42' },
    });
    expect(batch.body.result.result_error.join).toMatchObject({ error: 'ERROR_METHOD_NOT_FOUND' });
    await control({ timelineChatMissing: false });
    expect((await chatGet(2, 42)).body.result).toEqual({ chatId: 2725 });
  });
});
