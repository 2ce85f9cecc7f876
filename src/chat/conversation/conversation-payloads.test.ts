import { describe, expect, it } from 'vitest';
import { MESSAGES_2725 } from '../../test/fake-door.ts';
import { parseMessagePage, parseUnread } from './conversation-payloads.ts';

const PORTAL = 'http://localhost:4000';

function row(id: number, patch: Record<string, unknown> = {}) {
  return {
    id,
    chat_id: 2725,
    author_id: 4,
    date: '2026-02-26T10:00:00+01:00',
    text: `message ${id}`,
    params: null,
    ...patch,
  };
}

function answer(messages: unknown[], extra: Record<string, unknown> = {}) {
  return {
    chat_id: 2725,
    messages,
    users: MESSAGES_2725.users,
    files: MESSAGES_2725.files,
    ...extra,
  };
}

describe('parseMessagePage', () => {
  it('turns a latest page into messages oldest first, authors and files named', () => {
    expect(parseMessagePage(MESSAGES_2725, PORTAL, 50)).toEqual({
      messages: [
        {
          id: 101,
          author: null,
          sentAt: Date.parse('2026-02-25T16:50:58+01:00'),
          text: 'Anna Admin created the chat',
          files: [],
          deleted: false,
          edited: false,
        },
        {
          id: 102,
          author: {
            id: 1,
            name: 'Anna Admin',
            avatarUrl: 'http://localhost:4000/upload/anna.png',
            color: '#1eb4aa',
          },
          sentAt: Date.parse('2026-02-26T09:30:00+01:00'),
          text: 'Welcome, [b]everyone[/b]!',
          files: [],
          deleted: false,
          edited: true,
        },
        {
          id: 103,
          author: { id: 4, name: 'Ivan Petrov', avatarUrl: null, color: '#df532d' },
          sentAt: Date.parse('2026-02-26T10:05:00+01:00'),
          text: 'The mock-ups are attached.',
          files: [{ id: 77, name: 'mockups.pdf' }],
          deleted: false,
          edited: false,
        },
      ],
      full: false,
    });
  });

  it('sorts whatever order the portal sends and keeps each id once', () => {
    const page = parseMessagePage(
      answer([row(5), row(3), row(9), row(3, { text: 'again' })]),
      PORTAL,
      50,
    );
    expect(page.messages.map((message) => message.id)).toEqual([3, 5, 9]);
  });

  it.each([
    [3, 3, true],
    [3, 4, false],
    // With unread messages the portal adds them beyond the LIMIT.
    [5, 3, true],
  ])('a page of %i rows asked with LIMIT %i is full: %s', (rows, limit, full) => {
    const messages = Array.from({ length: rows }, (_, index) => row(index + 1));
    expect(parseMessagePage(answer(messages), PORTAL, limit).full).toBe(full);
  });

  it('marks deleted messages from params.IS_DELETED', () => {
    const page = parseMessagePage(
      answer([row(1, { text: 'This message was deleted', params: { IS_DELETED: 'Y' } })]),
      PORTAL,
      50,
    );
    expect(page.messages[0]).toMatchObject({ deleted: true, edited: false });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an empty PHP array', []],
    ['N flags', { IS_DELETED: 'N', IS_EDITED: 'N' }],
    ['true instead of Y', { IS_EDITED: true }],
  ])('reads params that are %s as neither deleted nor edited', (_name, params) => {
    const page = parseMessagePage(answer([row(1, { params })]), PORTAL, 50);
    expect(page.messages[0]).toMatchObject({ deleted: false, edited: false, files: [] });
  });

  it('names files in FILE_ID order, ids as numbers or strings, skipping unknown ones', () => {
    const page = parseMessagePage(
      answer([row(1, { params: { FILE_ID: ['78', 999, 77, 77] } })], {
        files: [
          { id: 77, name: 'mockups.pdf' },
          { id: '78', name: 'brief.docx' },
          { id: 79, name: '  ' },
        ],
      }),
      PORTAL,
      50,
    );
    expect(page.messages[0]?.files).toEqual([
      { id: 78, name: 'brief.docx' },
      { id: 77, name: 'mockups.pdf' },
    ]);
  });

  it.each([
    ['javascript:alert(1)', null],
    ['//evil.example/a.png', 'http://evil.example/a.png'],
    ['https://cdn.example/a.png', 'https://cdn.example/a.png'],
    ['', null],
  ])('resolves the avatar %s to %s (http(s) only)', (avatar, expected) => {
    const page = parseMessagePage(
      answer([row(1)], { users: [{ id: 4, name: 'Ivan Petrov', avatar, color: 'red' }] }),
      PORTAL,
      50,
    );
    expect(page.messages[0]?.author).toEqual({
      id: 4,
      name: 'Ivan Petrov',
      avatarUrl: expected,
      color: null,
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['no id', { id: undefined }],
    ['a zero id', { id: 0 }],
    ['an unreadable date', { date: 'yesterday' }],
    ['text that is not text', { text: { html: '<b>' } }],
    ['an author the answer does not name', { author_id: 12 }],
    ['a negative author', { author_id: -1 }],
  ])('drops a message with %s and keeps the rest', (_name, patch) => {
    const page = parseMessagePage(answer([row(1), row(2, patch), 'junk', row(3)]), PORTAL, 4);
    expect(page.messages.map((message) => message.id)).toEqual([1, 3]);
    // Paging counts what the portal sent, not what was kept.
    expect(page.full).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['no messages list', { chat_id: 1, users: [] }],
    ['messages as a map', { messages: { 1: row(1) } }],
  ])('rejects an answer that is %s as malformed', (_name, value) => {
    expect(() => parseMessagePage(value, PORTAL, 50)).toThrow(
      expect.objectContaining({ code: 'MALFORMED_RESPONSE' }),
    );
  });

  it('reads an empty chat as an empty, short page', () => {
    expect(
      parseMessagePage({ chat_id: 1, messages: [], users: [], files: [] }, PORTAL, 50),
    ).toEqual({ messages: [], full: false });
  });
});

describe('parseUnread', () => {
  it.each<[unknown, number]>([
    [{ counter: 3 }, 3],
    [{ counter: 0 }, 0],
    [{ counter: '3' }, 0],
    [{ counter: -1 }, 0],
    [{}, 0],
    [null, 0],
  ])('reads %j as %i', (details, unread) => {
    expect(parseUnread(details)).toBe(unread);
  });
});
