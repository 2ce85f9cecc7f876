import { describe, expect, it } from 'vitest';
import { restError } from '../test/fake-door.ts';
import { detailsAgain } from './chat-methods.ts';

describe('detailsAgain: the method to ask a found chat’s details again with', () => {
  it.each<[string, string, boolean, string | undefined]>([
    ['DIALOG_ID_EMPTY', 'imbot.dialog.get', false, 'imbot.dialog.get'],
    ['DIALOG_ID_EMPTY', 'im.dialog.get', false, 'im.dialog.get'],
    ['DIALOG_ID_EMPTY', 'imbot.dialog.get', true, undefined],
    ['ERROR_METHOD_NOT_FOUND', 'imbot.dialog.get', false, 'im.dialog.get'],
    ['ERROR_METHOD_NOT_FOUND', 'imbot.dialog.get', true, 'im.dialog.get'],
    ['ERROR_METHOD_NOT_FOUND', 'im.dialog.get', true, undefined],
    ['insufficient_scope', 'imbot.dialog.get', false, 'im.dialog.get'],
    ['insufficient_scope', 'im.dialog.get', false, undefined],
    ['ACCESS_ERROR', 'imbot.dialog.get', false, undefined],
    ['INTERNAL_SERVER_ERROR', 'imbot.dialog.get', false, undefined],
  ])('%s from %s (written out: %s) → %s', (code, method, writtenOut, again) => {
    expect(detailsAgain(restError(code), method, writtenOut)).toBe(again);
  });
});
