import type { FrameLocator } from '@playwright/test';
import { looksDark } from './dark-theme.ts';
import { test, expect } from './fixtures.ts';

// Contract §3, look: the app matches the portal, not the operating system. Light unless the
// person chose Dark theme, a switch on the app's own page and in Settings, never on a card.
test.use({ colorScheme: 'dark' });

const LOOKUP_PAGE = { placement: 'LEFT_MENU', placementOptions: {} };

function themeSwitch(app: FrameLocator) {
  return app.getByRole('button', { name: 'Dark theme' });
}

test('under a dark operating system a card is light, with no theme switch on it', async ({
  app,
  openCard,
}) => {
  await openCard('ready');
  expect(await looksDark(app)).toBe(false);
  await expect(themeSwitch(app)).toHaveCount(0);
});

test.describe('on the app’s own page', () => {
  test.use({ scenario: LOOKUP_PAGE });

  test('the switch starts off; Dark theme turns the page and the next card dark', async ({
    portal,
    app,
    openPortal,
    openCard,
  }) => {
    await openPortal();
    await expect(themeSwitch(app)).toHaveAttribute('aria-pressed', 'false');
    expect(await looksDark(app)).toBe(false);

    await themeSwitch(app).click();
    await expect(themeSwitch(app)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => looksDark(app)).toBe(true);
    await expect.poll(() => portal.userOptions(2)).toMatchObject({ theme: 'dark' });

    portal.setScenario({ placement: 'CRM_DEAL_DETAIL_TAB', placementOptions: { ID: '42' } });
    await openCard('ready');
    expect(await looksDark(app)).toBe(true);
    await expect(themeSwitch(app)).toHaveCount(0);
  });

  test('Settings offer the same switch', async ({ portal, app, openPortal }) => {
    portal.setScenario({ userId: 1 });
    await openPortal();
    await app.getByRole('button', { name: 'Settings' }).click();
    await expect(app.locator('[data-view="settings"]')).toBeAttached();

    await expect(themeSwitch(app)).toHaveAttribute('aria-pressed', 'false');
    await themeSwitch(app).click();
    await expect(themeSwitch(app)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => looksDark(app)).toBe(true);
    await expect.poll(() => portal.userOptions(1)).toMatchObject({ theme: 'dark' });
  });
});
