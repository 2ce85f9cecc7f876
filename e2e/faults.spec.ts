import type { FrameLocator, Locator } from '@playwright/test';
import type { Fault, Portal } from '../emulator/portal.ts';
import { test, expect } from './fixtures.ts';
import { isConversationAsk } from './rest-log.ts';
import { cardStates, recordCardStates } from './state-recorder.ts';

// The fault matrix of the issue "Resilience": every fault the portal can answer with, as a
// whole-request failure and as one failing command inside the card's batch, through the real
// SDK (its retries and refresh included). Each row names the state the user lands in and what
// they can do there. The silent parent (outside-frame, Reload) is in crm-tab.spec.ts.

const CHAT_TITLE = 'Deal: Website redesign for Acme';

/** POST statuses of the REST calls the app made (preflights excluded). */
/** The card shows `error` saying `says` and nothing of the chat; healed, Try again brings it. */
async function errorThenTryAgain(
  { card, app, portal }: { card: Locator; app: FrameLocator; portal: Portal },
  says: string | RegExp,
): Promise<void> {
  await expect(card).toHaveAttribute('data-state', 'error');
  await expect(card.getByRole('alert')).toContainText(says);
  await expect(card).not.toContainText(CHAT_TITLE);

  portal.clearFaults();
  await app.getByRole('button', { name: 'Try again' }).click();
  await expect(card).toHaveAttribute('data-state', 'ready');
}

function postStatuses(requests: Array<{ httpMethod: string; status: number }>): number[] {
  return requests.filter((entry) => entry.httpMethod === 'POST').map((entry) => entry.status);
}

test.describe('busy portal', () => {
  test('503 QUERY_LIMIT_EXCEEDED once: the SDK waits and retries, no error is ever shown', async ({
    page,
    portal,
    card,
    app,
    openCard,
  }) => {
    portal.addFault({ method: 'batch', error: 'QUERY_LIMIT_EXCEEDED', times: 1 });
    await recordCardStates(page, portal.appOrigin);
    await openCard('ready');
    await expect(card.getByRole('heading', { name: CHAT_TITLE })).toBeVisible();
    // The read mark that follows `ready` is the log's own request (contract §5).
    expect(postStatuses(portal.requests().filter((entry) => !isConversationAsk(entry)))).toEqual([
      503, 200,
    ]);
    expect(await cardStates(app)).toEqual(['loading', 'ready']);
  });

  // A whole-request 429 costs ≥ 20 s of SDK retries (≥ 10 s before each): its reset time is
  // proven against the real SDK in src/b24/app-error.test.ts; here, the command-scope row.
  test('429 OPERATION_TIME_LIMIT for one command: busy, Try again shortly', async ({
    portal,
    card,
    app,
    openCard,
  }) => {
    portal.addFault({ method: 'imbot.chat.get', scope: 'command', error: 'OPERATION_TIME_LIMIT' });
    await openCard('error');
    await expect(card).toContainText('Bitrix24 is busy right now. Try again shortly.');
    portal.clearFaults();
    await app.getByRole('button', { name: 'Try again' }).click();
    await expect(card).toHaveAttribute('data-state', 'ready');
  });
});

test.describe('errors that heal: error, then Try again', () => {
  const rows: Array<{ name: string; fault: Fault; says: string }> = [
    {
      name: '500 INTERNAL_SERVER_ERROR on the whole request',
      fault: { method: 'batch', error: 'INTERNAL_SERVER_ERROR' },
      says: 'Bitrix24 had an error while answering.',
    },
    {
      name: 'INTERNAL_SERVER_ERROR for the lookup command',
      fault: { method: 'imbot.chat.get', scope: 'command', error: 'INTERNAL_SERVER_ERROR' },
      says: 'Bitrix24 had an error while answering.',
    },
    {
      name: 'INTERNAL_SERVER_ERROR for the details command',
      fault: { method: 'imbot.dialog.get', scope: 'command', error: 'INTERNAL_SERVER_ERROR' },
      says: 'Bitrix24 had an error while answering.',
    },
    {
      name: 'a dropped connection (the SDK retries for ~3.6 s)',
      fault: { method: 'batch', network: 'drop' },
      says: 'Bitrix24 can’t be reached.',
    },
  ];

  for (const { name, fault, says } of rows) {
    test(name, async ({ page, portal, openPortal, card, app }) => {
      portal.addFault(fault);
      await recordCardStates(page, portal.appOrigin);
      await openPortal();

      await errorThenTryAgain({ card, app, portal }, says);
      await expect(card.getByRole('heading', { name: CHAT_TITLE })).toBeVisible();
      // The prefetch may fail before the first paint, so an initial `loading` is optional.
      const shown = (await cardStates(app)).filter((state) => state !== 'loading');
      expect(shown).toEqual(['error', 'ready']);
    });
  }
});

test.describe('expired token', () => {
  test('401 expired_token: one refreshAuth, then ready', async ({ portal, openCard }) => {
    portal.addFault({ method: 'batch', status: 401, error: 'expired_token', times: 1 });
    await openCard('ready');
    const refreshes = portal.messages().filter((message) => message.command === 'refreshAuth');
    expect(refreshes).toHaveLength(1);
    expect(postStatuses(portal.requests().filter((entry) => !isConversationAsk(entry)))).toEqual([
      401, 200,
    ]);
  });

  test.describe('a refresh the portal never answers', () => {
    test.use({ scenario: { silentCommands: ['refreshAuth'] } });

    test('session-expired within 15 s, and Reload reloads the portal page', async ({
      page,
      portal,
      openPortal,
      card,
    }) => {
      portal.addFault({ method: 'batch', status: 401, error: 'expired_token' });
      await openPortal();

      await expect(card).toHaveAttribute('data-state', 'session-expired', { timeout: 15_000 });
      await expect(card).toContainText('Reload the page to sign in to Bitrix24 again.');
      await expect(card).not.toContainText(CHAT_TITLE);

      // The portal page itself goes to the record's card again (reload.spec.ts has the rest).
      portal.clearLog();
      await card.getByRole('button', { name: 'Reload' }).click();
      await expect
        .poll(() => portal.navigations().map((entry) => entry.path))
        .toEqual(['/crm/deal/details/42/']);
      await expect(page).toHaveURL(`${portal.url}/crm/deal/details/42/`);
    });
  });

  test('expired_token for one command (auth is per request; mapped, not retried)', async ({
    portal,
    card,
    openCard,
  }) => {
    portal.addFault({ method: 'imbot.chat.get', scope: 'command', error: 'expired_token' });
    await openCard('session-expired');
    await expect(card.getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});

test.describe('restricted: the specific reason, and for admins what to change', () => {
  const reasons: Array<{ code: string; reason: string; adminFix: string; lookups?: string[] }> = [
    {
      code: 'insufficient_scope',
      reason: 'The app lacks a permission it needs to read chats.',
      adminFix: 'Reinstall the app and allow the im and imbot permissions.',
      // Without imbot, im.chat.get is the same lookup (contract §2): both must lack their scope.
      lookups: ['imbot.chat.get', 'im.chat.get'],
    },
    {
      code: 'user_access_error',
      reason: 'An administrator has limited this app to certain users.',
      adminFix: 'Add this user to the app’s access list in Applications.',
    },
    {
      code: 'ACCESS_DENIED',
      reason: 'This is not available on your Bitrix24 plan, or access to it was denied.',
      adminFix: 'Check the plan and the app’s permissions in Applications.',
    },
    {
      code: 'ERROR_METHOD_NOT_FOUND',
      reason: 'This Bitrix24 lacks the messenger method the app needs.',
      adminFix: 'Update Bitrix24 so that the im module offers im.dialog.get.',
    },
  ];

  for (const { code, reason, adminFix, lookups = ['imbot.chat.get'] } of reasons) {
    test.describe(code, () => {
      test.describe('a member', () => {
        test.use({ scenario: { userId: 2 } });

        test('whole request: the reason, and ask the administrator', async ({
          portal,
          card,
          openCard,
        }) => {
          portal.addFault({ method: 'batch', error: code });
          await openCard('restricted');
          await expect(card).toContainText(reason);
          await expect(card).toContainText('Ask your Bitrix24 administrator for help.');
          await expect(card).not.toContainText(adminFix);
          await expect(card).not.toContainText(CHAT_TITLE);
        });
      });

      test.describe('an admin', () => {
        test.use({ scenario: { userId: 1 } });

        test('one command: the reason, and what to change', async ({ portal, card, openCard }) => {
          for (const method of lookups) portal.addFault({ method, scope: 'command', error: code });
          await openCard('restricted');
          await expect(card).toContainText(reason);
          await expect(card).toContainText(adminFix);
          await expect(card).not.toContainText(CHAT_TITLE);
        });
      });
    });
  }

  test('imbot.dialog.get missing: falls back to im.dialog.get and shows the chat', async ({
    portal,
    card,
    openCard,
  }) => {
    portal.addFault({
      method: 'imbot.dialog.get',
      scope: 'command',
      error: 'ERROR_METHOD_NOT_FOUND',
    });
    await openCard('ready');
    await expect(card.getByRole('heading', { name: CHAT_TITLE })).toBeVisible();
    expect(portal.requests().map((entry) => entry.method)).toContain('im.dialog.get');
  });

  test('both details methods missing: restricted', async ({ portal, card, openCard }) => {
    portal.addFault({
      method: 'imbot.dialog.get',
      scope: 'command',
      error: 'ERROR_METHOD_NOT_FOUND',
    });
    portal.addFault({ method: 'im.dialog.get', error: 'ERROR_METHOD_NOT_FOUND' });
    await openCard('restricted');
    await expect(card).toContainText('This Bitrix24 lacks the messenger method the app needs.');
  });
});

test.describe('access errors', () => {
  test('ACCESS_ERROR on the whole request: access-denied, nothing about the chat', async ({
    portal,
    card,
    openCard,
  }) => {
    portal.addFault({ method: 'batch', error: 'ACCESS_ERROR' });
    await openCard('access-denied');
    await expect(card).toContainText('The record’s responsible person can also add you.');
    await expect(card).not.toContainText(CHAT_TITLE);
  });

  test('AUTHORIZE_ERROR on the whole request: unauthorized', async ({ portal, card, openCard }) => {
    portal.addFault({ method: 'batch', error: 'AUTHORIZE_ERROR' });
    await openCard('unauthorized');
    await expect(card).toContainText('Sign in to Bitrix24 with an employee account.');
  });
});

test.describe('malformed payloads: a clear state, never a white frame', () => {
  const DETAILS = {
    id: 2725,
    dialog_id: 'chat2725',
    type: 'crm',
    avatar: '',
    color: '#f76187',
    user_counter: 3,
    date_create: '2026-02-25T16:50:58+03:00',
  };

  const broken: Array<{ name: string; fault: Fault; says: string }> = [
    {
      name: 'details result is not an object',
      fault: { method: 'imbot.dialog.get', scope: 'command', result: 'chat' },
      says: 'Bitrix24 answered in a way the app doesn’t understand.',
    },
    {
      name: 'lookup ID is not a number',
      fault: { method: 'imbot.chat.get', scope: 'command', result: { ID: 'abc' } },
      says: 'Bitrix24 answered in a way the app doesn’t understand.',
    },
    {
      name: 'details lack their fields',
      fault: { method: 'imbot.dialog.get', scope: 'command', result: {} },
      says: 'Bitrix24 answered in a way the app doesn’t understand.',
    },
    {
      name: 'the batch result is not an object',
      fault: { method: 'batch', result: 'oops' },
      says: 'Bitrix24 answered in a way the app doesn’t understand.',
    },
    {
      name: 'an HTML page instead of JSON',
      fault: { method: 'batch', rawBody: '<html><body>Bad gateway</body></html>' },
      says: 'Something went wrong.',
    },
  ];

  for (const { name, fault, says } of broken) {
    test(`${name}: error with Try again`, async ({ portal, openPortal, card, app }) => {
      portal.addFault(fault);
      await openPortal();
      await errorThenTryAgain({ card, app, portal }, says);
    });
  }

  const titles: Array<{ name: string; title: string }> = [
    {
      name: 'HTML in the title appears literally',
      title:
        '<img src=x onerror="window.injected=1"><b>Bold</b> & <script>window.injected=2</script>',
    },
    {
      name: 'a 10 000-character title wraps inside the frame',
      title: `${'W'.repeat(4000)} ${'Warehouse '.repeat(600)}`.slice(0, 10_000),
    },
    { name: 'an RTL and emoji title', title: 'مشروع الأتمتة 🚀 פרויקט 👩🏽‍💻 Acme' },
  ];

  for (const { name, title } of titles) {
    test(name, async ({ portal, card, app, openCard }) => {
      portal.addFault({
        method: 'imbot.dialog.get',
        scope: 'command',
        result: { ...DETAILS, name: title },
      });
      await openCard('ready');
      const heading = card.getByRole('heading', { level: 2 });
      await expect(heading).toHaveText(title);
      // Text stays text: no element came from the title, no script of it ran.
      expect(await heading.evaluate((element) => element.children.length)).toBe(0);
      expect(await app.locator('html').evaluate(() => 'injected' in window)).toBe(false);
      // (Bold in the Messages log is the conversation's own [b] markup, not the title's.)
      await expect(
        app.locator('img[src="x"], b:not([role="log"] b), script:not([src])'),
      ).toHaveCount(0);
      // Any length wraps: no horizontal scrolling anywhere in the frame.
      const widths = await app.locator('html').evaluate((root) => ({
        scroll: root.scrollWidth,
        client: root.clientWidth,
        body: document.body.scrollWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      expect(widths.body).toBeLessThanOrEqual(widths.client);
      const overhang = await heading.evaluate(
        (element) => element.getBoundingClientRect().right - document.documentElement.clientWidth,
      );
      expect(overhang).toBeLessThanOrEqual(0);
      await expect(app.getByRole('button', { name: 'Open chat' })).toBeVisible();
    });
  }
});
