import type { FrameLocator, Locator } from '@playwright/test';
import type { Portal } from '../emulator/portal.ts';

/** The lookup page's results section (it carries `data-list-state`). */
export function results(app: FrameLocator): Locator {
  return app.locator('[data-list-state]');
}

/** The row of the record whose button is named `title`. */
export function row(app: FrameLocator, title: string): Locator {
  return results(app)
    .getByRole('listitem')
    .filter({ has: app.getByRole('button', { name: title, exact: true }) });
}

/** REST requests that reached the portal (preflights left out), in the order answered. */
export function posts(portal: Portal) {
  return portal.requests().filter((entry) => entry.httpMethod === 'POST');
}

export type PostEntry = ReturnType<typeof posts>[number];

export function methodsOf(entry: PostEntry | undefined): string[] {
  return Object.values(entry?.commands ?? {}).map((command) => command.method);
}
