import { describe, expect, it } from 'vitest';
import { restError } from '../../test/fake-door.ts';
import {
  mergeMessages,
  seededLog,
  withEarlier,
  withFailure,
  withNewer,
  withRead,
} from './conversation-log.ts';
import type { ChatMessage, MessagePage } from './conversation.ts';

function message(id: number, text = `message ${id}`): ChatMessage {
  return { id, author: null, sentAt: id * 1000, text, files: [], deleted: false, edited: false };
}

function page(ids: number[], full: boolean): MessagePage {
  return { messages: ids.map((id) => message(id)), full };
}

const ids = (messages: ChatMessage[]) => messages.map((item) => item.id);

describe('the kept conversation', () => {
  it('merges by id, oldest first, the newer copy of a message winning', () => {
    const merged = mergeMessages(
      [message(1), message(3)],
      [message(3, 'edited'), message(2), message(4)],
    );
    expect(ids(merged)).toEqual([1, 2, 3, 4]);
    expect(merged[2]?.text).toBe('edited');
  });

  it('seeds from the first batch: unread from the counter, earlier ones when the page is full', () => {
    const log = seededLog(undefined, { latest: page([10, 11], true), unread: 2, viewer: null }, 5);
    expect(log).toEqual({
      messages: [message(10), message(11)],
      unread: 2,
      earlierAvailable: true,
      readUpTo: 0,
      answeredAt: 5,
      failure: null,
    });
  });

  it('counts everything shown as read when nothing is unread', () => {
    expect(
      seededLog(undefined, { latest: page([10, 11], false), unread: 0, viewer: null }, 5),
    ).toMatchObject({
      readUpTo: 11,
      earlierAvailable: false,
    });
  });

  it('merges a revalidation into earlier pages, healing a failed poll', () => {
    let log = seededLog(undefined, { latest: page([10, 11], true), unread: 0, viewer: null }, 5);
    log = withEarlier(log, page([8, 9], true));
    log = withFailure(log, restError('INTERNAL_SERVER_ERROR', 500));
    log = seededLog(log, { latest: page([11, 12], true), unread: 1, viewer: null }, 9);
    expect(ids(log.messages)).toEqual([8, 9, 10, 11, 12]);
    expect(log).toMatchObject({ unread: 1, earlierAvailable: true, failure: null, answeredAt: 9 });
  });

  it('starts over when a full first batch begins past everything kept (a gap)', () => {
    let log = seededLog(undefined, { latest: page([10, 11], true), unread: 0, viewer: null }, 5);
    log = withEarlier(log, page([9], false));
    log = seededLog(log, { latest: page([80, 81], true), unread: 70, viewer: null }, 9);
    expect(ids(log.messages)).toEqual([80, 81]);
    expect(log.earlierAvailable).toBe(true);
  });

  it('appends a poll, takes its counter, and keeps the earlier state', () => {
    const start = seededLog(undefined, { latest: page([10], true), unread: 0, viewer: null }, 5);
    const log = withNewer(start, page([11, 12], false), 2, 20);
    expect(ids(log.messages)).toEqual([10, 11, 12]);
    expect(log).toMatchObject({ unread: 2, readUpTo: 10, earlierAvailable: true, answeredAt: 20 });
  });

  it('stops offering earlier messages once a page comes back shorter than asked', () => {
    const start = seededLog(undefined, { latest: page([10], true), unread: 0, viewer: null }, 5);
    expect(withEarlier(start, page([5, 6], true)).earlierAvailable).toBe(true);
    expect(withEarlier(start, page([5, 6], false)).earlierAvailable).toBe(false);
  });

  it('reads up to the answered id, the counter only when the portal sent one', () => {
    const start = seededLog(
      undefined,
      { latest: page([10, 11], true), unread: 2, viewer: null },
      5,
    );
    expect(withRead(start, 11, 0)).toMatchObject({ readUpTo: 11, unread: 0 });
    expect(withRead(start, 10, null)).toMatchObject({ readUpTo: 10, unread: 2 });
  });

  it('keeps the newer count when an older read’s answer arrives after a newer one’s', () => {
    const start = seededLog(
      undefined,
      { latest: page([10, 11], true), unread: 2, viewer: null },
      5,
    );
    const newer = withRead(start, 11, 0);
    expect(withRead(newer, 10, 1)).toMatchObject({ readUpTo: 11, unread: 0 });
  });
});
