import { describe, expect, it } from 'vitest';
import { DEFAULT_KEY_TEMPLATE } from '../../b24/chat-key.ts';
import { recentItem } from '../../test/fake-portal.ts';
import { mergeChatRows, parseRecordChats, titleCommands, withTitles } from './record-chats.ts';

const parse = (value: unknown) => parseRecordChats(value, DEFAULT_KEY_TEMPLATE);

describe('parseRecordChats', () => {
  it('keeps the chats of records whose type has a tab, most recent activity first', () => {
    const page = parse({
      items: [
        // The portal lists pinned chats first: an older pinned record chat goes in its place.
        { ...recentItem(1, 'LEAD|7', { date: '2026-02-20T10:00:00+01:00' }), pinned: true },
        recentItem(2, 'DEAL|42', { date: '2026-02-26T10:00:00+01:00', counter: 4 }),
        recentItem(3, 'QUOTE|11', { date: '2026-02-25T10:00:00+01:00' }),
        recentItem(4, 'SMART_INVOICE|14', { date: '2026-02-24T10:00:00+01:00' }),
        recentItem(5, 'DYNAMIC_183|5', { date: '2026-02-23T10:00:00+01:00' }),
      ],
      hasMore: true,
    });
    expect(page.hasMore).toBe(true);
    expect(page.rows.map((row) => [row.record.key.entityId, row.chatId, row.unread])).toEqual([
      ['DEAL|42', 2, 4],
      ['QUOTE|11', 3, 0],
      ['SMART_INVOICE|14', 4, 0],
      ['DYNAMIC_183|5', 5, 0],
      ['LEAD|7', 1, 0],
    ]);
    expect(page.rows[3]?.record.key).toMatchObject({ crmType: 'DYNAMIC_183', entityTypeId: 183 });
  });

  it.each([
    ['a group chat', recentItem(9, '', { entityType: '' })],
    ['a bot’s own key', recentItem(9, 'deal-45', { entityType: 'PROJECT' })],
    ['an open line', recentItem(9, 'telegrambot|1|700100|15', { entityType: 'LINES' })],
    ['a type without a tab', recentItem(9, 'ORDER|3')],
    ['a record id that is none', recentItem(9, 'DEAL|042')],
    ['a smart process without its id', recentItem(9, 'DYNAMIC|5')],
    [
      'no chat id',
      {
        ...recentItem(9, 'DEAL|42'),
        chat_id: 'x',
        chat: { entity_type: 'CRM', entity_id: 'DEAL|42' },
      },
    ],
    ['a private dialog', { id: 4, chat_id: 2746, type: 'user', chat: { mute_list: [] } }],
    ['junk', 'junk'],
  ])('leaves out %s', (_name, item) => {
    expect(parse({ items: [item], hasMore: false }).rows).toEqual([]);
  });

  it('shows the last message as plain text, and its unread count', () => {
    const [row] = parse({
      items: [
        recentItem(2742, 'SMART_INVOICE|14', {
          text: '[quote]Is the deposit paid?[/quote]Yes, [b]paid[/b] today. <b>',
          counter: 2,
        }),
      ],
    }).rows;
    expect(row).toMatchObject({
      lastMessage: 'Is the deposit paid? Yes, paid today. <b>',
      unread: 2,
    });
  });

  it('each chat once when the portal repeats one', () => {
    const item = recentItem(2725, 'DEAL|42');
    expect(parse({ items: [item, item] }).rows).toHaveLength(1);
  });

  it('reads a row without a message or dates', () => {
    const bare = Object.fromEntries(
      Object.entries(recentItem(1, 'DEAL|42')).filter(
        ([name]) => !['message', 'date_last_activity', 'date_update'].includes(name),
      ),
    );
    expect(parse({ items: [bare] }).rows[0]).toMatchObject({
      lastMessage: '',
      lastActivityAt: null,
    });
  });

  it.each([null, [], { items: 'x' }, 'items'])('rejects %j as malformed', (value) => {
    expect(() => parse(value)).toThrow(expect.objectContaining({ code: 'MALFORMED_RESPONSE' }));
  });
});

describe('mergeChatRows', () => {
  it('keeps a chat that overlapping pages repeat once, newest first', () => {
    const [first] = parse({
      items: [recentItem(1, 'DEAL|1', { date: '2026-02-01T00:00:00Z' })],
    }).rows;
    const [second] = parse({
      items: [recentItem(2, 'DEAL|2', { date: '2026-02-02T00:00:00Z' })],
    }).rows;
    if (first === undefined || second === undefined) throw new Error('no rows');
    expect(mergeChatRows([[first], [first, second]]).map((row) => row.chatId)).toEqual([2, 1]);
  });
});

describe('titles', () => {
  const { rows } = parse({
    items: [recentItem(1, 'DEAL|42'), recentItem(2, 'DEAL|43'), recentItem(3, 'QUOTE|11')],
  });

  it('asks one crm.item.list per type, for the ids listed', () => {
    expect(titleCommands(rows)).toEqual([
      {
        titles_2: {
          method: 'crm.item.list',
          params: { entityTypeId: 2, select: ['id', 'title'], filter: { '@id': [42, 43] } },
        },
      },
      {
        titles_7: {
          method: 'crm.item.list',
          params: { entityTypeId: 7, select: ['id', 'title'], filter: { '@id': [11] } },
        },
      },
    ]);
  });

  it('names the rows it was told about, and leaves the rest by type and ID', () => {
    const titled = withTitles(rows, {
      results: {
        titles_2: {
          items: [
            { id: 42, title: 'Website redesign' },
            { id: 43, title: ' ' },
          ],
        },
      },
      errors: {},
    });
    expect(titled.map((row) => row.record.title)).toEqual(['Website redesign', null, null]);
  });
});
