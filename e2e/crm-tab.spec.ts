import { test, expect } from './fixtures.ts';

test.describe('the Linked Chat tab finds each record’s chat by the CRM key', () => {
  test('deal: shows the chat and opens it in the messenger', async ({
    page,
    portal,
    card,
    app,
    openCard,
  }) => {
    await openCard('ready');
    await expect(
      card.getByRole('heading', { name: 'Deal: Website redesign for Acme' }),
    ).toBeVisible();
    await expect(card).toContainText('3 members');
    await expect(card).toContainText('Website redesign for Acme');
    await expect(app.getByRole('link', { name: /Open in a new tab/ })).toHaveAttribute(
      'href',
      `${portal.url}/online/?IM_DIALOG=chat2725`,
    );

    await app.getByRole('button', { name: 'Open chat' }).click();

    await expect
      .poll(() => portal.messages().filter((message) => message.command === 'imOpenMessenger'))
      .toEqual([expect.objectContaining({ params: { dialogId: 'chat2725' } })]);
    const messenger = page.getByRole('complementary', { name: 'Messenger' });
    await expect(messenger).toHaveAttribute('data-dialog-id', 'chat2725');
    await expect(messenger).toContainText('Deal: Website redesign for Acme');
  });

  test.describe('lead', () => {
    test.use({ scenario: { placement: 'CRM_LEAD_DETAIL_TAB', placementOptions: { ID: '7' } } });

    test('finds the lead’s chat under LEAD|7', async ({ portal, card, openCard }) => {
      await openCard('ready');
      await expect(card).toContainText('Lead: Inbound: Initech');
      const lookup = portal
        .requests()
        .flatMap((entry) => Object.values(entry.commands ?? {}))
        .find((command) => command.method === 'imbot.chat.get');
      expect(lookup?.params).toEqual({ ENTITY_TYPE: 'CRM', ENTITY_ID: 'LEAD|7' });
    });
  });

  test.describe('smart process', () => {
    test.use({
      scenario: { placement: 'CRM_DYNAMIC_183_DETAIL_TAB', placementOptions: '{"ID":5}' },
    });

    test('finds the item’s chat under DYNAMIC_183|5', async ({ portal, card, openCard }) => {
      await openCard('ready');
      await expect(card).toContainText('Projects: Rollout phase 2');
      const lookup = portal
        .requests()
        .flatMap((entry) => Object.values(entry.commands ?? {}))
        .find((command) => command.method === 'imbot.chat.get');
      expect(lookup?.params).toEqual({ ENTITY_TYPE: 'CRM', ENTITY_ID: 'DYNAMIC_183|5' });
    });
  });
});

test.describe('every card state from its real cause', () => {
  test.describe('no chat yet', () => {
    test.use({ scenario: { placementOptions: { ID: '43' } } });

    test('deal without a discussion chat', async ({ card, openCard }) => {
      await openCard('no-chat');
      await expect(card).toContainText('no discussion chat yet');
      await expect(card.getByRole('button', { name: 'Open chat' })).toHaveCount(0);
    });
  });

  test.describe('contacts', () => {
    test.use({ scenario: { placement: 'CRM_CONTACT_DETAIL_TAB', placementOptions: { id: 3 } } });

    // Bitrix24 keeps no chat for them: the tab lists their deals' and leads' (client.spec.ts).
    test('list the chats of their deals and leads', async ({ card, openCard }) => {
      await openCard('client');
      await expect(card).toContainText('Chats of this contact’s deals and leads');
    });
  });

  test.describe('not a member', () => {
    test.use({ scenario: { placementOptions: { ID: '44' } } });

    test('says why and shows nothing about the chat', async ({ card, app, openCard }) => {
      await openCard('access-denied');
      await expect(card).toContainText('You are not a member of this chat');
      await expect(card).toContainText('Chat button');
      await expect(card).toContainText('Ivan Petrov');
      const html = await app.locator('html').evaluate((root) => root.outerHTML);
      expect(html).not.toContain('Deal: Warehouse automation');
      expect(html).not.toContain('chat2726');
      await expect(app.getByRole('button', { name: 'Open chat' })).toHaveCount(0);
    });
  });

  test('guest session: unauthorized', async ({ portal, card, openCard }) => {
    portal.addFault({ method: 'imbot.chat.get', scope: 'command', error: 'AUTHORIZE_ERROR' });
    await openCard('unauthorized');
    await expect(card).toContainText('Sign in as an employee');
  });

  test('missing scope: restricted', async ({ portal, card, openCard }) => {
    portal.addFault({ method: 'batch', error: 'insufficient_scope' });
    await openCard('restricted');
    await expect(card).toContainText('lacks a permission');
  });

  test('no auth at all: session expired', async ({ portal, card, openCard }) => {
    portal.addFault({ method: 'batch', status: 401, error: 'NO_AUTH_FOUND' });
    await openCard('session-expired');
    await expect(card).toContainText('Reload the page');
  });

  test.describe('a tab opened without a record ID', () => {
    test.use({ scenario: { placementOptions: {} } });

    test('bad placement, and no request is made', async ({ portal, card, openCard }) => {
      await openCard('bad-placement');
      await expect(card).toContainText('without a record ID');
      expect(portal.requests()).toEqual([]);
    });
  });

  test.describe('a malformed record ID', () => {
    test.use({ scenario: { placementOptions: '{"ID":"abc"}' } });

    test('bad placement naming the value', async ({ card, openCard }) => {
      await openCard('bad-placement');
      await expect(card).toContainText('“abc”');
    });
  });

  // `error` and its Try again: every fault that leads there is in faults.spec.ts.

  test('loading shows a busy skeleton first', async ({ page, card, openCard }) => {
    // The card's request is held until the skeleton has been seen, however slow the machine.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/rest\/batch/, async (route) => {
      await held;
      await route.continue();
    });
    await openCard('loading');
    await expect(card).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(card).toHaveAttribute('aria-busy', 'false');
  });
});

test.describe('in Russian', () => {
  test.use({ scenario: { lang: 'ru' } });

  test('the card speaks Russian', async ({ card, app, openCard }) => {
    await openCard('ready');
    await expect(app.getByRole('button', { name: 'Открыть чат' })).toBeVisible();
    await expect(card).toContainText('3 участника');
  });
});

test.describe('outside Bitrix24', () => {
  test('opened directly: explains how to install the app', async ({ page, portal }) => {
    await page.goto(`${portal.appOrigin}/index.html`);
    await expect(page.locator('#root')).toHaveAttribute('data-view', 'outside-frame');
    await expect(page.getByText('Open Linked Chat inside Bitrix24')).toBeVisible();
  });

  test.describe('a portal that never answers', () => {
    test.use({ scenario: { silentParent: true } });

    test('gives up within 10 s and offers Reload', async ({ openPortal, app }) => {
      await openPortal();
      await expect(app.locator('#root')).toHaveAttribute('data-view', 'outside-frame', {
        timeout: 12_000,
      });
      await expect(app.getByRole('button', { name: 'Reload' })).toBeVisible();
    });
  });
});
