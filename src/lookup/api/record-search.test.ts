import { describe, expect, it } from 'vitest';
import { parseRecordSearch, searchFilter } from './record-search.ts';

describe('parseRecordSearch', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['42', { by: 'id', id: 42 }],
    [' 7 ', { by: 'id', id: 7 }],
    ['042', { by: 'title', text: '042' }],
    ['0', { by: 'title', text: '0' }],
    ['-5', { by: 'title', text: '-5' }],
    ['4.5', { by: 'title', text: '4.5' }],
    ['99999999999999999999', { by: 'title', text: '99999999999999999999' }],
    [' Acme ltd ', { by: 'title', text: 'Acme ltd' }],
    ['#42', { by: 'id', id: 42 }],
    [' # 42 ', { by: 'id', id: 42 }],
    ['#042', { by: 'title', text: '#042' }],
    ['#', { by: 'title', text: '#' }],
    ['##42', { by: 'title', text: '##42' }],
    ['42#', { by: 'title', text: '42#' }],
  ])('%j → %j', (input, expected) => {
    expect(parseRecordSearch(input)).toEqual(expected);
  });
});

describe('searchFilter', () => {
  it('looks an ID up exactly and a title by fragment', () => {
    expect(searchFilter({ by: 'id', id: 42 })).toEqual({ id: 42 });
    expect(searchFilter({ by: 'title', text: 'acme' })).toEqual({ '%title': 'acme' });
  });
});
