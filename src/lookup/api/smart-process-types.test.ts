import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSmartProcessTypes, parseTypeList } from './smart-process-types.ts';

describe('parseSmartProcessTypes', () => {
  it.each<[unknown, number[] | undefined]>([
    ['[183,187]', [183, 187]],
    ['["183", 183]', [183]],
    ['[]', []],
    [[183], [183]],
    [undefined, undefined],
    ['', undefined],
    ['not json', undefined],
    ['{"183":true}', undefined],
    ['[2]', undefined],
    ['[183, "x"]', undefined],
    [183, undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseSmartProcessTypes(value)).toEqual(expected);
  });

  it('never throws, and yields only smart-process ids', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.json(), fc.string()), (value) => {
        const ids = parseSmartProcessTypes(value);
        expect(ids === undefined || ids.every((id) => Number.isSafeInteger(id) && id >= 128)).toBe(
          true,
        );
      }),
    );
  });
});

describe('parseTypeList', () => {
  it('reads the entityTypeIds of the smart processes', () => {
    const types = [
      { id: 1, entityTypeId: 183, title: 'Projects' },
      { id: 2, entityTypeId: '187' },
      { id: 3, entityTypeId: 31, title: 'Invoices' },
      'junk',
    ];
    expect(parseTypeList({ types })).toEqual([183]);
  });

  it.each([null, { types: 'x' }, []])('gives up on %j', (value) => {
    expect(parseTypeList(value)).toBeUndefined();
  });
});
