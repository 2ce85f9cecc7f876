import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { Portal } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';
import { searchBox } from './lookup-page.ts';

// Issue "Looks native": everything the tab offers works from the keyboard alone, starting on the
// portal page, with a visible focus ring; the frame reflows at 320 px and at 200 % zoom.

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate(
    (element) =>
      element.ownerDocument.activeElement === element && element.ownerDocument.hasFocus(),
  );
}

/** Presses Tab from wherever focus is (the portal page at first) until `target` has focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error('Tab never reached the control');
}

async function expectFocusRing(target: Locator): Promise<void> {
  const ring = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  expect(ring).toEqual({ style: 'solid', width: '2px' });
}

function messengerOpenedOn(portal: Portal) {
  return portal
    .messages()
    .filter((message) => message.command === 'imOpenMessenger')
    .map((message) => message.params);
}

async function horizontalOverflow(app: FrameLocator): Promise<number> {
  return app.locator('html').evaluate((root) => root.scrollWidth - window.innerWidth);
}

test('Open chat: reached with Tab from the portal page, pressed with Enter', async ({
  page,
  portal,
  card,
  openCard,
}) => {
  await openCard('ready');
  const open = card.getByRole('button', { name: 'Open chat' });
  await tabTo(page, open);
  await expectFocusRing(open);
  await page.keyboard.press('Enter');
  await expect.poll(() => messengerOpenedOn(portal)).toEqual([{ dialogId: 'chat2725' }]);
});

test('Try again: pressed with Space, the card keeps the focus and shows the chat', async ({
  page,
  portal,
  card,
  openCard,
}) => {
  portal.addFault({ method: 'batch', error: 'INTERNAL_SERVER_ERROR' });
  await openCard('error');
  const retry = card.getByRole('button', { name: 'Try again' });
  await tabTo(page, retry);
  await expectFocusRing(retry);

  portal.clearFaults();
  await page.keyboard.press('Space');
  await expect(card).toHaveAttribute('data-state', 'ready');
  expect(await isFocused(card)).toBe(true);
  // The next Tab goes on into the card, not back to the top of the portal page: to its
  // conversation, which the arrow keys then scroll.
  await page.keyboard.press('Tab');
  expect(await isFocused(card.getByRole('log', { name: 'Messages' }))).toBe(true);
});

test.describe('a user outside the chat', () => {
  test.use({ scenario: { userId: 3, placementOptions: { ID: '44' } } });

  test('Request access: pressed with Enter, focus moves to the confirmation', async ({
    page,
    portal,
    card,
    openCard,
  }) => {
    await openCard('access-denied');
    const request = card.getByRole('button', { name: 'Request access' });
    await tabTo(page, request);
    await expectFocusRing(request);
    await page.keyboard.press('Enter');

    const confirmation = card.getByRole('status').filter({ hasText: 'Request sent' });
    await expect(confirmation).toContainText('Ivan Petrov');
    await expect.poll(() => isFocused(confirmation)).toBe(true);
    await expect.poll(() => portal.notifications()).toHaveLength(1);
  });
});

test.describe('the lookup page', () => {
  test.use({ scenario: { placement: 'LEFT_MENU', placementOptions: {} } });

  test('search, choose a record, open its chat and come back, without the mouse', async ({
    page,
    portal,
    openPortal,
    app,
  }) => {
    await openPortal();
    const search = searchBox(app);
    await tabTo(page, search);
    await expectFocusRing(search);
    await page.keyboard.type('office');
    const results = app.locator('[data-list-state]');
    await expect(results.getByRole('listitem')).toHaveCount(1);
    await expect(results).toHaveAttribute('aria-busy', 'false');

    const record = app.getByRole('button', { name: 'Office move for Wayne' });
    await page.keyboard.press('Tab');
    await expect(record).toBeFocused();
    await page.keyboard.press('Enter');

    // The chosen record's card takes the focus at its Back button; Open record, its conversation,
    // the reply's Message box (Send is disabled while it is empty) and then Open chat come next.
    const card = app.locator('[data-state]');
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(card.getByRole('heading', { name: 'Deal: Office move for Wayne' })).toBeVisible();
    const back = app.getByRole('button', { name: 'Back' });
    await expect(back).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.getByRole('button', { name: 'Open record' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(card.getByRole('log', { name: 'Messages' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(card.getByRole('textbox', { name: 'Message' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(card.getByRole('button', { name: 'Open chat' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => messengerOpenedOn(portal)).toEqual([{ dialogId: 'chat2752' }]);

    // Back: the search is as typed, and the focus is on the record the card came from.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(back).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(search).toHaveValue('office');
    await expect(record).toBeFocused();
  });
});

test.describe('motion', () => {
  test('the skeleton pulses only when the user has not asked for less motion', async ({
    page,
    portal,
    card,
    openCard,
  }) => {
    portal.setLatency(20_000);
    const animation = () =>
      card
        .locator('.skeleton__block')
        .first()
        .evaluate((block) => getComputedStyle(block).animationName);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openCard('loading');
    expect(await animation()).toBe('none');

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(animation).toBe('pulse');
  });
});

test.describe('a 320 px wide frame', () => {
  test.use({ scenario: { frameWidth: 320 } });

  test('the ready card wraps without horizontal scrolling', async ({ app, card, openCard }) => {
    await openCard('ready');
    expect(await horizontalOverflow(app)).toBeLessThanOrEqual(0);
    // Below the reply's box it may start under the page's fold: scrolled to, it is all there.
    const openChat = card.getByRole('button', { name: 'Open chat' });
    await openChat.scrollIntoViewIfNeeded();
    await expect(openChat).toBeInViewport({ ratio: 1 });
  });

  test.describe('on the lookup page', () => {
    test.use({ scenario: { frameWidth: 320, placement: 'LEFT_MENU', placementOptions: {} } });

    test('the list wraps without horizontal scrolling', async ({ openLookup, app }) => {
      await openLookup();
      expect(await horizontalOverflow(app)).toBeLessThanOrEqual(0);
    });
  });

  test.describe('access denied', () => {
    test.use({ scenario: { frameWidth: 320, userId: 3, placementOptions: { ID: '44' } } });

    test('the longest card wraps too', async ({ app, openCard }) => {
      await openCard('access-denied');
      expect(await horizontalOverflow(app)).toBeLessThanOrEqual(0);
    });
  });
});

test.describe('200 % zoom', () => {
  // A 1280 px window at 200 % lays the page out in 640 CSS px, each twice as large.
  test.use({ viewport: { width: 1280, height: 900 }, scenario: { frameWidth: 640 } });

  test('the card reflows and its button stays reachable', async ({ page, app, card, openCard }) => {
    await openCard('ready');
    await app.locator('html').evaluate((root) => {
      root.style.zoom = '2';
    });
    expect(await horizontalOverflow(app)).toBeLessThanOrEqual(0);
    const open = card.getByRole('button', { name: 'Open chat' });
    await tabTo(page, open);
    await expect(open).toBeInViewport();
  });
});
