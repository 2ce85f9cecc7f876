import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../chromium.ts';

// The same browser and flags as the e2e suite (playwright.config.ts): background traffic and
// the omnibox renderer would compete with the measured page.
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: systemChromium, args: CHROMIUM_ARGS });
}
