import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { Portal } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';
import { callsOf, methodsOf, posts } from './rest-log.ts';

// Contract §6: a contact's or company's tab lists the chats of the client's deals and leads.
// Seed (emulator/seed.ts): contact 3 Jane Roe has 14 (she is the second contact on some, which
// only the binding table finds); company 9 Acme Ltd has 8.

/** The rows of the client's list. */
function rows(card: Locator): Locator {
  return card.getByRole('listitem');
}

/** The row of the record whose button is named `title`. */
function row(app: FrameLocator, title: string): Locator {
  return app
    .getByRole('listitem')
    .filter({ has: app.getByRole('button', { name: title, exact: true }) });
}

/** The record buttons' names, top to bottom. */
function titles(card: Locator): Promise<string[]> {
  return card.locator('.record-row__record').allTextContents();
}

/** openPath as the app posted it, and the page the portal opened in its slider. */
async function expectSliderOn(portal: Portal, page: Page, path: string) {
  await expect
    .poll(() => portal.messages().filter((message) => message.command === 'openPath'))
    .toEqual([
      expect.objectContaining({
        params: {
          path: expect.stringMatching(new RegExp(`${path}\\?IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER$`)),
        },
      }),
    ]);
  await expect(page.getByRole('complementary', { name: 'Slider' })).toHaveAttribute(
    'data-path',
    path,
  );
}

test.describe('a contact’s tab', () => {
  test.use({ scenario: { placement: 'CRM_CONTACT_DETAIL_TAB', placementOptions: { ID: '3' } } });

  test('lists the deals and leads the contact is bound to, newest first, in two requests', async ({
    portal,
    app,
    card,
    openCard,
  }) => {
    await openCard('client');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(
      'Chats of this contact’s deals and leads',
    );
    await expect(rows(card)).toHaveCount(10);
    expect(await titles(card)).toEqual([
      'Inbound: Initech',
      'Warehouse automation',
      'Annual support renewal',
      'Website redesign for Acme',
      'Event follow-up: LegalTech',
      'Newsletter sign-up: Roe Legal',
      'Partner programme enquiry',
      'Referral from Jane Roe',
      'GDPR data audit',
      'Compliance training',
    ]);

    const member = row(app, 'Website redesign for Acme');
    await expect(member).toContainText('Deal #42');
    // Rows as on the lookup page (contract §6): each names its record.
    await expect(card.locator('[data-record="DEAL|42"]')).toContainText(
      'Website redesign for Acme',
    );
    await expect(member).toContainText('You’re a member of its chat');
    await expect(member.getByRole('button', { name: 'Open chat' })).toBeVisible();
    // Jane is the deal's second contact; its chat is one she may not read: no title of it.
    const outsider = row(app, 'Warehouse automation');
    await expect(outsider).toContainText('Has a chat you’re not a member of');
    await expect(outsider.getByRole('button', { name: 'Open chat' })).toHaveCount(0);
    await expect(card).not.toContainText('Deal: Warehouse automation');
    await expect(row(app, 'Annual support renewal')).toContainText('No chat yet');

    const [lists, statuses, ...rest] = posts(portal);
    expect(rest).toEqual([]);
    expect(new Set(methodsOf(lists))).toEqual(new Set(['crm.item.list']));
    expect(callsOf(portal, 'crm.item.list')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          params: expect.objectContaining({ entityTypeId: '2', filter: { contactIds: '3' } }),
        }),
        expect.objectContaining({
          params: expect.objectContaining({ entityTypeId: '1', filter: { contactIds: '3' } }),
        }),
      ]),
    );
    expect(methodsOf(statuses).filter((method) => method === 'imbot.chat.get')).toHaveLength(10);

    await member.getByRole('button', { name: 'Open chat' }).click();
    await expect
      .poll(() => portal.messages().filter((message) => message.command === 'imOpenMessenger'))
      .toEqual([expect.objectContaining({ params: { dialogId: 'chat2725' } })]);
  });

  test('Show more adds the next screen and moves the focus to its first row', async ({
    app,
    card,
    openCard,
  }) => {
    await openCard('client');
    await expect(rows(card)).toHaveCount(10);
    await card.getByRole('button', { name: 'Show more' }).click();
    await expect(rows(card)).toHaveCount(14);
    expect((await titles(card)).slice(10)).toEqual([
      'Contract renewal next year',
      'Privacy policy update',
      'Trademark filing',
      'Legal review of the master agreement',
    ]);
    await expect(app.getByRole('button', { name: 'Contract renewal next year' })).toBeFocused();
    await expect(card.getByRole('button', { name: 'Show more' })).toHaveCount(0);
    await expect(row(app, 'Trademark filing')).toContainText('Has a chat you’re not a member of');
    await expect(card).not.toContainText('Deal: Trademark filing');
  });

  test('works from the keyboard: Show more, a row’s card and Back', async ({
    page,
    app,
    card,
    openCard,
  }) => {
    await openCard('client');
    await card.getByRole('button', { name: 'Show more' }).focus();
    await page.keyboard.press('Enter');
    const added = app.getByRole('button', { name: 'Contract renewal next year' });
    await expect(added).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card).toHaveAttribute('data-state', 'no-chat');
    await expect(app.getByRole('button', { name: 'Back' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.getByRole('button', { name: 'Open record' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(card).toHaveAttribute('data-state', 'client');
    await expect(rows(card)).toHaveCount(14);
    await expect(added).toBeFocused();
  });

  test('a row opens its card, with Back and Open record', async ({
    page,
    portal,
    app,
    card,
    openCard,
  }) => {
    await openCard('client');
    await app.getByRole('button', { name: 'Website redesign for Acme', exact: true }).click();
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(card).toContainText('Deal: Website redesign for Acme');
    await expect(app.getByRole('button', { name: 'Back' })).toBeFocused();

    await app.getByRole('button', { name: 'Open record' }).click();
    await expectSliderOn(portal, page, '/crm/deal/details/42/');

    await app.getByRole('button', { name: 'Back' }).click();
    await expect(card).toHaveAttribute('data-state', 'client');
    await expect(
      app.getByRole('button', { name: 'Website redesign for Acme', exact: true }),
    ).toBeFocused();
  });
});

test.describe('a company’s tab', () => {
  test.use({ scenario: { placement: 'CRM_COMPANY_DETAIL_TAB', placementOptions: { ID: '9' } } });

  test('lists the company’s deals and leads', async ({ portal, card, openCard }) => {
    await openCard('client');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(
      'Chats of this company’s deals and leads',
    );
    await expect(rows(card)).toHaveCount(8);
    expect(await titles(card)).toEqual([
      'Warehouse automation',
      'Annual support renewal',
      'Website redesign for Acme',
      'Partner programme enquiry',
      'GDPR data audit',
      'Contract renewal next year',
      'Trademark filing',
      'Legal review of the master agreement',
    ]);
    await expect(card.getByRole('button', { name: 'Show more' })).toHaveCount(0);
    expect(callsOf(portal, 'crm.item.list')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          params: expect.objectContaining({ filter: { companyId: '9' } }),
        }),
      ]),
    );
  });
});

test.describe('a contact’s tab under an admin’s key template', () => {
  test.use({ scenario: { placement: 'CRM_CONTACT_DETAIL_TAB', placementOptions: { ID: '3' } } });

  test('looks for the contact’s own chat under that key first, then lists the client’s', async ({
    portal,
    app,
    card,
    openCard,
  }) => {
    const template = JSON.stringify({ entityType: 'PROJECT', entityId: '{TYPE}-{ID}' });
    const saved = await fetch(`${portal.url}/rest/app.option.set`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ options: { keyTemplate: template }, auth: portal.issueToken(1) }),
    });
    expect(saved.status).toBe(200);

    await openCard('client');
    const lookups = callsOf(portal, 'imbot.chat.get');
    expect(lookups[0]).toEqual(
      expect.objectContaining({ params: { ENTITY_TYPE: 'PROJECT', ENTITY_ID: 'CONTACT-3' } }),
    );
    // The rows follow the template too: no deal has a chat under it.
    expect(lookups.slice(1)).toContainEqual(
      expect.objectContaining({ params: { ENTITY_TYPE: 'PROJECT', ENTITY_ID: 'DEAL-42' } }),
    );
    await expect(row(app, 'Website redesign for Acme')).toContainText('No chat yet');
    await expect(rows(card)).toHaveCount(10);
  });
});

test.describe('Open record on a card opened from the lookup page', () => {
  test.use({ scenario: { placement: 'LEFT_MENU', placementOptions: {} } });

  test('posts the portal navigation to the deal’s own card', async ({
    page,
    portal,
    app,
    card,
    openLookup,
  }) => {
    await openLookup();
    await app
      .getByRole('button', { name: 'Website redesign for Acme', exact: true })
      .first()
      .click();
    await expect(card).toHaveAttribute('data-state', 'ready');
    await app.getByRole('button', { name: 'Open record' }).click();
    await expectSliderOn(portal, page, '/crm/deal/details/42/');
    await page.getByRole('button', { name: 'Close slider' }).click();
    await expect(page.getByRole('complementary', { name: 'Slider' })).toBeHidden();
    await expect(
      app.getByRole('status').filter({ hasText: 'Bitrix24 hasn’t answered' }),
    ).toHaveCount(0);
  });

  test('says so, with a link to the card, when the portal never answers', async ({
    portal,
    app,
    openLookup,
  }) => {
    portal.setScenario({ silentCommands: ['openPath'] });
    await openLookup();
    await app.getByRole('button', { name: 'Inbound: Initech', exact: true }).first().click();
    await app.getByRole('button', { name: 'Open record' }).click();
    const notice = app.getByRole('status').filter({ hasText: 'Bitrix24 hasn’t answered.' });
    await expect(notice).toBeVisible({ timeout: 10_000 });
    await expect(notice.getByRole('link', { name: 'Open in a new tab' })).toHaveAttribute(
      'href',
      `${portal.url}/crm/lead/details/7/`,
    );
  });
});
