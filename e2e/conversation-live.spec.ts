import type { FrameLocator, Page } from '@playwright/test';
import type { Portal } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';
import { callsOf, isConversationAsk, methodsOf, nothingMoreArrives, posts } from './rest-log.ts';

// Contract §5: the conversation comes with the card's first batch, and then stays near-live by
// asking, carefully: one request per ask, fast while the card is in use, nothing while the
// document is hidden or the frame is out of view, backing off when the portal is busy.

const CHAT = 2725;
const MARK = 2;
const IVAN = 4;

/** The poll's asks: batches of newer messages and the dialog (no lookup: not a first batch). */
function polls(portal: Portal) {
  return posts(portal).filter((entry) => methodsOf(entry).includes('im.dialog.get'));
}

/** Asks of either kind: the poll's, and the card's own first batch on a revalidation. */
function asks(portal: Portal) {
  return posts(portal).filter((entry) => entry.method === 'batch');
}

/** The seeded unread messages shown at `ready` are marked read: that request is behind us. */
async function readAtReady(portal: Portal): Promise<void> {
  await expect.poll(() => portal.readState(CHAT, MARK)?.counter).toBe(0);
}

/** What the portal page does to the frame's document when the person switches away and back. */
async function setVisibility(app: FrameLocator, state: 'hidden' | 'visible'): Promise<void> {
  await app.locator('body').evaluate((_body, visibility) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => visibility,
    });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, state);
}

/** Moves the page's clock: the card's timers fire as they would after that much time. */
async function after(page: Page, duration: string): Promise<void> {
  await page.clock.fastForward(duration);
}

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('the messages are on the card at ready, from one request and no preflight', async ({
  portal,
  card,
  openCard,
}) => {
  await openCard('ready');
  // No preflight at all; one request up to ready (the read mark that may follow is the log's).
  expect(portal.requests().filter((entry) => entry.httpMethod !== 'POST')).toEqual([]);
  expect(portal.requests().filter((entry) => !isConversationAsk(entry))).toHaveLength(1);
  expect(methodsOf(posts(portal)[0])).toContain('im.dialog.messages.get');
  expect(callsOf(portal, 'im.dialog.messages.get')).toEqual([
    {
      method: 'im.dialog.messages.get',
      params: { DIALOG_ID: 'chat$result[lookup][ID]', LIMIT: '20' },
    },
  ]);
  await expect(card.locator('[data-message-id]').first()).toBeVisible();
});

test('a message another member posts shows within 15 s while the card is in use', async ({
  page,
  portal,
  card,
  openCard,
}) => {
  await openCard('ready');
  const newest = await card.locator('[data-message-id]').last().getAttribute('data-message-id');
  const posted = portal.postMessage({ chatId: CHAT, authorId: IVAN, text: 'Fresh from Ivan' });
  portal.clearLog();

  await after(page, '00:13');
  await expect(card.locator(`[data-message-id="${posted.id}"]`)).toContainText('Fresh from Ivan');
  // One request for the ask: the newer messages and the dialog's counter together.
  expect(polls(portal)).toHaveLength(1);
  expect(methodsOf(polls(portal)[0])).toEqual(['im.dialog.messages.get', 'im.dialog.get']);
  expect(callsOf(portal, 'im.dialog.messages.get')[0]?.params).toMatchObject({
    DIALOG_ID: `chat${CHAT}`,
    FIRST_ID: newest,
  });
});

test('nothing is asked while the document is hidden; coming back, one request', async ({
  page,
  portal,
  app,
  openCard,
}) => {
  await openCard('ready');
  await readAtReady(portal);
  await setVisibility(app, 'hidden');
  portal.clearLog();
  await after(page, '05:00');
  await expect.poll(() => posts(portal)).toHaveLength(0);

  await setVisibility(app, 'visible');
  // The card's data is past its 30 s, so its revalidation is the one ask (contract §5).
  await expect.poll(() => asks(portal).length).toBe(1);
  await nothingMoreArrives(page);
  expect(asks(portal)).toHaveLength(1);
  expect(methodsOf(asks(portal)[0])).toContain('imbot.chat.get');
});

test('nothing is asked while the frame is display: none; shown again, one ask at once', async ({
  page,
  portal,
  openCard,
}) => {
  await openCard('ready');
  await readAtReady(portal);
  portal.hideFrame();
  await expect(page.locator('#app-frame')).toBeHidden();
  portal.clearLog();
  await after(page, '05:00');
  await nothingMoreArrives(page);
  expect(posts(portal)).toHaveLength(0);

  portal.showFrame();
  await expect.poll(() => polls(portal).length).toBe(1);
});

test('QUERY_LIMIT_EXCEEDED doubles the interval; the card stays ready, not stale', async ({
  page,
  portal,
  card,
  openCard,
}) => {
  await openCard('ready');
  portal.addFault({
    method: 'im.dialog.messages.get',
    scope: 'command',
    error: 'QUERY_LIMIT_EXCEEDED',
  });
  portal.clearLog();

  await after(page, '00:12');
  await expect.poll(() => polls(portal).length).toBe(1);
  // In use, the next ask would come 12 s later; busy, it waits 24 s.
  await after(page, '00:20');
  await nothingMoreArrives(page);
  expect(polls(portal)).toHaveLength(1);
  await after(page, '00:05');
  await expect.poll(() => polls(portal).length).toBe(2);

  await expect(card).toHaveAttribute('data-state', 'ready');
  await expect(card).not.toHaveAttribute('data-stale');
  await expect(card.locator('[data-message-id]').first()).toBeVisible();
});

test('another failed ask keeps the messages and marks the card stale', async ({
  page,
  portal,
  card,
  openCard,
}) => {
  await openCard('ready');
  portal.addFault({
    method: 'im.dialog.messages.get',
    scope: 'command',
    error: 'INTERNAL_SERVER_ERROR',
    times: 1,
  });
  await after(page, '00:12');
  await expect(card).toHaveAttribute('data-stale', 'true');
  await expect(card).toHaveAttribute('data-state', 'ready');
  await expect(card.locator('[data-message-id]').first()).toBeVisible();

  // The next ask succeeds: no longer stale.
  await after(page, '00:12');
  await expect(card).not.toHaveAttribute('data-stale');
});

test('access taken away while the card is shown removes the messages at once', async ({
  page,
  portal,
  card,
  app,
  openCard,
}) => {
  await openCard('ready');
  portal.postMessage({ chatId: CHAT, authorId: IVAN, text: 'Margin stays at 12 percent' });
  await after(page, '00:12');
  await expect(card).toContainText('Margin stays at 12 percent');
  portal.removeMember(CHAT, MARK);

  await after(page, '00:12');
  await expect(card.locator('[data-message-id]')).toHaveCount(0);
  await expect(card).toHaveAttribute('data-state', 'access-denied');
  const html = await app.locator('html').evaluate((root) => root.outerHTML);
  expect(html).not.toContain('Margin stays');
  expect(html).not.toContain('Deal: Website redesign for Acme');
});
