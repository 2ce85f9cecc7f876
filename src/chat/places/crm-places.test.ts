import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../b24/app-error.ts';
import {
  parseSmartProcessTypes,
  parseSmartProcessTypesOption,
  serializeSmartProcessTypes,
} from './crm-places.ts';

describe('parseSmartProcessTypes (crm.type.list)', () => {
  it('reads entityTypeId and title, skipping junk and the types that are not smart processes', () => {
    expect(
      parseSmartProcessTypes({
        types: [
          { entityTypeId: 183, title: 'Projects' },
          { entityTypeId: '187', title: '' },
          { entityTypeId: -1, title: 'bad' },
          { entityTypeId: 31, title: 'Invoices' },
          { entityTypeId: 183, title: 'Projects again' },
          'junk',
        ],
      }),
    ).toEqual([
      { entityTypeId: 183, title: 'Projects' },
      { entityTypeId: 187, title: '#187' },
    ]);
  });

  it.each([{ items: [] }, null, { types: 'x' }, []])('refuses %j: no types list', (value) => {
    expect(() => parseSmartProcessTypes(value)).toThrow(AppError);
  });
});

describe('the smartProcessTypes option', () => {
  it.each<[unknown, number[] | undefined]>([
    ['[183,187]', [183, 187]],
    [
      [187, '183'],
      [187, 183],
    ],
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
  ])('%j → %j', (value, ids) => {
    expect(parseSmartProcessTypesOption(value)).toEqual(ids);
  });

  it('never throws, and yields only smart-process ids', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.json(), fc.string()), (value) => {
        const ids = parseSmartProcessTypesOption(value);
        expect(ids === undefined || ids.every((id) => Number.isSafeInteger(id) && id >= 128)).toBe(
          true,
        );
      }),
    );
  });

  it('is written sorted and without duplicates', () => {
    expect(serializeSmartProcessTypes([187, 183, 187])).toBe('[183,187]');
  });
});
