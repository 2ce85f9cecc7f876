import type { FrameLocator, Page } from '@playwright/test';
import type { Portal } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';
import { results, row, searchBox } from './lookup-page.ts';
import { methodsOf, posts, type PostEntry } from './rest-log.ts';

test.use({ scenario: { placement: 'LEFT_MENU', placementOptions: {} } });

declare global {
  interface Window {
    /** Every row text the lookup's results have shown since the last clear (recordRowsSeen). */
    rowsSeen?: Set<string>;
  }
}

/**
 * Records the text of every row the results show, from the frame's first paint: a row shown
 * for one frame between two assertions is caught too. Call before openPortal.
 */
async function recordRowsSeen(page: Page, appOrigin: string): Promise<void> {
  await page.addInitScript((origin) => {
    if (window.location.origin !== origin) return;
    const seen = new Set<string>();
    window.rowsSeen = seen;
    new MutationObserver(() => {
      for (const item of document.querySelectorAll('[data-list-state] li')) {
        seen.add(item.textContent ?? '');
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, appOrigin);
}

function rowsSeen(app: FrameLocator): Promise<string[]> {
  return app.locator('html').evaluate(() => [...(window.rowsSeen ?? [])]);
}

function forgetRowsSeen(app: FrameLocator): Promise<void> {
  return app.locator('html').evaluate(() => window.rowsSeen?.clear());
}

/** The crm.item.list batches that searched titles for `text`. */
function searchesFor(portal: Portal, text: string): PostEntry[] {
  return posts(portal).filter((entry) =>
    Object.values(entry.commands ?? {}).some(
      (command) =>
        command.method === 'crm.item.list' &&
        JSON.stringify(command.params).includes(`"%title":"${text}"`),
    ),
  );
}

function commandCount(entry: PostEntry | undefined): number {
  return Object.keys(entry?.commands ?? {}).length;
}

function commandCounts(portal: Portal): number[] {
  return posts(portal).map(commandCount);
}

async function saveOption(page: Page, portal: Portal, options: Record<string, string>) {
  const saved = await page.request.post(`${portal.url}/rest/app.option.set`, {
    data: { auth: portal.issueToken(1), options },
  });
  expect(saved.ok()).toBe(true);
  portal.clearLog();
}

test.describe('a portal with 60 smart processes', () => {
  // Projects and Tenders, and 58 more: "Process 58" is the 60th type, on crm.type.list's page 2.
  test.use({ scenario: { placement: 'LEFT_MENU', placementOptions: {}, smartProcesses: 58 } });

  test('the page loads, and a search finds the item of the 60th type', async ({
    portal,
    openLookup,
    app,
  }) => {
    await openLookup();
    await expect(row(app, 'Mobile app for Initech')).toContainText('You’re a member of its chat');

    portal.clearLog();
    await searchBox(app).fill('Process 58 item');
    await expect(row(app, 'Process 58 item')).toContainText('No chat yet');
    await expect(results(app).getByRole('listitem')).toHaveCount(1);

    const searches = searchesFor(portal, 'Process 58 item');
    expect(searches.map(commandCount).sort((a, b) => a - b)).toEqual([14, 50]);
    const searched = searches.flatMap((entry) =>
      Object.values(entry.commands ?? {}).map((command) => command.params),
    );
    expect(searched).toHaveLength(64);
    expect(searched).toContainEqual(expect.objectContaining({ entityTypeId: '183' }));
    expect(Math.max(...commandCounts(portal))).toBeLessThanOrEqual(50);
  });

  test('installed with all 60 named: two parallel list batches, then the statuses', async ({
    page,
    portal,
    openLookup,
    app,
  }) => {
    // The ids the portal gives them (docs/emulator-api.md), as the install saves them.
    const extra = Array.from({ length: 64 }, (_, index) => 128 + index)
      .filter((id) => id !== 183 && id !== 187)
      .slice(0, 58);
    await saveOption(page, portal, { smartProcessTypes: JSON.stringify([...extra, 183, 187]) });
    portal.setLatency(300);
    await openLookup();
    await expect(results(app).getByRole('listitem')).toHaveCount(20);
    await expect(row(app, 'Process 1 item')).toContainText('No chat yet');

    // The types' second page (their names) goes along with the statuses, in the same step.
    const [first, second, ...step2] = posts(portal);
    const statuses = step2.find((entry) => entry.commands !== undefined);
    expect(step2.map((entry) => entry.method).sort()).toEqual(['batch', 'crm.type.list']);
    expect([first, second].map(commandCount).sort((a, b) => a - b)).toEqual([14, 50]);
    expect(new Set([...methodsOf(first), ...methodsOf(second)])).toEqual(
      new Set(['im.recent.list', 'crm.item.list', 'crm.type.list']),
    );
    // The two halves of one step leave together; the statuses wait for both.
    expect(Math.abs((first?.at ?? 0) - (second?.at ?? 0))).toBeLessThan(300);
    expect(statuses?.at).toBeGreaterThanOrEqual(Math.max(first?.at ?? 0, second?.at ?? 0) + 300);
    expect(methodsOf(statuses).filter((method) => method === 'imbot.chat.get')).toHaveLength(20);
  });
});

test.describe('search timing', () => {
  test('a search starts 300 ms after the last keystroke, one for six characters', async ({
    page,
    portal,
    openLookup,
    app,
  }) => {
    await page.clock.install();
    await openLookup();
    portal.clearLog();
    const heading = results(app).getByRole('heading');
    await expect(heading).toHaveText('Recently updated');

    // Time stands still while the six characters are typed, then moves only when told.
    await page.clock.pauseAt(Date.now() + 5_000);
    await searchBox(app).pressSequentially('Globex');
    await page.clock.runFor(299);
    await expect(heading).toHaveText('Recently updated');
    await page.clock.runFor(1);
    await expect(heading).toHaveText('Search results');
    await page.clock.resume();

    await expect(results(app).getByRole('listitem')).toHaveCount(1);
    await expect(row(app, 'Pilot for Globex')).toContainText('Deal #45');
    expect(
      posts(portal).filter((entry) => methodsOf(entry).includes('crm.item.list')),
    ).toHaveLength(1);
    expect(searchesFor(portal, 'Globex')).toHaveLength(1);
  });

  test('a newer search waits for the older one’s request, which then asks nothing more and never shows', async ({
    page,
    portal,
    openLookup,
    app,
  }) => {
    const latency = 1_500;
    await recordRowsSeen(page, portal.appOrigin);
    await openLookup();
    portal.clearLog();
    portal.setLatency(latency);
    const search = searchBox(app);

    await search.fill('Acme');
    // The heading turns once the search is asked for; its answer is 1.5 s away.
    await expect(results(app).getByRole('heading')).toHaveText('Search results');
    await expect(results(app)).toHaveAttribute('data-list-state', 'loading');
    await forgetRowsSeen(app);
    await search.fill('Initech');

    await expect(results(app).getByRole('listitem')).toHaveCount(2, { timeout: 15_000 });
    await expect(row(app, 'Inbound: Initech')).toContainText('Lead #7');
    await expect(row(app, 'Mobile app for Initech')).toContainText('Deal #46');
    expect((await rowsSeen(app)).filter((text) => text.includes('Acme'))).toEqual([]);

    const [acme] = searchesFor(portal, 'Acme');
    const [initech] = searchesFor(portal, 'Initech');
    // At most one search on the wire: Initech's left once Acme's had been answered.
    expect(initech?.at).toBeGreaterThanOrEqual((acme?.at ?? Infinity) + latency);
    // Acme's answer came after Initech was asked for: its statuses were never asked.
    const lookups = posts(portal).flatMap((entry) =>
      Object.values(entry.commands ?? {}).filter((command) => command.method === 'imbot.chat.get'),
    );
    expect(lookups.map((command) => command.params)).toEqual([
      { ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|46' },
      { ENTITY_TYPE: 'CRM', ENTITY_ID: 'LEAD|7' },
    ]);
  });

  test('the results of an earlier search go as soon as a newer one is asked for', async ({
    portal,
    openPortal,
    app,
  }) => {
    await openPortal();
    const search = searchBox(app);
    await search.fill('Acme');
    await expect(row(app, 'Website redesign for Acme')).toBeVisible();
    // The deal, and quote 11 "Quote for Acme".
    await expect(results(app).getByRole('listitem')).toHaveCount(2);

    // Initech's answer will not come within this test.
    portal.setLatency(20_000);
    await search.fill('Initech');
    await expect(results(app)).toHaveAttribute('data-list-state', 'loading');
    await expect(results(app)).toHaveAttribute('aria-busy', 'true');
    await expect(row(app, 'Website redesign for Acme')).toHaveCount(0);
  });
});

test.describe('a key template saved in the same frame', () => {
  // Mark is a member of the bot's chat for deal 45, and an admin here, so he can change it.
  test.use({
    scenario: { placement: 'LEFT_MENU', placementOptions: {}, userId: 2, isAdmin: true },
  });

  test('is what the list and the card look chats up with, without a reload', async ({
    portal,
    openPortal,
    app,
    card,
    fitted,
  }) => {
    await openPortal();
    await expect(row(app, 'Pilot for Globex')).toContainText('No chat yet');

    await app.getByRole('button', { name: 'Settings' }).click();
    await expect(app.getByRole('heading', { name: 'Linked Chat settings' })).toBeVisible();
    await app.getByLabel('ENTITY_TYPE').fill('PROJECT');
    await app.getByLabel('ENTITY_ID').fill('deal-{ID}');
    await fitted();
    await app.getByRole('button', { name: 'Save' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await fitted();
    await app.getByRole('button', { name: 'Back' }).click();

    await expect(app.locator('[data-view="lookup"]')).toBeAttached();
    await expect(row(app, 'Pilot for Globex')).toContainText('You’re a member of its chat');
    await app.getByRole('button', { name: 'Pilot for Globex', exact: true }).click();
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(card.getByRole('heading', { name: 'Globex pilot (bot)' })).toBeVisible();
    // One frame all along: the portal handed out its init data once.
    expect(portal.messages().filter((message) => message.command === 'getInitData')).toHaveLength(
      1,
    );
    const cardLookup = posts(portal)
      .flatMap((entry) => Object.values(entry.commands ?? {}))
      .filter((command) => command.method === 'imbot.chat.get')
      .at(-1);
    expect(cardLookup?.params).toEqual({ ENTITY_TYPE: 'PROJECT', ENTITY_ID: 'deal-45' });
  });
});

test.describe('odd answers from the portal', () => {
  test('a record the portal lists twice shows once, and its status is asked once', async ({
    portal,
    openLookup,
    app,
  }) => {
    const acme = {
      id: 42,
      title: 'Website redesign for Acme',
      updatedTime: '2026-02-28T17:00:00+03:00',
      assignedById: 4,
    };
    // The deals' list (the first crm.item.list of the first batch) answers deal 42 twice.
    portal.addFault({
      method: 'crm.item.list',
      scope: 'command',
      times: 1,
      result: { items: [acme, acme] },
    });
    await openLookup();
    await expect(row(app, 'Inbound: Initech')).toBeVisible();
    await expect(row(app, 'Website redesign for Acme')).toHaveCount(1);
    await expect(row(app, 'Website redesign for Acme')).toContainText(
      'You’re a member of its chat',
    );
    const lookups = posts(portal)
      .flatMap((entry) => Object.values(entry.commands ?? {}))
      .filter((command) => command.method === 'imbot.chat.get')
      .map((command) => JSON.stringify(command.params));
    expect(lookups.filter((params) => params.includes('DEAL|42'))).toHaveLength(1);
    expect(new Set(lookups).size).toBe(lookups.length);
  });
});

test.describe('an app without the imbot scope', () => {
  test('tells the statuses through im.chat.get and im.dialog.get', async ({
    portal,
    openLookup,
    app,
  }) => {
    portal.addFault({ method: 'imbot.chat.get', scope: 'command', error: 'insufficient_scope' });
    portal.addFault({ method: 'imbot.dialog.get', scope: 'command', error: 'insufficient_scope' });
    await openLookup();
    await expect(row(app, 'Mobile app for Initech')).toContainText('You’re a member of its chat');
    await expect(row(app, 'Warehouse automation')).toContainText(
      'Has a chat you’re not a member of',
    );
    await expect(row(app, 'Annual support renewal')).toContainText('No chat yet');
    const fallback = posts(portal).find((entry) => methodsOf(entry).includes('im.chat.get'));
    expect(new Set(methodsOf(fallback))).toEqual(new Set(['im.chat.get', 'im.dialog.get']));
    expect(methodsOf(fallback).filter((method) => method === 'im.chat.get')).toHaveLength(20);
  });

  test('is restricted only when im.chat.get is refused too', async ({
    portal,
    openPortal,
    app,
  }) => {
    portal.addFault({ method: 'imbot.chat.get', scope: 'command', error: 'insufficient_scope' });
    portal.addFault({ method: 'im.chat.get', scope: 'command', error: 'insufficient_scope' });
    await openPortal();

    await expect(results(app)).toHaveAttribute('data-list-state', 'error');
    await expect(results(app)).toContainText('The app lacks a permission');
  });
});
