import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, systemChromium } from '../scripts/chromium.ts';
import { startPortal, type Portal } from './portal.ts';

// The portal page's parent side, driven from a stand-in app frame in real Chromium: each test
// names the Bitrix24 behaviour (applayout.js, the app.layout template) it copies.

/** A minimal frame-protocol client: posts `command:params:key:sid` like the SDK (§2) and keeps
 * every reply in arrival order, so "no reply" can be proven by a later command's reply. */
const STUB_APP = `<!doctype html>
<html><head><meta charset="utf-8"><title>stub app</title></head>
<body><button id="leave" type="button">Leave</button>
<script>
const [domain, protocol, sid] = window.name.split('|');
const origin = (protocol === '1' ? 'https://' : 'http://') + domain;
const replies = [];
const waiting = new Map();
let next = 0;
window.addEventListener('message', (event) => {
  if (event.origin !== origin || typeof event.data !== 'string') return;
  const colon = event.data.indexOf(':');
  const reply = { key: event.data.slice(0, colon), text: event.data.slice(colon + 1) };
  replies.push(reply);
  waiting.get(reply.key)?.(reply.text);
});
window.stub = {
  sid,
  replies,
  post(command, params, raw) {
    const key = 'k' + ++next;
    const body = raw ?? (params === undefined ? '' : JSON.stringify(params));
    parent.postMessage(body === '' ? command + ':' + key + ':' + sid : command + ':' + body + ':' + key + ':' + sid, origin);
    return key;
  },
  call(command, params) {
    const key = this.post(command, params);
    return new Promise((resolve) => waiting.set(key, resolve));
  },
  answered(key) {
    return replies.some((reply) => reply.key === key);
  },
};
// Cross-origin, only the href setter and replace() of top.location are allowed.
document.getElementById('leave').addEventListener('click', () => {
  window.top.location.href = document.body.dataset.target;
});
</script></body></html>`;

interface StubWindow {
  stub: {
    sid: string;
    replies: Array<{ key: string; text: string }>;
    post(command: string, params?: unknown, raw?: string): string;
    call(command: string, params?: unknown): Promise<string>;
    answered(key: string): boolean;
  };
}

let browser: Browser;
let portal: Portal;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const appDir = await mkdtemp(join(tmpdir(), 'emulator-stub-app-'));
  await writeFile(join(appDir, 'index.html'), STUB_APP);
  portal = await startPortal({ appDir, quiet: true });
  browser = await chromium.launch({ executablePath: systemChromium, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

beforeEach(async () => {
  portal.reset();
  context = await browser.newContext({ permissions: ['local-network-access'] });
  page = await context.newPage();
});

afterEach(() => context.close());

/** The stand-in app in the page's frame, once it runs. */
async function openedFrame(): Promise<Frame> {
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  if (!frame) throw new Error('the app frame has no document');
  await frame.waitForFunction(() => 'stub' in window);
  return frame;
}

/** Opens the portal page for the scenario and waits until the stand-in app runs in its frame. */
async function openApp(): Promise<Frame> {
  await page.goto(portal.cardUrl());
  return openedFrame();
}

function post(frame: Frame, command: string, params?: unknown): Promise<string> {
  return frame.evaluate(
    ([name, value]) => (window as unknown as StubWindow).stub.post(name as string, value),
    [command, params] as const,
  );
}

function call(frame: Frame, command: string, params?: unknown): Promise<string> {
  return frame.evaluate(
    ([name, value]) => (window as unknown as StubWindow).stub.call(name as string, value),
    [command, params] as const,
  );
}

function answered(frame: Frame, key: string): Promise<boolean> {
  return frame.evaluate((k) => (window as unknown as StubWindow).stub.answered(k), key);
}

const pageTitle = () => page.locator('#pagetitle').textContent();

/** A tall page with a marker that a reload would lose. */
async function markPage(): Promise<void> {
  await page.evaluate(() => {
    document.body.style.minHeight = '3000px';
    Object.assign(window, { marker: true });
  });
}

const stillMarked = () => page.evaluate(() => 'marker' in window);

describe('app.layout template: denyInterface outside DEFAULT', () => {
  it.each(['CRM_DEAL_DETAIL_TAB', 'LEFT_MENU', 'CRM_DYNAMIC_183_DETAIL_TAB'])(
    "app.layout template denyInterface(['setTitle','setScroll','reloadWindow']) for %s: dropped silently, still logged",
    async (placement) => {
      portal.setScenario({
        placement,
        placementOptions: placement === 'LEFT_MENU' ? {} : { ID: '5' },
      });
      const frame = await openApp();
      await markPage();
      const title = await pageTitle();
      const denied = [
        await post(frame, 'setTitle', { title: 'Changed by the app' }),
        await post(frame, 'setScroll', { scroll: 200 }),
        await post(frame, 'reloadWindow'),
      ];
      // Commands are handled in order: once the later one is answered, the denied ones would
      // have been too.
      expect(await call(frame, 'setUserOption', { name: 'seen', value: 1 })).toBe(
        '{"name":"seen","value":1}',
      );
      for (const key of denied) expect(await answered(frame, key)).toBe(false);
      expect(await pageTitle()).toBe(title);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect
        .poll(() => portal.messages().map((message) => message.command))
        .toEqual(['setTitle', 'setScroll', 'reloadWindow', 'setUserOption']);
      expect(await stillMarked()).toBe(true);
    },
  );

  it('applayout.js in DEFAULT: setTitle sets the title, setScroll scrolls to a position >= 0, reloadWindow reloads', async () => {
    portal.setScenario({ placement: 'DEFAULT', placementOptions: {} });
    const frame = await openApp();
    await markPage();
    expect(await call(frame, 'setTitle', { title: 'Chosen by the app' })).toBe(
      '{"title":"Chosen by the app"}',
    );
    expect(await pageTitle()).toBe('Chosen by the app');
    expect(await call(frame, 'setScroll', { scroll: 200 })).toBe('{"scroll":200}');
    expect(await page.evaluate(() => window.scrollY)).toBe(200);
    expect(await call(frame, 'setScroll', { scroll: -1 })).toBe('{"scroll":-1}');
    expect(await page.evaluate(() => window.scrollY)).toBe(200);
    await Promise.all([page.waitForEvent('load'), post(frame, 'reloadWindow')]);
    expect(await stillMarked()).toBe(false);
  });

  it('applayout.js receiveMessage: params that are not JSON make JSON.parse throw, so the command is lost', async () => {
    const frame = await openApp();
    const raw = await frame.evaluate(() =>
      (window as unknown as StubWindow).stub.post('setUserOption', undefined, 'not json'),
    );
    await call(frame, 'getInterface');
    expect(await answered(frame, raw)).toBe(false);
    expect(portal.userOptions()).toEqual({});
  });
});

describe('navigations: the portal page loads the app asks for', () => {
  it('logs every portal page load with its path and query, in the HTTP log too, cleared with it', async () => {
    await openApp();
    await page.goto(`${portal.cardUrl()}?from=test`);
    expect(portal.navigations().map((entry) => entry.url)).toEqual([
      '/crm/deal/details/42/',
      '/crm/deal/details/42/?from=test',
    ]);
    const log = await (await fetch(`${portal.url}/_emulator/log`)).json();
    expect(log.navigations.map((entry: { path: string }) => entry.path)).toEqual([
      '/crm/deal/details/42/',
      '/crm/deal/details/42/',
    ]);
    portal.clearLog();
    expect(portal.navigations()).toEqual([]);
  });

  it("Bitrix24's app iframe has no sandbox: a click in the cross-origin frame navigates the portal to another card", async () => {
    const frame = await openApp();
    // The frame stays cross-origin: top.location offers it only href and replace().
    const assign = await frame.evaluate(() => {
      try {
        window.top?.location.assign('/');
        return 'navigated';
      } catch (error) {
        return error instanceof DOMException ? error.name : String(error);
      }
    });
    expect(assign).toBe('SecurityError');
    await frame.evaluate((target) => {
      document.body.dataset['target'] = target;
    }, `${portal.url}/crm/deal/details/43/`);
    await Promise.all([
      page.waitForURL(`${portal.url}/crm/deal/details/43/`),
      frame.click('#leave'),
    ]);
    expect(portal.navigations().map((entry) => entry.url)).toEqual([
      '/crm/deal/details/42/',
      '/crm/deal/details/43/',
    ]);
    expect(await pageTitle()).toBe('Annual support renewal');
    const moved = await openedFrame();
    const init = JSON.parse(await call(moved, 'getInitData'));
    expect([init.PLACEMENT, init.PLACEMENT_OPTIONS]).toEqual(['CRM_DEAL_DETAIL_TAB', { ID: '43' }]);
  });

  it("the portal's start page / is the Feed, with no app frame", async () => {
    const frame = await openApp();
    await frame.evaluate((target) => {
      document.body.dataset['target'] = target;
    }, `${portal.url}/`);
    await Promise.all([page.waitForURL(`${portal.url}/`), frame.click('#leave')]);
    expect(portal.navigations().at(-1)?.url).toBe('/');
    expect(await pageTitle()).toBe('Feed');
    expect(await page.locator('#app-frame').count()).toBe(0);
  });

  it('applayout.js keeps listening: a frame that reloads itself with GET gets getInitData again (same SID from window.name)', async () => {
    portal.setScenario({ firstRun: true });
    const frame = await openApp();
    const sid = await frame.evaluate(() => (window as unknown as StubWindow).stub.sid);
    const first = JSON.parse(await call(frame, 'getInitData'));
    // The app.layout template writes authExpires as a string.
    expect([first.FIRST_RUN, first.AUTH_EXPIRES, first.PROTOCOL]).toEqual([true, '3600', 0]);
    await Promise.all([
      frame.waitForNavigation(),
      frame.evaluate(() => window.location.replace(window.location.href)),
    ]);
    await frame.waitForFunction(() => 'stub' in window);
    expect(await frame.evaluate(() => (window as unknown as StubWindow).stub.sid)).toBe(sid);
    const again = JSON.parse(await call(frame, 'getInitData'));
    expect([again.AUTH_ID, again.PLACEMENT, again.FIRST_RUN]).toEqual([
      first.AUTH_ID,
      'CRM_DEAL_DETAIL_TAB',
      false,
    ]);
    expect(portal.navigations()).toHaveLength(1);
  });
});

describe('CORS in Chromium, with only the headers the portal allows', () => {
  it('rest_util.php sendHeaders: a JSON POST from the app frame passes its preflight (POST needs no Allow-Methods), a custom header does not', async () => {
    const frame = await openApp();
    const token = portal.issueToken();
    const results = await frame.evaluate(
      async ([restUrl, auth]) => {
        const post = async (headers: Record<string, string>) => {
          try {
            const response = await fetch(restUrl as string, {
              method: 'POST',
              headers: {
                'Content-Type': 'application/json',
                Accept: 'application/json',
                ...headers,
              },
              body: JSON.stringify({ auth }),
            });
            return (await response.json()).result.ID as string;
          } catch (error) {
            return error instanceof TypeError ? 'blocked' : String(error);
          }
        };
        return [await post({}), await post({ 'X-Requested-With': 'XMLHttpRequest' })];
      },
      [`${portal.url}/rest/user.current`, token] as const,
    );
    expect(results).toEqual(['2', 'blocked']);
    expect(portal.requests().map((entry) => `${entry.httpMethod} ${entry.status}`)).toEqual([
      'OPTIONS 200',
      'POST 200',
      'OPTIONS 200',
    ]);
  });
});

describe('hiding the app frame', () => {
  const frameDisplay = () =>
    page.locator('#app-frame').evaluate((element) => getComputedStyle(element).display);

  it('the Portal API, the HTTP route and the Emulator panel hide the frame (display: none) and show it again', async () => {
    const frame = await openApp();
    expect(await frameDisplay()).toBe('block');
    portal.hideFrame();
    await expect.poll(frameDisplay).toBe('none');
    expect(portal.frameHidden()).toBe(true);
    // The app keeps running behind it.
    expect(await call(frame, 'getInterface')).toBe('{"command":[],"event":[]}');
    await fetch(`${portal.url}/_emulator/frame`, {
      method: 'POST',
      body: JSON.stringify({ hidden: false }),
    });
    await expect.poll(frameDisplay).toBe('block');
    await page.locator('#emulator-panel summary').click();
    await page.getByRole('button', { name: 'Hide app frame' }).click();
    await expect.poll(frameDisplay).toBe('none');
    expect(portal.frameHidden()).toBe(true);
    await page.reload();
    expect(await frameDisplay()).toBe('none');
    await page.locator('#emulator-panel summary').click();
    await page.getByRole('button', { name: 'Show app frame' }).click();
    await expect.poll(frameDisplay).toBe('block');
  });
});

describe('the Emulator panel: Post as…', () => {
  it("posts as another member into the card's chat, refreshes the open messenger, and takes the page's user out", async () => {
    // imOpenMessenger is never answered: wait for the messenger panel instead.
    await post(await openApp(), 'imOpenMessenger', { dialogId: 'chat2725' });
    await expect
      .poll(() => page.locator('#messenger').getAttribute('data-dialog-id'))
      .toBe('chat2725');
    await page.locator('#emulator-panel summary').click();
    const form = page.getByRole('form', { name: 'Post as another user' });
    // The card's chat and one of its other members are chosen already.
    expect(await form.getByLabel('Chat').inputValue()).toBe('2725');
    expect(await form.getByLabel('Author').inputValue()).toBe('1');
    await form.getByLabel('Author').selectOption('4');
    await form.getByLabel('Text').fill('Posted from the panel');
    await form.getByLabel('File name (optional)').fill('minutes.pdf');
    await form.getByRole('button', { name: 'Post' }).click();
    const status = () => form.getByRole('status').textContent();
    await expect.poll(status).toMatch(/^Posted message \d+$/);
    expect(portal.readState(2725)?.counter).toBe(5);
    await expect
      .poll(() => page.locator('#messenger li').last().textContent())
      .toContain('Posted from the panel');
    await form.getByLabel('Author').selectOption('3');
    await form.getByRole('button', { name: 'Post' }).click();
    await expect.poll(status).toMatch(/^Refused: .*not a member/);
    await form.getByRole('button', { name: 'Remove me from the chat' }).click();
    await expect.poll(status).toBe('Removed from chat 2725');
    expect(portal.readState(2725)).toBeUndefined();
  });
});

describe('applayout.js resizeWindow', () => {
  const box = (selector: string) =>
    page.locator(selector).evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { width: rect.width, height: rect.height };
    });
  const containerWidth = () =>
    page.locator('.card-tab-body').evaluate((element) => element.clientWidth);

  it('sizes the layout box around the frame; a numeric width is pinned in px and stays when the window narrows', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const frame = await openApp();
    expect(JSON.parse(await call(frame, 'resizeWindow', { width: 900, height: 420 }))).toEqual({
      width: 900,
      height: 420,
    });
    expect(await box('#app-frame')).toEqual({ width: 900, height: 420 });
    await page.setViewportSize({ width: 800, height: 800 });
    expect(await containerWidth()).toBeLessThan(900);
    expect(await box('#app-frame')).toEqual({ width: 900, height: 420 });
  });

  it("'100%' follows the container when the window is resized", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const frame = await openApp();
    const reply = JSON.parse(await call(frame, 'resizeWindow', { width: '100%', height: 300 }));
    expect(reply.width).toBe(await containerWidth());
    await page.setViewportSize({ width: 900, height: 800 });
    expect((await box('#app-frame')).width).toBe(await containerWidth());
  });

  it('a width parseInt cannot read becomes 100 px; a height of 0 or none leaves the height', async () => {
    const frame = await openApp();
    await call(frame, 'resizeWindow', { width: 700, height: 350 });
    expect(JSON.parse(await call(frame, 'resizeWindow', { width: 'wide', height: 0 }))).toEqual({
      width: 100,
      height: 350,
    });
    expect(JSON.parse(await call(frame, 'resizeWindow', { width: '640px' }))).toEqual({
      width: 640,
      height: 350,
    });
  });
});

describe('the Emulator panel: scenario switches', () => {
  it('"No crm.timeline.chat.get" sets scenario timelineChatMissing, and the reloaded page shows it checked', async () => {
    await openApp();
    await page.locator('#emulator-panel summary').click();
    const box = page.getByLabel('No crm.timeline.chat.get (ERROR_METHOD_NOT_FOUND)');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Apply and reload' }).click(),
    ]);
    expect(portal.scenario().timelineChatMissing).toBe(true);
    await page.locator('#emulator-panel summary').click();
    expect(await box.isChecked()).toBe(true);
  });
});

describe('the Emulator panel: Show a record', () => {
  it('lists every seeded record by type with its chat, and shows the chosen one without typing a placement or JSON', async () => {
    await openApp();
    await page.locator('#emulator-panel summary').click();
    const record = page.getByLabel('Record', { exact: true });
    expect(await record.inputValue()).toBe('CRM_DEAL_DETAIL_TAB|42');
    expect(await record.locator('option:checked').textContent()).toBe(
      '#42 Website redesign for Acme (chat 2725)',
    );
    await record.selectOption({ label: '#3 Jane Roe' });
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Show it' }).click(),
    ]);
    expect(portal.scenario()).toMatchObject({
      placement: 'CRM_CONTACT_DETAIL_TAB',
      placementOptions: { ID: '3' },
    });
    expect(new URL(page.url()).pathname).toBe('/crm/contact/details/3/');
    expect(await pageTitle()).toBe('Jane Roe');
    await openedFrame();

    await page.locator('#emulator-panel summary').click();
    await record.selectOption({ label: "LEFT_MENU (the app's own page)" });
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Show it' }).click(),
    ]);
    expect(portal.scenario()).toMatchObject({ placement: 'LEFT_MENU', placementOptions: {} });
    expect(new URL(page.url()).pathname).toBe('/marketplace/app/1/');
    // The other controls still work after a switch.
    await page.locator('#emulator-panel summary').click();
    expect(await record.inputValue()).toBe('LEFT_MENU|');
    expect(await page.getByRole('button', { name: 'Apply and reload' }).isVisible()).toBe(true);
  });

  it('offers the smart invoice with its chat, and the extra smart processes of scenario smartProcesses', async () => {
    portal.setScenario({ smartProcesses: 1 });
    await openApp();
    const labels = await page
      .getByLabel('Record', { exact: true })
      .locator('option')
      .allTextContents();
    expect(labels).toContain('#14 Solar roof for Hooli: deposit (chat 2742)');
    expect(labels).toContain('#1 Process 1 item');
  });
});
