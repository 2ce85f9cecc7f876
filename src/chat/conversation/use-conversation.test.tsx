import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppError } from '../../b24/app-error.ts';
import { parsePlacement } from '../../b24/chat-key.ts';
import { DoorContext } from '../../b24/door-context.ts';
import type { BatchOutcome } from '../../b24/door.ts';
import { createQueryClient } from '../../query/query-client.ts';
import { fakeDoor, MESSAGES_2725, readyBatch, restError } from '../../test/fake-door.ts';
import { chatKeys, linkedChatQueryOptions } from '../linked-chat-query.ts';
import { parseMessagePage } from './conversation-payloads.ts';
import type { ConversationStart } from './conversation.ts';
// Loaded by the hook on demand; loaded here first, so that its import resolves at once.
import './conversation-live.ts';
import { useConversation } from './use-conversation.ts';

const parsed = parsePlacement('CRM_DEAL_DETAIL_TAB', { ID: '42' });
if (!parsed.ok) throw new Error('bad test key');
const DEAL_42 = parsed.key;

const START: ConversationStart = {
  latest: parseMessagePage(MESSAGES_2725, 'http://localhost:4000', 50),
  unread: 0,
  viewer: 2,
};

function row(id: number) {
  return {
    id,
    chat_id: 2725,
    author_id: 4,
    date: '2026-02-26T11:00:00+01:00',
    text: `message ${id}`,
    params: null,
  };
}

function messagesAnswer(ids: number[]) {
  return { chat_id: 2725, messages: ids.map(row), users: MESSAGES_2725.users, files: [] };
}

/** A poll's answer: the messages after FIRST_ID and the dialog's counter. */
function newer(ids: number[], counter = 0): BatchOutcome {
  return { results: { messages: messagesAnswer(ids), dialog: { id: 2725, counter } }, errors: {} };
}

function polls(door: ReturnType<typeof fakeDoor>): number {
  return door.callBatch.mock.calls.length;
}

let visibility: DocumentVisibilityState = 'visible';

function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

/** A controllable IntersectionObserver: jsdom has none. */
let intersect: ((isIntersecting: boolean) => void) | undefined;

class FakeIntersectionObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe() {
    intersect = (isIntersecting) =>
      this.callback(
        [{ isIntersecting } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      );
  }
  disconnect() {
    intersect = undefined;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function setup(start: ConversationStart = START, client: QueryClient = createQueryClient()) {
  const door = fakeDoor();
  door.callBatch.mockResolvedValue(newer([]));
  const element = { current: document.createElement('section') };
  document.body.append(element.current);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DoorContext.Provider value={door}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </DoorContext.Provider>
  );
  const hook = renderHook(() => useConversation({ id: 2725 }, start, element), { wrapper });
  const openedAt = Date.now();
  /** Moves the clock to `ms` after the card opened, running what falls due on the way. */
  const goTo = (ms: number) => wait(openedAt + ms - Date.now());
  return { door, client, hook, element, goTo };
}

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
/** The mutation starts its request a tick after the timer fires. */
const TICK = 5;
const ids = (hook: ReturnType<typeof setup>['hook']) =>
  hook.result.current.messages.map((message) => message.id);

describe('useConversation: the log', () => {
  it('shows the first batch’s messages at once and asks nothing more for them', async () => {
    const { door, hook } = setup();
    expect(ids(hook)).toEqual([101, 102, 103]);
    expect(hook.result.current.unread).toBe(0);
    await wait(11_000);
    expect(door.callBatch).not.toHaveBeenCalled();
    expect(door.callMethod).not.toHaveBeenCalled();
  });

  it('pages back by LAST_ID, above the shown ones, until a page comes back short', async () => {
    const full = { ...START, latest: { ...START.latest, full: true } };
    const { door, hook } = setup(full);
    expect(hook.result.current.earlier.available).toBe(true);
    door.callMethod.mockResolvedValueOnce(messagesAnswer([99, 100]));

    act(() => {
      hook.result.current.earlier.load();
      hook.result.current.earlier.load();
    });
    await wait(TICK);

    expect(door.callMethod).toHaveBeenCalledTimes(1);
    expect(door.callMethod).toHaveBeenCalledWith('im.dialog.messages.get', {
      DIALOG_ID: 'chat2725',
      LAST_ID: 101,
      LIMIT: 50,
    });
    expect(ids(hook)).toEqual([99, 100, 101, 102, 103]);
    expect(hook.result.current.earlier).toMatchObject({ available: false, loading: false });
  });

  it('keeps the messages when an earlier page fails, and says so', async () => {
    const full = { ...START, latest: { ...START.latest, full: true } };
    const { door, hook } = setup(full);
    door.callMethod.mockRejectedValueOnce(restError('INTERNAL_SERVER_ERROR', 500));
    act(() => hook.result.current.earlier.load());
    await wait(TICK);
    expect(ids(hook)).toEqual([101, 102, 103]);
    expect(hook.result.current.earlier).toMatchObject({
      available: true,
      error: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }),
    });
  });

  it('merges a fresh first batch of the card (a revalidation) into the log', async () => {
    const client = createQueryClient();
    const { door, hook } = setup(START, client);
    door.callBatch.mockResolvedValueOnce(
      readyBatch({ results: { messages: messagesAnswer([103, 104]) } }),
    );
    await act(() => client.fetchQuery(linkedChatQueryOptions(door, DEAL_42)));
    await wait(TICK);
    expect(ids(hook)).toEqual([101, 102, 103, 104]);
  });

  it('shows what the card’s first batch seeded, not an older start', async () => {
    const client = createQueryClient();
    const cardDoor = fakeDoor();
    cardDoor.callBatch.mockResolvedValueOnce(
      readyBatch({ results: { messages: messagesAnswer([103, 104, 105]) } }),
    );
    await client.prefetchQuery(linkedChatQueryOptions(cardDoor, DEAL_42));
    const { hook } = setup(START, client);
    expect(ids(hook)).toEqual([103, 104, 105]);
  });
});

describe('useConversation: the poll (contract §5, Live)', () => {
  it('asks every 12 s while in use, in one batch: FIRST_ID = newest shown, and the counter', async () => {
    const { door, hook, goTo } = setup();
    door.callBatch.mockResolvedValueOnce(newer([104], 1));
    await goTo(12_000 - 100);
    expect(door.callBatch).not.toHaveBeenCalled();
    await goTo(12_000 + TICK);

    expect(door.callBatch).toHaveBeenCalledTimes(1);
    expect(door.callBatch).toHaveBeenCalledWith(
      {
        messages: {
          method: 'im.dialog.messages.get',
          params: { DIALOG_ID: 'chat2725', FIRST_ID: 103, LIMIT: 50 },
        },
        dialog: { method: 'im.dialog.get', params: { DIALOG_ID: 'chat2725' } },
      },
      { halt: false },
    );
    expect(ids(hook)).toEqual([101, 102, 103, 104]);
    expect(hook.result.current.unread).toBe(1);

    await goTo(24_000 + TICK);
    expect(door.callBatch).toHaveBeenCalledTimes(2);
    expect(door.callBatch.mock.calls[1]?.[0]['messages']?.params).toMatchObject({ FIRST_ID: 104 });
  });

  it('slows to every 70 s two minutes after the opening, and speeds up on activity', async () => {
    const { door, hook, goTo } = setup();
    // In use until 120 s: asks at 12 … 108 s; then idle, 70 s after the last.
    await goTo(178_000 - 100);
    expect(polls(door)).toBe(9);
    await goTo(178_000 + TICK);
    expect(polls(door)).toBe(10);
    await goTo(318_000 + TICK);
    expect(polls(door)).toBe(12);

    await goTo(348_000);
    act(() => hook.result.current.noteActivity());
    await goTo(348_000 + TICK);
    // 30 s after the last ask, in use again: due at once.
    expect(polls(door)).toBe(13);
    await goTo(360_000 + TICK);
    expect(polls(door)).toBe(14);
  });

  it.each(['pointerdown', 'keydown', 'wheel', 'scroll'])(
    'counts a %s inside the card as activity',
    async (name) => {
      const { door, element, goTo } = setup();
      await goTo(200_000);
      expect(polls(door)).toBe(10);
      act(() => {
        element.current.dispatchEvent(new Event(name));
      });
      await goTo(200_000 + TICK);
      expect(polls(door)).toBe(11);
    },
  );

  it('asks nothing while the document is hidden, and once at once on coming back', async () => {
    const { door, goTo } = setup();
    await goTo(5_000);
    act(() => setVisibility('hidden'));
    await goTo(600_000);
    expect(polls(door)).toBe(0);

    act(() => setVisibility('visible'));
    await goTo(600_000 + TICK);
    expect(polls(door)).toBe(1);
    // Idle by now (no activity since the opening): the next one 70 s later.
    await goTo(670_000 - 100);
    expect(polls(door)).toBe(1);
    await goTo(670_000 + TICK);
    expect(polls(door)).toBe(2);
  });

  it('asks nothing while the card is out of view (display: none), and once on coming back', async () => {
    const { door, goTo } = setup();
    act(() => intersect?.(false));
    await goTo(600_000);
    expect(polls(door)).toBe(0);
    act(() => intersect?.(true));
    await goTo(600_000 + TICK);
    expect(polls(door)).toBe(1);
  });

  it('does not ask at once on coming back less than 10 s after the last ask', async () => {
    const { door, goTo } = setup();
    await goTo(12_000 + TICK);
    expect(polls(door)).toBe(1);
    act(() => intersect?.(false));
    await goTo(17_000);
    act(() => intersect?.(true));
    await goTo(17_000 + TICK);
    expect(polls(door)).toBe(1);
    await goTo(24_000 + TICK);
    expect(polls(door)).toBe(2);
  });

  it('takes a revalidation of the card on coming back as that ask', async () => {
    const client = createQueryClient();
    const { door, goTo } = setup(START, client);
    act(() => setVisibility('hidden'));
    await goTo(60_000);
    door.callBatch.mockResolvedValueOnce(readyBatch());
    const revalidation = client.fetchQuery(linkedChatQueryOptions(door, DEAL_42));
    act(() => setVisibility('visible'));
    await act(() => revalidation);
    await goTo(60_000 + TICK);
    // The one request on return is the card's own first batch (it has the lookup).
    expect(door.callBatch).toHaveBeenCalledTimes(1);
    expect(Object.keys(door.callBatch.mock.calls[0]?.[0] ?? {})).toContain('lookup');
    await goTo(72_000 - 100);
    expect(polls(door)).toBe(1);
    await goTo(72_000 + TICK);
    expect(polls(door)).toBe(2);
  });

  it('backs off on QUERY_LIMIT_EXCEEDED without going stale, and recovers', async () => {
    const { door, hook, goTo } = setup();
    door.callBatch.mockRejectedValue(restError('QUERY_LIMIT_EXCEEDED', 503));
    await goTo(12_000 + TICK);
    expect(polls(door)).toBe(1);
    // 24 s after it, then 48 s.
    await goTo(36_000 - 100);
    expect(polls(door)).toBe(1);
    await goTo(36_000 + TICK);
    expect(polls(door)).toBe(2);
    await goTo(84_000 + TICK);
    expect(polls(door)).toBe(3);
    expect(hook.result.current.stale).toBe(false);
    expect(ids(hook)).toEqual([101, 102, 103]);

    door.callBatch.mockResolvedValue(newer([]));
    // Past 2 minutes the card is idle: 70 s × 8, capped at 5 minutes; then 70 s again.
    await goTo(384_000 - 100);
    expect(polls(door)).toBe(3);
    await goTo(384_000 + TICK);
    expect(polls(door)).toBe(4);
    await goTo(454_000 + TICK);
    expect(polls(door)).toBe(5);
  });

  it('marks the conversation stale on another failure, keeps the messages, does not repeat at once', async () => {
    const { door, hook, goTo } = setup();
    door.callBatch.mockRejectedValueOnce(restError('INTERNAL_SERVER_ERROR', 500));
    await goTo(12_000 + TICK);
    expect(hook.result.current.stale).toBe(true);
    expect(ids(hook)).toEqual([101, 102, 103]);
    await goTo(24_000 - 100);
    expect(polls(door)).toBe(1);
    await goTo(24_000 + TICK);
    expect(polls(door)).toBe(2);
    expect(hook.result.current.stale).toBe(false);
  });

  it.each<[string, AppError]>([
    ['ACCESS_ERROR', restError('ACCESS_ERROR', 403)],
    ['AUTHORIZE_ERROR', restError('AUTHORIZE_ERROR', 403)],
    ['NO_AUTH_FOUND', restError('NO_AUTH_FOUND', 401)],
  ])(
    'drops the messages at once and resets the card when a poll answers %s',
    async (_code, error) => {
      const client = createQueryClient();
      await client.prefetchQuery(linkedChatQueryOptions(fakeDoor(), DEAL_42));
      const { door, hook, goTo } = setup(START, client);
      door.callBatch.mockResolvedValueOnce({
        results: { dialog: {} },
        errors: { messages: error },
      });
      await goTo(12_000 + TICK);
      await wait(TICK);

      expect(hook.result.current.messages).toEqual([]);
      expect(hook.result.current.earlier.available).toBe(false);
      // The card's query starts over (no chat while it loads): its answer says what is left.
      expect(client.getQueryState(chatKeys.linked(DEAL_42))?.data).toBeUndefined();
      await goTo(600_000);
      expect(polls(door)).toBe(1);
    },
  );
});

describe('useConversation: read marking', () => {
  const UNREAD: ConversationStart = { ...START, unread: 2 };

  it('marks the newest seen id read, at most once per 2 s, the newest of the window last', async () => {
    const { door, hook } = setup(UNREAD);
    let answer: (value: unknown) => void = () => undefined;
    door.callMethod.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    act(() => hook.result.current.markSeen(102));
    await wait(TICK);
    expect(door.callMethod).toHaveBeenCalledWith('im.dialog.read', {
      DIALOG_ID: 'chat2725',
      MESSAGE_ID: 102,
    });
    // The count changes when the portal has answered, not before.
    expect(hook.result.current.unread).toBe(2);
    answer({ dialogId: 'chat2725', chatId: 2725, counter: 1, lastId: 102 });
    await wait(TICK);
    expect(hook.result.current.unread).toBe(1);

    act(() => {
      hook.result.current.markSeen(102);
      hook.result.current.markSeen(103);
    });
    await wait(1_900);
    expect(door.callMethod).toHaveBeenCalledTimes(1);
    await wait(100 + TICK);
    expect(door.callMethod).toHaveBeenCalledTimes(2);
    expect(door.callMethod).toHaveBeenLastCalledWith('im.dialog.read', {
      DIALOG_ID: 'chat2725',
      MESSAGE_ID: 103,
    });
    answer({ dialogId: 'chat2725', chatId: 2725, counter: 0, lastId: 103 });
    await wait(TICK);
    expect(hook.result.current.unread).toBe(0);

    act(() => hook.result.current.markSeen(103));
    await wait(5_000);
    expect(door.callMethod).toHaveBeenCalledTimes(2);
  });

  it('marks nothing read while the document is hidden, and marks it on coming back', async () => {
    const { door, hook } = setup(UNREAD);
    door.callMethod.mockResolvedValue({
      dialogId: 'chat2725',
      chatId: 2725,
      counter: 0,
      lastId: 103,
    });
    act(() => setVisibility('hidden'));
    act(() => hook.result.current.markSeen(103));
    await wait(10_000);
    expect(door.callMethod).not.toHaveBeenCalled();
    act(() => setVisibility('visible'));
    await wait(TICK);
    expect(door.callMethod).toHaveBeenCalledExactlyOnceWith('im.dialog.read', {
      DIALOG_ID: 'chat2725',
      MESSAGE_ID: 103,
    });
  });

  it('never marks what is already read (nothing unread)', async () => {
    const { door, hook } = setup();
    act(() => hook.result.current.markSeen(103));
    await wait(3_000);
    expect(door.callMethod).not.toHaveBeenCalled();
  });

  it('keeps the count until the next poll when the portal sets no new mark', async () => {
    const { door, hook } = setup(UNREAD);
    door.callMethod.mockResolvedValue(false);
    door.callBatch.mockResolvedValue(newer([], 0));
    act(() => hook.result.current.markSeen(103));
    await wait(TICK);
    expect(hook.result.current.unread).toBe(2);
    await wait(12_000 + TICK);
    expect(hook.result.current.unread).toBe(0);
  });

  it('keeps a read’s count over a poll’s that was counted before the read', async () => {
    const { door, hook, goTo } = setup(UNREAD);
    let answerPoll: (value: BatchOutcome) => void = () => undefined;
    door.callBatch.mockImplementation(() => new Promise((resolve) => (answerPoll = resolve)));
    door.callMethod.mockResolvedValue({
      dialogId: 'chat2725',
      chatId: 2725,
      counter: 0,
      lastId: 103,
    });
    // The poll leaves at 12 s; the read goes and is answered while it is out.
    await goTo(12_000 + TICK);
    expect(polls(door)).toBe(1);
    act(() => hook.result.current.markSeen(103));
    await wait(TICK);
    expect(hook.result.current.unread).toBe(0);
    answerPoll(newer([], 2));
    await wait(TICK);
    expect(hook.result.current.unread).toBe(0);
  });

  it('drops the messages when marking read answers ACCESS_ERROR', async () => {
    const { door, hook } = setup(UNREAD);
    door.callMethod.mockRejectedValue(restError('ACCESS_ERROR', 403));
    act(() => hook.result.current.markSeen(103));
    await wait(TICK);
    expect(hook.result.current.messages).toEqual([]);
  });
});
