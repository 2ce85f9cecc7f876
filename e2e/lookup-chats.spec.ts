import type { FrameLocator, Locator } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { results, row, searchBox } from './lookup-page.ts';
import { callsOf, methodsOf, nothingMoreArrives, posts } from './rest-log.ts';

// Mark (user 2) is a member of ten record chats, beside a pinned group chat, a private dialog,
// an open line and a bot's chat under another key (docs/emulator-api.md).
test.use({ scenario: { placement: 'LEFT_MENU', placementOptions: {}, userId: 2 } });

function chats(app: FrameLocator): Locator {
  return app.locator('[data-chats-state]');
}

function chatRows(app: FrameLocator): Locator {
  return chats(app).getByRole('listitem');
}

const ALL_CHATS = [
  'DEAL|42',
  'SMART_INVOICE|14',
  'DYNAMIC_183|5',
  'QUOTE|11',
  'LEAD|7',
  'DEAL|61',
  'DEAL|46',
  'DEAL|50',
  'LEAD|54',
  'LEAD|59',
];

async function recordsOf(rows: Locator): Promise<(string | null)[]> {
  return rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-record')));
}

test.describe('my CRM chats', () => {
  test('the record chats first, most recent activity first, with last message and unread count', async ({
    portal,
    openLookup,
    app,
  }) => {
    await openLookup();
    await expect(chats(app)).toHaveAttribute('data-chats-state', 'ready');
    await expect(chatRows(app)).toHaveCount(ALL_CHATS.length);
    expect(await recordsOf(chatRows(app))).toEqual(ALL_CHATS);

    const deal = chatRows(app).nth(0);
    await expect(
      deal.getByRole('button', { name: 'Deal #42 · Website redesign for Acme', exact: true }),
    ).toBeVisible();
    await expect(deal).toContainText('Staging is frozen until then.');
    await expect(deal).toHaveAttribute('data-unread', '4');
    await expect(deal).toContainText('4 unread');
    await expect(deal.locator('time')).toHaveAttribute('datetime', /^2\d{3}-/);

    // The portal leaves [quote] in its text: the row shows it plain.
    const invoice = chatRows(app).nth(1);
    await expect(
      invoice.getByRole('button', { name: 'Invoice #14 · Solar roof for Hooli: deposit' }),
    ).toBeVisible();
    await expect(invoice).toContainText('Is the deposit paid? Yes, paid today.');
    await expect(invoice).not.toContainText('[quote]');
    await expect(invoice).toHaveAttribute('data-unread', '2');
    // A smart process by its type's own name.
    await expect(
      chatRows(app).nth(2).getByRole('button', { name: 'Projects #5 · Rollout phase 2' }),
    ).toBeVisible();
    await expect(chatRows(app).nth(3)).not.toHaveAttribute('data-unread');
    await expect(chats(app)).not.toContainText('Sales team');
    await expect(chats(app)).not.toContainText('Kate Client');
    await expect(chats(app).getByRole('button', { name: 'Show more' })).toHaveCount(0);

    expect(callsOf(portal, 'im.recent.list')).toEqual([
      {
        method: 'im.recent.list',
        params: { SKIP_DIALOG: 'Y', SKIP_OPENLINES: 'Y', OFFSET: '0', LIMIT: '50' },
      },
    ]);
    // The recent records still follow.
    await expect(results(app)).toHaveAttribute('data-list-state', 'ready');
    await expect(results(app).getByRole('heading')).toHaveText('Recently updated');
  });

  test('a chat opens its record’s card in the frame', async ({ openLookup, app }) => {
    await openLookup();
    await chats(app)
      .getByRole('button', { name: 'Quote #11 · Quote for Acme', exact: true })
      .click();
    const card = app.locator('[data-state]');
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(card.getByRole('log', { name: 'Messages' })).toContainText(
      'Thanks, following up here.',
    );
    await app.getByRole('button', { name: 'Back' }).click();
    await expect(
      chats(app).getByRole('button', { name: 'Quote #11 · Quote for Acme', exact: true }),
    ).toBeFocused();
  });

  test('Unread only narrows the list to the chats with unread messages', async ({
    portal,
    openLookup,
    app,
  }) => {
    await openLookup();
    await expect(chatRows(app)).toHaveCount(ALL_CHATS.length);
    portal.clearLog();

    await chats(app).getByRole('checkbox', { name: 'Unread only' }).check();
    await expect(chatRows(app)).toHaveCount(4);
    expect(await recordsOf(chatRows(app))).toEqual([
      'DEAL|42',
      'SMART_INVOICE|14',
      'DYNAMIC_183|5',
      'LEAD|7',
    ]);
    await expect(chatRows(app).nth(3)).toHaveAttribute('data-unread', '2');
    // Its own request (the first view's batch is not asked again), with the token beside.
    expect(callsOf(portal, 'im.recent.list')).toEqual([
      {
        method: 'im.recent.list',
        params: {
          auth: '[redacted]',
          SKIP_DIALOG: 'Y',
          SKIP_OPENLINES: 'Y',
          UNREAD_ONLY: 'Y',
          OFFSET: '0',
          LIMIT: '50',
        },
      },
    ]);

    await chats(app).getByRole('checkbox', { name: 'Unread only' }).uncheck();
    await expect(chatRows(app)).toHaveCount(ALL_CHATS.length);
  });

  test('the first view: at most two round trips, at most 50 commands a batch', async ({
    page,
    portal,
    openLookup,
    app,
  }) => {
    const latency = 400;
    portal.setLatency(latency);
    await openLookup();
    await expect(chatRows(app)).toHaveCount(ALL_CHATS.length);
    await expect(results(app).getByRole('listitem')).toHaveCount(20);
    await nothingMoreArrives(page);

    const sent = posts(portal);
    const start = Math.min(...sent.map((entry) => entry.at));
    // Each step's requests leave together; the next waits for the answers, `latency` later.
    const steps = new Set(sent.map((entry) => Math.floor((entry.at - start) / latency)));
    expect([...steps].sort()).toEqual([0, 1]);
    const [lists, statuses, ...rest] = sent;
    expect(rest).toEqual([]);
    expect(new Set(methodsOf(lists))).toEqual(
      new Set(['im.recent.list', 'crm.item.list', 'crm.type.list']),
    );
    // The chats' record titles ride with the statuses.
    expect(new Set(methodsOf(statuses))).toEqual(
      new Set(['imbot.chat.get', 'imbot.dialog.get', 'crm.item.list']),
    );
    for (const entry of sent)
      expect(Object.keys(entry.commands ?? {}).length).toBeLessThanOrEqual(50);
    test.info().annotations.push({
      type: 'first view',
      description: `${sent.length} requests in ${steps.size} round trips; commands per batch: ${sent
        .map((entry) => Object.keys(entry.commands ?? {}).length)
        .join(', ')}`,
    });
  });
});

test.describe('my CRM chats past one page', () => {
  /** `DEAL|1001`…: the deals addRecordChats adds, listed after every seeded chat. */
  const pagingDeals = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, index) => `DEAL|${1000 + from + index}`);

  test('Show more asks for the next page by OFFSET and appends it; gone when the portal has no more', async ({
    portal,
    openLookup,
    app,
  }) => {
    // 57 group chats: 55 record chats beside the pinned group chat and the bot's chat.
    portal.addRecordChats(45);
    await openLookup();
    const rows = chats(app).locator('[data-record]');
    // The first page is 50 chats of the portal's list, two of them no record's.
    await expect(rows).toHaveCount(48);
    expect(await recordsOf(rows)).toEqual([...ALL_CHATS, ...pagingDeals(1, 38)]);
    const more = chats(app).getByRole('button', { name: 'Show more' });
    await expect(more).toBeVisible();
    portal.clearLog();

    await more.click();
    await expect(rows).toHaveCount(55);
    expect(await recordsOf(rows)).toEqual([...ALL_CHATS, ...pagingDeals(1, 45)]);
    await expect(
      rows.last().getByRole('button', { name: 'Deal #1045 · Paging deal 45', exact: true }),
    ).toBeVisible();
    await expect(rows.last()).toContainText('Kick-off for Paging deal 45.');
    // The portal said hasMore: false for a page of 7; focus goes on to the first new row.
    await expect(more).toHaveCount(0);
    await expect(
      rows.nth(48).getByRole('button', { name: 'Deal #1039 · Paging deal 39', exact: true }),
    ).toBeFocused();
    expect(callsOf(portal, 'im.recent.list')).toEqual([
      {
        method: 'im.recent.list',
        params: {
          auth: '[redacted]',
          SKIP_DIALOG: 'Y',
          SKIP_OPENLINES: 'Y',
          OFFSET: '50',
          LIMIT: '50',
        },
      },
    ]);
    // Only the new page's titles are asked, the shown rows' are not asked again.
    const titles = callsOf(portal, 'crm.item.list').map((call) => call.params);
    expect(titles).toEqual([
      expect.objectContaining({
        entityTypeId: '2',
        filter: { '@id': pagingDeals(39, 45).map((key) => key.slice('DEAL|'.length)) },
      }),
    ]);
  });

  test('a full page keeps Show more (the portal says hasMore); the empty page after it takes it away', async ({
    portal,
    openLookup,
    app,
  }) => {
    // 100 group chats: the second page is full, the third empty.
    portal.addRecordChats(88);
    await openLookup();
    const rows = chats(app).locator('[data-record]');
    await expect(rows).toHaveCount(48);
    const more = chats(app).getByRole('button', { name: 'Show more' });

    await more.click();
    await expect(rows).toHaveCount(98);
    await expect(more).toBeVisible();
    portal.clearLog();

    await more.click();
    await expect(more).toHaveCount(0);
    // No new row to go on to: focus is on the last one, not lost to the page.
    await expect(rows.last().getByRole('button')).toBeFocused();
    expect(callsOf(portal, 'im.recent.list').map((call) => call.params)).toEqual([
      expect.objectContaining({ OFFSET: '100', LIMIT: '50' }),
    ]);
    // Nothing to name: no title look-up, and the rows shown stay.
    expect(callsOf(portal, 'crm.item.list')).toEqual([]);
    expect(await recordsOf(rows)).toEqual([...ALL_CHATS, ...pagingDeals(1, 88)]);
  });
});

test.describe('my CRM chats by keyboard', () => {
  test('Unread only and a chat, reached and used without the mouse', async ({
    page,
    openLookup,
    app,
  }) => {
    await openLookup();
    await expect(chatRows(app)).toHaveCount(ALL_CHATS.length);
    const unreadOnly = chats(app).getByRole('checkbox', { name: 'Unread only' });
    await searchBox(app).focus();
    await page.keyboard.press('Tab');
    await expect(unreadOnly).toBeFocused();
    await page.keyboard.press('Space');
    await expect(unreadOnly).toBeChecked();
    await expect(chatRows(app)).toHaveCount(4);

    await page.keyboard.press('Tab');
    const first = chats(app).getByRole('button', { name: 'Deal #42 · Website redesign for Acme' });
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.locator('[data-state]')).toHaveAttribute('data-state', 'ready');
    await expect(app.getByRole('button', { name: 'Back' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(first).toBeFocused();
    await expect(unreadOnly).toBeChecked();
  });
});

test.describe('search over every type with a tab', () => {
  test('finds a quote and a smart invoice by title, named by their type', async ({
    openLookup,
    app,
  }) => {
    await openLookup();
    await searchBox(app).fill('solar roof');
    await expect(results(app).getByRole('listitem')).toHaveCount(2);
    await expect(row(app, 'Solar roof for Hooli')).toContainText('Quote #13');
    await expect(row(app, 'Solar roof for Hooli: deposit')).toContainText('Invoice #14');
    await expect(row(app, 'Solar roof for Hooli: deposit')).toContainText(
      'You’re a member of its chat',
    );

    await searchBox(app).fill('deposit');
    await expect(results(app).getByRole('listitem')).toHaveCount(1);
    await expect(row(app, 'Solar roof for Hooli: deposit')).toBeVisible();
  });

  test('finds a record by "#ID" as by its ID', async ({ portal, openLookup, app }) => {
    await openLookup();
    portal.clearLog();
    await searchBox(app).fill('#11');
    await expect(row(app, 'Quote for Acme')).toContainText('Quote #11');
    const filters = callsOf(portal, 'crm.item.list').map((call) => call.params);
    expect(filters).toContainEqual(
      expect.objectContaining({ entityTypeId: '7', filter: { id: '11' } }),
    );
  });
});
