import { resolve } from 'node:path';
import { test as base, expect, type FrameLocator, type Locator } from '@playwright/test';
import { startPortal, type Portal, type Scenario } from '../emulator/portal.ts';
import { waitUntilFitted } from './frame-fit.ts';

/** The build under test: `dist/`, or another build directory named by APP_DIST. */
export function appDir(): string {
  return resolve(process.env.APP_DIST ?? 'dist');
}

/** The card's `data-state` values (contract §3). */
export type CardState =
  | 'loading'
  | 'ready'
  | 'no-chat'
  | 'access-denied'
  | 'unauthorized'
  | 'restricted'
  | 'session-expired'
  | 'bad-placement'
  | 'no-record'
  | 'client'
  | 'error';

interface PortalFixtures {
  /** The scenario a spec starts from: plain data, set with `test.use({ scenario: {...} })`. */
  scenario: Partial<Scenario>;
  /** This worker's emulated portal, reset to its seed before every test. */
  portal: Portal;
  /** The app's iframe inside the portal page. */
  app: FrameLocator;
  /** The app's chat card (the element carrying `data-state`). */
  card: Locator;
  /** Loads the portal page for the current scenario and waits for the app's frame. */
  openPortal: () => Promise<void>;
  /** openPortal, then waits until the chat card shows `state` (contract §3). */
  openCard: (state: CardState) => Promise<void>;
  /** openPortal, then waits until the lookup page's list is ready. */
  openLookup: () => Promise<void>;
  /**
   * Moves the page's clock past the 30 s freshness window and focuses the frame's window: the
   * card revalidates (contract §3). Asking for it installs the fake clock before the test runs.
   */
  revalidate: () => Promise<void>;
  /** Waits until the portal has fitted the frame to the app's content (frame-fit.ts). */
  fitted: () => Promise<void>;
}

interface WorkerFixtures {
  workerPortal: Portal;
}

export const test = base.extend<PortalFixtures, WorkerFixtures>({
  // Each worker owns one portal on free ports: specs never share state or a fixed port.
  workerPortal: [
    async ({}, use) => {
      const portal = await startPortal({ port: 0, appPort: 0, quiet: true, appDir: appDir() });
      await use(portal);
      await portal.close();
    },
    { scope: 'worker' },
  ],
  scenario: [{}, { option: true }],
  portal: async ({ workerPortal, scenario }, use) => {
    workerPortal.reset();
    workerPortal.setScenario(scenario);
    await use(workerPortal);
  },
  app: async ({ page }, use) => {
    await use(page.frameLocator('#app-frame'));
  },
  card: async ({ app }, use) => {
    await use(app.locator('[data-state]').first());
  },
  openPortal: async ({ page, portal }, use) => {
    await use(async () => {
      await page.goto(portal.cardUrl());
      await expect(page.locator('#app-frame')).toBeAttached();
    });
  },
  openCard: async ({ openPortal, card }, use) => {
    await use(async (state) => {
      await openPortal();
      await expect(card).toHaveAttribute('data-state', state);
    });
  },
  openLookup: async ({ openPortal, app }, use) => {
    await use(async () => {
      await openPortal();
      await expect(app.locator('[data-list-state]')).toHaveAttribute('data-list-state', 'ready');
    });
  },
  revalidate: async ({ page, app }, use) => {
    await page.clock.install();
    await use(async () => {
      await page.clock.fastForward('00:45');
      await app.locator('body').evaluate(() => window.dispatchEvent(new Event('focus')));
    });
  },
  fitted: async ({ app }, use) => {
    await use(() => waitUntilFitted(app));
  },
});

export { expect };
