/**
 * `npm run screens`: every state of the card and the lookup page, en and ru, light and dark, as
 * PNGs in docs/screens/ (issue "Looks native"). Drives the built app (`dist/`, or APP_DIST) in
 * the emulated portal with Chromium, like the e2e specs. Not part of `npm test`: it writes files.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { startPortal, type Fault, type Portal, type Scenario } from '../emulator/portal.ts';
import { launchChromium } from './bench/browser.ts';

interface Shot {
  name: string;
  scenario?: Partial<Scenario>;
  faults?: Fault[];
  latency?: number;
  /** Holds the portal's answer to im.dialog.read: the shot shows the card's unread count. */
  unread?: boolean;
  /** A selector and attribute value that say the frame shows this state. */
  ready: (frame: Frame) => Promise<unknown>;
}

const card = (state: string) => (frame: Frame) =>
  frame.waitForSelector(`[data-state="${state}"]`, { state: 'visible' });

const SHOTS: Shot[] = [
  // The conversation at its newest message, with Mark's 4 unread still counted.
  { name: 'ready', unread: true, ready: card('ready') },
  { name: 'no-chat', scenario: { placementOptions: { ID: '43' } }, ready: card('no-chat') },
  {
    name: 'access-denied',
    scenario: { userId: 3, placementOptions: { ID: '44' } },
    ready: card('access-denied'),
  },
  {
    name: 'unauthorized',
    faults: [{ method: 'imbot.chat.get', scope: 'command', error: 'AUTHORIZE_ERROR' }],
    ready: card('unauthorized'),
  },
  {
    name: 'restricted',
    faults: [{ method: 'batch', error: 'insufficient_scope' }],
    ready: card('restricted'),
  },
  {
    name: 'session-expired',
    faults: [{ method: 'batch', status: 401, error: 'NO_AUTH_FOUND' }],
    ready: card('session-expired'),
  },
  { name: 'bad-placement', scenario: { placementOptions: {} }, ready: card('bad-placement') },
  {
    name: 'error',
    faults: [{ method: 'batch', error: 'INTERNAL_SERVER_ERROR' }],
    ready: card('error'),
  },
  { name: 'loading', latency: 30_000, ready: card('loading') },
  {
    name: 'lookup',
    scenario: { placement: 'LEFT_MENU', placementOptions: {} },
    ready: async (frame) => {
      await frame.waitForSelector('[data-chats-state="ready"]');
      await frame.waitForSelector('[data-list-state="ready"]');
    },
  },
  {
    name: 'client',
    scenario: { placement: 'CRM_CONTACT_DETAIL_TAB', placementOptions: { ID: '3' } },
    ready: (frame) => frame.waitForSelector('[data-state="client"] [data-record]'),
  },
];

const LANGS = ['en', 'ru'] as const;
const THEMES = ['light', 'dark'] as const;
const OUT = resolve('docs/screens');

async function appFrame(page: Page, portal: Portal): Promise<Frame> {
  await page.goto(portal.cardUrl());
  const element = await page.waitForSelector('#app-frame');
  const frame = await element.contentFrame();
  if (frame === null) throw new Error('the app frame has no document');
  return frame;
}

/**
 * Dark is the person's choice, not the system's (contract §3): save it the way a person does,
 * with the switch on the app's own page, for the user the next shot shows.
 */
async function chooseDarkTheme(page: Page, portal: Portal, userId: number): Promise<void> {
  portal.setScenario({ userId, placement: 'LEFT_MENU', placementOptions: {} });
  const frame = await appFrame(page, portal);
  await frame.getByRole('button', { name: 'Dark theme' }).click();
  while (portal.userOptions(userId)['theme'] !== 'dark') {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  portal.resetScenario();
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const portal = await startPortal({
    quiet: true,
    appDir: resolve(process.env['APP_DIST'] ?? 'dist'),
  });
  const browser = await launchChromium();
  try {
    for (const theme of THEMES) {
      // Tall enough for the whole lookup list: a frame part beyond the viewport shoots blank.
      // 908 px wide: the portal's tab area, which the frame fills, is then 640 px.
      const context = await browser.newContext({
        viewport: { width: 908, height: 2400 },
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
        permissions: ['local-network-access'],
      });
      const page = await context.newPage();
      for (const lang of LANGS) {
        for (const shot of SHOTS) {
          portal.reset();
          if (theme === 'dark') await chooseDarkTheme(page, portal, shot.scenario?.userId ?? 2);
          portal.setScenario({ ...shot.scenario, lang });
          for (const fault of shot.faults ?? []) portal.addFault(fault);
          if (shot.latency !== undefined) portal.setLatency(shot.latency);
          if (shot.unread === true) await page.route(/\/rest\/im\.dialog\.read/, () => undefined);
          const frame = await appFrame(page, portal);
          await shot.ready(frame);
          // Avatars drawn, or given way to initials.
          await frame.waitForFunction(() =>
            Array.from(document.images).every((image) => image.complete),
          );
          // The frame is resized to its content (resizeWindow): wait until two looks 200 ms
          // apart see the same height.
          await page.waitForFunction(
            () => {
              const element = document.querySelector<HTMLIFrameElement>('#app-frame');
              if (element === null) return false;
              const height = String(element.getBoundingClientRect().height);
              const settled = element.dataset['lastHeight'] === height;
              element.dataset['lastHeight'] = height;
              return settled;
            },
            undefined,
            { polling: 200 },
          );
          const file = `${OUT}/${shot.name}-${lang}-${theme}.png`;
          await page.locator('#app-frame').screenshot({ path: file });
          await page.unrouteAll({ behavior: 'ignoreErrors' });
          console.log(file);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await portal.close();
  }
}

await main();
