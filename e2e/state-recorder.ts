import type { FrameLocator, Page } from '@playwright/test';

declare global {
  interface Window {
    /** Every `data-state` the app frame's card has shown, in order (recordCardStates). */
    cardStates?: string[];
  }
}

/**
 * Records every `data-state` the card takes in the app frame, from the frame's first paint:
 * a passing state (an error card shown for 200 ms) cannot slip between two assertions.
 * Call before openPortal; read with cardStates.
 */
export async function recordCardStates(page: Page, appOrigin: string): Promise<void> {
  await page.addInitScript((origin) => {
    if (window.location.origin !== origin) return;
    const states: string[] = [];
    window.cardStates = states;
    const record = () => {
      const state = document.querySelector('[data-state]')?.getAttribute('data-state');
      if (state && states.at(-1) !== state) states.push(state);
    };
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-state'],
    });
  }, appOrigin);
}

export function cardStates(app: FrameLocator): Promise<string[]> {
  return app.locator('html').evaluate(() => window.cardStates ?? []);
}
