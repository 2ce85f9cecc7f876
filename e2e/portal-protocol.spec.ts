import { test, expect } from './fixtures.ts';
import { isConversationAsk } from './rest-log.ts';

test.describe('the real SDK in the app frame talks to the emulated portal', () => {
  test('completes getInitData, calls REST and shows the seeded chat', async ({
    portal,
    card,
    openCard,
  }) => {
    await openCard('ready');
    await expect(card).toContainText('Deal: Website redesign for Acme');

    const commands = portal.messages().map((message) => message.command);
    expect(commands[0]).toBe('getInitData');

    const restCalls = portal.requests().filter((entry) => entry.httpMethod === 'POST');
    expect(restCalls.length).toBeGreaterThan(0);
    const lookup = Object.values(restCalls[0]?.commands ?? {}).find(
      (command) => command.method === 'imbot.chat.get',
    );
    expect(lookup?.params).toEqual({ ENTITY_TYPE: 'CRM', ENTITY_ID: 'DEAL|42' });
    expect(restCalls[0]?.status).toBe(200);
  });

  test('refreshes an expired token through refreshAuth without showing an error', async ({
    portal,
    card,
    openCard,
  }) => {
    portal.addFault({ method: 'batch', status: 401, error: 'expired_token', times: 1 });
    await openCard('ready');
    await expect(card).toContainText('Deal: Website redesign for Acme');
    expect(portal.messages().map((message) => message.command)).toContain('refreshAuth');
    const statuses = portal
      .requests()
      .filter((entry) => entry.httpMethod === 'POST' && !isConversationAsk(entry))
      .map((entry) => entry.status);
    expect(statuses).toEqual([401, 200]);
  });

  test('a token that expired on the portal is refreshed and the call retried', async ({
    portal,
    card,
    revalidate,
    openCard,
  }) => {
    await openCard('ready');

    portal.expireTokens();
    portal.clearLog();
    // Past the 30 s freshness window, a focused frame revalidates (contract §3).
    await revalidate();

    // The first request after the expiry is refused: the card's revalidation, or the
    // conversation's poll of the same minute, whichever goes first. After the refresh, the
    // revalidation is answered.
    await expect
      .poll(
        () =>
          portal
            .requests()
            .filter((entry) => !isConversationAsk(entry))
            .at(-1)?.status,
        // Concurrent refusals each wait for a refresh through the portal page.
        { timeout: 15_000 },
      )
      .toBe(200);
    const first = portal.requests()[0];
    expect(`${first?.status} ${first?.error}`).toBe('401 expired_token');
    expect(portal.messages().map((message) => message.command)).toContain('refreshAuth');
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(card).not.toHaveAttribute('data-stale', 'true');
  });
});
