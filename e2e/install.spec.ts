import { test, expect } from './fixtures.ts';
import { callsOf, posts } from './rest-log.ts';
import type { Portal } from '../emulator/portal.ts';
import { everyPlace } from '../src/test/expected-places.ts';

// The seeded portal has two smart processes: Projects (183) and Tenders (187).
const EVERY_PLACE = everyPlace([183, 187]);

/** The app's page on its origin, as the portal registered it: no query string. */
function handlerOf(portal: Portal): string {
  return `${portal.appOrigin}/index.html`;
}

/** Every placement.bind the app sent, as batch rows or single calls, in order. */
function bindCalls(portal: Portal) {
  return callsOf(portal, 'placement.bind');
}

/** Binds a place to the app the way an earlier, interrupted installation would have. */
async function bindBeforehand(portal: Portal, placement: string, handler: string) {
  const response = await fetch(`${portal.url}/rest/placement.bind`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ PLACEMENT: placement, HANDLER: handler, auth: portal.issueToken(1) }),
  });
  expect(response.status).toBe(200);
}

test.describe('an administrator installs the app', () => {
  test.use({ scenario: { install: true, userId: 1, placement: 'DEFAULT', placementOptions: {} } });

  test('binds every CRM tab and the left menu, then finishes without a click', async ({
    page,
    portal,
    openPortal,
  }) => {
    await openPortal();

    await expect(page.locator('#install-finished')).toHaveText('Linked Chat has been installed.');
    expect(portal.installFinished()).toBe(true);
    expect(portal.messages().map((message) => message.command)).toContain('setInstallFinish');

    const bindings = portal.bindings();
    expect(bindings.map((binding) => binding.placement).sort()).toEqual([...EVERY_PLACE].sort());
    for (const binding of bindings) {
      expect(binding.handler).toBe(handlerOf(portal));
      expect(binding.title).toBe('Linked Chat');
      expect(binding.langAll).toMatchObject({
        en: { TITLE: 'Linked Chat' },
        ru: { TITLE: 'Связанный чат' },
        de: { TITLE: expect.any(String) },
        la: { TITLE: expect.any(String) },
        br: { TITLE: expect.any(String) },
        pl: { TITLE: expect.any(String) },
        ua: { TITLE: expect.any(String) },
        fr: { TITLE: expect.any(String) },
        it: { TITLE: expect.any(String) },
      });
    }

    // Two round trips: what is bound + which smart processes exist, then every bind.
    const sent = posts(portal);
    expect(sent.map((entry) => entry.method)).toEqual(['batch', 'batch']);
    expect(Object.keys(sent[1]?.commands ?? {}).sort()).toEqual([...EVERY_PLACE].sort());
    // The lookup page finds the smart processes without asking crm.type.list again.
    expect(portal.appOptions()).toMatchObject({ smartProcessTypes: '[183,187]' });
  });

  test('a failed bind is named with its reason, and Try again binds only it, then finishes', async ({
    page,
    portal,
    openPortal,
    app,
  }) => {
    portal.addFault({
      method: 'placement.bind',
      scope: 'command',
      error: 'ERROR_PLACEMENT_MAX_COUNT',
      times: 1,
    });
    await openPortal();

    const failed = app.getByRole('listitem').filter({ hasText: 'Not added' });
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText('Lead cards');
    await expect(failed).toContainText('Too many apps already use this place.');
    await expect(failed).toContainText('ERROR_PLACEMENT_MAX_COUNT');
    await expect(app.getByRole('status')).toContainText('Some places could not be added');
    await expect(app.getByRole('listitem').filter({ hasText: /Added/ })).toHaveCount(8);
    expect(portal.installFinished()).toBe(false);
    expect(portal.messages().map((message) => message.command)).not.toContain('setInstallFinish');
    expect(portal.bindings()).toHaveLength(8);

    portal.clearLog();
    await app.getByRole('button', { name: 'Try again' }).click();

    await expect(page.locator('#install-finished')).toBeVisible();
    expect(bindCalls(portal).map((call) => call.params)).toEqual([
      expect.objectContaining({ PLACEMENT: 'CRM_LEAD_DETAIL_TAB', HANDLER: handlerOf(portal) }),
    ]);
    expect(
      portal
        .bindings()
        .map((binding) => binding.placement)
        .sort(),
    ).toEqual([...EVERY_PLACE].sort());
  });

  test('places already bound to the app are not bound twice', async ({
    page,
    portal,
    openPortal,
  }) => {
    await bindBeforehand(portal, 'CRM_DEAL_DETAIL_TAB', handlerOf(portal));
    await bindBeforehand(portal, 'LEFT_MENU', handlerOf(portal));
    // Another handler on the same place is someone else's: ours is still needed there.
    await bindBeforehand(portal, 'CRM_LEAD_DETAIL_TAB', 'https://other.example/app/');
    portal.clearLog();

    await openPortal();

    await expect(page.locator('#install-finished')).toBeVisible();
    const bound = bindCalls(portal).map((call) => (call.params as { PLACEMENT: string }).PLACEMENT);
    expect(bound.sort()).toEqual(
      EVERY_PLACE.filter((code) => code !== 'CRM_DEAL_DETAIL_TAB' && code !== 'LEFT_MENU').sort(),
    );
    const ours = portal.bindings().filter((binding) => binding.handler === handlerOf(portal));
    expect(ours.map((binding) => binding.placement).sort()).toEqual([...EVERY_PLACE].sort());
  });
});

test.describe('a non-administrator opens the app before it is installed', () => {
  test.use({ scenario: { install: true, userId: 2, placement: 'DEFAULT', placementOptions: {} } });

  test('is told that an administrator must install it, and nothing is bound', async ({
    portal,
    openPortal,
    app,
  }) => {
    await openPortal();

    await expect(
      app.getByRole('heading', { name: 'An administrator must install Linked Chat' }),
    ).toBeVisible();
    await expect(app.locator('[data-view="install"]')).toBeAttached();
    expect(bindCalls(portal)).toEqual([]);
    expect(portal.bindings()).toEqual([]);
    expect(portal.messages().map((message) => message.command)).not.toContain('setInstallFinish');
  });
});
