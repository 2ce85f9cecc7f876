import { describe, expect, it } from 'vitest';
import { substituteReferences } from './batch-reference.ts';

// Every expectation below is what PHP 8.2 gives for CRestUtil::processBatchElement with the
// same maps (rest_util.php, checked by running the function).

const lookup = { ID: 2725, title: 'Deal: Acme', nested: { list: [10, 20] }, flag: true, zero: 0 };
const result = { lookup, missing: null, list: [{ ID: '7' }, { ID: '8' }], str: 'abc' };
const refs = {
  result,
  next: { list: 50 },
  total: { list: 120 },
  time: [],
  error: { bad: { error: 'ACCESS_ERROR', error_description: 'No' } },
  error_description: { bad: 'No' },
};

const substitute = (value: string) => substituteReferences(value, refs);

describe('rest_util.php processBatchElement: a whole-value reference', () => {
  it.each([
    ['resolves to the raw value (an int stays an int)', '$result[lookup][ID]', 2725],
    ['may resolve to an array', '$result[lookup][nested]', { list: [10, 20] }],
    ['may resolve to a boolean', '$result[lookup][flag]', true],
    ['walks list indexes', '$result[list][1][ID]', '8'],
    ['reads the other maps: $total, $error', '$total[list]', 120],
    ['reads an error of an earlier command', '$error[bad][error]', 'ACCESS_ERROR'],
  ])('%s', (_name, input, expected) => {
    expect(substitute(input)).toEqual(expected);
  });

  it.each([
    ['a command that failed (absent from result): the whole result map', '$result[other][ID]'],
    ['a command whose result is null: the whole result map (isset is false)', '$result[missing]'],
    ['a null result on the way: the whole result map', '$result[missing][ID]'],
  ])('gets the deepest value the walk reached for %s', (_name, input) => {
    expect(substitute(input)).toEqual(result);
  });

  it('stops at the first key that is not set and keeps what it reached', () => {
    expect(substitute('$result[lookup][NOPE]')).toEqual(lookup);
    expect(substitute('$result[list][2][ID]')).toEqual(result.list);
    expect(substitute('$result[lookup][ID][x]')).toBe(2725);
    expect(substitute('$result[lookup][nested][list][01]')).toEqual([10, 20]);
  });

  it('indexes strings by integer keys only, negative from the end', () => {
    expect([
      substitute('$result[str][0]'),
      substitute('$result[str][01]'),
      substitute('$result[str][-1]'),
      substitute('$result[str][1.0]'),
    ]).toEqual(['a', 'b', 'c', 'abc']);
  });

  it('takes everything up to the next whitespace: two references without a space are one', () => {
    expect(substitute('$result[lookup][ID]/$result[lookup][ID]')).toBe(2725);
  });

  it('matches the map name in any case, but only the exact name finds the map', () => {
    expect(substitute('$RESULT[lookup][ID]')).toBeNull();
  });
});

describe('rest_util.php processBatchElement: a reference inside a longer value', () => {
  it.each([
    ['is replaced, numbers cast to strings', 'chat$result[lookup][ID]', 'chat2725'],
    ['casts 0 too', 'n$result[lookup][zero]', 'n0'],
    ['reads $next', 'x$next[list]', 'x50'],
    ['ends at whitespace', 'a $result[lookup][ID] b $result[lookup][title]', 'a 2725 b Deal: Acme'],
    ['swallows what follows up to the whitespace', 'Re: $result[lookup][title]!', 'Re: Deal: Acme'],
    ['keeps a trailing tab', '$result[lookup][ID]\t', '2725\t'],
    ['stays as typed when the command failed', 'chat$result[other][ID]', 'chat$result[other][ID]'],
    ['stays as typed for a null result', 'chat$result[missing][ID]', 'chat$result[missing][ID]'],
    ['stays as typed for an array', 'a$result[lookup][nested]', 'a$result[lookup][nested]'],
    ['stays as typed for a boolean', 'a$result[lookup][flag]', 'a$result[lookup][flag]'],
    [
      'stays as typed when the name has the wrong case',
      'x$RESULT[lookup][ID]',
      'x$RESULT[lookup][ID]',
    ],
    ['needs a [segment]', 'x$result', 'x$result'],
  ])('%s', (_name, input, expected) => {
    expect(substitute(input)).toEqual(expected);
  });

  it('leaves a bare $result and an empty [] alone even as the whole value', () => {
    expect([substitute('$result'), substitute('$result[]')]).toEqual(['$result', '$result[]']);
  });
});

describe('rest_util.php processBatchStructure', () => {
  it('walks nested params and arrays, leaving keys and non-strings alone', () => {
    const params = {
      DIALOG_ID: 'chat$result[lookup][ID]',
      filter: { '=id': '$result[lookup][ID]', $result: 1 },
      ids: ['$result[lookup][ID]', 7],
    };
    expect(substituteReferences(params, refs)).toEqual({
      DIALOG_ID: 'chat2725',
      filter: { '=id': 2725, $result: 1 },
      ids: [2725, 7],
    });
  });
});
