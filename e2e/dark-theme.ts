import { expect, type FrameLocator, type Page } from '@playwright/test';
import type { Portal } from '../emulator/portal.ts';
import { waitUntilFitted } from './frame-fit.ts';

/** sRGB relative luminance of a computed `rgb(…)` colour (WCAG 2.x). */
function luminance(color: string): number {
  const [red = 0, green = 0, blue = 0] = (color.match(/[\d.]+/g) ?? []).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** Whether the app's page is dark, judged by what is painted: its background. */
export async function looksDark(app: FrameLocator): Promise<boolean> {
  const background = await app
    .locator('body')
    .evaluate((body) => getComputedStyle(body).backgroundColor);
  return luminance(background) < 0.2;
}

/**
 * Saves Dark theme for `userId` the way a person does: with the switch on the app's own page.
 * The scenario is left as it was, so the next page load shows the view under test, dark.
 */
export async function chooseDarkTheme(page: Page, portal: Portal, userId: number): Promise<void> {
  const { placement, placementOptions, install } = portal.scenario();
  const before = { userId: portal.scenario().userId, placement, placementOptions, install };
  portal.setScenario({ userId, placement: 'LEFT_MENU', placementOptions: {}, install: false });
  await page.goto(portal.cardUrl());
  const app = page.frameLocator('#app-frame');
  const toggle = app.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await waitUntilFitted(app);
  // A set-up step, not the switch's test (theme.spec.ts): the page's lists are still arriving
  // and resizing the frame, so a click that missed is made again until the switch is on.
  await expect(async () => {
    if ((await toggle.getAttribute('aria-pressed')) === 'false') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true', { timeout: 1_000 });
  }).toPass();
  await expect.poll(() => portal.userOptions(userId)).toMatchObject({ theme: 'dark' });
  portal.setScenario(before);
}
