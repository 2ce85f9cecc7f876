import { describe, expect, it } from 'vitest';
import { CallLog } from './call-log.ts';
import type { BatchOutcome } from './door.ts';
import { AppError } from './app-error.ts';

const COMMANDS = {
  lookup: { method: 'imbot.chat.get', params: { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|43' } },
  details: { method: 'imbot.dialog.get', params: { DIALOG_ID: 'chat$result[lookup][ID]' } },
  members: {
    method: 'im.dialog.users.list',
    params: { DIALOG_ID: 'chat$result[lookup][ID]', LIMIT: 3 },
  },
};

const error = (code: string) => new AppError({ kind: 'error', code, status: 400 });

function logOf(outcome: BatchOutcome) {
  const log = new CallLog();
  log.recordBatch(COMMANDS, outcome);
  return log.entries();
}

describe('CallLog.recordBatch', () => {
  it('takes DIALOG_ID_EMPTY after a lookup that found no chat as the expected answer', () => {
    const entries = logOf({
      results: { lookup: null },
      errors: { details: error('DIALOG_ID_EMPTY'), members: error('DIALOG_ID_EMPTY') },
    });
    expect(entries).toEqual([
      { method: 'imbot.chat.get', errorCode: null },
      { method: 'imbot.dialog.get', errorCode: null },
      { method: 'im.dialog.users.list', errorCode: null },
    ]);
  });

  it('keeps the error of the command referred to, not of those that depend on it', () => {
    const entries = logOf({
      results: {},
      errors: {
        lookup: error('insufficient_scope'),
        details: error('insufficient_scope'),
        members: error('DIALOG_ID_EMPTY'),
      },
    });
    expect(entries.map((entry) => entry.errorCode)).toEqual(['insufficient_scope', null, null]);
  });

  it('keeps DIALOG_ID_EMPTY when the lookup had an ID to give (an older portal)', () => {
    const entries = logOf({
      results: { lookup: { ID: 2725 }, members: [] },
      errors: { details: error('DIALOG_ID_EMPTY') },
    });
    expect(entries.map((entry) => entry.errorCode)).toEqual([null, 'DIALOG_ID_EMPTY', null]);
  });

  it('keeps every error of a command without references', () => {
    const log = new CallLog();
    log.recordBatch(
      { record: { method: 'crm.item.get', params: { entityTypeId: 2, id: 43 } } },
      { results: {}, errors: { record: error('NOT_FOUND') } },
    );
    expect(log.entries()).toEqual([{ method: 'crm.item.get', errorCode: 'NOT_FOUND' }]);
  });
});
