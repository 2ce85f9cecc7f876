import { expect, type FrameLocator } from '@playwright/test';

/**
 * Waits until the portal has fitted the frame to the app's content. Until then a click may
 * need Playwright to scroll inside the frame or the page, and the resize that follows moves
 * the target away from the point it computed: the click lands elsewhere.
 */
export async function waitUntilFitted(app: FrameLocator): Promise<void> {
  // The app asks for its `.app` element's height, kept within 120–4000 px (use-fit-frame).
  const fitted = app.locator('#root > .app');
  await expect
    .poll(() =>
      fitted.evaluate((element) => {
        const wanted = Math.ceil(element.getBoundingClientRect().height);
        return Math.abs(Math.min(4000, Math.max(120, wanted)) - window.innerHeight) <= 1;
      }),
    )
    .toBe(true);
}
