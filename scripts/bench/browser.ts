import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

// Same choice as playwright.config.ts: browsers cannot be downloaded on our machines, so use
// Debian's Chromium when it is there and Playwright's own browser otherwise (a laptop).
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (path): path is string => Boolean(path && existsSync(path)),
);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: systemChromium,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      // Background traffic would compete with the measured page for the loopback network.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Headless Chromium 156 starts a WebUI renderer for the omnibox popup with every new
      // context, and it burns CPU while the measured page loads; a user's browser did that
      // once, long before opening a CRM record. Any one of these alone keeps it.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
    ],
  });
}
