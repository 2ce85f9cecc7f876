import type { FrameLocator, Page } from '@playwright/test';
import type { Portal, RequestLogEntry } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';
import { isConversationAsk } from './rest-log.ts';

// Issue "Speed": the first view of the CRM tab costs one REST request, sent as a CORS simple
// request (form body, so no preflight), in every state; within the 30 s freshness window
// nothing the user does to the frame sends another one.

const FORM = /^application\/x-www-form-urlencoded\b/;

function summary(entry: RequestLogEntry) {
  return { httpMethod: entry.httpMethod, method: entry.method, contentType: entry.contentType };
}

/** Everything the app sent to /rest so far, preflights included, but the conversation's asks. */
function restLog(portal: Portal) {
  return portal
    .requests()
    .filter((entry) => !isConversationAsk(entry))
    .map(summary);
}

const oneFormBatch = [
  { httpMethod: 'POST', method: 'batch', contentType: expect.stringMatching(FORM) },
];

const firstViews = [
  { state: 'ready', scenario: { userId: 2, placementOptions: { ID: '42' } } },
  { state: 'no-chat', scenario: { userId: 2, placementOptions: { ID: '43' } } },
  // Mark Member is not in deal 44's chat: the details answer ACCESS_ERROR inside the batch.
  { state: 'access-denied', scenario: { userId: 2, placementOptions: { ID: '44' } } },
  // Olga Outsider reads no chat at all.
  { state: 'access-denied', scenario: { userId: 3, placementOptions: { ID: '42' } } },
] as const;

for (const { state, scenario } of firstViews) {
  test.describe(`user ${scenario.userId}, deal ${scenario.placementOptions.ID}`, () => {
    test.use({ scenario });

    test(`reaches ${state} with one form-encoded batch and no preflight`, async ({
      portal,
      openPortal,
      card,
    }) => {
      await openPortal();
      await expect(card).toHaveAttribute('data-state', state);
      expect(restLog(portal)).toEqual(oneFormBatch);
      // The one batch carries the lookup itself (contract §2).
      const [batch] = portal.requests();
      expect(Object.values(batch?.commands ?? {}).map((command) => command.method)).toContain(
        'imbot.chat.get',
      );
    });
  });
}

/** What a user does to a tab they come back to: resize, switch away and back, click into it. */
async function revisit(page: Page, app: FrameLocator): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.setViewportSize({ width: viewport.width - 100, height: viewport.height });
  await app.locator('body').evaluate(() => {
    // Bitrix24 hides and shows the tab's document when the user switches CRM tabs.
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    window.dispatchEvent(new Event('focus'));
  });
}

test('refocusing, switching back and resizing within 30 s send nothing; after 30 s, one batch', async ({
  page,
  portal,
  card,
  app,
  openCard,
}) => {
  await page.clock.install();
  await openCard('ready');
  expect(restLog(portal)).toEqual(oneFormBatch);

  // Well inside the window: the clock keeps running in real time between the steps as well.
  await page.clock.fastForward('00:20');
  await revisit(page, app);
  await expect(card).toHaveAttribute('data-state', 'ready');

  // The same events past the freshness window do revalidate. That is also the barrier showing
  // the earlier ones had time to send something and did not: exactly one more batch, and it
  // arrived after this second visit began.
  await page.clock.fastForward('00:15');
  const secondVisit = Date.now();
  await revisit(page, app);
  await expect.poll(() => restLog(portal)).toEqual([...oneFormBatch, ...oneFormBatch]);
  const revalidation = portal.requests().filter((entry) => !isConversationAsk(entry))[1];
  expect(revalidation?.at).toBeGreaterThanOrEqual(secondVisit);
  await expect(card).toHaveAttribute('data-state', 'ready');
});
