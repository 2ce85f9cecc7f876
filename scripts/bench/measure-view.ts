import { gzipSync } from 'node:zlib';
import { errors, type Browser, type Page, type Response } from '@playwright/test';
import type { Portal } from '../../emulator/portal.ts';
import { frameCreatedAtExpression, probeReading, probeScript, readyAtExpression } from './probe.ts';

export interface ViewRun {
  strategy: string;
  ok: boolean;
  /** Iframe creation → `data-state="ready"`, in ms (successful runs only). */
  ms?: number;
  /** Non-OPTIONS /rest requests in the emulator's log for this view. */
  requests: number;
  /** OPTIONS /rest requests (CORS preflights) in the emulator's log for this view. */
  preflights: number;
  jsBytes: number;
  /** gzip level 9, as size-limit measures the budget in .size-limit.json. */
  jsGzipBytes: number;
  /** Paths of the scripts counted, so a change in bytes can be traced to a chunk. */
  scripts: string[];
  /** Scripts whose body Playwright could not read: their bytes are missing from the sums. */
  unreadScripts: number;
  failure?: string;
}

/** What a measurement needs from the emulated portal (a stub will do in a pinch). */
export type MeasuredPortal = Pick<Portal, 'appOrigin' | 'cardUrl' | 'clearLog' | 'requests'>;

export interface MeasureSettings {
  /** A view that is not ready by then is a failed run. */
  timeoutMs: number;
  /** Quiet time after ready, so late requests and lazy chunks of the view are counted too. */
  settleMs: number;
}

// Any of these ends the wait early: the card settled in a state other than ready (a failure
// in this scenario), or the app gave up on the portal altogether.
const settledSelector = [
  'ready',
  'no-chat',
  'access-denied',
  'unauthorized',
  'restricted',
  'session-expired',
  'bad-placement',
  'error',
]
  .map((state) => `[data-state="${state}"]`)
  .concat('[data-view="outside-frame"]')
  .join(', ');

interface ScriptSize {
  path: string;
  raw: number;
  gzip: number;
  read: boolean;
}

function isAppScript(response: Response, appOrigin: string): boolean {
  const url = new URL(response.url());
  return url.origin === appOrigin && /\.m?js$/.test(url.pathname);
}

async function scriptSize(response: Response): Promise<ScriptSize> {
  const path = new URL(response.url()).pathname;
  try {
    const body = await response.body();
    const gzip = gzipSync(body, { level: 9 }).byteLength;
    return { path, raw: body.byteLength, gzip, read: true };
  } catch {
    return { path, raw: 0, gzip: 0, read: false };
  }
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/** Where a timed-out view got stuck, for the report (best effort: the page may be gone). */
async function lastState(page: Page): Promise<string> {
  const card = page.frameLocator('#app-frame').locator('[data-state]').first();
  const state = await card.getAttribute('data-state', { timeout: 500 }).catch(() => null);
  return state === null ? 'no card on screen' : `stuck at data-state="${state}"`;
}

async function timeToReady(page: Page, cardUrl: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const remaining = () => Math.max(1, deadline - Date.now());
  await page.goto(cardUrl, { waitUntil: 'domcontentloaded', timeout: remaining() });
  const iframe = await page.waitForSelector('#app-frame', {
    state: 'attached',
    timeout: remaining(),
  });
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error('#app-frame has no frame');
  // The Frame object outlives the iframe's navigations (about:blank, then the form POST).
  const settled = await frame.waitForSelector(settledSelector, {
    state: 'attached',
    timeout: remaining(),
  });
  const state = await settled.getAttribute('data-state');
  if (state !== 'ready') {
    const view = await settled.getAttribute('data-view');
    throw new Error(
      `the view settled as ${state ? `data-state="${state}"` : `data-view="${view}"`}`,
    );
  }
  const createdAt = probeReading(await page.evaluate(frameCreatedAtExpression));
  const readyAt = probeReading(await frame.evaluate(readyAtExpression));
  if (createdAt === undefined || readyAt === undefined) {
    throw new Error('the probe did not record both moments');
  }
  return readyAt - createdAt;
}

/** Opens the portal's card page once, in a fresh context (cold HTTP cache), and measures it. */
export async function measureView(
  browser: Browser,
  strategy: string,
  portal: MeasuredPortal,
  settings: MeasureSettings,
): Promise<ViewRun> {
  portal.clearLog();
  // The portal page is on localhost and frames a 127.0.0.1 origin: Chromium asks for
  // local-network access first, which would stall the frame without this grant.
  const context = await browser.newContext({ permissions: ['local-network-access'] });
  try {
    await context.addInitScript({ content: probeScript });
    const page = await context.newPage();
    const scripts: Array<Promise<ScriptSize>> = [];
    page.on('response', (response) => {
      if (isAppScript(response, portal.appOrigin)) scripts.push(scriptSize(response));
    });

    let ms: number | undefined;
    let failure: string | undefined;
    try {
      ms = await timeToReady(page, portal.cardUrl(), settings.timeoutMs);
      await page.waitForTimeout(settings.settleMs);
    } catch (error) {
      failure =
        error instanceof errors.TimeoutError
          ? `not ready within ${settings.timeoutMs / 1000} s, ${await lastState(page)}`
          : errorText(error);
    }

    const log = portal.requests();
    const sizes = await Promise.all(scripts);
    return {
      strategy,
      ok: failure === undefined,
      ms,
      requests: log.filter((entry) => entry.httpMethod !== 'OPTIONS').length,
      preflights: log.filter((entry) => entry.httpMethod === 'OPTIONS').length,
      jsBytes: sizes.reduce((sum, size) => sum + size.raw, 0),
      jsGzipBytes: sizes.reduce((sum, size) => sum + size.gzip, 0),
      scripts: sizes.map((size) => size.path),
      unreadScripts: sizes.filter((size) => !size.read).length,
      failure,
    };
  } finally {
    await context.close();
  }
}
