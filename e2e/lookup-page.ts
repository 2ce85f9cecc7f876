import type { FrameLocator, Locator } from '@playwright/test';

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

/** The lookup page's search box (contract §3). */
export function searchBox(app: FrameLocator): Locator {
  return app.getByRole('searchbox', { name: 'Find a record' });
}
