import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMs, fromJson, jsonObject, nonBlank, positiveId } from './payload-guards.ts';

describe('positiveId', () => {
  it.each<[unknown, number | undefined]>([
    [42, 42],
    ['42', 42],
    ['042', undefined],
    [' 42', undefined],
    ['4e1', undefined],
    [0, undefined],
    [-1, undefined],
    [1.5, undefined],
    ['9007199254740993', undefined],
    [null, undefined],
  ])('%j → %j', (value, id) => {
    expect(positiveId(value)).toBe(id);
  });

  it('reads back every positive safe integer, as a number or as its decimal string', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (id) => {
        expect(positiveId(id)).toBe(id);
        expect(positiveId(String(id))).toBe(id);
      }),
    );
  });
});

describe('jsonObject and fromJson', () => {
  it.each<[unknown, unknown]>([
    [{ ID: '1' }, { ID: '1' }],
    ['{"ID":"1"}', { ID: '1' }],
    ['[1]', undefined],
    ['not json', undefined],
    [null, undefined],
  ])('jsonObject(%j) → %j', (value, object) => {
    expect(jsonObject(value)).toEqual(object);
  });

  it.each<[unknown, unknown]>([
    [[183], [183]],
    ['[183,"187"]', [183, '187']],
    ['"text"', 'text'],
    ['', undefined],
    ['not json', undefined],
    [183, 183],
  ])('fromJson(%j) → %j', (value, parsed) => {
    expect(fromJson(value)).toEqual(parsed);
  });
});

describe('nonBlank and epochMs', () => {
  it.each<[unknown, string | undefined]>([
    ['Acme', 'Acme'],
    ['  ', undefined],
    ['', undefined],
    [7, undefined],
  ])('nonBlank(%j) → %j', (value, text) => {
    expect(nonBlank(value)).toBe(text);
  });

  it.each<[unknown, number | null]>([
    ['2026-02-25T16:50:58+01:00', Date.UTC(2026, 1, 25, 15, 50, 58)],
    ['yesterday', null],
    [1772034658000, null],
  ])('epochMs(%j) → %j', (value, ms) => {
    expect(epochMs(value)).toBe(ms);
  });
});
