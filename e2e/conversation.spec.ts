import type { Locator, Page, Route } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { callsOf } from './rest-log.ts';

// Contract §5, the conversation on a `ready` card, against the emulator's seeded chat 2725
// (deal 42): 78 messages, the latest 20 in the first batch, 4 more unread for Mark (user 2).

const NEWEST = 'Staging is frozen until then.';
/** The first page: the latest 20, and the 4 unread the portal adds (Chat::getMessages). */
const FIRST_PAGE = 24;
/** An earlier page: 50 asked, and 54 older than the first page. */
const AFTER_ONE_EARLIER = FIRST_PAGE + 50;
const ALL = 78;

const messageLog = (app: ReturnType<Page['frameLocator']>) =>
  app.getByRole('log', { name: 'Messages' });

/** The shown message whose text contains `text`. */
const messageWith = (log: Locator, text: string) =>
  log.locator('[data-message-id]').filter({ hasText: text });

const ids = (log: Locator) =>
  log
    .locator('[data-message-id]')
    .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-message-id'))));

/** How far the log is from its end, in px (0: at the newest message). */
const fromBottom = (log: Locator) =>
  log.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight);

// Tall enough that the whole card, log included, is on the portal page's screen: only messages
// on screen are read.
test.use({ viewport: { width: 1280, height: 1100 } });

test('the latest messages, oldest first, open at the newest in a log that scrolls by itself', async ({
  app,
  openCard,
}) => {
  await openCard('ready');
  const log = messageLog(app);
  await expect(log).toHaveAttribute('aria-live', 'polite');
  // The latest 20, and the unread ones the portal adds to them.
  await expect(log.locator('[data-message-id]')).toHaveCount(FIRST_PAGE);
  const shown = await ids(log);
  expect(shown).toEqual([...shown].sort((a, b) => a - b));
  await expect(log.locator('[data-message-id]').last()).toContainText(NEWEST);
  await expect(messageWith(log, NEWEST).locator('time')).toHaveAttribute(
    'datetime',
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
  );

  const box = await log.evaluate((element) => ({
    scrollHeight: element.scrollHeight,
    clientHeight: element.clientHeight,
  }));
  expect(box.scrollHeight).toBeGreaterThan(box.clientHeight);
  await expect.poll(() => fromBottom(log)).toBeLessThanOrEqual(2);
  await expect(messageWith(log, NEWEST)).toBeInViewport();

  // Reachable by keyboard: focused, the arrow keys scroll it.
  await log.focus();
  await log.press('PageUp');
  await expect.poll(() => fromBottom(log)).toBeGreaterThan(50);
});

test('message markup on screen: elements, never HTML, and only safe links', async ({
  app,
  portal,
  openCard,
}) => {
  await openCard('ready');
  const log = messageLog(app);

  const scope = messageWith(log, 'for phase 2');
  await expect(scope.locator('b')).toHaveText('Scope');
  await expect(scope.locator('i')).toHaveText('search');
  await expect(scope.locator('u')).toHaveText('accessibility audit');
  await expect(scope.locator('s')).toHaveText('chat widget');

  const script = messageWith(log, 'in the Acme channel');
  await expect(script).toContainText('Someone posted click in the Acme channel');
  await expect(script.locator('.message__text a')).toHaveCount(0);

  const html = messageWith(log, 'Their CMS export has this in a title');
  await expect(html).toContainText('<img src=x onerror=alert(1)>');
  // Ivan's own avatar is the message's one image; the text makes none.
  await expect(html.locator('.message__text img')).toHaveCount(0);
  await expect(html.locator('img')).toHaveCount(1);

  const brief = messageWith(log, 'The brief:').getByRole('link');
  await expect(brief).toHaveAttribute('href', 'https://example.com/acme/brief');
  await expect(brief).toHaveAttribute('target', '_blank');
  await expect(brief).toHaveAttribute('rel', 'noopener noreferrer');

  const card = messageWith(log, 'All details are on').getByRole('link', { name: 'the deal card' });
  await expect(card).toHaveAttribute('href', `${portal.url}/crm/deal/details/42/`);
});

test('system messages, files, deleted and edited messages', async ({ app, openCard }) => {
  await openCard('ready');
  const log = messageLog(app);

  const system = messageWith(log, 'left the chat.');
  await expect(system).toHaveAttribute('data-message-system');
  await expect(system).toHaveText(/^Sofia Lang left the chat\./);
  await expect(system.locator('.avatar')).toHaveCount(0);
  await expect(log.locator('[data-message-system]')).toHaveCount(1);

  const files = messageWith(log, 'Product page v2 and the footer:');
  await expect(files.getByRole('list', { name: 'Attached files' })).toHaveText(
    /acme-product-v2\.png\s*footer-notes\.pdf/,
  );

  await expect(messageWith(log, 'Message deleted')).toHaveCount(1);
  await expect(log).not.toContainText('This message was deleted.');
  await expect(messageWith(log, 'Colours: navy, sand and coral.')).toContainText('(edited)');
});

test('unread, then read: im.dialog.read with the newest message shown', async ({
  page,
  app,
  card,
  portal,
  fitted,
  openCard,
}) => {
  // Hold the portal's answers to the reads: the count must be seen before it goes.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const reads: Route[] = [];
  await page.route(/\/rest\/im\.dialog\.read/, async (route) => {
    reads.push(route);
    await held;
    await route.continue();
  });
  const readOf = (route: Route) => new URLSearchParams(route.request().postData() ?? '');

  await openCard('ready');
  await expect(card).toHaveAttribute('data-unread', '4');
  await expect(card).toContainText('4 unread');
  const newest = Math.max(...(await ids(messageLog(app))));
  // The frame grows to its content after the first paint (later on a busy machine): once it
  // has, what is on screen, and so read, reaches the newest message within one 2 s window.
  await fitted();
  await expect
    .poll(() => reads.map((route) => readOf(route).get('MESSAGE_ID')), { timeout: 5_000 })
    .toContain(String(newest));
  for (const route of reads) expect(readOf(route).get('DIALOG_ID')).toBe('chat2725');
  // Until the portal answers, the count stays.
  await expect(card).toHaveAttribute('data-unread', '4');

  release();
  await expect(card).not.toHaveAttribute('data-unread');
  await expect(card).not.toContainText('unread');
  expect(portal.readState(2725)).toEqual({ lastId: newest, counter: 0 });
});

test('in Russian, the log, the unread count and the button speak Russian', async ({
  page,
  app,
  card,
  portal,
  openCard,
}) => {
  // The newest message is read as soon as it shows: no answer to it, so the count stays.
  await page.route(/\/rest\/im\.dialog\.read/, () => undefined);
  portal.setScenario({ lang: 'ru' });
  await openCard('ready');
  await expect(app.getByRole('log', { name: 'Сообщения' })).toBeVisible();
  await expect(card).toContainText('4 непрочитанных');
  await expect(app.getByRole('button', { name: 'Показать ранние сообщения' })).toBeAttached();
});

test('earlier messages load above without moving the message being read', async ({
  app,
  portal,
  openCard,
}) => {
  await openCard('ready');
  const log = messageLog(app);
  const oldest = Math.min(...(await ids(log)));
  await log.evaluate((element) => (element.scrollTop = 0));
  const first = log.locator(`[data-message-id="${oldest}"]`);
  const before = (await first.boundingBox())?.y ?? NaN;

  await app.getByRole('button', { name: 'Show earlier messages' }).click();
  await expect(log.locator('[data-message-id]')).toHaveCount(AFTER_ONE_EARLIER);
  const after = (await first.boundingBox())?.y ?? NaN;
  expect(Math.abs(after - before)).toBeLessThanOrEqual(3);

  const asked = callsOf(portal, 'im.dialog.messages.get').at(-1);
  expect(asked?.params).toMatchObject({ DIALOG_ID: 'chat2725', LAST_ID: String(oldest) });
  // A full page: there may be more, so the button stays; the next one comes back short (4).
  await app.getByRole('button', { name: 'Show earlier messages' }).click();
  await expect(log.locator('[data-message-id]')).toHaveCount(ALL);
  await expect(app.getByRole('button', { name: 'Show earlier messages' })).toHaveCount(0);
  const shown = await ids(log);
  expect(shown).toEqual([...shown].sort((a, b) => a - b));
});

test('a failed earlier page says so and keeps the messages', async ({ app, portal, openCard }) => {
  await openCard('ready');
  portal.addFault({ method: 'im.dialog.messages.get', error: 'INTERNAL_SERVER_ERROR', times: 1 });
  const log = messageLog(app);
  await app.getByRole('button', { name: 'Show earlier messages' }).click();
  await expect(app.getByRole('alert')).toHaveText('Couldn’t load earlier messages.');
  await expect(log.locator('[data-message-id]')).toHaveCount(FIRST_PAGE);
  await app.getByRole('button', { name: 'Show earlier messages' }).click();
  await expect(log.locator('[data-message-id]')).toHaveCount(AFTER_ONE_EARLIER);
  await expect(app.getByRole('alert')).toHaveCount(0);
});

test('a new message scrolls into view only for a reader at the end', async ({
  page,
  app,
  portal,
  openCard,
}) => {
  await page.clock.install();
  await openCard('ready');
  const log = messageLog(app);
  await expect.poll(() => fromBottom(log)).toBeLessThanOrEqual(2);

  // The card was just opened, so it is in use: its next ask comes within 15 s.
  portal.postMessage({ chatId: 2725, authorId: 4, text: 'First new message' });
  await page.clock.fastForward('00:16');
  await expect(messageWith(log, 'First new message')).toBeInViewport();
  await expect.poll(() => fromBottom(log)).toBeLessThanOrEqual(2);

  await log.evaluate((element) => (element.scrollTop = 200));
  portal.postMessage({ chatId: 2725, authorId: 1, text: 'Second new message' });
  await page.clock.fastForward('00:16');
  await expect(messageWith(log, 'Second new message')).toHaveCount(1);
  expect(await log.evaluate((element) => element.scrollTop)).toBe(200);
  await expect(messageWith(log, 'Second new message')).not.toBeInViewport();
});

test.describe('an outsider', () => {
  test.use({ scenario: { userId: 3 } });

  test('sees no message text, author or file name anywhere in the frame', async ({
    app,
    openCard,
  }) => {
    await openCard('access-denied');
    await expect(app.getByRole('button', { name: 'Request access' })).toBeVisible();
    const html = await app.locator('html').evaluate((element) => element.outerHTML);
    for (const secret of [
      NEWEST,
      'Acme approved the second draft.',
      'Anna Admin',
      'Sofia Lang',
      'acme-product-v2.png',
      'Acme proposal (signed).pdf',
    ]) {
      expect(html).not.toContain(secret);
    }
    await expect(app.getByRole('log')).toHaveCount(0);
    await expect(app.locator('[data-message-id]')).toHaveCount(0);
  });
});

test('avatars the network refuses fall back to initials, side by side', async ({
  page,
  app,
  portal,
  openCard,
}) => {
  await page.route(`${portal.url}/upload/main/avatar/user-1.svg`, (route) => route.abort());
  await openCard('ready');

  const members = app.getByRole('list', { name: 'Members' });
  const anna = members.getByRole('img', { name: 'Anna Admin' });
  await expect(anna).toHaveText('AA');
  await expect(anna.locator('xpath=self::img')).toHaveCount(0);
  // Sofia's photo URL points at a port nobody listens on.
  const sofia = messageWith(messageLog(app), 'Product page draft next.').locator('.avatar');
  await expect(sofia).toHaveText('SL');

  // No avatar covers another's initials.
  const boxes = await members
    .getByRole('img')
    .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
  for (let index = 1; index < boxes.length; index++) {
    expect(boxes[index]?.left).toBeGreaterThanOrEqual(boxes[index - 1]?.right ?? Infinity);
  }
});

test.describe('in a wide tab', () => {
  test.use({ viewport: { width: 1400, height: 1100 } });

  test('the card fills the tab, wider than 640 px, and says the record’s title once', async ({
    app,
    card,
    openCard,
    fitted,
  }) => {
    await openCard('ready');
    await fitted();
    const widths = await card.evaluate((element) => ({
      card: element.getBoundingClientRect().width,
      frame: document.documentElement.clientWidth,
    }));
    expect(widths.card).toBeGreaterThan(640);
    // The frame's body padding on either side, nothing more.
    expect(widths.frame - widths.card).toBeLessThanOrEqual(32);
    const text = (await card.textContent()) ?? '';
    const header = text.slice(0, text.indexOf('Show earlier messages'));
    expect(header.split('Website redesign for Acme')).toHaveLength(2);
    await expect(
      app.getByRole('heading', { name: 'Deal: Website redesign for Acme' }),
    ).toBeVisible();
  });
});
