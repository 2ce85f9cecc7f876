import { describe, expect, it } from 'vitest';
import { AppError } from '../../b24/app-error.ts';
import { DEFAULT_KEY_TEMPLATE } from '../../b24/chat-key.ts';
import { chatKeyOf, type ListedRecord } from '../../chat/record-rows/record-row.ts';
import { restError } from '../../test/fake-door.ts';
import { listCommands, mergeByUpdate, parseItems, readLists } from './record-lists.ts';

const item = (id: number, updatedTime: unknown, title: unknown = `Record ${id}`) => ({
  id,
  title,
  updatedTime,
  assignedById: 4,
});

function record(entityTypeId: number, id: number, updatedAt: number | null): ListedRecord {
  const key = chatKeyOf(entityTypeId, id, DEFAULT_KEY_TEMPLATE);
  if (key === undefined) throw new Error('bad test key');
  return { key, title: null, updatedAt };
}

describe('listCommands', () => {
  it('asks every type for its newest records, with the filter when searching', () => {
    expect(listCommands([2, 183], { '%title': 'acme' })).toEqual({
      list_2: {
        method: 'crm.item.list',
        params: {
          entityTypeId: 2,
          select: ['id', 'title', 'updatedTime', 'assignedById'],
          order: { updatedTime: 'DESC' },
          filter: { '%title': 'acme' },
        },
      },
      list_183: {
        method: 'crm.item.list',
        params: expect.objectContaining({ entityTypeId: 183, filter: { '%title': 'acme' } }),
      },
    });
    expect(listCommands([1]).list_1?.params).not.toHaveProperty('filter');
  });
});

describe('parseItems', () => {
  it('reads records, dropping the unusable ones and keeping 20 at most', () => {
    const items = [
      item(46, '2026-02-14T17:00:00+03:00', 'Mobile app'),
      item(47, 'not a date', '  '),
      { id: 'x', title: 'no id' },
      'junk',
      ...Array.from({ length: 30 }, (_, index) => item(100 + index, null)),
    ];
    const records = parseItems({ items }, 2, DEFAULT_KEY_TEMPLATE);
    expect(records).toHaveLength(18);
    expect(records[0]).toEqual({
      key: expect.objectContaining({ entityId: 'DEAL|46', recordId: 46 }),
      title: 'Mobile app',
      updatedAt: Date.parse('2026-02-14T17:00:00+03:00'),
    });
    expect(records[1]).toMatchObject({ title: null, updatedAt: null });
  });

  it.each([null, [], { items: 'x' }, 'items'])('rejects %j as malformed', (value) => {
    expect(() => parseItems(value, 2, DEFAULT_KEY_TEMPLATE)).toThrow(
      expect.objectContaining({ code: 'MALFORMED_RESPONSE' }),
    );
  });
});

describe('mergeByUpdate', () => {
  it('puts the newest first across types, undated last, 20 at most', () => {
    const deals = [record(2, 1, 300), record(2, 2, null), record(2, 3, 100)];
    const leads = [
      record(1, 4, 200),
      ...Array.from({ length: 20 }, (_, i) => record(1, 10 + i, 1)),
    ];
    const merged = mergeByUpdate([deals, leads]);
    expect(merged).toHaveLength(20);
    expect(merged.slice(0, 3).map((r) => r.key.entityId)).toEqual(['DEAL|1', 'LEAD|4', 'DEAL|3']);
    expect(merged.map((r) => r.key.entityId)).not.toContain('DEAL|2');
  });

  it('keeps each record once, its newest copy, and a same id of another type apart', () => {
    const merged = mergeByUpdate([
      [record(2, 42, 100), record(2, 42, 300), record(2, 43, 200)],
      [record(2, 43, 200), record(1, 42, 50)],
    ]);
    expect(merged.map((r) => [r.key.entityId, r.updatedAt])).toEqual([
      ['DEAL|42', 300],
      ['DEAL|43', 200],
      ['LEAD|42', 50],
    ]);
  });

  it('fills its 20 with different records when the portal repeats some', () => {
    const repeated = Array.from({ length: 20 }, (_, i) => record(2, 1 + (i % 5), 100 - i));
    const others = Array.from({ length: 20 }, (_, i) => record(1, 100 + i, 10));
    const merged = mergeByUpdate([repeated, others]);
    expect(merged).toHaveLength(20);
    expect(new Set(merged.map((r) => r.key.entityId)).size).toBe(20);
  });
});

describe('readLists', () => {
  const ok = { items: [item(46, '2026-02-14T17:00:00+03:00')] };

  it('leaves out a smart-process type that failed', () => {
    const batch = {
      results: { list_2: ok, list_1: { items: [] } },
      errors: { list_183: restError('NOT_FOUND') },
    };
    expect(readLists(batch, [2, 1, 183], DEFAULT_KEY_TEMPLATE)).toHaveLength(1);
  });

  it.each<[string, string, AppError]>([
    ['deals', 'list_2', restError('INTERNAL_SERVER_ERROR', 500)],
    ['leads', 'list_1', restError('INTERNAL_SERVER_ERROR', 500)],
    [
      'a smart process, for want of rights',
      'list_183',
      new AppError({ kind: 'restricted', code: 'insufficient_scope', reason: 'scope' }),
    ],
  ])('fails when %s failed', (_name, command, error) => {
    const results: Record<string, unknown> = { list_2: ok, list_1: ok, list_183: ok };
    delete results[command];
    expect(() =>
      readLists({ results, errors: { [command]: error } }, [2, 1, 183], DEFAULT_KEY_TEMPLATE),
    ).toThrow(error);
  });

  it('fails when a list is missing from the answer', () => {
    expect(() =>
      readLists({ results: { list_2: ok }, errors: {} }, [2, 1], DEFAULT_KEY_TEMPLATE),
    ).toThrow(expect.objectContaining({ code: 'MALFORMED_RESPONSE' }));
  });
});
