import { describe, expect, it } from 'vitest';
import { substituteReferences } from './batch-reference.ts';

const results = {
  lookup: { ID: 2725, title: 'Deal: Acme', nested: { list: [10, 20] }, flag: true },
  missing: null,
};

describe('$result references (newest processBatchElement rule)', () => {
  it.each([
    [
      'a whole-value reference becomes the raw value (an int stays an int)',
      '$result[lookup][ID]',
      2725,
    ],
    ['a whole-value reference may be an object', '$result[lookup][nested]', { list: [10, 20] }],
    [
      'an embedded reference is replaced, numbers cast to strings',
      'chat$result[lookup][ID]',
      'chat2725',
    ],
    ['an embedded string reference is replaced', 'Re: $result[lookup][title]!', 'Re: Deal: Acme!'],
    ['a nested path with a list index resolves', 'x$result[lookup][nested][list][1]', 'x20'],
    [
      'a missing key leaves the reference literal',
      'chat$result[lookup][NOPE]',
      'chat$result[lookup][NOPE]',
    ],
    ['a missing whole-value reference stays literal', '$result[other][ID]', '$result[other][ID]'],
    [
      'a null lookup leaves the reference literal',
      'chat$result[missing][ID]',
      'chat$result[missing][ID]',
    ],
    ['a null whole value stays literal', '$result[missing]', '$result[missing]'],
    [
      'a non-scalar inside a string stays literal',
      'a$result[lookup][nested]',
      'a$result[lookup][nested]',
    ],
    ['a boolean inside a string stays literal', 'a$result[lookup][flag]', 'a$result[lookup][flag]'],
    [
      'two references in one string are both replaced',
      '$result[lookup][ID]/$result[lookup][ID]',
      '2725/2725',
    ],
  ])('%s', (_name, input, expected) => {
    expect(substituteReferences(input, results)).toEqual(expected);
  });

  it('walks nested params and arrays, leaving keys and non-strings alone', () => {
    const params = {
      DIALOG_ID: 'chat$result[lookup][ID]',
      filter: { '=id': '$result[lookup][ID]', $result: 1 },
      ids: ['$result[lookup][ID]', 7],
    };
    expect(substituteReferences(params, results)).toEqual({
      DIALOG_ID: 'chat2725',
      filter: { '=id': 2725, $result: 1 },
      ids: [2725, 7],
    });
  });
});
