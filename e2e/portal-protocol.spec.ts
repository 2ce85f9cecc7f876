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

    // Every request sent with the expired token (the revalidation, and the conversation's poll
    // when it is due by then) is refreshed and sent again, once.
    const answers = () =>
      portal.requests().map((entry) => `${entry.status} ${entry.error ?? ''}`.trim());
    await expect
      .poll(() => {
        const all = answers();
        const expired = all.filter((answer) => answer === '401 expired_token').length;
        const retried = all.filter((answer) => answer === '200').length;
        return expired > 0 && retried >= expired && all.at(-1) === '200';
      })
      .toBe(true);
    expect(portal.messages().map((message) => message.command)).toContain('refreshAuth');
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(card).not.toHaveAttribute('data-stale', 'true');
  });
});
