import { test, expect } from './fixtures.ts';
import { posts } from './rest-log.ts';

// Contract §3, `no-record`: a deleted or missing record (crm.item.get answers NOT_FOUND) says
// so, and nothing of any chat is shown; it wins over the chat states, not over a failed request.

const CHAT_TITLE = 'Deal: Website redesign for Acme';

test.describe('a deal that does not exist', () => {
  test.use({ scenario: { placementOptions: { ID: '999' } } });

  test('says so, not “No chat yet”, in the one batch of the first view', async ({
    portal,
    card,
    openCard,
  }) => {
    await openCard('no-record');
    await expect(card.getByRole('heading')).toHaveText('This record doesn’t exist');
    await expect(card).toContainText('Deal #999 was deleted, or it never existed.');
    await expect(card).not.toContainText('No chat yet');
    expect(posts(portal).map((entry) => entry.method)).toEqual(['batch']);
  });

  test('gives way to a failure of the whole request', async ({ portal, card, openCard }) => {
    portal.addFault({ method: 'batch', error: 'INTERNAL_SERVER_ERROR' });
    await openCard('error');
    await expect(card).not.toContainText('This record doesn’t exist');
  });

  test.describe('in Russian', () => {
    test.use({ scenario: { placementOptions: { ID: '999' }, lang: 'ru' } });

    test('the card speaks Russian', async ({ card, openCard }) => {
      await openCard('no-record');
      await expect(card.getByRole('heading')).toHaveText('Такой записи нет');
      await expect(card).toContainText('Записи «Сделка №999» нет');
    });
  });
});

test.describe('deal 42, whose chat exists', () => {
  test('deleted while its chat is on screen: the next revalidation drops the chat', async ({
    app,
    portal,
    card,
    openCard,
    revalidate,
  }) => {
    await openCard('ready');
    await expect(card.getByRole('heading', { name: CHAT_TITLE })).toBeVisible();

    portal.addFault({ method: 'crm.item.get', scope: 'command', error: 'NOT_FOUND' });
    await revalidate();
    await expect(card).toHaveAttribute('data-state', 'no-record');
    await expect(card).not.toHaveAttribute('data-stale');
    const html = await app.locator('html').evaluate((root) => root.outerHTML);
    expect(html).not.toContain(CHAT_TITLE);
    expect(html).not.toContain('chat2725');
    await expect(app.getByRole('button', { name: 'Open chat' })).toHaveCount(0);
  });

  test.describe('opened by a non-member', () => {
    test.use({ scenario: { userId: 3 } });

    test('a missing record wins over access-denied', async ({ portal, card, openCard }) => {
      portal.addFault({ method: 'crm.item.get', scope: 'command', error: 'NOT_FOUND' });
      await openCard('no-record');
      await expect(card.getByRole('button', { name: 'Request access' })).toHaveCount(0);
    });
  });

  test('a record the user may not read (ACCESS_DENIED) changes nothing', async ({
    portal,
    card,
    openCard,
  }) => {
    portal.addFault({ method: 'crm.item.get', scope: 'command', error: 'ACCESS_DENIED' });
    await openCard('ready');
    await expect(card.getByRole('heading', { name: CHAT_TITLE })).toBeVisible();
    await expect(card).toContainText('Linked to Deal #42');
  });
});
