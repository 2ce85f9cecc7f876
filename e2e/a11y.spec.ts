import axe, { type AxeResults } from 'axe-core';
import type { FrameLocator, Page } from '@playwright/test';
import type { Fault, Portal, Scenario } from '../emulator/portal.ts';
import { chooseDarkTheme, looksDark } from './dark-theme.ts';
import { test, expect } from './fixtures.ts';

// Issue "Looks native": axe over every state of the card and every view, in both themes (dark as
// the person chooses it, contract §3), with every rule axe has (WCAG A/AA and best practices): zero violations of any impact.

interface Case {
  name: string;
  scenario?: Partial<Scenario>;
  faults?: Fault[];
  latency?: number;
  /** Waits until the frame shows what this case is about. */
  shown: (app: FrameLocator) => Promise<void>;
}

const cardIn = (state: string) => async (app: FrameLocator) => {
  await expect(app.locator('[data-state]').first()).toHaveAttribute('data-state', state);
};

const CASES: Case[] = [
  { name: 'ready card', shown: cardIn('ready') },
  {
    // The conversation's log with its alert: the earlier page fails (the first batch does not,
    // a request-scoped fault only meets the direct call).
    name: 'ready card with a failed earlier page',
    faults: [{ method: 'im.dialog.messages.get', error: 'INTERNAL_SERVER_ERROR' }],
    shown: async (app) => {
      await cardIn('ready')(app);
      await app.getByRole('button', { name: 'Show earlier messages' }).click();
      await expect(app.getByRole('alert')).toContainText('Couldn’t load earlier messages.');
    },
  },
  {
    // The composer with a message that failed: the box, Send, the failed item, its alert and
    // Try again.
    name: 'ready card with a failed reply',
    faults: [{ method: 'im.message.add', status: 500, error: 'INTERNAL_SERVER_ERROR' }],
    shown: async (app) => {
      await cardIn('ready')(app);
      const box = app.getByRole('textbox', { name: 'Message' });
      await box.fill('Not sent yet');
      await box.press('Enter');
      await expect(app.getByRole('alert')).toContainText('Not sent.');
      await expect(app.getByRole('button', { name: 'Try again' })).toBeVisible();
    },
  },
  {
    name: 'no-chat card',
    scenario: { placementOptions: { ID: '43' } },
    shown: async (app) => {
      await cardIn('no-chat')(app);
      await expect(app.getByRole('button', { name: 'Start the chat' })).toBeVisible();
    },
  },
  {
    name: 'no-record card',
    scenario: { placementOptions: { ID: '999' } },
    shown: async (app) => {
      await cardIn('no-record')(app);
      await expect(app.getByRole('heading', { name: 'This record doesn’t exist' })).toBeVisible();
    },
  },
  {
    name: 'access-denied card',
    scenario: { userId: 3, placementOptions: { ID: '44' } },
    shown: async (app) => {
      await cardIn('access-denied')(app);
      await expect(app.getByRole('button', { name: 'Join the chat' })).toBeVisible();
      await expect(app.getByRole('button', { name: 'Request access' })).toBeVisible();
    },
  },
  {
    name: 'access-denied card after a failed Join',
    scenario: { userId: 3, placementOptions: { ID: '44' }, timelineChatMissing: true },
    shown: async (app) => {
      await cardIn('access-denied')(app);
      await app.getByRole('button', { name: 'Join the chat' }).click();
      await expect(app.getByRole('alert')).toContainText('doesn’t let the app join');
    },
  },
  {
    name: 'unauthorized card',
    faults: [{ method: 'imbot.chat.get', scope: 'command', error: 'AUTHORIZE_ERROR' }],
    shown: cardIn('unauthorized'),
  },
  {
    name: 'restricted card',
    faults: [{ method: 'batch', error: 'insufficient_scope' }],
    shown: cardIn('restricted'),
  },
  {
    name: 'session-expired card',
    faults: [{ method: 'batch', status: 401, error: 'NO_AUTH_FOUND' }],
    shown: cardIn('session-expired'),
  },
  {
    name: 'bad-placement card',
    scenario: { placementOptions: {} },
    shown: cardIn('bad-placement'),
  },
  {
    name: 'error card',
    faults: [{ method: 'batch', error: 'INTERNAL_SERVER_ERROR' }],
    shown: cardIn('error'),
  },
  // The answer is held back for longer than the test runs: the skeleton stays on screen.
  { name: 'loading card', latency: 20_000, shown: cardIn('loading') },
  {
    name: 'lookup page',
    scenario: { placement: 'LEFT_MENU', placementOptions: {} },
    shown: async (app) => {
      await expect(app.locator('[data-list-state]')).toHaveAttribute('data-list-state', 'ready');
      await expect(app.locator('[data-chats-state]')).toHaveAttribute('data-chats-state', 'ready');
      await expect(app.locator('[aria-busy="true"]')).toHaveCount(0);
    },
  },
  {
    name: 'contact tab (the client’s chats)',
    scenario: { placement: 'CRM_CONTACT_DETAIL_TAB', placementOptions: { ID: '3' } },
    shown: async (app) => {
      await cardIn('client')(app);
      await expect(app.getByRole('button', { name: 'Show more' })).toBeVisible();
    },
  },
  {
    name: 'record opened from a contact tab, the portal silent on Open record',
    scenario: {
      placement: 'CRM_CONTACT_DETAIL_TAB',
      placementOptions: { ID: '3' },
      silentCommands: ['openPath'],
    },
    shown: async (app) => {
      await app.getByRole('button', { name: 'Website redesign for Acme', exact: true }).click();
      await cardIn('ready')(app);
      await app.getByRole('button', { name: 'Open record' }).click();
      await expect(app.getByRole('link', { name: 'Open in a new tab' })).toBeVisible({
        timeout: 10_000,
      });
    },
  },
  {
    name: 'install view with a failed bind',
    scenario: { install: true, userId: 1, placement: 'DEFAULT', placementOptions: {} },
    faults: [{ method: 'placement.bind', scope: 'command', error: 'ERROR_PLACEMENT_MAX_COUNT' }],
    shown: async (app) => {
      await expect(app.getByRole('status')).toContainText('Some places could not be added');
    },
  },
  {
    name: 'settings view',
    scenario: { userId: 1, placement: 'LEFT_MENU', placementOptions: {} },
    shown: async (app) => {
      await app.getByRole('button', { name: 'Settings' }).click();
      await expect(app.getByRole('heading', { name: 'Linked Chat settings' })).toBeVisible();
      await expect(app.getByRole('checkbox').first()).toBeVisible();
      await expect(app.getByText('ENTITY_TYPE', { exact: true }).first()).toBeVisible();
    },
  },
];

/**
 * axe run inside the app's frame, on its whole document: the portal page around it is not ours.
 * (AxeBuilder reaches a cross-origin child frame only within a fixed 1 s injection timeout and
 * silently skips it when that passes, which a busy machine does.)
 */
async function axeInFrame(page: Page) {
  const frame = await page.locator('#app-frame').contentFrame().owner().elementHandle();
  const document = await frame?.contentFrame();
  if (!document) throw new Error('the app frame has no document');
  await document.evaluate(axe.source);
  const results = await document.evaluate<AxeResults>('axe.run(document)');
  // Proof that axe looked at the app: it checked the app's own landmark and heading (a card
  // may have no button, and the loading skeleton no text).
  const checked = new Set(results.passes.map((rule) => rule.id));
  expect(checked).toContain('landmark-one-main');
  expect(checked).toContain('page-has-heading-one');
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
  }));
}

async function start(portal: Portal, openPortal: () => Promise<void>, item: Case) {
  for (const fault of item.faults ?? []) portal.addFault(fault);
  if (item.latency !== undefined) portal.setLatency(item.latency);
  await openPortal();
}

/** How each look comes about: dark is the person's choice (contract §3), on the app's page. */
const THEMES = [
  { theme: 'light', choose: async () => undefined },
  { theme: 'dark', choose: chooseDarkTheme },
] as const;

for (const { theme, choose } of THEMES) {
  test.describe(`axe, ${theme} theme`, () => {
    for (const item of CASES) {
      const userId = item.scenario?.userId ?? 2;

      test.describe(item.name, () => {
        test.use({ scenario: item.scenario ?? {} });

        test(`${item.name}: no violations`, async ({ page, portal, openPortal, app }) => {
          await choose(page, portal, userId);
          await start(portal, openPortal, item);
          await item.shown(app);
          expect(await looksDark(app)).toBe(theme === 'dark');
          expect(await axeInFrame(page)).toEqual([]);
        });
      });
    }
  });
}

test.describe('the theme', () => {
  test.use({ scenario: { placement: 'LEFT_MENU', placementOptions: {} } });

  test('is light by default, and a saved choice survives a reload', async ({
    page,
    portal,
    app,
    openPortal,
  }) => {
    await openPortal();
    const toggle = app.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await looksDark(app)).toBe(false);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => portal.userOptions(2)).toMatchObject({ theme: 'dark' });
    expect(await looksDark(app)).toBe(true);

    // Hold React back: the static skeleton, before React runs, already wears the saved theme.
    let releaseReact: () => void = () => undefined;
    const reactHeld = new Promise<void>((resolve) => (releaseReact = resolve));
    await page.route(/\/assets\/render-[^/]+\.js$/, async (route) => {
      await reactHeld;
      await route.continue();
    });
    await page.reload();
    await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(app.locator('#root')).toHaveAttribute('data-view', 'boot');
    expect(await looksDark(app)).toBe(true);
    releaseReact();

    await expect(app.locator('#root')).toHaveAttribute('data-view', 'lookup');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await looksDark(app)).toBe(true);

    await toggle.click();
    await expect(app.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(() => portal.userOptions(2)).toMatchObject({ theme: 'light' });
  });
});
