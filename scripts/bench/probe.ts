// How "time to ready" is measured (issue "Speed").
//
// Start: the moment the portal page inserts `#app-frame` (the portal's own work before that,
// like loading its page, is not ours to speed up). End: the moment an element with
// `data-state="ready"` exists in the app's document. Both moments are taken inside the
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

/** Prefix of the frame's console message: `<prefix> <state> <wall-clock ms>`. */
export const settledPrefix = '[bench] settled';

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
    const at = now();
    observer.disconnect();
    const state = settled.getAttribute('data-state') ?? 'outside-frame';
    console.info(${JSON.stringify(settledPrefix)} + ' ' + state + ' ' + at);
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state', 'data-view'] });
})();`;

export const frameCreatedAtExpression = 'window.__benchFrameCreatedAt';

/** The frame's report, or undefined for any other console message. */
export function parseSettled(text: string): { state: string; at: number } | undefined {
  if (!text.startsWith(`${settledPrefix} `)) return undefined;
  const [state = '', at = ''] = text.slice(settledPrefix.length + 1).split(' ');
  const moment = Number(at);
  return state !== '' && Number.isFinite(moment) ? { state, at: moment } : undefined;
}

/** A probe reading, or undefined when the moment has not happened (yet). */
export function probeReading(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
