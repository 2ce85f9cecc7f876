import { test, expect } from './fixtures.ts';

// Request access (issue "Resilience"): a non-member asks the record's responsible person, by
// a Bitrix24 notification, to be added to the chat; once per record while the frame lives.

test.describe('an outsider on a deal whose chat they are not in', () => {
  test.use({ scenario: { userId: 3, placementOptions: { ID: '44' } } });

  test('asks the responsible person once, with a link to the record', async ({
    portal,
    card,
    revalidate,
    openCard,
  }) => {
    await openCard('access-denied');
    // The first view, requester included, is still ONE request.
    expect(portal.requests().filter((entry) => entry.httpMethod === 'POST')).toHaveLength(1);
    // The card's own Chat button comes first; asking is the second way in.
    await expect(card).toContainText('open the chat with this card’s Chat button');
    await expect(card).toContainText('Ivan Petrov, the responsible person, can also add you.');

    await card.getByRole('button', { name: 'Request access' }).click();

    const sent = card.getByRole('status');
    await expect(sent).toHaveText('Request sent. Ivan Petrov will get a Bitrix24 notification.');
    await expect(sent).toBeFocused();
    await expect(card.getByRole('button', { name: 'Request access' })).toHaveCount(0);
    expect(portal.notifications()).toEqual([
      {
        from: 3,
        to: 4,
        message:
          `Olga Outsider asks to be added to the chat of ` +
          `[URL=${portal.url}/crm/deal/details/44/]Deal #44 · Warehouse automation[/URL].`,
      },
    ]);

    // The card revalidates (and re-renders) later in the same frame: still not offered again.
    await revalidate();
    await expect
      .poll(() => portal.requests().filter((entry) => entry.method === 'batch').length)
      .toBe(2);
    await expect(card).toHaveAttribute('data-state', 'access-denied');
    await expect(card.getByRole('status')).toHaveText(/Request sent/);
    await expect(card.getByRole('button', { name: 'Request access' })).toHaveCount(0);
    expect(portal.notifications()).toHaveLength(1);
  });

  test('a failed request says so and can be sent again', async ({ portal, card, openCard }) => {
    portal.addFault({ method: 'im.notify.personal.add', error: 'INTERNAL_SERVER_ERROR', times: 1 });
    await openCard('access-denied');

    const request = card.getByRole('button', { name: 'Request access' });
    await request.click();
    await expect(card.getByRole('alert')).toHaveText(
      'Couldn’t send the request. Bitrix24 had an error while answering.',
    );
    await expect(request).toBeFocused();
    expect(portal.notifications()).toEqual([]);

    await request.click();
    await expect(card.getByRole('status')).toHaveText(/Request sent/);
    expect(portal.notifications()).toHaveLength(1);
  });

  test.describe('in Russian', () => {
    test.use({ scenario: { userId: 3, placementOptions: { ID: '44' }, lang: 'ru' } });

    test('the button and the confirmation speak Russian', async ({ portal, openPortal, card }) => {
      await openPortal();
      await card.getByRole('button', { name: 'Запросить доступ' }).click();
      await expect(card.getByRole('status')).toContainText('Запрос отправлен');
      expect(portal.notifications()[0]?.message).toContain(
        `[URL=${portal.url}/crm/deal/details/44/]`,
      );
    });
  });
});

test.describe('a smart-process item', () => {
  test.use({
    scenario: { userId: 3, placement: 'CRM_DYNAMIC_183_DETAIL_TAB', placementOptions: { ID: 5 } },
  });

  test('links the notification to /crm/type/<n>/details/<id>/', async ({
    portal,
    openPortal,
    card,
  }) => {
    await openPortal();
    await card.getByRole('button', { name: 'Request access' }).click();
    await expect(card.getByRole('status')).toHaveText(/Request sent/);
    expect(portal.notifications()[0]?.message).toContain(
      `[URL=${portal.url}/crm/type/183/details/5/]Item #5 · Rollout phase 2[/URL]`,
    );
  });
});

test.describe('the responsible person themself', () => {
  test.use({ scenario: { userId: 4, placementOptions: { ID: '44' } } });

  test('is never offered to ask themself', async ({ portal, card, openCard }) => {
    // User 4 is a member of 2726: take them out of it for this test.
    portal.addFault({ method: 'imbot.dialog.get', scope: 'command', error: 'ACCESS_ERROR' });
    await openCard('access-denied');
    await expect(card).toContainText('A member of the chat can add you.');
    await expect(card.getByRole('button', { name: 'Request access' })).toHaveCount(0);
  });
});

test.describe('a chat under an admin’s custom key', () => {
  test.use({ scenario: { userId: 3, placementOptions: { ID: '45' } } });

  test('Request access is the first way in', async ({ portal, card, openCard }) => {
    const template = JSON.stringify({ entityType: 'PROJECT', entityId: 'deal-{ID}' });
    const saved = await fetch(`${portal.url}/rest/app.option.set`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ options: { keyTemplate: template }, auth: portal.issueToken(1) }),
    });
    expect(saved.status).toBe(200);
    await openCard('access-denied');
    await expect(card).not.toContainText('Chat button');
    await expect(card).toContainText('Ask Mark Member, the responsible person, to add you.');
    await card.getByRole('button', { name: 'Request access' }).click();
    await expect(card.getByRole('status')).toHaveText(
      'Request sent. Mark Member will get a Bitrix24 notification.',
    );
    expect(portal.notifications()).toEqual([expect.objectContaining({ from: 3, to: 2 })]);
  });
});
