import type { AppError } from '../../b24/app-error.ts';
import type { ChatMessage } from './conversation.ts';

/** How a sent message is recognised, and whether a failed send may have posted it. */

/** What a send attempt left behind to recognise its message by. */
export interface Attempt {
  text: string;
  /** The newest message id known when it was sent: its message, if any, is newer. */
  after: number;
  /** Who sent it; null when the card could not tell (then any person's message may match). */
  viewer: number | null;
}

/** The portal may trim the text and store its line breaks as `\n`: compared the same way. */
function sameText(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/\r\n?/g, '\n').trim();
  return normal(a) === normal(b);
}

/** The message that an attempt posted, among messages the portal returned. */
export function sentMessage(
  messages: readonly ChatMessage[],
  attempt: Attempt,
): ChatMessage | null {
  return (
    messages.find(
      (message) =>
        message.id > attempt.after &&
        message.author !== null &&
        (attempt.viewer === null || message.author.id === attempt.viewer) &&
        !message.deleted &&
        sameText(message.text, attempt.text),
    ) ?? null
  );
}

// The portal refused before doing anything: too many requests, or a 4xx answer.
const REFUSED_BUSY = new Set(['QUERY_LIMIT_EXCEEDED', 'OVERLOAD_LIMIT', 'OPERATION_TIME_LIMIT']);

/**
 * Whether a failed send may have posted the message all the same: no answer (network, timeout),
 * a server error (it may come after the insert), or an answer we could not read. A refusal (a
 * 4xx code, a rate limit) did not post it.
 */
export function outcomeUnknown(error: AppError): boolean {
  if (REFUSED_BUSY.has(error.code)) return false;
  return error.status === 0 || error.status === 408 || error.status >= 500;
}
