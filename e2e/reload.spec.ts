import type { Portal, Scenario } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';

// Contract §3: Reload works in every placement, though Bitrix24 drops reloadWindow everywhere
// but DEFAULT. On session-expired it navigates the portal page itself (the portal's session is
// over: a reloaded frame would get the same stale token); on outside-frame it loads the frame.

const SESSION_OVER = { method: 'batch', status: 401, error: 'NO_AUTH_FOUND' } as const;

/** The pages the portal loaded since its log was cleared: where Reload sent it. */
function loadedPages(portal: Portal): string[] {
  return portal.navigations().map((entry) => entry.url);
}

const CARDS: Array<{ name: string; scenario: Partial<Scenario>; path: string }> = [
  { name: 'a deal tab goes to the deal', scenario: {}, path: '/crm/deal/details/42/' },
  {
    name: 'a smart process tab goes to its item',
    scenario: { placement: 'CRM_DYNAMIC_183_DETAIL_TAB', placementOptions: { ID: '5' } },
    path: '/crm/type/183/details/5/',
  },
  {
    name: 'a quote tab goes to the quote',
    scenario: { placement: 'CRM_QUOTE_DETAIL_TAB', placementOptions: { ID: '11' } },
    path: '/crm/type/7/details/11/',
  },
  {
    name: 'a tab given the record’s URI goes there, without the slider’s frame parameters',
    scenario: {
      placementOptions: {
        ID: '42',
        URI: '/crm/deal/details/42/?from=kanban&IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER',
      },
    },
    path: '/crm/deal/details/42/?from=kanban',
  },
  ...['javascript:alert(1)', 'https://evil.example/crm/deal/details/42/', '//evil.example/x'].map(
    (uri) => ({
      name: `a tab given the URI ${uri} ignores it and goes to the deal`,
      scenario: { placementOptions: JSON.stringify({ ID: '42', URI: uri }) },
      path: '/crm/deal/details/42/',
    }),
  ),
];

test.describe('session expired: Reload navigates the portal page', () => {
  for (const { name, scenario, path } of CARDS) {
    test.describe(name, () => {
      test.use({ scenario });

      test(`${name}`, async ({ page, portal, card, openCard }) => {
        portal.addFault(SESSION_OVER);
        await openCard('session-expired');
        portal.clearLog();

        await card.getByRole('button', { name: 'Reload' }).click();

        await expect.poll(() => loadedPages(portal)).toEqual([path]);
        await expect(page).toHaveURL(`${portal.url}${path}`);
      });
    });
  }

  test.describe('on the app’s own page', () => {
    test.use({
      scenario: { placement: 'LEFT_MENU', placementOptions: { URI: '/crm/lead/list/' } },
    });

    test('goes to the portal’s start page', async ({ page, portal, app, openPortal }) => {
      portal.addFault(SESSION_OVER);
      await openPortal();
      const reload = app.getByRole('button', { name: 'Reload' });
      await expect(reload).toBeVisible();
      portal.clearLog();

      await reload.click();

      await expect.poll(() => loadedPages(portal)).toEqual(['/']);
      await expect(page).toHaveURL(`${portal.url}/`);
    });
  });
});

test.describe('the portal never answered', () => {
  test.use({ scenario: { silentParent: true } });

  test('Reload loads the frame again, and it asks the portal again', async ({
    portal,
    app,
    openPortal,
  }) => {
    await openPortal();
    const reload = app.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible({ timeout: 12_000 });
    const asked = () => portal.messages().filter((message) => message.command === 'getInitData');
    await expect.poll(() => asked()).toHaveLength(1);
    portal.clearLog();

    await reload.click();

    await expect.poll(() => asked()).toHaveLength(1);
    // The frame, not the portal page: no page load, and the frame starts over.
    expect(portal.navigations()).toEqual([]);
    await expect(app.locator('#root')).toHaveAttribute('data-view', 'boot');
  });
});

test.describe('the app’s code could not load', () => {
  const RENDER_CHUNK = /\/assets\/render-[^/]+\.js$/;

  test('Try again loads the frame again (the portal opened it with POST)', async ({
    page,
    portal,
    card,
    openPortal,
  }) => {
    await page.route(RENDER_CHUNK, (route) => route.abort());
    await openPortal();
    await expect(card).toHaveAttribute('data-state', 'error');
    await expect(card).toContainText('Linked Chat could not load.');
    await page.unroute(RENDER_CHUNK);
    portal.clearLog();

    await card.getByRole('button', { name: 'Try again' }).click();

    await expect(card).toHaveAttribute('data-state', 'ready');
    expect(portal.navigations()).toEqual([]);
  });
});
