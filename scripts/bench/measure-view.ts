import { gzipSync } from 'node:zlib';
import { errors, type Browser, type Page, type Response } from '@playwright/test';
import type { Portal, RequestLogEntry } from '../../emulator/portal.ts';
import { countByMethod } from './request-log.ts';
import { frameCreatedAtExpression, parseSettled, probeReading, probeScript } from './probe.ts';

export interface ViewRun {
  strategy: string;
  ok: boolean;
  /** Iframe creation → the ready card with its messages (probe.ts), in ms (successful runs only). */
  ms?: number;
  /** Messages on screen when the card was ready: 0 from a build without the conversation. */
  messages?: number;
  /** Non-OPTIONS /rest requests in the emulator's log for this view. */
  requests: number;
  /** Of those, the ones sent before the card was ready (the rest came while it settled). */
  requestsToReady?: number;
  /** OPTIONS /rest requests (CORS preflights) in the emulator's log for this view. */
  preflights: number;
  /** The non-OPTIONS requests by method (request-log.ts). */
  methods: Record<string, number>;
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

interface Ready {
  ms: number;
  messages: number;
  requestsToReady: number;
  /** The app's scripts that had fully arrived when the messages showed (probe.ts). */
  scripts: string[];
}

const isRequest = (entry: RequestLogEntry) => entry.httpMethod !== 'OPTIONS';

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

/**
 * Time from the iframe's creation to the ready card. Nothing of Playwright's runs inside the
 * app's frame meanwhile: the probe reports the settled card on the console (see probe.ts).
 */
async function timeToReady(page: Page, portal: MeasuredPortal, timeoutMs: number): Promise<Ready> {
  let requestsToReady = 0;
  const settled = page.waitForEvent('console', {
    predicate: (message) => {
      if (parseSettled(message.text()) === undefined) return false;
      // Every request the card needed for its state was answered, so it is in the log by now.
      requestsToReady = portal.requests().filter(isRequest).length;
      return true;
    },
    timeout: timeoutMs,
  });
  // A failed goto must not leave the console wait to reject unobserved.
  settled.catch(() => undefined);
  await page.goto(portal.cardUrl(), { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  const report = parseSettled((await settled).text());
  if (report === undefined) throw new Error('unreadable probe report');
  if (report.state !== 'ready') {
    throw new Error(
      report.state === 'outside-frame'
        ? 'the view settled as data-view="outside-frame"'
        : `the view settled as data-state="${report.state}"`,
    );
  }
  const createdAt = probeReading(await page.evaluate(frameCreatedAtExpression));
  if (createdAt === undefined) throw new Error('the probe did not record the frame creation');
  return {
    ms: report.at - createdAt,
    messages: report.messages,
    requestsToReady,
    scripts: report.scripts,
  };
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

    let ready: Ready | undefined;
    let failure: string | undefined;
    try {
      ready = await timeToReady(page, portal, settings.timeoutMs);
      await page.waitForTimeout(settings.settleMs);
    } catch (error) {
      failure =
        error instanceof errors.TimeoutError
          ? `not settled within ${settings.timeoutMs / 1000} s, ${await lastState(page)}`
          : errorText(error);
    }

    const log = portal.requests();
    const requests = log.filter(isRequest);
    // The first view's JavaScript: what had arrived when the messages showed, as the frame
    // itself saw it. What the card loads after `ready` (its live part, the composer) is not the
    // first view's, however soon after it arrives.
    const firstView = new Set(ready?.scripts ?? []);
    const sizes = (await Promise.all(scripts)).filter((size) => firstView.has(size.path));
    return {
      strategy,
      ok: failure === undefined,
      ms: ready?.ms,
      messages: ready?.messages,
      requestsToReady: ready?.requestsToReady,
      requests: requests.length,
      preflights: log.length - requests.length,
      methods: countByMethod(requests),
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
