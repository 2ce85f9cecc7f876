// What one open card costs the portal per hour (issue 13, "Near-live, within the portal's
// budget"): the REST requests the app sends, through the real SDK, to the emulated portal,
// while the card stays on screen (document visible, frame in view) for a simulated hour, in
// use or idle.
//
// Time is Playwright's clock (`page.clock`), installed in the portal page and in the app's
// frame before either runs, and paused once the card is ready, so that only the steps move it
// (however long the machine takes, the hour is an hour). Each step runs the clocks to the next
// timer due in any frame (read from the clock Playwright injects; `maxStepMs` at most,
// `minStepMs` at least), then waits in real time until the requests it sent are answered:
// every answer is in before the next timer, as with a fast portal, and arms the next ask from
// the moment its ask went out, give or take `minStepMs`. Where the clock's timers cannot be
// read, steps are `blindStepMs` long, and an ask armed by an answer starts from the step's end.
//
// "In use" is a click and a wheel turn in the card every `activityEveryMs` (under the
// contract's 2 minutes); "idle" is nothing at all. Both start after a warm-up: the card's
// opening counts as use (contract §5), so the idle hour is counted from the moment that use
// has expired, and the in-use hour from the same moment, for the same schedule of answers.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page, Request } from '@playwright/test';
import type { Portal } from '../../emulator/portal.ts';
import { countByMethod } from './request-log.ts';

export const pollingModes = ['in use', 'idle'] as const;
export type PollingMode = (typeof pollingModes)[number];

export interface PollingSettings {
  /** Simulated time counted, in minutes. */
  minutes: number;
  /** Simulated time before counting starts, in minutes: the opening's "in use" must expire. */
  warmupMinutes: number;
  /** The longest clock step, in ms. */
  maxStepMs: number;
  /** The shortest clock step, in ms: timers closer together than this fire in one step. */
  minStepMs: number;
  /** Every clock step, in ms, where the clocks' timers cannot be read. */
  blindStepMs: number;
  /** Simulated time between two activities in the card while in use, in ms. */
  activityEveryMs: number;
  /** Real time the card may take to be ready, and each step's requests to be answered. */
  timeoutMs: number;
}

export interface PollingRun {
  mode: PollingMode;
  ok: boolean;
  simulatedMinutes: number;
  /** Non-OPTIONS /rest requests in the emulator's log while counting. */
  requests: number;
  preflights: number;
  requestsPerHour: number;
  /** The counted requests by REST method; a batch by its commands (`batch[a+b]`). */
  byMethod: Record<string, number>;
  /** Clock steps taken while counting. */
  steps: number;
  /** Real time the warm-up and the simulated hour took, in ms. */
  wallMs: number;
  failure?: string;
}

export type PolledPortal = Pick<Portal, 'cardUrl' | 'clearLog' | 'requests'>;

const isRest = (request: Request) => new URL(request.url()).pathname.startsWith('/rest/');

/** The REST requests the page has sent and not yet seen answered (or fail). */
function inFlight(page: Page): () => number {
  const open = new Set<Request>();
  page.on('request', (request) => {
    if (isRest(request)) open.add(request);
  });
  const done = (request: Request) => open.delete(request);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => open.size;
}

async function settle(pending: () => number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // A timer's callback may reach the network a moment after it ran (the SDK awaits before it
  // fetches): one turn of the event loop lets that request show before the step is over.
  await sleep(1);
  while (pending() > 0) {
    if (Date.now() > deadline) throw new Error(`requests still open after ${timeoutMs} ms`);
    await sleep(5);
  }
}

// Playwright's injected clock (`globalThis.__pwClock`, an implementation detail of 1.x): the
// ms until this frame's next timer, -1 for none, or null when it cannot be read.
const untilNextTimerExpression = `(() => {
  const clock = globalThis.__pwClock?.controller;
  if (typeof clock?._firstTimer !== 'function' || typeof clock.performanceNow !== 'function') return null;
  const next = clock._firstTimer();
  return next ? Math.max(0, next.callAt - clock.performanceNow()) : -1;
})()`;

/** Ms until the next timer of any frame, Infinity for none, null when a clock is unreadable. */
async function untilNextTimer(page: Page): Promise<number | null> {
  const readings = await Promise.all(
    page.frames().map((frame) => frame.evaluate(untilNextTimerExpression).catch(() => null)),
  );
  let soonest = Number.POSITIVE_INFINITY;
  for (const reading of readings) {
    if (typeof reading !== 'number') return null;
    if (reading >= 0) soonest = Math.min(soonest, reading);
  }
  return soonest;
}

/** Opens the card in a fresh context with a fake clock and lets a simulated hour pass. */
export async function measurePolling(
  browser: Browser,
  mode: PollingMode,
  portal: PolledPortal,
  settings: PollingSettings,
): Promise<PollingRun> {
  const context = await browser.newContext({ permissions: ['local-network-access'] });
  const started = Date.now();
  const result = (fields: Partial<PollingRun>): PollingRun => ({
    mode,
    ok: fields.failure === undefined,
    simulatedMinutes: settings.minutes,
    requests: 0,
    preflights: 0,
    requestsPerHour: Number.NaN,
    byMethod: {},
    steps: 0,
    wallMs: Date.now() - started,
    ...fields,
  });
  try {
    const page = await context.newPage();
    await page.clock.install();
    const pending = inFlight(page);
    const card = page.frameLocator('#app-frame').locator('[data-state="ready"]');
    await page.goto(portal.cardUrl(), { waitUntil: 'domcontentloaded' });
    await card.waitFor({ timeout: settings.timeoutMs });
    await settle(pending, settings.timeoutMs);
    // From here only the steps move the clocks: the real time a step takes (answers, a busy
    // machine) must not leak into the simulated hour.
    const now = await page.evaluate('Date.now()');
    await page.clock.pauseAt(Number(now) + 1000);

    // The card's left padding, halfway down: a click there presses nothing, and it is clear
    // of the rounded corners, where a click would land outside the card.
    const box = await card.boundingBox();
    if (box === null) throw new Error('the ready card has no box on screen');
    const padding = { x: box.x + 4, y: box.y + box.height / 2 };
    const hits = await card.evaluate((element) => {
      const { left, top, height } = element.getBoundingClientRect();
      const target = document.elementFromPoint(left + 4, top + height / 2);
      return target !== null && element.contains(target);
    });
    if (!hits) throw new Error('a click in the card would land outside it: no activity to count');
    let sinceActivity = 0;
    const advance = async (ms: number) => {
      let steps = 0;
      for (let passed = 0; passed < ms; steps += 1) {
        if (mode === 'in use' && sinceActivity >= settings.activityEveryMs) {
          await page.mouse.click(padding.x, padding.y);
          await page.mouse.wheel(0, -120);
          sinceActivity = 0;
        }
        const nextTimer = (await untilNextTimer(page)) ?? settings.blindStepMs;
        const nextActivity =
          mode === 'in use' ? settings.activityEveryMs - sinceActivity : Number.POSITIVE_INFINITY;
        const step = Math.ceil(
          Math.max(
            settings.minStepMs,
            Math.min(nextTimer, nextActivity, settings.maxStepMs, ms - passed),
          ),
        );
        await page.clock.runFor(step);
        passed += step;
        sinceActivity += step;
        await settle(pending, settings.timeoutMs);
      }
      return steps;
    };

    await advance(settings.warmupMinutes * 60_000);
    portal.clearLog();
    const steps = await advance(settings.minutes * 60_000);
    const counted = portal.requests();
    const requests = counted.filter((entry) => entry.httpMethod !== 'OPTIONS');
    return result({
      requests: requests.length,
      preflights: counted.length - requests.length,
      requestsPerHour: Number(((requests.length * 60) / settings.minutes).toFixed(1)),
      byMethod: countByMethod(requests),
      steps,
    });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return result({ failure: text.split('\n')[0] ?? text });
  } finally {
    await context.close();
  }
}
