// How "time to ready" is measured (issue "Speed").
//
// Start: the moment the portal page inserts `#app-frame` (the portal's own work before that,
// like loading its page, is not ours to speed up). End: the moment the ready card shows its
// messages (readySelector: contract §5 reaches `ready` with them shown). Both moments are taken inside the
// browser by MutationObservers that this init script installs in every document before any
// of the page's own scripts run: in the top document it watches for the iframe; in frames it
// watches for the card to settle. A MutationObserver fires in the microtask after the DOM
// change, so neither moment depends on how often Playwright polls.
//
// The frame reports the settled state (and, when ready, the moment) with one console message
// instead of being watched from outside: a Playwright `waitForSelector` in the frame would
// inject Playwright's own script into the app's renderer and poll there, taking main-thread
// time from the very page being measured (tens to hundreds of ms on a busy 2-core machine),
// which no user's browser spends. The benchmark only listens to the console.
//
// The two documents live in different renderer processes (the app is cross-origin), so their
// `performance.now()` values have different zeros. `performance.timeOrigin + performance.now()`
// puts both on the shared wall clock with sub-millisecond resolution, so the difference of
// the two readings is the elapsed time.
//
// The script is plain JavaScript text rather than a function handed to Playwright: tsx
// compiles functions with esbuild's keepNames, whose `__name()` helper does not exist in the
// page, so a serialised function could fail there.

/**
 * Prefix of the frame's console message:
 * `<prefix> <state> <wall-clock ms> <messages> <script paths, comma-separated>`.
 */
export const settledPrefix = '[bench] settled';

/** A ready card is ready for the person once its messages show (issue 13). */
export const readySelector = '[data-state="ready"] [data-message-id]';

/** Any of these ends the wait: the card settled, or the app gave up on the portal. */
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

export const probeScript = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  if (window === window.top) {
    const observer = new MutationObserver(() => {
      if (document.getElementById('app-frame')) {
        window.__benchFrameCreatedAt = now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    return;
  }
  const observer = new MutationObserver(() => {
    const settled = document.querySelector(${JSON.stringify(settledSelector)});
    if (!settled) return;
    const state = settled.getAttribute('data-state') ?? 'outside-frame';
    const messages = document.querySelectorAll(${JSON.stringify(readySelector)}).length;
    // A ready card whose Messages log is still empty has not settled; one with no log at all
    // is a build from before the conversation (issue 13), reported with its 0 messages.
    if (state === 'ready' && messages === 0 && settled.querySelector('[role="log"]')) return;
    const at = now();
    observer.disconnect();
    // The scripts of the first view: a resource timing entry is added once the response has
    // fully arrived, so these are exactly the ones loaded by this moment.
    const scripts = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && url.pathname.endsWith('.js'))
      .map((url) => url.pathname);
    console.info(${JSON.stringify(settledPrefix)} + ' ' + state + ' ' + at + ' ' + messages + ' ' + scripts.join(','));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state', 'data-view'] });
})();`;

export const frameCreatedAtExpression = 'window.__benchFrameCreatedAt';

export interface SettledReport {
  state: string;
  /** Wall-clock ms. */
  at: number;
  /** Messages on screen (readySelector) when it settled. */
  messages: number;
  /** Paths of the app's own scripts fully loaded when it settled. */
  scripts: string[];
}

/** The frame's report, or undefined for any other console message. */
export function parseSettled(text: string): SettledReport | undefined {
  if (!text.startsWith(`${settledPrefix} `)) return undefined;
  const [state = '', at = '', shown = '', loaded = ''] = text
    .slice(settledPrefix.length + 1)
    .split(' ');
  const moment = Number(at);
  const messages = shown === '' ? Number.NaN : Number(shown);
  const scripts = loaded === '' ? [] : loaded.split(',');
  return state !== '' && Number.isFinite(moment) && Number.isInteger(messages)
    ? { state, at: moment, messages, scripts }
    : undefined;
}

/** A probe reading, or undefined when the moment has not happened (yet). */
export function probeReading(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
