import { describe, expect, it } from 'vitest';
import { removeBbCodes } from './rest/im-recent.ts';
import { portalPerFile, restAs } from './test-portal.ts';

// im.recent.list against the seed (docs/emulator-api.md, "Recent chats"). Rules from
// im/classes/general/im_rest.php (recentList, getLimit, getOffset), im/lib/recent.php (getList,
// getOrmParams, formatRow, formatItem, formatChat, jsonRow), im/lib/text.php (removeBbCodes) and
// rest/classes/general/rest.php (processResponse lifts result.next/total).

const portal = portalPerFile();

interface Item {
  id: string | number;
  chat_id: number;
  type: string;
  title: string;
  counter?: number;
  pinned: boolean;
  date_last_activity: string;
  message: { id: number; text: string; author_id: number; date: string; file: boolean };
  chat: { entity_type?: string; entity_id?: string; type?: string; message_type?: string };
}

async function recent(params: Record<string, unknown> = {}, userId = 2) {
  const { status, body } = await restAs(portal(), userId, 'im.recent.list', params);
  return { status, body, items: (body.result?.items ?? []) as Item[] };
}

const ids = (items: Item[]) => items.map((item) => item.id);

// Mark's (user 2) recent list: the pinned group chat, then newest activity first.
const MARKS_LIST = [
  'chat2745', // pinned "Sales team"
  'chat2725', // DEAL|42, 4 unread
  4, // the private dialog with Ivan, 1 unread
  'chat2742', // SMART_INVOICE|14, 2 unread
  'chat2740', // DYNAMIC_183|5, 1 unread
  'chat2747', // an open line, 1 unread
  'chat2731', // QUOTE|11
  'chat2730', // LEAD|7, 2 unread
  'chat2741', // DEAL|61
  'chat2728', // PROJECT deal-45 (a bot's key, no record chat)
  'chat2750', // DEAL|46
  'chat2752', // DEAL|50
  'chat2754', // LEAD|54
  'chat2756', // LEAD|59
];

describe('im.recent.list (im/lib/recent.php Recent::getList)', () => {
  it('getOrmParams =USER_ID: only the caller’s chats; order PINNED DESC, DATE_LAST_ACTIVITY DESC', async () => {
    const { status, items } = await recent();
    expect(status).toBe(200);
    expect(ids(items)).toEqual(MARKS_LIST);
    expect(items[0]?.pinned).toBe(true);
    // Not a member of 2726 (DEAL|44) or 2743 (DEAL|62): not in the list.
    expect(items.map((item) => item.chat_id)).not.toContain(2726);
    const olga = await recent({}, 3);
    expect(olga.items).toEqual([]);
    expect(olga.body.result.hasMore).toBe(false);
  });

  it('formatItem/formatChat/jsonRow: a CRM chat’s item, lower-case keys, its last message and the caller’s counter', async () => {
    const { items } = await recent();
    const deal = items.find((item) => item.id === 'chat2725');
    expect(deal).toMatchObject({
      chat_id: 2725,
      type: 'chat',
      title: 'Deal: Website redesign for Acme',
      counter: 4,
      last_id: 84543,
      unread: false,
      message: { id: 84547, text: 'Staging is frozen until then.', author_id: 1, file: false },
      chat: {
        id: 2725,
        type: 'crm',
        message_type: 'C',
        entity_type: 'CRM',
        entity_id: 'DEAL|42',
        entity_link: { type: 'DEAL', url: '/crm/deal/details/42/', id: 'DEAL|42' },
      },
      user: { id: 1, name: 'Anna Admin' },
    });
    expect(deal?.date_last_activity).toBe(deal?.message.date);
    expect(items.find((item) => item.id === 'chat2742')?.chat).toMatchObject({
      entity_type: 'CRM',
      entity_id: 'SMART_INVOICE|14',
    });
  });

  it('formatRow: a private dialog is the other user’s id, type user, titled after them, with no entity; an open line is LINES', async () => {
    const { items } = await recent();
    const dialog = items.find((item) => item.id === 4);
    expect(dialog).toMatchObject({ type: 'user', title: 'Ivan Petrov', chat_id: 2746, counter: 1 });
    expect(dialog?.chat).toEqual({ text_field_enabled: true, background_id: null, mute_list: [] });
    expect(items.find((item) => item.id === 'chat2747')?.chat).toMatchObject({
      type: 'lines',
      message_type: 'L',
      entity_type: 'LINES',
      entity_data_1: 'Y|LEAD|7|N|N|0|1771900000|0|0|0',
    });
  });

  it('getList skip types: SKIP_DIALOG drops P, SKIP_OPENLINES drops L, SKIP_CHAT drops C and O (the CRM chats too); only "Y" counts', async () => {
    const narrowed = await recent({ SKIP_DIALOG: 'Y', SKIP_OPENLINES: 'Y' });
    expect(ids(narrowed.items)).toEqual(MARKS_LIST.filter((id) => id !== 4 && id !== 'chat2747'));
    expect(ids((await recent({ SKIP_CHAT: 'Y' })).items)).toEqual([4, 'chat2747']);
    expect(ids((await recent({ skip_dialog: 'Y' })).items)).not.toContain(4);
    expect(ids((await recent({ SKIP_DIALOG: 'y', SKIP_OPENLINES: true })).items)).toEqual(
      MARKS_LIST,
    );
  });

  it('getOrmParams UNREAD_ONLY: only rows with unread messages for the caller; no birthdayList', async () => {
    const { body, items } = await recent({ UNREAD_ONLY: 'Y' });
    expect(ids(items)).toEqual(['chat2725', 4, 'chat2742', 'chat2740', 'chat2747', 'chat2730']);
    expect(items.map((item) => item.counter)).toEqual([4, 1, 2, 1, 1, 2]);
    expect(body.result).not.toHaveProperty('birthdayList');
    expect((await recent()).body.result.birthdayList).toEqual([]);
  });

  it('counters follow the read state: im.dialog.read empties the counter, and UNREAD_ONLY drops the chat', async () => {
    await restAs(portal(), 2, 'im.dialog.read', { DIALOG_ID: 'chat2742' });
    const { items } = await recent({ UNREAD_ONLY: 'Y' });
    expect(ids(items)).not.toContain('chat2742');
    expect((await recent()).items.find((item) => item.id === 'chat2742')?.counter).toBe(0);
  });

  it('a new message raises its chat to the top (after the pinned one), with its text as the last message', async () => {
    portal().postMessage({ chatId: 2756, authorId: 4, text: 'Line one\nline [b]two[/b]' });
    const { items } = await recent();
    expect(ids(items).slice(0, 2)).toEqual(['chat2745', 'chat2756']);
    expect(items[1]).toMatchObject({ counter: 1, message: { text: 'Line one line two' } });
  });

  it('im_rest.php getLimit/getOffset + processResponse: LIMIT pages, hasMore when the page is full, next = OFFSET + count, total -1', async () => {
    const first = await recent({ LIMIT: 5 });
    expect(ids(first.items)).toEqual(MARKS_LIST.slice(0, 5));
    expect(first.body).toMatchObject({
      result: { hasMore: true, hasMorePages: true, copilot: null, messagesAutoDeleteConfigs: [] },
      next: 5,
      total: -1,
    });
    const second = await recent({ LIMIT: 5, OFFSET: 5 });
    expect(ids(second.items)).toEqual(MARKS_LIST.slice(5, 10));
    expect(second.body.next).toBe(10);
    const last = await recent({ LIMIT: 5, OFFSET: 10 });
    expect(ids(last.items)).toEqual(MARKS_LIST.slice(10));
    expect(last.body.result.hasMore).toBe(false);
    expect(last.body).not.toHaveProperty('next');
    // The REST `start` wins over OFFSET.
    expect(ids((await recent({ LIMIT: 5, OFFSET: 5, start: 10 })).items)).toEqual(
      MARKS_LIST.slice(10),
    );
  });

  it('getLimit: absent, 0, negative or not a number is 50; at most 200; a full page says hasMore even when nothing follows', async () => {
    for (const LIMIT of [0, -3, 'abc']) {
      expect((await recent({ LIMIT })).items).toHaveLength(MARKS_LIST.length);
    }
    const exact = await recent({ LIMIT: MARKS_LIST.length });
    expect(exact.body.result.hasMore).toBe(true);
    expect((await recent({ LIMIT: 5, OFFSET: MARKS_LIST.length })).body.result).toMatchObject({
      items: [],
      hasMore: false,
    });
  });

  it('getList LAST_MESSAGE_DATE: DATE_LAST_ACTIVITY <= the date (the boundary row again), OFFSET ignored; an unparsable date pages by OFFSET', async () => {
    const first = await recent({ LIMIT: 4 });
    const boundary = first.items.at(-1);
    const next = await recent({
      LIMIT: 4,
      OFFSET: 99,
      LAST_MESSAGE_DATE: boundary?.date_last_activity,
    });
    // The pinned chat is older than the boundary, so it comes again too (PINNED DESC first).
    expect(ids(next.items)).toEqual(['chat2745', 'chat2742', 'chat2740', 'chat2747']);
    expect(next.body.result).not.toHaveProperty('birthdayList');
    const garbled = await recent({ LIMIT: 4, OFFSET: 4, LAST_MESSAGE_DATE: 'yesterday' });
    expect(ids(garbled.items)).toEqual(MARKS_LIST.slice(4, 8));
  });

  it('WITH_COUNTERS=N leaves the counter out', async () => {
    const { items } = await recent({ WITH_COUNTERS: 'N' });
    expect(items[0]).not.toHaveProperty('counter');
  });

  it('a guest or another user sees their own list: Anna has 2725, 2726, 2743 and the group chat', async () => {
    const anna = await recent({ SKIP_DIALOG: 'Y', SKIP_OPENLINES: 'Y' }, 1);
    expect(ids(anna.items)).toEqual(
      expect.arrayContaining(['chat2745', 'chat2725', 'chat2726', 'chat2743']),
    );
    expect(ids(anna.items)).not.toContain('chat2742');
  });
});

describe('Text::removeBbCodes (im/lib/text.php), the recent list’s default message text', () => {
  it('unwraps [b] [i] [u], [url], user tags; removes [s] with its text; newlines become spaces', () => {
    expect(
      removeBbCodes('[b]Go[/b] [s]old[/s]now\n[url=https://x.y]see[/url] [USER=4][/USER]', false),
    ).toBe('Go now see Ivan Petrov');
    expect(removeBbCodes('[USER=2 REPLACE]Mark Member[/USER], [url]https://a.b[/url]', false)).toBe(
      'Mark Member, https://a.b',
    );
  });

  it('leaves [quote], [br] and [color=red] as stored; a file adds its mark; an empty text is the deleted mark', () => {
    expect(removeBbCodes('[quote]Is it paid?[/quote]Yes[br][color=red]ok[/color]', false)).toBe(
      '[quote]Is it paid?[/quote]Yes[br][color=red]ok[/color]',
    );
    expect(removeBbCodes('Receipt:', true)).toBe('Receipt: [File]');
    expect(removeBbCodes('', true)).toBe('[File]');
    expect(removeBbCodes('  ', false)).toBe('Message deleted');
  });
});
