import type { FrameLocator, Locator } from '@playwright/test';
import type { Portal } from '../emulator/portal.ts';
import { everyPlace } from '../src/test/expected-places.ts';
import { test, expect } from './fixtures.ts';
import { callsOf } from './rest-log.ts';

// Contract §3: every control acts once per press. A double click, or two clicks in one task
// (faster than any render that could disable the button), sends one bind or option.

/** Two clicks inside one task of the frame: no render, no re-enabled guard between them. */
async function pressTwice(control: Locator): Promise<void> {
  await control.evaluate((element: HTMLElement) => {
    element.click();
    element.click();
  });
}

/** What the emulated portal page exposes (docs/emulator-api.md). */
interface PortalPage {
  portalEmulator: { messages: Array<{ command: string; params: unknown }> };
}

function handlerOf(portal: Portal): string {
  return `${portal.appOrigin}/index.html`;
}

/** The PLACEMENT of every placement.bind the app sent, as batch rows or single calls. */
function bindsSent(portal: Portal): string[] {
  return callsOf(portal, 'placement.bind').map((command) =>
    String((command.params as { PLACEMENT?: unknown }).PLACEMENT),
  );
}

async function restAsAdmin(portal: Portal, method: string, params: Record<string, unknown>) {
  const response = await fetch(`${portal.url}/rest/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...params, auth: portal.issueToken(1) }),
  });
  expect(response.status).toBe(200);
}

/** The installation once its first bind has failed: the Try again it offers. */
async function failedInstall(openPortal: () => Promise<void>, app: FrameLocator) {
  await openPortal();
  const retry = app.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible();
  return retry;
}

test.describe('installation', () => {
  test.use({ scenario: { install: true, userId: 1, placement: 'DEFAULT', placementOptions: {} } });

  test.beforeEach(({ portal }) => {
    portal.addFault({
      method: 'placement.bind',
      scope: 'command',
      error: 'ERROR_PLACEMENT_MAX_COUNT',
      times: 1,
    });
  });

  for (const [how, press] of [
    ['two clicks in one task', pressTwice],
    ['a double click', (control: Locator) => control.dblclick()],
  ] as const) {
    test(`Try again pressed as ${how} binds the failed place once and finishes`, async ({
      page,
      portal,
      app,
      openPortal,
    }) => {
      const retry = await failedInstall(openPortal, app);
      portal.clearLog();

      await press(retry);

      await expect(page.locator('#install-finished')).toBeVisible();
      expect(bindsSent(portal)).toEqual(['CRM_LEAD_DETAIL_TAB']);
      expect(portal.bindings().map((binding) => binding.placement)).toHaveLength(9);
    });
  }

  test('a place bound meanwhile (“Handler already binded”) counts as done', async ({
    page,
    portal,
    app,
    openPortal,
  }) => {
    const retry = await failedInstall(openPortal, app);

    // Another admin's tab binds the place between the app's check and its own bind.
    await page.route(/\/rest\/batch/, async (route) => {
      await restAsAdmin(portal, 'placement.bind', {
        PLACEMENT: 'CRM_LEAD_DETAIL_TAB',
        HANDLER: handlerOf(portal),
      });
      await route.continue();
    });
    await retry.click();

    await expect(page.locator('#install-finished')).toBeVisible();
    const ours = portal.bindings().filter((binding) => binding.handler === handlerOf(portal));
    expect(ours.map((binding) => binding.placement).sort()).toEqual(everyPlace([183, 187]).sort());
  });
});

test.describe('settings', () => {
  test.use({ scenario: { userId: 1, placement: 'LEFT_MENU', placementOptions: {} } });

  test.beforeEach(async ({ portal, app, openPortal, fitted }) => {
    for (const placement of everyPlace([183])) {
      await restAsAdmin(portal, 'placement.bind', {
        PLACEMENT: placement,
        HANDLER: handlerOf(portal),
      });
    }
    portal.clearLog();
    await openPortal();
    await app.getByRole('button', { name: 'Settings' }).click();
    await expect(app.getByRole('checkbox').first()).toBeVisible();
    await fitted();
  });

  test('Save pressed twice writes the key once', async ({ page, app }) => {
    await app.getByLabel('ENTITY_TYPE').fill('PROJECT');
    await app.getByLabel('ENTITY_ID').fill('deal-{ID}');

    await pressTwice(app.getByRole('button', { name: 'Save' }));

    await expect(app.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    // The portal page records each message as it arrives, so a second one, posted before the
    // first was answered, is there by now.
    const saves = await page.evaluate(() =>
      (window as unknown as PortalPage).portalEmulator.messages
        .filter((message) => message.command === 'setAppOption')
        .map((message) => message.params),
    );
    expect(saves).toEqual([
      { name: 'keyTemplate', value: '{"entityType":"PROJECT","entityId":"deal-{ID}"}' },
    ]);
  });

  test('a tab ticked twice in one task is bound once', async ({ portal, app }) => {
    const tenders = app.getByRole('checkbox', { name: 'Tenders cards' });
    await expect(tenders).not.toBeChecked();

    await pressTwice(tenders);

    await expect.poll(() => bindsSent(portal)).toEqual(['CRM_DYNAMIC_187_DETAIL_TAB']);
    await expect(tenders).toBeChecked();
    await expect(tenders).not.toHaveAttribute('aria-busy', 'true');
    expect(bindsSent(portal)).toEqual(['CRM_DYNAMIC_187_DETAIL_TAB']);
  });
});
