import type { Page } from '@playwright/test';
import type { Portal } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';
import { results, row, searchBox } from './lookup-page.ts';
import { methodsOf, posts } from './rest-log.ts';

test.use({ scenario: { placement: 'LEFT_MENU', placementOptions: {} } });

async function expectMessengerOn(portal: Portal, page: Page, id: number) {
  await expect
    .poll(() => portal.messages().filter((message) => message.command === 'imOpenMessenger'))
    .toEqual([expect.objectContaining({ params: { dialogId: `chat${id}` } })]);
  await expect(page.getByRole('complementary', { name: 'Messenger' })).toHaveAttribute(
    'data-dialog-id',
    `chat${id}`,
  );
}

test.describe('the lookup page lists recent records with their chat status', () => {
  test('one batch for the lists, one for every status', async ({ portal, openPortal, app }) => {
    await openPortal();

    await expect(app.locator('[data-view]')).toHaveAttribute('data-view', 'lookup');
    await expect(results(app)).toHaveAttribute('data-list-state', 'ready');
    await expect(results(app).getByRole('listitem')).toHaveCount(20);

    const member = row(app, 'Mobile app for Initech');
    await expect(member).toContainText('Deal #46');
    await expect(member).toContainText('You’re a member of its chat');
    await expect(member.getByRole('button', { name: 'Open chat' })).toBeVisible();
    const outsider = row(app, 'Warehouse automation');
    await expect(outsider).toContainText('Has a chat you’re not a member of');
    await expect(outsider.getByRole('button', { name: 'Open chat' })).toHaveCount(0);
    await expect(row(app, 'Annual support renewal')).toContainText('No chat yet');
    await expect(row(app, 'Webinar: Oscorp')).toContainText('Lead #57');

    const [lists, statuses, ...rest] = posts(portal);
    expect(rest).toEqual([]);
    expect(new Set(methodsOf(lists))).toEqual(
      new Set(['im.recent.list', 'crm.item.list', 'crm.type.list']),
    );
    expect(methodsOf(statuses).filter((method) => method === 'imbot.chat.get')).toHaveLength(20);
    expect(Object.values(statuses?.commands ?? {})).toContainEqual({
      method: 'imbot.chat.get',
      params: { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|46' },
    });
  });

  test('smart processes named by the install are listed in the first batch', async ({
    page,
    portal,
    openLookup,
    app,
  }) => {
    const saved = await page.request.post(`${portal.url}/rest/app.option.set`, {
      data: { auth: portal.issueToken(1), options: { smartProcessTypes: '[183,187]' } },
    });
    expect(saved.ok()).toBe(true);
    portal.clearLog();
    await openLookup();
    await expect(row(app, 'Rollout phase 2')).toContainText('You’re a member of its chat');
    await expect(row(app, 'Tender 1')).toContainText('No chat yet');
    const [lists] = posts(portal);
    // crm.type.list rides along for the types' names, not to learn which types there are.
    expect(methodsOf(lists)).toEqual([
      'im.recent.list',
      'crm.item.list',
      'crm.item.list',
      'crm.item.list',
      'crm.item.list',
      'crm.type.list',
    ]);
    expect(posts(portal)).toHaveLength(2);
  });

  test('Open chat from the list opens the messenger on that chat', async ({
    page,
    portal,
    openPortal,
    app,
  }) => {
    await openPortal();
    await row(app, 'Office move for Wayne').getByRole('button', { name: 'Open chat' }).click();

    await expectMessengerOn(portal, page, 2752);
    await expect(page.getByRole('complementary', { name: 'Messenger' })).toContainText(
      'Deal: Office move for Wayne',
    );
  });
});

test.describe('searching', () => {
  test('by title, then by ID across deals, leads, quotes, smart invoices and smart processes', async ({
    portal,
    openLookup,
    app,
  }) => {
    await openLookup();
    const search = searchBox(app);

    portal.clearLog();
    await search.pressSequentially('acme');
    // The deal, and quote 11 "Quote for Acme".
    await expect(results(app).getByRole('listitem')).toHaveCount(2);
    await expect(row(app, 'Website redesign for Acme')).toContainText(
      'You’re a member of its chat',
    );
    // Typed faster than the debounce: one search for the whole word, then its statuses.
    const [found, statuses, ...rest] = posts(portal);
    expect(rest).toEqual([]);
    expect(Object.values(found?.commands ?? {})).toEqual(
      ['2', '1', '7', '31', '183', '187'].map((entityTypeId) => ({
        method: 'crm.item.list',
        params: expect.objectContaining({ entityTypeId, filter: { '%title': 'acme' } }),
      })),
    );
    expect(methodsOf(statuses)).toEqual([
      'imbot.chat.get',
      'imbot.dialog.get',
      'imbot.chat.get',
      'imbot.dialog.get',
    ]);

    // The first visit learnt the smart-process types: item 5 of "Projects" is found by its ID.
    await search.fill('5');
    // Named as the portal names its type (crm.type.list), not "Item #5".
    await expect(row(app, 'Rollout phase 2')).toContainText('Projects #5');
    await expect(results(app).getByRole('listitem')).toHaveCount(1);

    await search.fill('7');
    await expect(row(app, 'Inbound: Initech')).toContainText('Lead #7');
    await expect(results(app).getByRole('listitem')).toHaveCount(1);
  });

  test('what was typed survives a failed search and its retry', async ({
    portal,
    openLookup,
    app,
  }) => {
    await openLookup();
    portal.addFault({
      method: 'crm.item.list',
      scope: 'command',
      error: 'INTERNAL_SERVER_ERROR',
      times: 1,
    });
    const search = searchBox(app);
    await search.fill('Globex');

    await expect(results(app)).toHaveAttribute('data-list-state', 'error');
    await expect(results(app)).toContainText('Bitrix24 had an error while answering.');
    await expect(search).toHaveValue('Globex');

    await results(app).getByRole('button', { name: 'Try again' }).click();
    await expect(row(app, 'Pilot for Globex')).toContainText('No chat yet');
    await expect(search).toHaveValue('Globex');
  });
});

test.describe('the default app page', () => {
  test.use({ scenario: { placement: 'DEFAULT', placementOptions: {} } });

  test('shows the lookup too', async ({ openPortal, app }) => {
    await openPortal();
    await expect(app.locator('[data-view]')).toHaveAttribute('data-view', 'lookup');
    await expect(results(app)).toHaveAttribute('data-list-state', 'ready');
    await expect(searchBox(app)).toBeVisible();
  });
});

test.describe('the Settings entry', () => {
  test('is not offered to a non-admin', async ({ openLookup, app }) => {
    await openLookup();
    await expect(app.getByRole('button', { name: 'Settings' })).toHaveCount(0);
  });

  test.describe('for an admin', () => {
    test.use({ scenario: { placement: 'LEFT_MENU', placementOptions: {}, userId: 1 } });

    test('switches the frame to the settings', async ({ openPortal, app }) => {
      await openPortal();
      await app.getByRole('button', { name: 'Settings' }).click();
      await expect(app.locator('[data-view]')).toHaveAttribute('data-view', 'settings');
    });
  });
});
