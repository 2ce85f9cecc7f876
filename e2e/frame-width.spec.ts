import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

// Contract §3: the frame follows its container. Narrowing or widening the portal window never
// leaves the card clipped or the frame pinned to an earlier width.

/** The frame's width beside the width of the card's tab area it sits in, as laid out. */
async function frameAndArea(page: Page) {
  const frame = await page
    .locator('#app-frame')
    .evaluate((element) => Math.round(element.getBoundingClientRect().width));
  const area = await page
    .getByRole('tabpanel', { name: 'Linked Chat' })
    .evaluate((element) => element.clientWidth);
  return { frame, area };
}

test('the frame fills the tab area at every window width, and the card fits in it', async ({
  page,
  card,
  openCard,
  fitted,
}) => {
  await openCard('ready');
  await fitted();

  const widths: number[] = [];
  for (const width of [1280, 760, 1400]) {
    await page.setViewportSize({ width, height: 800 });
    await expect
      .poll(async () => {
        const { frame, area } = await frameAndArea(page);
        return frame - area;
      })
      .toBe(0);
    await fitted();
    widths.push((await frameAndArea(page)).frame);
    // Nothing of the card past the frame's right edge, nothing to scroll sideways.
    const fit = await card.evaluate((element) => ({
      right: element.getBoundingClientRect().right,
      frame: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    expect(fit.right).toBeLessThanOrEqual(fit.frame);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.frame);
  }
  const [wide = 0, narrow = 0, wider = 0] = widths;
  expect(narrow).toBeLessThan(wide);
  expect(wider).toBeGreaterThan(wide);
});
