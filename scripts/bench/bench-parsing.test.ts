import { describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../../emulator/portal.ts';
import { parseSettled, settledPrefix } from './probe.ts';
import { countByMethod } from './request-log.ts';

describe('parseSettled', () => {
  it('reads the state, the moment, the messages on screen and the scripts loaded', () => {
    expect(
      parseSettled(`${settledPrefix} ready 1796171223549.25 54 /assets/a.js,/assets/b.js`),
    ).toEqual({
      state: 'ready',
      at: 1796171223549.25,
      messages: 54,
      scripts: ['/assets/a.js', '/assets/b.js'],
    });
  });

  it('reads a report without scripts as none loaded', () => {
    expect(parseSettled(`${settledPrefix} error 1796171223549 0 `)?.scripts).toEqual([]);
  });

  it.each([
    'something else',
    `${settledPrefix} ready 1796171223549`,
    `${settledPrefix} ready soon 3`,
    `${settledPrefix} ready 1796171223549 many`,
    `${settledPrefix}  1796171223549 3`,
  ])('ignores %j', (text) => {
    expect(parseSettled(text)).toBeUndefined();
  });
});

describe('countByMethod', () => {
  const entry = (fields: Partial<RequestLogEntry>): RequestLogEntry => ({
    at: 0,
    httpMethod: 'POST',
    path: '/rest/x',
    method: 'x',
    status: 200,
    ...fields,
  });

  it('counts calls by method and batches by their commands', () => {
    const poll = entry({
      method: 'batch',
      commands: {
        messages: { method: 'im.dialog.messages.get', params: {} },
        dialog: { method: 'im.dialog.get', params: {} },
      },
    });
    expect(countByMethod([poll, entry({ method: 'im.dialog.read' }), poll])).toEqual({
      'batch[im.dialog.messages.get+im.dialog.get]': 2,
      'im.dialog.read': 1,
    });
  });
});
