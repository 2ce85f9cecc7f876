import type { Page } from '@playwright/test';
import type { Portal, RequestLogEntry } from '../emulator/portal.ts';

/** REST requests that reached the portal (preflights left out), in the order answered. */
export function posts(portal: Portal): RequestLogEntry[] {
  return portal.requests().filter((entry) => entry.httpMethod === 'POST');
}

export type PostEntry = RequestLogEntry;

/** The methods of one batch's commands, in order. */
export function methodsOf(entry: PostEntry | undefined): string[] {
  return Object.values(entry?.commands ?? {}).map((command) => command.method);
}

/** Every call the app made, batch rows or single requests alike, in order. */
export function callsSent(portal: Portal): { method: string; params: unknown }[] {
  return posts(portal).flatMap((entry) =>
    entry.commands === undefined
      ? [{ method: entry.method, params: entry.params }]
      : Object.values(entry.commands),
  );
}

/** The calls of one method the app made, batch rows or single requests alike, in order. */
export function callsOf(portal: Portal, method: string): { method: string; params: unknown }[] {
  return callsSent(portal).filter((call) => call.method === method);
}

/**
 * The conversation's own requests after `ready` (contract §5): the poll's batches (no lookup in
 * them) and read marks. Specs about the card's first view and its revalidation leave them out;
 * conversation-live.spec.ts counts them.
 */
export function isConversationAsk(entry: PostEntry): boolean {
  if (entry.method === 'im.dialog.read') return true;
  return (
    entry.commands !== undefined && !methodsOf(entry).some((method) => method.endsWith('.chat.get'))
  );
}

/**
 * No event says that nothing was sent, so an absence takes a real wait: long enough for a
 * request (one a test clock released, too) to reach the emulator, which logs on arrival.
 */
export async function nothingMoreArrives(page: Page): Promise<void> {
  // eslint-disable-next-line playwright/no-wait-for-timeout -- proving an absence, see above
  await page.waitForTimeout(500);
}
