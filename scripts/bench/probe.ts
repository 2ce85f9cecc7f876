// How "time to ready" is measured (issue "Speed").
//
// Start: the moment the portal page inserts `#app-frame` (the portal's own work before that,
// like loading its page, is not ours to speed up). End: the moment an element with
// `data-state="ready"` exists in the app's document. Both moments are taken inside the
// browser by MutationObservers that this init script installs in every document before any
// of the page's own scripts run: in the top document it watches for the iframe; in frames it
// watches for the ready card. A MutationObserver fires in the microtask after the DOM change,
// so neither moment depends on how often Playwright polls.
//
// The two documents live in different renderer processes (the app is cross-origin), so their
// `performance.now()` values have different zeros. `performance.timeOrigin + performance.now()`
// puts both on the shared wall clock with sub-millisecond resolution, so the difference of
// the two readings is the elapsed time.
//
// The script is plain JavaScript text rather than a function handed to Playwright: tsx
// compiles functions with esbuild's keepNames, whose `__name()` helper does not exist in the
// page, so a serialised function could fail there.
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
    if (document.querySelector('[data-state="ready"]')) {
      window.__benchReadyAt = now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

export const frameCreatedAtExpression = 'window.__benchFrameCreatedAt';
export const readyAtExpression = 'window.__benchReadyAt';

/** A probe reading, or undefined when the moment has not happened (yet). */
export function probeReading(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
