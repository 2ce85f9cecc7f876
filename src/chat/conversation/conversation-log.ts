import type { AppError } from '../../b24/app-error.ts';
import type { ChatMessage, ConversationStart, MessagePage } from './conversation.ts';

/**
 * What the card keeps of a chat's conversation (the query cache's entry), and how each answer
 * of the portal changes it. Pure: every function returns a new log.
 */
export interface ConversationLog {
  /** Oldest first, no id twice. */
  messages: ChatMessage[];
  unread: number;
  earlierAvailable: boolean;
  /** The newest message the portal counts as read by the person; 0 when none is known. */
  readUpTo: number;
  /** When the portal last answered with the newest messages (a poll or a first batch). */
  answeredAt: number;
  /** The last ask for newer messages failed (not for a rate limit). */
  failure: AppError | null;
}

/** Both lists by id, the newer copy of a message winning (an edit, a deletion). */
export function mergeMessages(shown: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) return shown;
  const byId = new Map(shown.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

function newestId(messages: ChatMessage[]): number {
  return messages.at(-1)?.id ?? 0;
}

/** With no unread messages left, everything shown is read: nothing to mark again. */
function readAfter(readUpTo: number, unread: number, messages: ChatMessage[]): number {
  return unread === 0 ? Math.max(readUpTo, newestId(messages)) : readUpTo;
}

/** A first batch's page (the card's first view or a revalidation), merged into what is kept. */
export function seededLog(
  kept: ConversationLog | undefined,
  start: ConversationStart,
  now: number,
): ConversationLog {
  const page = start.latest;
  const oldest = page.messages[0]?.id ?? 0;
  // A full page that starts past everything kept leaves a gap (more came while nobody asked):
  // the kept messages go, and earlier ones page in from the new oldest.
  const gap = kept !== undefined && page.full && oldest > newestId(kept.messages);
  const base = gap ? undefined : kept;
  const messages = mergeMessages(base?.messages ?? [], page.messages);
  return {
    messages,
    unread: start.unread,
    // A page shorter than asked holds the whole history the person may see.
    earlierAvailable: page.full && (base?.earlierAvailable ?? true),
    readUpTo: readAfter(base?.readUpTo ?? 0, start.unread, messages),
    answeredAt: now,
    failure: null,
  };
}

/** A poll's answer: the messages after the newest shown, and the dialog's counter. */
export function withNewer(
  log: ConversationLog,
  page: MessagePage,
  unread: number,
  now: number,
): ConversationLog {
  const messages = mergeMessages(log.messages, page.messages);
  return {
    ...log,
    messages,
    unread,
    readUpTo: readAfter(log.readUpTo, unread, messages),
    answeredAt: now,
    failure: null,
  };
}

export function withFailure(log: ConversationLog, failure: AppError): ConversationLog {
  return { ...log, failure };
}

/** An earlier page (LAST_ID): above the shown ones; a short page is the beginning. */
export function withEarlier(log: ConversationLog, page: MessagePage): ConversationLog {
  return {
    ...log,
    messages: mergeMessages(log.messages, page.messages),
    earlierAvailable: page.full,
  };
}

/** im.dialog.read answered: read up to `lastId`, and the counter when the portal sent one. */
export function withRead(
  log: ConversationLog,
  lastId: number,
  unread: number | null,
): ConversationLog {
  // Answers may cross: one to an older read, arriving after a newer one's, is out of date.
  if (lastId < log.readUpTo) return log;
  return {
    ...log,
    readUpTo: lastId,
    unread: unread ?? log.unread,
  };
}
