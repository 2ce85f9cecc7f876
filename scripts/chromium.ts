import { existsSync } from 'node:fs';

// Browsers cannot be downloaded on our machines: use Debian's Chromium when it is there
// (CHROMIUM_PATH or /usr/bin/chromium), Playwright's own browser otherwise (a laptop).
export const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (path): path is string => Boolean(path && existsSync(path)),
);

/** Flags for headless Chromium here: root, no GPU, and no traffic beyond the page's own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Headless Chromium 156 starts an omnibox WebUI renderer per context that burns CPU while the
  // page under test loads; any one of these features alone keeps it.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
