import type { Fault } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';
import { isConversationAsk } from './rest-log.ts';

// Stale-while-error (contract §3, freshness): a failed revalidation keeps the last good card,
// marked stale, with a quiet notice and Try again; losing access replaces the card at once.

const CHAT_TITLE = 'Deal: Website redesign for Acme';

test('a failed refresh keeps the last good card, marked stale, until Try again heals it', async ({
  portal,
  card,
  revalidate,
  openCard,
}) => {
  await openCard('ready');
  await expect(card).not.toHaveAttribute('data-stale');

  portal.addFault({ method: 'batch', error: 'INTERNAL_SERVER_ERROR' });
  portal.clearLog();
  await revalidate();

  await expect(card).toHaveAttribute('data-stale', 'true');
  await expect(card).toHaveAttribute('data-state', 'ready');
  const revalidations = portal.requests().filter((entry) => !isConversationAsk(entry));
  expect(revalidations.map((entry) => entry.status)).toEqual([500]);
  // Nothing lost: the chat is still on screen and still opens.
  await expect(card.getByRole('heading', { name: CHAT_TITLE })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Open chat' })).toBeVisible();
  // Quiet: a status, not an alert, saying how old the data is.
  const notice = card.getByRole('status');
  await expect(notice).toHaveText(/Couldn’t refresh\. Last updated 1 minute ago\./);
  await expect(card.getByRole('alert')).toHaveCount(0);

  portal.clearFaults();
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(card).not.toHaveAttribute('data-stale');
  await expect(card).toHaveAttribute('data-state', 'ready');
  await expect(card.getByRole('status')).toHaveCount(0);
});

test('a refresh that cannot reach Bitrix24 also keeps the card', async ({
  portal,
  card,
  revalidate,
  openCard,
}) => {
  await openCard('ready');

  portal.addFault({ method: 'batch', network: 'drop' });
  await revalidate();

  await expect(card).toHaveAttribute('data-stale', 'true');
  await expect(card.getByRole('heading', { name: CHAT_TITLE })).toBeVisible();
});

test.describe('losing access replaces the card at once, stale or not', () => {
  const rows: Array<{ state: string; fault: Fault; says: string }> = [
    {
      state: 'access-denied',
      fault: { method: 'imbot.dialog.get', scope: 'command', error: 'ACCESS_ERROR' },
      says: 'You are not a member of this chat',
    },
    {
      state: 'restricted',
      fault: { method: 'batch', error: 'insufficient_scope' },
      says: 'The app lacks a permission',
    },
    {
      state: 'unauthorized',
      fault: { method: 'imbot.chat.get', scope: 'command', error: 'AUTHORIZE_ERROR' },
      says: 'Sign in as an employee',
    },
    {
      state: 'session-expired',
      fault: { method: 'batch', status: 401, error: 'NO_AUTH_FOUND' },
      says: 'Reload the page',
    },
  ];

  for (const { state, fault, says } of rows) {
    test(state, async ({ portal, card, app, revalidate, openCard }) => {
      await openCard('ready');

      portal.addFault(fault);
      await revalidate();

      await expect(card).toHaveAttribute('data-state', state);
      await expect(card).not.toHaveAttribute('data-stale');
      await expect(card).toContainText(says);
      const html = await app.locator('html').evaluate((root) => root.outerHTML);
      expect(html).not.toContain(CHAT_TITLE);
      expect(html).not.toContain('chat2725');
    });
  }
});
