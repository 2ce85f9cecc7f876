import { describe, expect, it } from 'vitest';
import { portalPerFile, restAs } from './test-portal.ts';
import { DELETED_TEXT } from './rest/im-messages.ts';

// The conversation's REST methods against the seeded chat 2725 (DEAL 42): 78 messages, the
// default user 2 with 4 unread. Rules come from im_rest.php and Chat::getMessages (im/lib/chat.php).

const portal = portalPerFile();

interface Message {
  id: number;
  chat_id: number;
  author_id: number;
  date: string;
  text: string;
  unread: boolean;
  params: unknown;
}
interface User {
  id: number;
  name: string;
  avatar: string;
}
interface File {
  id: number;
  name: string;
  chatId: number;
  type: string;
  urlDownload: string;
}

function rest(method: string, params: Record<string, unknown>, userId = 2) {
  return restAs(portal(), userId, method, params);
}

async function page(params: Record<string, unknown>, userId = 2) {
  const { status, body } = await rest(
    'im.dialog.messages.get',
    { DIALOG_ID: 'chat2725', ...params },
    userId,
  );
  expect(status).toBe(200);
  return body.result as { chat_id: number; messages: Message[]; users: User[]; files: File[] };
}

const ids = (messages: Message[]) => messages.map((message) => message.id);
const SEED_COUNT = 78;

describe('im.dialog.messages.get on the seeded chat', () => {
  it('Chat::getMessages: newest first, and a page grows by the unread count (LIMIT 50 + 4 unread)', async () => {
    const { chat_id, messages } = await page({ LIMIT: 50 });
    expect(chat_id).toBe(2725);
    expect(messages).toHaveLength(54);
    const sorted = [...ids(messages)].sort((a, b) => b - a);
    expect(ids(messages)).toEqual(sorted);
    expect(messages.filter((message) => message.unread)).toHaveLength(4);
  });

  it('dialogMessagesGet: LIMIT defaults to 20 and is cut at 50 (a member without unread)', async () => {
    expect((await page({}, 1)).messages).toHaveLength(20);
    expect((await page({ LIMIT: 80 }, 1)).messages).toHaveLength(50);
    expect((await page({ LIMIT: '7' }, 1)).messages).toHaveLength(7);
  });

  it('dialogMessagesGet + the ORM: a LIMIT that is not positive is no limit at all', async () => {
    expect((await page({ LIMIT: 0 }, 1)).messages).toHaveLength(SEED_COUNT);
  });

  it('Chat::getMessages: LAST_ID pages back to older messages only, without the unread growth', async () => {
    const first = await page({ LIMIT: 50 });
    const oldest = Math.min(...ids(first.messages));
    const earlier = await page({ LIMIT: 50, LAST_ID: oldest });
    expect(earlier.messages).toHaveLength(SEED_COUNT - 54);
    expect(earlier.messages.every((message) => message.id < oldest)).toBe(true);
    // LAST_ID 0 is "no LAST_ID" for the filter, but it still skips the unread growth.
    expect((await page({ LIMIT: 10, LAST_ID: 0 })).messages).toHaveLength(10);
  });

  it('Chat::getMessages: FIRST_ID 0 gives the chat from its first message, oldest first', async () => {
    const { messages } = await page({ FIRST_ID: 0, LIMIT: 5 });
    expect(messages).toHaveLength(5);
    expect(ids(messages)).toEqual([...ids(messages)].sort((a, b) => a - b));
    const all = await page({ LIMIT: 0 }, 1);
    expect(messages[0]?.id).toBe(Math.min(...ids(all.messages)));
  });

  it('dialogMessagesGet: FIRST_ID and LAST_ID must be digits (400 FIRST_ID_STRING / LAST_ID_STRING); FIRST_ID wins', async () => {
    const first = await rest('im.dialog.messages.get', { DIALOG_ID: 'chat2725', FIRST_ID: '-1' });
    expect([first.status, first.body.error]).toEqual([400, 'FIRST_ID_STRING']);
    const last = await rest('im.dialog.messages.get', { DIALOG_ID: 'chat2725', LAST_ID: 'x' });
    expect([last.status, last.body.error]).toEqual([400, 'LAST_ID_STRING']);
    const both = await page({ FIRST_ID: 0, LAST_ID: 'x', LIMIT: 3 });
    expect(both.messages).toHaveLength(3);
  });

  it('dialogMessagesGet: members only (403 ACCESS_ERROR), a bad DIALOG_ID is 400 DIALOG_ID_EMPTY, CHAT_ID stands for chat<ID>', async () => {
    const outsider = await rest('im.dialog.messages.get', { DIALOG_ID: 'chat2725' }, 3);
    expect([outsider.status, outsider.body.error]).toEqual([403, 'ACCESS_ERROR']);
    const bad = await rest('im.dialog.messages.get', { DIALOG_ID: 'deal42' });
    expect([bad.status, bad.body.error]).toEqual([400, 'DIALOG_ID_EMPTY']);
    const byChatId = await rest('im.dialog.messages.get', { CHAT_ID: '2725', LIMIT: 1 });
    expect(byChatId.body.result.chat_id).toBe(2725);
  });

  it('answers messages, their authors and files in the documented shape', async () => {
    const { messages, users, files } = await page({ LIMIT: 0 }, 1);
    const message = messages.find((m) => m.author_id === 4);
    expect(message).toEqual({
      id: expect.any(Number),
      chat_id: 2725,
      author_id: 4,
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$/),
      text: expect.any(String),
      unread: false,
      uuid: null,
      replaces: [],
      params: expect.anything(),
      disappearing_date: null,
    });
    expect(users.map((user) => user.id).sort()).toEqual([1, 2, 4, 5]);
    const anna = users.find((user) => user.id === 1);
    expect(anna).toMatchObject({ name: 'Anna Admin', first_name: 'Anna', last_name: 'Admin' });
    expect(anna?.avatar).toBe(`${portal().url}/upload/main/avatar/user-1.svg`);
    expect(users.find((user) => user.id === 2)?.avatar).toBe('');
    expect(users.find((user) => user.id === 5)?.avatar).toBe(
      'http://127.0.0.1:9/upload/main/avatar/user-5.png',
    );
    expect(files.map((file) => file.name).sort()).toEqual([
      'Acme proposal (signed).pdf',
      'acme-home-v1.png',
      'acme-product-v2.png',
      'footer-notes.pdf',
    ]);
    const proposal = files.find((file) => file.name.startsWith('Acme proposal'));
    expect(proposal).toMatchObject({
      chatId: 2725,
      type: 'file',
      extension: 'pdf',
      status: 'done',
    });
    expect(proposal?.urlDownload.startsWith(`${portal().url}/`)).toBe(true);
    const withFile = messages.find((m) => m.text === 'Signed proposal for phase 2.');
    expect(withFile?.params).toEqual({ FILE_ID: [proposal?.id] });
  });

  it('Chat::getMessages and CIMMessageParam: system, deleted, edited and plain messages', async () => {
    const { messages, users } = await page({ LIMIT: 0 }, 1);
    const system = messages.filter((m) => m.author_id === 0);
    expect(system.map((m) => m.text)).toEqual([
      // Text::modifyShortUserTag: a short user tag is answered with the name and REPLACE.
      '[USER=5 REPLACE]Sofia Lang[/USER] left the chat.',
      '[USER=4 REPLACE]Ivan Petrov[/USER] invited [USER=1 REPLACE]Anna Admin[/USER], [USER=2 REPLACE]Mark Member[/USER], [USER=5 REPLACE]Sofia Lang[/USER] to the chat.',
    ]);
    expect(system[0]?.params).toEqual({ CODE: ['CHAT_LEAVE'], NOTIFY: 'N' });
    expect(users.some((user) => user.id === 0)).toBe(false);
    const deleted = messages.filter((m) => (m.params as Record<string, unknown>)['IS_DELETED']);
    expect(deleted.map((m) => [m.author_id, m.text])).toEqual([[2, DELETED_TEXT]]);
    const edited = messages.filter((m) => (m.params as Record<string, unknown>)['IS_EDITED']);
    expect(edited.map((m) => m.text)).toEqual(['Colours: navy, sand and coral.']);
    // A message without params has `[]`, an empty PHP array.
    expect(messages.find((m) => m.text === 'Thanks Anna.')?.params).toEqual([]);
  });

  it('carries every markup sample of contract §5 as text', async () => {
    const texts = (await page({ LIMIT: 50 })).messages.map((message) => message.text).join('\n');
    for (const sample of [
      '[b]',
      '[i]',
      '[u]',
      '[s]',
      '[br]',
      '\n- ',
      '[quote]',
      '[url]https://',
      '[url=http://',
      '[url=/crm/deal/details/42/]',
      '[url=javascript:alert(1)]click[/url]',
      '<img src=x onerror=alert(1)>',
      '[USER=3 REPLACE]Olga Outsider[/USER]',
      '[color=',
      '&lt;b&gt;',
      '[B]',
    ]) {
      expect(texts).toContain(sample);
    }
  });

  it('dates the seed back from the portal clock, within the last week, oldest first in the chat', async () => {
    const { messages } = await page({ LIMIT: 0 }, 1);
    const times = messages.map((message) => Date.parse(message.date));
    const now = Date.now();
    expect(Math.max(...times)).toBeLessThanOrEqual(now);
    expect(Math.min(...times)).toBeGreaterThan(now - 7 * 86_400_000);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('unread and read', () => {
  it('Chat::formatChatData: im.dialog.get carries the caller’s counter, unread_id, last_id and the chat’s last_message_id', async () => {
    const { messages } = await page({ LIMIT: 5 }, 1);
    const newest = messages[0]?.id;
    const { body } = await rest('im.dialog.get', { DIALOG_ID: 'chat2725' });
    const unread = messages.slice(0, 4).map((m) => m.id);
    expect(body.result).toMatchObject({
      counter: 4,
      unread_id: Math.min(...unread),
      last_id: Math.min(...unread) - 1,
      last_message_id: newest,
      message_count: SEED_COUNT,
    });
    const anna = await rest('im.dialog.get', { DIALOG_ID: 'chat2725' }, 1);
    expect(anna.body.result).toMatchObject({ counter: 0, unread_id: 0, last_id: newest });
  });

  it('CIMChat::SetReadMessage: reads up to MESSAGE_ID and answers {dialogId, chatId, lastId, counter}', async () => {
    const unread = (await page({ LIMIT: 5 })).messages.filter((m) => m.unread).map((m) => m.id);
    const middle = [...unread].sort((a, b) => a - b)[1];
    const read = await rest('im.dialog.read', { DIALOG_ID: 'chat2725', MESSAGE_ID: middle });
    expect(read.body.result).toEqual({
      dialogId: 'chat2725',
      chatId: 2725,
      lastId: middle,
      counter: 2,
    });
    const dialog = await rest('im.dialog.get', { DIALOG_ID: 'chat2725' });
    expect(dialog.body.result).toMatchObject({ counter: 2, last_id: middle });
    const after = (await page({ LIMIT: 5 })).messages.filter((m) => m.unread);
    expect(after).toHaveLength(2);
  });

  it('Reader::readAllInChat: without MESSAGE_ID (or with 0) everything is read', async () => {
    const read = await rest('im.dialog.read', { DIALOG_ID: 'chat2725', MESSAGE_ID: 0 });
    const newest = (await page({ LIMIT: 1 })).messages[0]?.id;
    expect(read.body.result).toEqual({
      dialogId: 'chat2725',
      chatId: 2725,
      lastId: newest,
      counter: 0,
    });
    expect((await rest('im.dialog.get', { DIALOG_ID: 'chat2725' })).body.result.counter).toBe(0);
  });

  it('Relation::updateLastId: the read position never moves back', async () => {
    await rest('im.dialog.read', { DIALOG_ID: 'chat2725' });
    const back = await rest('im.dialog.read', { DIALOG_ID: 'chat2725', MESSAGE_ID: 84470 });
    const newest = (await page({ LIMIT: 1 })).messages[0]?.id;
    expect(back.body.result).toMatchObject({ lastId: newest, counter: 0 });
  });

  it('dialogRead: LAST_ID stands for MESSAGE_ID; a non-member gets result false, a bad DIALOG_ID 400 DIALOG_ID_EMPTY', async () => {
    const unread = (await page({ LIMIT: 5 })).messages.filter((m) => m.unread).map((m) => m.id);
    const oldest = Math.min(...unread);
    const alias = await rest('im.dialog.read', { DIALOG_ID: 'chat2725', LAST_ID: oldest });
    expect(alias.body.result).toMatchObject({ lastId: oldest, counter: 3 });
    const outsider = await rest('im.dialog.read', { DIALOG_ID: 'chat2725', MESSAGE_ID: oldest }, 3);
    expect([outsider.status, outsider.body.result]).toEqual([200, false]);
    const bad = await rest('im.dialog.read', { DIALOG_ID: '', MESSAGE_ID: oldest });
    expect([bad.status, bad.body.error]).toEqual([400, 'DIALOG_ID_EMPTY']);
  });

  it('counts the new methods in the request log and lets faults target them', async () => {
    portal().addFault({
      method: 'im.dialog.messages.get',
      error: 'QUERY_LIMIT_EXCEEDED',
      times: 1,
    });
    portal().addFault({
      method: 'im.dialog.read',
      error: 'OPERATION_TIME_LIMIT',
      times: 1,
      resetAt: 1,
    });
    const limited = await rest('im.dialog.messages.get', { DIALOG_ID: 'chat2725' });
    expect([limited.status, limited.body.error]).toEqual([503, 'QUERY_LIMIT_EXCEEDED']);
    const timed = await rest('im.dialog.read', { DIALOG_ID: 'chat2725' });
    expect([timed.status, timed.body.error, timed.body.time.operating_reset_at]).toEqual([
      429,
      'OPERATION_TIME_LIMIT',
      1,
    ]);
    expect((await rest('im.dialog.read', { DIALOG_ID: 'chat2725' })).status).toBe(200);
    expect(
      portal()
        .requests()
        .map((request) => [request.method, request.status]),
    ).toEqual([
      ['im.dialog.messages.get', 503],
      ['im.dialog.read', 429],
      ['im.dialog.read', 200],
    ]);
  });
});

describe('posting as another user and taking members out (control API)', () => {
  it('CountersUpdater::addForUsers + updateRelationsAfterMessageSend: unread for the other members, read by its author', async () => {
    const before = (await page({ LIMIT: 1 }, 1)).messages[0]?.id ?? 0;
    const posted = portal().postMessage({ chatId: 2725, authorId: 4, text: 'Any news?' });
    expect(posted).toEqual({
      id: expect.any(Number),
      chatId: 2725,
      authorId: 4,
      date: expect.stringMatching(/\+03:00$/),
      text: 'Any news?',
      params: {},
    });
    expect(posted.id).toBeGreaterThan(before);
    expect(portal().readState(2725)).toEqual({ lastId: before - 4, counter: 5 });
    expect(portal().readState(2725, 1)?.counter).toBe(1);
    expect(portal().readState(2725, 4)).toEqual({ lastId: posted.id, counter: 0 });
    const newer = await page({ FIRST_ID: before });
    expect(newer.messages.map((m) => [m.id, m.author_id, m.text, m.unread])).toEqual([
      [posted.id, 4, 'Any news?', true],
    ]);
    expect(newer.users.map((user) => user.id)).toEqual([4]);
    const dialog = await rest('im.dialog.get', { DIALOG_ID: 'chat2725' });
    expect(dialog.body.result).toMatchObject({ counter: 5, last_message_id: posted.id });
  });

  it('posts a system message (author 0), unread for every member, and attaches a file by name', async () => {
    const before = (await page({ LIMIT: 1 }, 1)).messages[0]?.id ?? 0;
    portal().postMessage({ chatId: 2725, authorId: 0, text: 'The deal moved to [b]Won[/b].' });
    expect([1, 2, 4].map((userId) => portal().readState(2725, userId)?.counter)).toEqual([1, 5, 1]);
    const withFile = portal().postMessage({
      chatId: 2725,
      authorId: 1,
      text: '',
      fileName: 'scan.pdf',
    });
    const { messages, files, users } = await page({ FIRST_ID: before }, 4);
    expect(messages.map((m) => [m.author_id, m.text])).toEqual([
      [0, 'The deal moved to [b]Won[/b].'],
      [1, ''],
    ]);
    expect(messages[1]?.params).toEqual({ FILE_ID: withFile.params['FILE_ID'] });
    expect(files.map((file) => [file.name, file.chatId])).toEqual([['scan.pdf', 2725]]);
    expect(users.map((user) => user.id)).toEqual([1]);
  });

  it('refuses an author who is not a member, or a chat that does not exist', () => {
    expect(() => portal().postMessage({ chatId: 2725, authorId: 3, text: 'Hi' })).toThrow(/member/);
    expect(() => portal().postMessage({ chatId: 1, authorId: 4, text: 'Hi' })).toThrow(/no chat/);
  });

  it('Chat::getMessages startFromUnread: more unread than the limit gives the first unread ones, then older ones without their authors', async () => {
    const firstUnread = (await rest('im.dialog.get', { DIALOG_ID: 'chat2725' })).body.result
      .unread_id as number;
    const seededUnread = [firstUnread, firstUnread + 1, firstUnread + 2, firstUnread + 3];
    const posted = Array.from(
      { length: 30 },
      (_, n) => portal().postMessage({ chatId: 2725, authorId: 4, text: `Update ${n}` }).id,
    );
    const { messages, users } = await page({ LIMIT: 20 });
    expect(messages).toHaveLength(40);
    const window = messages.slice(0, 20).map((m) => m.id);
    expect(window).toEqual([...seededUnread, ...posted.slice(0, 16)].reverse());
    expect(messages[20]?.id).toBe(firstUnread - 1);
    expect(messages.slice(20).every((m) => m.id < firstUnread)).toBe(true);
    // The older half includes Mark's own messages, but only the window's authors are described.
    expect(messages.slice(20).some((m) => m.author_id === 2)).toBe(true);
    expect(users.map((user) => user.id)).toEqual([4, 1]);
  });

  it('CIMChat::SetReadMessage: a counter over 99 is answered as 100; im.dialog.get has the real count', async () => {
    for (let n = 1; n <= 100; n += 1) {
      portal().postMessage({ chatId: 2725, authorId: 4, text: `Ping ${n}` });
    }
    const firstUnread = (await rest('im.dialog.get', { DIALOG_ID: 'chat2725' })).body.result
      .unread_id as number;
    const read = await rest('im.dialog.read', { DIALOG_ID: 'chat2725', MESSAGE_ID: firstUnread });
    expect(read.body.result.counter).toBe(100);
    expect((await rest('im.dialog.get', { DIALOG_ID: 'chat2725' })).body.result.counter).toBe(103);
  });

  it('Chat::deleteUser: a removed member gets 403 ACCESS_ERROR from the next request on; the chat says so, counting for nobody', async () => {
    expect((await rest('im.dialog.get', { DIALOG_ID: 'chat2725' })).status).toBe(200);
    portal().removeMember(2725, 2);
    for (const method of ['im.dialog.get', 'im.dialog.messages.get', 'im.dialog.users.list']) {
      const answer = await rest(method, { DIALOG_ID: 'chat2725' });
      expect([method, answer.status, answer.body.error]).toEqual([method, 403, 'ACCESS_ERROR']);
    }
    expect(portal().readState(2725)).toBeUndefined();
    const { messages } = await page({ LIMIT: 1 }, 1);
    expect(messages[0]?.text).toBe(
      '[USER=4 REPLACE]Ivan Petrov[/USER] removed [USER=2 REPLACE]Mark Member[/USER] from the chat.',
    );
    expect(messages[0]?.params).toEqual({ CODE: ['CHAT_LEAVE'], NOTIFY: 'N' });
    expect(portal().readState(2725, 1)?.counter).toBe(0);
    const dialog = await rest('im.dialog.get', { DIALOG_ID: 'chat2725' }, 1);
    expect(dialog.body.result.user_counter).toBe(2);
    expect(() => portal().removeMember(2725, 2)).toThrow(/member/);
    portal().reset();
    expect(portal().readState(2725)?.counter).toBe(4);
  });

  it('offers the same over HTTP: POST /_emulator/messages, POST /_emulator/remove-member, GET /_emulator/read-state', async () => {
    const control = (path: string, body?: unknown) =>
      fetch(`${portal().url}/_emulator/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const posted = await control('messages', { chatId: 2725, authorId: 1, text: 'From outside' });
    expect(posted.status).toBe(200);
    const { message } = await posted.json();
    expect(message).toMatchObject({ chatId: 2725, authorId: 1, text: 'From outside' });
    const refused = await control('messages', { chatId: 2725, authorId: 3, text: 'Hi' });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatch(/not a member/);
    expect((await control('messages', { chatId: '2725', text: 'Hi' })).status).toBe(400);
    const state = await control('read-state?chatId=2725&userId=2');
    const lastId = portal().readState(2725, 2)?.lastId;
    expect(await state.json()).toEqual({ readState: { lastId, counter: 5 } });
    expect((await control('remove-member', { chatId: 2725, userId: 2 })).status).toBe(200);
    expect((await rest('im.dialog.get', { DIALOG_ID: 'chat2725' })).status).toBe(403);
  });
});

describe('in the first batch', () => {
  it('rest_util.php processBatchElement: messages come in the same batch, DIALOG_ID built from the lookup', async () => {
    const lookup = 'imbot.chat.get?ENTITY_TYPE=CRM&ENTITY_ID=DEAL%7C42';
    const dialog = 'DIALOG_ID=chat$result[lookup][ID]';
    const { body } = await rest('batch', {
      halt: 0,
      cmd: {
        lookup,
        details: `imbot.dialog.get?${dialog}`,
        messages: `im.dialog.messages.get?${dialog}&LIMIT=50`,
      },
    });
    expect(body.result.result_error).toEqual([]);
    expect(body.result.result.details.counter).toBe(4);
    expect(body.result.result.messages.messages).toHaveLength(54);
    const none = await rest('batch', {
      halt: 0,
      cmd: {
        lookup: 'imbot.chat.get?ENTITY_TYPE=CRM&ENTITY_ID=DEAL%7C43',
        messages: `im.dialog.messages.get?${dialog}&LIMIT=50`,
      },
    });
    expect(none.body.result.result_error.messages.error).toBe('DIALOG_ID_EMPTY');
  });
});
