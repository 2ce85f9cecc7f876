import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { isConversationAsk, posts } from './rest-log.ts';

// Security checks of the issue "Resilience": while the app loads a card, opens the chat, tries
// again after an error and refreshes its token, no auth token it was given shows up in the
// console, in the frame's storage, or in any URL it builds; its CSP is strict; portal-relative
// URLs point at the portal. (The lint rule against dangerouslySetInnerHTML is in
// eslint.config.js.)

interface Trail {
  console: string[];
  urls: string[];
  /** Console arguments still being read out of the page. */
  pending: Array<Promise<unknown>>;
}

function appFrameOf(page: Page, appOrigin: string): Frame {
  const frame = page.frames().find((candidate) => candidate.url().startsWith(appOrigin));
  if (frame === undefined) throw new Error('no app frame');
  return frame;
}

/** Every console line of every frame, with its arguments' values, and every request URL. */
function recordTrail(page: Page): Trail {
  const trail: Trail = { console: [], urls: [], pending: [] };
  page.on('console', (message) => {
    trail.console.push(message.text());
    for (const arg of message.args()) {
      trail.pending.push(
        arg
          .jsonValue()
          .then((value: unknown) => trail.console.push(JSON.stringify(value) ?? ''))
          // A value that cannot be serialised (a DOM node, a cycle) was shown as text above.
          .catch(() => undefined),
      );
    }
  });
  page.on('pageerror', (error) => trail.console.push(`${error.message}\n${error.stack ?? ''}`));
  page.on('request', (request) => trail.urls.push(request.url()));
  return trail;
}

declare global {
  interface Window {
    /** Every storage and cookie write the app frame attempted (recordStorageWrites). */
    storageWrites?: string[];
  }
}

/**
 * Chromium denies a third-party frame its storage by default (the app must work so, contract
 * §3), and a denied storage would prove nothing here: the frame gets an in-memory stand-in
 * instead, and every storage or cookie write it makes is recorded.
 */
async function recordStorageWrites(page: Page, appOrigin: string): Promise<void> {
  await page.addInitScript((origin) => {
    if (window.location.origin !== origin) return;
    const writes: string[] = [];
    window.storageWrites = writes;
    const memoryStorage = (): Storage => {
      const items = new Map<string, string>();
      return {
        get length() {
          return items.size;
        },
        key: (index) => [...items.keys()][index] ?? null,
        getItem: (key) => items.get(key) ?? null,
        setItem: (key, value) => {
          writes.push(`${key}=${value}`);
          items.set(key, String(value));
        },
        removeItem: (key) => items.delete(key),
        clear: () => items.clear(),
      };
    };
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      Object.defineProperty(window, name, { configurable: true, value: memoryStorage() });
    }
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        return cookie?.get?.call(this);
      },
      set(value: string) {
        writes.push(value);
        cookie?.set?.call(this, value);
      },
    });
  }, appOrigin);
}

/** What the app frame keeps: storage (or that it is denied), cookies, its URL, its DOM's URLs. */
async function frameFootprint(page: Page, appOrigin: string): Promise<string[]> {
  const frame = appFrameOf(page, appOrigin);
  const inFrame = await frame.evaluate(() => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => {
        const key = storage.key(index) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      });
    const urls = Array.from(document.querySelectorAll('[href], [src], [action]')).flatMap(
      (element) => ['href', 'src', 'action'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [
      ...(window.storageWrites ?? []),
      ...dump(localStorage),
      ...dump(sessionStorage),
      document.cookie,
      window.location.href,
      ...urls,
    ];
  });
  const cookies = await page.context().cookies(appOrigin);
  return [...inFrame, ...cookies.map((cookie) => `${cookie.name}=${cookie.value}`)];
}

function expectNoToken(haystack: string[], tokens: string[], where: string) {
  const text = haystack.join('\n');
  const leaked = tokens.filter((token) => text.includes(token));
  expect(leaked, `tokens found in ${where}`).toEqual([]);
}

test('no auth token leaks into the console, storage or URLs on any path', async ({
  page,
  portal,
  openPortal,
  card,
  app,
  fitted,
  revalidate,
}) => {
  const trail = recordTrail(page);
  await recordStorageWrites(page, portal.appOrigin);
  await openPortal();

  // Load the card, and open the chat.
  await expect(card).toHaveAttribute('data-state', 'ready');
  await fitted();
  await app.getByRole('button', { name: 'Open chat' }).click();
  await expect(page.getByRole('complementary', { name: 'Messenger' })).toHaveAttribute(
    'data-dialog-id',
    'chat2725',
  );

  // The refresh path: the token expires on the portal, the next call refreshes it.
  portal.expireTokens();
  const lookups = () =>
    posts(portal).filter((entry) => entry.status === 200 && !isConversationAsk(entry)).length;
  const answeredBefore = lookups();
  await revalidate();
  await expect
    .poll(() => portal.messages().filter((message) => message.command === 'refreshAuth').length)
    // The conversation's poll may meet the expired token beside the revalidation: one each.
    .toBeGreaterThanOrEqual(1);
  // Sent again with the new token and answered: the next revalidation is a request of its own.
  await expect.poll(lookups).toBeGreaterThan(answeredBefore);
  await expect(card).toHaveAttribute('data-state', 'ready');
  await expect(card).not.toHaveAttribute('data-stale');

  // The Try again path: a failed refresh, then Try again from the stale notice.
  // The card's own lookup fails (a failing poll would heal with the revalidation's answer).
  portal.addFault({
    method: 'imbot.chat.get',
    scope: 'command',
    error: 'INTERNAL_SERVER_ERROR',
    times: 1,
  });
  await revalidate();
  await expect(card).toHaveAttribute('data-stale', 'true');
  await fitted();
  await card.getByRole('button', { name: 'Try again' }).click();
  await expect(card).not.toHaveAttribute('data-stale');

  await Promise.all(trail.pending);
  const tokens = portal.issuedTokens();
  // The page's first pair and the refreshed pair, at least.
  expect(tokens.length).toBeGreaterThanOrEqual(4);
  expect(trail.urls.length).toBeGreaterThan(0);
  expectNoToken(trail.console, tokens, 'the console');
  expectNoToken(trail.urls, tokens, 'request URLs');
  expectNoToken(await frameFootprint(page, portal.appOrigin), tokens, 'the app frame');
  expectNoToken(
    portal.messages().map((message) => message.raw),
    tokens,
    'messages to the parent',
  );
});

test('the app frame’s document carries a strict CSP', async ({ app, openCard }) => {
  await openCard('ready');
  const csp = await app
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const directives = (csp ?? '').split(';').map((directive) => directive.trim());
  expect(directives).toEqual(
    expect.arrayContaining(["script-src 'self'", "object-src 'none'", "base-uri 'none'"]),
  );
});

test('portal-relative URLs resolve against the portal’s origin', async ({
  portal,
  card,
  app,
  openCard,
}) => {
  await openCard('ready');

  const sources = await card
    .locator('img')
    .evaluateAll((images) => images.map((image) => image.getAttribute('src') ?? ''));
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) expect(source.startsWith(`${portal.url}/`)).toBe(true);
  await expect(app.getByRole('link', { name: 'Open in a new tab' })).toHaveAttribute(
    'href',
    `${portal.url}/online/?IM_DIALOG=chat2725`,
  );
});
