import type { Portal } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';
import { row } from './lookup-page.ts';

// Ways in (issue 14, contract §5): `Join the chat` on access-denied and `Start the chat` on
// no-chat, through the record chat controller of the card's own chat block. One press, one call;
// on success the card turns ready with the conversation; a failure says so, keeps the other ways
// in, and closes both buttons for the rest of the frame.

const WAY_IN = 'crm.timeline.chat.get';

function wayInCalls(portal: Portal) {
  return portal
    .requests()
    .filter((entry) => entry.method === WAY_IN && entry.httpMethod === 'POST');
}

/** What each call asked for, the token (logged redacted) left out. */
const wayInParams = (portal: Portal) =>
  wayInCalls(portal).map(({ params }) =>
    Object.fromEntries(Object.entries(params ?? {}).filter(([name]) => name !== 'auth')),
  );

const batches = (portal: Portal) =>
  portal.requests().filter((entry) => entry.method === 'batch').length;

/** The portal answers as an older or stricter one might: no such method. */
const METHOD_MISSING = { timelineChatMissing: true };

test.describe('an outsider who may read the deal but is not in its chat', () => {
  test.use({ scenario: { userId: 3, placementOptions: { ID: '44' } } });

  test('Join the chat: one call for a double click, then the conversation', async ({
    portal,
    card,
    openCard,
  }) => {
    await openCard('access-denied');
    await expect(card.getByRole('log')).toHaveCount(0);

    await card.getByRole('button', { name: 'Join the chat' }).dblclick();

    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(card.getByRole('heading', { name: 'Deal: Warehouse automation' })).toBeVisible();
    await expect(card.getByRole('log', { name: 'Messages' })).toBeVisible();
    await expect(card.locator('[data-message-id]').first()).toBeVisible();
    await expect(card).toBeFocused();
    expect(wayInParams(portal)).toEqual([{ entityTypeId: '2', entityId: '44' }]);
    // Joined for real: the portal now keeps the outsider's read position in the chat.
    expect(portal.readState(2726, 3)).toBeDefined();
  });

  test('when the portal lacks the method: says so, keeps Request access, offers it no more', async ({
    portal,
    card,
    openCard,
    revalidate,
  }) => {
    portal.setScenario(METHOD_MISSING);
    await openCard('access-denied');

    await card.getByRole('button', { name: 'Join the chat' }).click();

    const alert = card.getByRole('alert');
    await expect(alert).toHaveText('This Bitrix24 doesn’t let the app join or start record chats.');
    await expect(alert).toBeFocused();
    await expect(card).toHaveAttribute('data-state', 'access-denied');
    await expect(card.getByRole('button', { name: 'Join the chat' })).toHaveCount(0);
    await expect(card.getByRole('button', { name: 'Request access' })).toBeVisible();
    await expect(card).toContainText('open the chat with this card’s Chat button');

    // A revalidation later in the same frame re-renders the card: still not offered.
    await revalidate();
    await expect.poll(() => batches(portal)).toBe(2);
    await expect(card).toHaveAttribute('data-state', 'access-denied');
    await expect(card.getByRole('button', { name: 'Request access' })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Join the chat' })).toHaveCount(0);
    expect(wayInCalls(portal)).toHaveLength(1);
  });
});

test.describe('an outsider who may not read the deal itself', () => {
  test.use({
    scenario: {
      userId: 3,
      placementOptions: { ID: '44' },
      unreadableRecords: [{ entityTypeId: 2, id: 44, userId: 3 }],
    },
  });

  test('the portal refuses to let them in, and the card says why', async ({
    portal,
    card,
    openCard,
  }) => {
    await openCard('access-denied');
    await card.getByRole('button', { name: 'Join the chat' }).click();
    await expect(card.getByRole('alert')).toHaveText(
      'Bitrix24 refused: you may not read this record, so you can’t join its chat.',
    );
    await expect(card).toHaveAttribute('data-state', 'access-denied');
    await expect(card.getByRole('button', { name: 'Join the chat' })).toHaveCount(0);
    await expect(card.getByRole('log')).toHaveCount(0);
    expect(wayInCalls(portal)).toHaveLength(1);
    expect(portal.readState(2726, 3)).toBeUndefined();
  });
});

test.describe('a deal without a chat yet', () => {
  test.use({ scenario: { placementOptions: { ID: '43' } } });

  test('Start the chat from the keyboard: one call for two Enters, then the chat', async ({
    page,
    portal,
    card,
    openCard,
  }) => {
    await openCard('no-chat');
    const start = card.getByRole('button', { name: 'Start the chat' });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(card.getByRole('log', { name: 'Messages' })).toBeVisible();
    expect(wayInParams(portal)).toEqual([{ entityTypeId: '2', entityId: '43' }]);
  });

  test('when the portal lacks the method: says so and keeps the hint about the card', async ({
    portal,
    card,
    openCard,
  }) => {
    portal.setScenario(METHOD_MISSING);
    await openCard('no-chat');
    await card.getByRole('button', { name: 'Start the chat' }).click();
    await expect(card.getByRole('alert')).toHaveText(
      'This Bitrix24 doesn’t let the app join or start record chats.',
    );
    await expect(card).toContainText('starts the chat from the record’s card');
    await expect(card.getByRole('button', { name: 'Start the chat' })).toHaveCount(0);
  });
});

test.describe('on the lookup page, one frame for several records', () => {
  test.use({ scenario: { userId: 3, placement: 'LEFT_MENU', placementOptions: {} } });

  test('a way in that failed is not offered on the next record either', async ({
    app,
    card,
    fitted,
    openLookup,
    portal,
  }) => {
    portal.setScenario(METHOD_MISSING);
    await openLookup();
    await row(app, 'Warehouse automation')
      .getByRole('button', { name: 'Warehouse automation', exact: true })
      .click();
    await expect(card).toHaveAttribute('data-state', 'access-denied');
    await card.getByRole('button', { name: 'Join the chat' }).click();
    await expect(card.getByRole('alert')).toContainText('doesn’t let the app join');

    await fitted();
    await app.getByRole('button', { name: 'Back' }).click();
    await row(app, 'Annual support renewal')
      .getByRole('button', { name: 'Annual support renewal', exact: true })
      .click();
    await expect(card).toHaveAttribute('data-state', 'no-chat');
    await expect(card).toContainText('Deal #43');
    // The button's room while it loads; once it is gone, what the card offers is settled.
    await expect(card.locator('.card__action-placeholder')).toHaveCount(0);
    await expect(card.getByRole('button', { name: 'Start the chat' })).toHaveCount(0);
    expect(wayInCalls(portal)).toHaveLength(1);
  });
});

test.describe('in Russian', () => {
  test.use({ scenario: { userId: 3, placementOptions: { ID: '44' }, lang: 'ru' } });

  test('the buttons speak Russian (contract §3)', async ({ portal, card, openCard }) => {
    await openCard('access-denied');
    await expect(card.getByRole('button', { name: 'Вступить в чат' })).toBeVisible();

    portal.setScenario({ userId: 2, placementOptions: { ID: '43' } });
    await openCard('no-chat');
    await expect(card.getByRole('button', { name: 'Начать чат' })).toBeVisible();
  });
});
