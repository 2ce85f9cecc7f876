import { test, expect } from './fixtures.ts';
import type { Portal } from '../emulator/portal.ts';
import type { FrameLocator } from '@playwright/test';
import { everyPlace } from '../src/test/expected-places.ts';

// Installed when only the Projects smart process (183) existed.
const INSTALLED_PLACES = everyPlace([183]);

async function rest(portal: Portal, method: string, params: Record<string, unknown>) {
  const response = await fetch(`${portal.url}/rest/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...params, auth: portal.issueToken(1) }),
  });
  expect(response.status).toBe(200);
}

/**
 * The portal as an installation left it when only the Projects smart process existed:
 * Tenders (187) came later, so it has no tab yet.
 */
async function installedBefore187(portal: Portal) {
  const handler = `${portal.appOrigin}/index.html`;
  for (const placement of INSTALLED_PLACES) {
    await rest(portal, 'placement.bind', { PLACEMENT: placement, HANDLER: handler });
  }
  await rest(portal, 'app.option.set', { options: { smartProcessTypes: '[183]' } });
  portal.clearLog();
}

/** Opens the settings and waits until their tab list is in and the frame has grown to it. */
async function openSettings(app: FrameLocator, fitted: () => Promise<void>) {
  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(app.locator('[data-view="settings"]')).toBeAttached();
  await expect(app.getByRole('heading', { name: 'Linked Chat settings' })).toBeVisible();
  await expect(app.getByRole('checkbox').first()).toBeVisible();
  await fitted();
}

function boundPlaces(portal: Portal): string[] {
  return portal
    .bindings()
    .map((binding) => binding.placement)
    .sort();
}

test.describe('an administrator changes the settings from the left-menu page', () => {
  test.use({
    scenario: { userId: 1, placement: 'LEFT_MENU', placementOptions: { URI: '/crm/lead/list/' } },
  });

  test('a custom chat key is validated, saved, and used by the next deal tab', async ({
    portal,
    openPortal,
    app,
    card,
    fitted,
    openCard,
  }) => {
    await installedBefore187(portal);
    await openPortal();
    await openSettings(app, fitted);

    const entityType = app.getByLabel('ENTITY_TYPE');
    const entityId = app.getByLabel('ENTITY_ID');
    await expect(entityType).toHaveValue('CRM');
    await expect(entityId).toHaveValue('{TYPE}|{ID}');

    await entityType.fill('PROJECT');
    await entityId.fill('deal-45');
    await fitted();
    await app.getByRole('button', { name: 'Save' }).click();
    await expect(app.getByText('ENTITY_ID must contain {ID}')).toBeVisible();
    await expect(entityId).toHaveAttribute('aria-invalid', 'true');
    await expect(entityId).toHaveValue('deal-45');
    expect(portal.appOptions()).not.toHaveProperty('keyTemplate');

    await entityId.fill('deal-{ID}');
    await expect(
      app.getByText('Deal #42 → ENTITY_TYPE “PROJECT”, ENTITY_ID “deal-42”'),
    ).toBeVisible();
    await fitted();
    await app.getByRole('button', { name: 'Save' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    expect(JSON.parse(String(portal.appOptions()['keyTemplate']))).toEqual({
      entityType: 'PROJECT',
      entityId: 'deal-{ID}',
    });
    await expect(app.getByRole('region', { name: 'Diagnostics' })).toContainText(
      'ENTITY_TYPE=PROJECT ENTITY_ID=deal-42',
    );

    await fitted();
    await app.getByRole('button', { name: 'Back' }).click();
    await expect(app.locator('[data-view="lookup"]')).toBeAttached();

    portal.setScenario({
      userId: 2,
      placement: 'CRM_DEAL_DETAIL_TAB',
      placementOptions: { ID: '45' },
    });
    await openCard('ready');
    await expect(card.getByRole('heading', { name: 'Globex pilot (bot)' })).toBeVisible();
  });

  test('unticking a CRM type unbinds its tab; a new smart process can be bound', async ({
    portal,
    openPortal,
    app,
    fitted,
  }) => {
    await installedBefore187(portal);
    await openPortal();
    await openSettings(app, fitted);

    const deals = app.getByRole('checkbox', { name: 'Deal cards' });
    const tenders = app.getByRole('checkbox', { name: 'Tenders cards' });
    await expect(deals).toBeChecked();
    await expect(app.getByRole('checkbox', { name: 'Projects cards' })).toBeChecked();
    await expect(tenders).not.toBeChecked();
    await expect(tenders).toHaveAccessibleDescription('New since installation, not yet bound.');

    // click(), not uncheck(): uncheck() reads the box once right after its click, and with
    // the app in a cross-origin frame (its own renderer process) that read can overtake the
    // click, seeing the box still ticked. The assertions below wait for the state instead.
    await deals.click();
    await expect(deals).not.toBeChecked();
    await expect.poll(() => boundPlaces(portal)).not.toContain('CRM_DEAL_DETAIL_TAB');
    // Still unticked once the portal has answered.
    await expect(deals).not.toBeChecked();
    expect(boundPlaces(portal)).toEqual(
      INSTALLED_PLACES.filter((code) => code !== 'CRM_DEAL_DETAIL_TAB').sort(),
    );

    await tenders.click();
    await expect.poll(() => boundPlaces(portal)).toContain('CRM_DYNAMIC_187_DETAIL_TAB');
    await expect(tenders).toBeChecked();
    const tendersTab = portal
      .bindings()
      .find((binding) => binding.placement === 'CRM_DYNAMIC_187_DETAIL_TAB');
    expect(tendersTab?.handler).toBe(`${portal.appOrigin}/index.html`);
    await expect.poll(() => portal.appOptions()['smartProcessTypes']).toBe('[183,187]');

    const diagnostics = app.getByRole('region', { name: 'Diagnostics' });
    await expect(diagnostics).toContainText('placement.unbind');
    await expect(diagnostics).toContainText('placement.bind');
    await expect(diagnostics).toContainText('LEFT_MENU');
  });

  test('a refused unbind keeps the box ticked and says why', async ({
    portal,
    openPortal,
    app,
    fitted,
  }) => {
    await installedBefore187(portal);
    portal.addFault({ method: 'placement.unbind', error: 'ACCESS_DENIED' });
    await openPortal();
    await openSettings(app, fitted);

    const quotes = app.getByRole('checkbox', { name: 'Quote cards' });
    // click, not uncheck(): the refusal puts the tick back before uncheck() could look.
    await quotes.click();

    await expect(quotes).toHaveAccessibleDescription(
      /Couldn’t remove the tab\. Only a Bitrix24 administrator can change this\./,
    );
    await expect(quotes).toBeChecked();
    expect(boundPlaces(portal)).toContain('CRM_QUOTE_DETAIL_TAB');
    await expect(app.getByRole('region', { name: 'Diagnostics' })).toContainText('ACCESS_DENIED');
  });
});
