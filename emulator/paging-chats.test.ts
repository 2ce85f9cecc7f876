import { describe, expect, it } from 'vitest';
import { portalPerFile, restAs } from './test-portal.ts';

// Portal.addRecordChats (docs/emulator-api.md, "Chats past one page"): deals with a chat each,
// listed by im.recent.list after every seeded chat, so the lookup page's chats page by OFFSET.

const portal = portalPerFile();

interface Item {
  id: string | number;
  chat_id: number;
  counter: number;
  title: string;
  message: { text: string; author_id: number };
  chat: { entity_type: string; entity_id: string };
}

async function recent(userId: number, params: Record<string, unknown>) {
  const { body } = await restAs(portal(), userId, 'im.recent.list', {
    SKIP_DIALOG: 'Y',
    SKIP_OPENLINES: 'Y',
    ...params,
  });
  return { body, items: (body.result.items ?? []) as Item[] };
}

/** User 2's group chats in the seed (ten record chats, a pinned one and a bot's). */
const SEEDED = 12;

describe('addRecordChats', () => {
  it('adds deals 1001… with a CRM chat each, members the responsible user and the scenario’s user', async () => {
    const added = portal().addRecordChats(3);
    expect(added.map(({ dealId, title }) => [dealId, title])).toEqual([
      [1001, 'Paging deal 1'],
      [1002, 'Paging deal 2'],
      [1003, 'Paging deal 3'],
    ]);
    const chat = await restAs(portal(), 2, 'imbot.chat.get', {
      ENTITY_TYPE: 'CRM',
      ENTITY_ID: 'DEAL|1002',
    });
    expect(chat.body.result).toMatchObject({ ID: added[1]?.chatId });
    const users = await restAs(portal(), 2, 'im.dialog.users.list', {
      DIALOG_ID: `chat${added[1]?.chatId}`,
    });
    expect((users.body.result as { id: number }[]).map((user) => user.id).sort()).toEqual([2, 4]);
    const deals = await restAs(portal(), 2, 'crm.item.list', {
      entityTypeId: 2,
      select: ['id', 'title'],
      filter: { '@id': [1001, 1003] },
    });
    expect(deals.body.result.items).toEqual([
      { id: 1001, title: 'Paging deal 1' },
      { id: 1003, title: 'Paging deal 3' },
    ]);
  });

  it('im.recent.list lists them after every seeded chat, in their order, one read message each', async () => {
    const seeded = await recent(2, {});
    const seededUnread = await recent(2, { UNREAD_ONLY: 'Y' });
    portal().addRecordChats(3);
    const { items } = await recent(2, {});
    expect(items.slice(0, SEEDED)).toEqual(seeded.items);
    expect(items.slice(SEEDED).map((item) => item.chat.entity_id)).toEqual([
      'DEAL|1001',
      'DEAL|1002',
      'DEAL|1003',
    ]);
    expect(items[SEEDED]).toMatchObject({
      title: 'Deal: Paging deal 1',
      counter: 0,
      message: { text: 'Kick-off for Paging deal 1.', author_id: 4 },
      chat: { entity_type: 'CRM' },
    });
    // Read by the user: Unread only is unchanged.
    expect((await recent(2, { UNREAD_ONLY: 'Y' })).items).toEqual(seededUnread.items);
  });

  it('pages through OFFSET/LIMIT with hasMore: 45 more make 57 group chats, 50 then 7', async () => {
    portal().addRecordChats(45);
    const first = await recent(2, { OFFSET: 0, LIMIT: 50 });
    expect(first.items).toHaveLength(50);
    expect(first.body.result.hasMore).toBe(true);
    expect(first.body.next).toBe(50);
    const second = await recent(2, { OFFSET: 50, LIMIT: 50 });
    expect(second.items.map((item) => item.chat.entity_id)).toEqual(
      [39, 40, 41, 42, 43, 44, 45].map((n) => `DEAL|${1000 + n}`),
    );
    expect(second.body.result.hasMore).toBe(false);
    expect(second.body).not.toHaveProperty('next');
    const ids = [...first.items, ...second.items].map((item) => item.chat_id);
    expect(new Set(ids).size).toBe(SEEDED + 45);
  });

  it('a second call goes on numbering; the chats are the scenario user’s, not another’s', async () => {
    portal().addRecordChats(1);
    portal().setScenario({ userId: 1 });
    const [next] = portal().addRecordChats(1);
    expect(next).toMatchObject({ dealId: 1002, title: 'Paging deal 2' });
    const anna = await recent(1, {});
    expect(anna.items.map((item) => item.chat.entity_id)).toContain('DEAL|1002');
    expect(anna.items.map((item) => item.chat.entity_id)).not.toContain('DEAL|1001');
    expect((await recent(3, {})).items).toEqual([]);
  });

  it('reset() removes the deals and their chats', async () => {
    portal().addRecordChats(5);
    portal().reset();
    expect((await recent(2, {})).items).toHaveLength(SEEDED);
    const deals = await restAs(portal(), 2, 'crm.item.list', {
      entityTypeId: 2,
      filter: { '>=id': 1001 },
    });
    expect(deals.body.result.items).toEqual([]);
    expect(portal().addRecordChats(1)[0]?.dealId).toBe(1001);
  });

  it('POST /_emulator/record-chats {count} does the same; a count out of 1–500 is a 400', async () => {
    const post = (body: unknown) =>
      fetch(`${portal().url}/_emulator/record-chats`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const ok = await post({ count: 2 });
    expect(ok.status).toBe(200);
    expect((await ok.json()).added.map((chat: { dealId: number }) => chat.dealId)).toEqual([
      1001, 1002,
    ]);
    expect((await recent(2, {})).items).toHaveLength(SEEDED + 2);
    for (const count of [0, 501, 2.5, '3']) expect((await post({ count })).status).toBe(400);
    expect((await recent(2, {})).items).toHaveLength(SEEDED + 2);
  });
});
