/**
 * Loads the app's frame again, with GET, so that a fresh getInitData follows. Not
 * location.reload(): the portal opened the frame with a form POST, and Chromium does not redo
 * that for a reload (nothing happens). The query string carries DOMAIN, PROTOCOL, LANG and
 * APP_SID, window.name stays with the frame, and the app reads nothing from the POST body, so
 * the same URL with GET starts the app exactly as the portal did.
 */
export function reloadFrame(): void {
  const url = new URL(window.location.href);
  // The same URL with a fragment would only scroll; without one it is a new load.
  url.hash = '';
  window.location.replace(url.href);
}
