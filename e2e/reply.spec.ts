import type { FrameLocator, Locator } from '@playwright/test';
import type { Portal } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';
import { row } from './lookup-page.ts';
import { callsOf, nothingMoreArrives } from './rest-log.ts';

// Contract §5, the reply: the `Message` box and `Send` under the log, through im.message.add,
// one press one message whatever happens to the answer, a draft that outlives the card.

const CHAT = 2725;
const MARK = 2;

const box = (app: FrameLocator) => app.getByRole('textbox', { name: 'Message' });
/** Types a reply into the box and presses Enter, as a person sends one. */
async function send(app: FrameLocator, text: string): Promise<void> {
  await box(app).fill(text);
  await box(app).press('Enter');
}

const log = (card: Locator) => card.getByRole('log', { name: 'Messages' });

/** What the app asked im.message.add, in order (the redacted `auth` left out). */
function adds(portal: Portal): Record<string, unknown>[] {
  return callsOf(portal, 'im.message.add').map((call) =>
    Object.fromEntries(
      Object.entries(call.params as Record<string, unknown>).filter(([key]) => key !== 'auth'),
    ),
  );
}

/** The chat's stored messages with this text, as the portal itself lists them. */
async function storedWith(portal: Portal, text: string): Promise<number> {
  const response = await fetch(`${portal.url}/rest/im.dialog.messages.get`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ DIALOG_ID: `chat${CHAT}`, LIMIT: 50, auth: portal.issueToken(MARK) }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { result: { messages: Array<{ text: string }> } };
  return body.result.messages.filter((message) => message.text === text).length;
}

test('Enter sends exactly one im.message.add with the typed text; focus stays in the box', async ({
  page,
  portal,
  app,
  card,
  openCard,
}) => {
  await openCard('ready');
  portal.clearLog();
  await send(app, 'Hello from the card');

  const sent = log(card).getByRole('listitem').filter({ hasText: 'Hello from the card' });
  await expect(sent).toHaveCount(1);
  await expect(sent).toHaveAttribute('data-message-id', /^\d+$/);
  await nothingMoreArrives(page);
  expect(adds(portal)).toEqual([
    {
      DIALOG_ID: `chat${CHAT}`,
      MESSAGE: 'Hello from the card',
      TEMPLATE_ID: expect.stringMatching(/^[0-9a-f-]{36}$/),
    },
  ]);
  await expect(box(app)).toHaveValue('');
  await expect(box(app)).toBeFocused();
  expect(await storedWith(portal, 'Hello from the card')).toBe(1);
});

test('Shift+Enter starts a line and sends nothing; blank text is not sent', async ({
  page,
  portal,
  app,
  openCard,
}) => {
  await openCard('ready');
  portal.clearLog();
  await box(app).fill('First line');
  await box(app).press('Shift+Enter');
  await box(app).pressSequentially('second line');
  await expect(box(app)).toHaveValue('First line\nsecond line');

  await send(app, '   ');
  await expect(app.getByRole('button', { name: 'Send' })).toBeDisabled();
  await nothingMoreArrives(page);
  expect(adds(portal)).toEqual([]);
});

test('a double click on Send sends one message', async ({ page, portal, app, openCard }) => {
  await openCard('ready');
  portal.clearLog();
  await box(app).fill('Only once');
  await app.getByRole('button', { name: 'Send' }).dblclick();
  await expect.poll(() => adds(portal).length).toBe(1);
  await nothingMoreArrives(page);
  expect(adds(portal)).toHaveLength(1);
  expect(await storedWith(portal, 'Only once')).toBe(1);
});

test('a 500 keeps the text, says why, and Try again sends it once', async ({
  portal,
  app,
  card,
  openCard,
}) => {
  await openCard('ready');
  portal.addFault({
    method: 'im.message.add',
    status: 500,
    error: 'INTERNAL_SERVER_ERROR',
    times: 1,
  });
  portal.clearLog();
  await send(app, 'Survives a 500');

  const failed = log(card).locator('[data-message-status="failed"]');
  await expect(failed).toContainText('Survives a 500');
  await expect(failed.getByRole('alert')).toBeVisible();
  await failed.getByRole('button', { name: 'Try again' }).click();

  const sent = log(card).getByRole('listitem').filter({ hasText: 'Survives a 500' });
  await expect(sent).toHaveAttribute('data-message-id', /^\d+$/);
  await expect(log(card).locator('[data-message-status]')).toHaveCount(0);
  expect(await storedWith(portal, 'Survives a 500')).toBe(1);
  // After a 500 the outcome is unknown: Try again looked first (nothing there), then sent it once
  // more, as the same message (TEMPLATE_ID).
  const [first, again] = adds(portal);
  expect(adds(portal)).toHaveLength(2);
  expect(again?.['TEMPLATE_ID']).toBe(first?.['TEMPLATE_ID']);
});

test('a dropped answer does not end in two messages', async ({
  page,
  portal,
  app,
  card,
  openCard,
}) => {
  await openCard('ready');
  portal.addFault({ method: 'im.message.add', network: 'afterWork', times: 1 });
  portal.clearLog();
  await send(app, 'Dropped once');

  await expect.poll(() => portal.requests().some((entry) => entry.status === 0)).toBe(true);
  await nothingMoreArrives(page);
  // Whatever the browser made of the lost answer (Chromium sends the POST once more by itself,
  // which TEMPLATE_ID answers with the same message): one message, shown once.
  expect(await storedWith(portal, 'Dropped once')).toBe(1);
  await expect(log(card).getByRole('listitem').filter({ hasText: 'Dropped once' })).toHaveCount(1);
});

test('an answer lost after the portal posted does not end in two messages', async ({
  portal,
  app,
  card,
  openCard,
}) => {
  await openCard('ready');
  // Twice: Chromium itself sends a POST again when a reused connection closes before any answer
  // (the SDK sends it once); that second try is answered by TEMPLATE_ID and lost as well.
  portal.addFault({ method: 'im.message.add', network: 'afterWork', times: 2 });
  portal.clearLog();
  await send(app, 'Posted, answer lost');

  const failed = log(card).locator('[data-message-status="failed"]');
  await expect(failed).toContainText('Posted, answer lost');
  await expect(failed.getByRole('alert')).toBeVisible();
  expect(await storedWith(portal, 'Posted, answer lost')).toBe(1);
  const tries = adds(portal);
  expect(new Set(tries.map((params) => params['TEMPLATE_ID'])).size).toBe(1);

  await failed.getByRole('button', { name: 'Try again' }).click();
  const shown = log(card).getByRole('listitem').filter({ hasText: 'Posted, answer lost' });
  await expect(shown).toHaveAttribute('data-message-id', /^\d+$/);
  await expect(shown).toHaveCount(1);
  // Try again found it among the newer messages and sent nothing more.
  expect(adds(portal)).toHaveLength(tries.length);
  expect(await storedWith(portal, 'Posted, answer lost')).toBe(1);
});

test('the sent message shows once after a poll brings it back', async ({
  page,
  portal,
  app,
  card,
  openCard,
}) => {
  await page.clock.install();
  await openCard('ready');
  await send(app, 'Once in the log');
  const shown = log(card).getByRole('listitem').filter({ hasText: 'Once in the log' });
  await expect(shown).toHaveAttribute('data-message-id', /^\d+$/);
  const id = await shown.getAttribute('data-message-id');
  portal.clearLog();

  await page.clock.fastForward('00:16');
  await expect.poll(() => callsOf(portal, 'im.dialog.messages.get').length).toBeGreaterThan(0);
  await expect(card.locator(`[data-message-id="${id}"]`)).toHaveCount(1);
  await expect(shown).toHaveCount(1);
});

test('the draft survives a failed revalidation', async ({
  portal,
  app,
  card,
  openCard,
  revalidate,
}) => {
  await openCard('ready');
  await box(app).fill('Half a thought');
  portal.addFault({ method: 'batch', error: 'INTERNAL_SERVER_ERROR' });
  await revalidate();
  await expect(card).toHaveAttribute('data-stale', 'true');
  await expect(box(app)).toHaveValue('Half a thought');

  portal.clearFaults();
  await card.getByRole('status').getByRole('button', { name: 'Try again' }).click();
  await expect(card).not.toHaveAttribute('data-stale');
  await expect(box(app)).toHaveValue('Half a thought');
});

test('no composer where the chat forbids the person to post', async ({
  portal,
  card,
  openCard,
}) => {
  portal.setScenario({ placement: 'CRM_QUOTE_DETAIL_TAB', placementOptions: { ID: '11' } });
  await openCard('ready');
  await expect(log(card)).toBeVisible();
  // The composer's part has come (it brings the outbox with it): the box is still absent.
  await expect(card.locator('.composer')).toHaveCount(0);
  await expect(card.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Send' })).toHaveCount(0);
});

test.describe('on the lookup page', () => {
  test.use({ scenario: { placement: 'LEFT_MENU', placementOptions: {} } });

  test('the draft survives going to another record and back', async ({
    app,
    card,
    fitted,
    openLookup,
  }) => {
    // Each view changes the frame's height: a click before the portal fits it can miss.
    await openLookup();
    await fitted();
    await app.getByRole('button', { name: 'Website redesign for Acme', exact: true }).click();
    await expect(card).toHaveAttribute('data-state', 'ready');
    await box(app).fill('Kept for later');

    await fitted();
    await app.getByRole('button', { name: 'Back' }).click();
    await expect(row(app, 'Inbound: Initech')).toBeVisible();
    await fitted();
    await app.getByRole('button', { name: 'Inbound: Initech', exact: true }).click();
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(box(app)).toHaveValue('');

    await fitted();
    await app.getByRole('button', { name: 'Back' }).click();
    await expect(row(app, 'Website redesign for Acme')).toBeVisible();
    await fitted();
    await app.getByRole('button', { name: 'Website redesign for Acme', exact: true }).click();
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(box(app)).toHaveValue('Kept for later');
  });
});
