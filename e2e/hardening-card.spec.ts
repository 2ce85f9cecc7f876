import type { Portal } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';
import { isConversationAsk, methodsOf, posts } from './rest-log.ts';

// Issue 11: the card faithful to a real portal, and unbreakable by double clicks and odd data.

const CHAT_TITLE = 'Deal: Website redesign for Acme';

/** The commands of every batch the app sent, by method. */
function batchMethods(portal: Portal): string[][] {
  return posts(portal)
    .filter((entry) => entry.method === 'batch')
    .map(methodsOf);
}

const DETAILS_2725 = {
  id: 2725,
  dialog_id: 'chat2725',
  type: 'crm',
  entity_type: 'CRM',
  entity_id: 'DEAL|42',
  avatar: '',
  color: '#f76187',
  user_counter: 3,
  date_create: '2026-02-25T16:50:58+03:00',
};

test.describe('a chat whose title is blank', () => {
  for (const { lang, heading } of [
    { lang: 'en', heading: 'Chat #2725' },
    { lang: 'ru', heading: 'Чат #2725' },
  ]) {
    test.describe(`LANG ${lang}`, () => {
      test.use({ scenario: { lang } });

      test(`is headed ${heading}`, async ({ portal, card, openCard }) => {
        portal.addFault({
          method: 'imbot.dialog.get',
          scope: 'command',
          result: { ...DETAILS_2725, name: '  ' },
        });
        await openCard('ready');
        await expect(card.getByRole('heading', { level: 2 })).toHaveText(heading);
      });
    });
  }
});

test('a member the portal lists twice shows once', async ({ portal, card, openCard }) => {
  const anna = { id: 1, name: 'Anna Admin', avatar: '', color: '#1eb4aa' };
  const mark = { id: 2, name: 'Mark Member', avatar: '', color: '#ab7761' };
  portal.addFault({
    method: 'im.dialog.users.list',
    scope: 'command',
    result: [anna, anna, mark],
  });
  await openCard('ready');
  const members = card.getByRole('list', { name: 'Members' });
  await expect(members.getByRole('listitem')).toHaveCount(2);
  await expect(members.getByRole('img', { name: 'Anna Admin' })).toHaveCount(1);
});

test.describe('Request access, pressed more than once', () => {
  test.use({ scenario: { userId: 3, placementOptions: { ID: '44' } } });

  test('two clicks in the same task send one notification', async ({ portal, card, openCard }) => {
    await openCard('access-denied');
    const request = card.getByRole('button', { name: 'Request access' });
    await expect(request).toBeVisible();
    // Both clicks land before React re-renders: no disabled state can stop the second.
    await request.evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });
    await expect(card.getByRole('status')).toHaveText(/Request sent/);
    await expect.poll(() => portal.notifications()).toHaveLength(1);
    expect(posts(portal).filter((entry) => entry.method === 'im.notify.personal.add')).toHaveLength(
      1,
    );
  });

  test('a double click sends one notification', async ({ portal, card, openCard }) => {
    // The answer waits, so the second click meets a request still on its way.
    portal.setLatency(300);
    await openCard('access-denied');
    await card.getByRole('button', { name: 'Request access' }).dblclick();
    await expect(card.getByRole('status')).toHaveText(/Request sent/);
    expect(portal.notifications()).toEqual([expect.objectContaining({ from: 3, to: 4 })]);
  });
});

test.describe('the responsible person named on access-denied', () => {
  test.use({ scenario: { userId: 3, placementOptions: { ID: '44' } } });

  test('is asked for with a reference that cannot turn into a list of people', async ({
    portal,
    openCard,
  }) => {
    await openCard('access-denied');
    const [first] = posts(portal);
    const params = Object.values(first?.commands ?? {}).flatMap(({ params }) =>
      typeof params === 'object' && params !== null ? Object.values(params) : [],
    );
    // A whole-value reference that does not resolve gets the deepest value the portal reached:
    // after a failed command, the whole result map (facts §13). Each one here is embedded.
    const whole = params.filter(
      (value) => typeof value === 'string' && /^\$result(\[[^\]]+\])+$/.test(value),
    );
    expect(whole).toEqual([]);
  });

  test('is nobody when the record could not be read', async ({ portal, card, openCard }) => {
    portal.addFault({ method: 'crm.item.get', scope: 'command', error: 'ACCESS_DENIED' });
    await openCard('access-denied');
    await expect(card).toContainText('The record’s responsible person can also add you.');
    await expect(card).not.toContainText('Ivan Petrov');
    await expect(card.getByRole('button', { name: 'Request access' })).toHaveCount(0);
  });

  test('is still the record’s own one, whom Request access notifies', async ({
    portal,
    card,
    openCard,
  }) => {
    await openCard('access-denied');
    await expect(card).toContainText('Ivan Petrov, the responsible person, can also add you.');
    await card.getByRole('button', { name: 'Request access' }).click();
    await expect(card.getByRole('status')).toHaveText(/Request sent/);
    expect(portal.notifications()).toEqual([expect.objectContaining({ to: 4 })]);
  });
});

test.describe('an app without the imbot scope', () => {
  const noImbot = { scope: 'command', error: 'insufficient_scope' } as const;

  test('finds the chat through im.chat.get and im.dialog.get, one request more', async ({
    portal,
    card,
    openCard,
  }) => {
    portal.addFault({ method: 'imbot.chat.get', ...noImbot });
    portal.addFault({ method: 'imbot.dialog.get', ...noImbot });
    await openCard('ready');
    await expect(card.getByRole('heading', { name: CHAT_TITLE })).toBeVisible();
    expect(posts(portal).filter((entry) => !isConversationAsk(entry))).toHaveLength(2);
    expect(batchMethods(portal)[1]).toEqual([
      'im.chat.get',
      'im.dialog.get',
      'im.dialog.users.list',
      'im.dialog.messages.get',
    ]);
  });

  test('is restricted when im.chat.get lacks its scope too', async ({ portal, card, openCard }) => {
    portal.addFault({ method: 'imbot.chat.get', ...noImbot });
    portal.addFault({ method: 'im.chat.get', ...noImbot });
    await openCard('restricted');
    await expect(card).toContainText('The app lacks a permission it needs to read chats.');
    expect(posts(portal)).toHaveLength(2);
  });
});

test.describe('diagnostics on the lookup page', () => {
  test.use({ scenario: { userId: 1, placement: 'LEFT_MENU', placementOptions: {} } });

  test('do not show “no chat yet” as the last error', async ({ app, fitted, openPortal }) => {
    await openPortal();
    const results = app.locator('[data-list-state]');
    await expect(results).toHaveAttribute('data-list-state', 'ready');
    // Deal 43 has no chat: its details answer DIALOG_ID_EMPTY, the expected answer there.
    await results.getByRole('button', { name: 'Annual support renewal', exact: true }).click();
    await expect(app.locator('[data-state]').first()).toHaveAttribute('data-state', 'no-chat');
    await fitted();
    await app.getByRole('button', { name: 'Back' }).click();
    await fitted();
    await app.getByRole('button', { name: 'Settings' }).click();

    const diagnostics = app.getByRole('region', { name: 'Diagnostics' });
    await expect(diagnostics).toContainText('imbot.dialog.get');
    // The last thing asked was the no-chat card's batch; any error shown is an older, real one.
    await expect(diagnostics.locator('dt:text-is("Last error code") + dd')).not.toHaveText(
      'DIALOG_ID_EMPTY',
    );
  });
});

// A host may hand LANG over as something other than a code: the card speaks English.
for (const lang of [42, { code: 'ru' }, null]) {
  test.describe(`LANG ${JSON.stringify(lang)}`, () => {
    test.use({ scenario: { lang } });

    test('shows the card in English', async ({ app, card, openCard }) => {
      await openCard('ready');
      await expect(card.getByRole('button', { name: 'Open chat' })).toBeVisible();
      await expect(app.locator('html')).toHaveAttribute('lang', 'en');
    });
  });
}
