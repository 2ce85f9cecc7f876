import { useSyncExternalStore } from 'react';
import type { AppError } from '../../b24/app-error.ts';
import type { ChatMessage, ReplyRequests } from './conversation.ts';
import { draftOf, setDraft } from './drafts.ts';
import { outcomeUnknown, sentMessage, type Attempt } from './sent-message.ts';

/**
 * The messages the person sent from the card that the log does not hold yet (contract §5):
 * shown at once, before the portal answers; kept, marked failed, when it refused or never
 * answered. In memory, by chat id, so they outlive the card as the drafts do.
 */
export interface Outgoing extends Attempt {
  /** Local key: the portal's id comes with its answer. */
  key: number;
  /** TEMPLATE_ID of every try: the portal posts a message once per UUID. */
  uuid: string;
  sentAt: number;
  status: 'sending' | 'sent' | 'failed';
  /** The portal's id once it accepted the message. */
  id: number | null;
  error: AppError | null;
  /** The last attempt may have posted it (no answer): look for it before sending again. */
  unknown: boolean;
}

export interface SendDeps {
  requests: ReplyRequests;
  chatId: number;
  /** Access or the session is gone: the card leaves `ready`. */
  lose: () => void;
}

const outboxes = new Map<number, readonly Outgoing[]>();
const listeners = new Set<() => void>();
const NONE: readonly Outgoing[] = [];
let nextKey = 1;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function outboxOf(chatId: number): readonly Outgoing[] {
  return outboxes.get(chatId) ?? NONE;
}

function write(chatId: number, entries: readonly Outgoing[]): void {
  if (entries.length === 0) outboxes.delete(chatId);
  else outboxes.set(chatId, entries);
  for (const listener of listeners) listener();
}

function change(chatId: number, key: number, patch: Partial<Outgoing>): void {
  write(
    chatId,
    outboxOf(chatId).map((entry) => (entry.key === key ? { ...entry, ...patch } : entry)),
  );
}

function remove(chatId: number, key: number): void {
  write(
    chatId,
    outboxOf(chatId).filter((entry) => entry.key !== key),
  );
}

export function useOutbox(chatId: number): readonly Outgoing[] {
  return useSyncExternalStore(subscribe, () => outboxOf(chatId));
}

/** Access taken away: the card leaves; the text goes back to the box rather than be lost. */
function giveBack(deps: SendDeps, entry: Outgoing): void {
  remove(deps.chatId, entry.key);
  if (draftOf(deps.chatId).trim() === '') setDraft(deps.chatId, entry.text);
  deps.lose();
}

async function post(deps: SendDeps, entry: Outgoing): Promise<void> {
  const sent = await deps.requests.post(entry.text, entry.uuid);
  if (sent.ok) {
    return change(deps.chatId, entry.key, {
      status: 'sent',
      id: sent.value,
      error: null,
      unknown: false,
    });
  }
  const { error } = sent;
  if (error.kind !== 'error') return giveBack(deps, entry);
  change(deps.chatId, entry.key, { status: 'failed', error, unknown: outcomeUnknown(error) });
}

/** Sends a new message: it joins the outbox at once, as `sending`. */
export function sendMessage(deps: SendDeps, attempt: Attempt): Promise<void> {
  const entry: Outgoing = {
    ...attempt,
    key: nextKey++,
    // Lower-case version 4, the only form the portal checks for duplicates (Uuid::validate).
    uuid: crypto.randomUUID(),
    sentAt: Date.now(),
    status: 'sending',
    id: null,
    error: null,
    unknown: false,
  };
  write(deps.chatId, [...outboxOf(deps.chatId), entry]);
  return post(deps, entry);
}

/**
 * `Try again` of a failed message. Once per press: the entry is `sending` from the first press
 * on, and a press on anything but a failed entry does nothing. After an unknown outcome the
 * message is looked for first, and sent again only when it is not there.
 */
export async function retryMessage(deps: SendDeps, key: number): Promise<void> {
  const entry = outboxOf(deps.chatId).find((candidate) => candidate.key === key);
  if (entry?.status !== 'failed') return;
  change(deps.chatId, key, { status: 'sending', error: null });
  if (entry.unknown) {
    const found = await deps.requests.findPosted(entry.after, entry.uuid);
    if (!found.ok) {
      if (found.error.kind !== 'error') return giveBack(deps, entry);
      // Still unknown: the next press looks again.
      return change(deps.chatId, key, { status: 'failed', error: found.error });
    }
    if (found.value !== null) {
      return change(deps.chatId, key, { status: 'sent', id: found.value, unknown: false });
    }
  }
  return post(deps, entry);
}

/**
 * The log brought messages: an accepted message that is now in it leaves the outbox (it shows
 * once, as the log's), and a failed one with an unknown outcome that turns up there was posted
 * after all.
 */
export function settleOutbox(chatId: number, messages: readonly ChatMessage[]): void {
  const entries = outboxOf(chatId);
  if (entries.length === 0) return;
  const shown = new Set(messages.map((message) => message.id));
  const settled = entries.flatMap((entry): Outgoing[] => {
    if (entry.id !== null && shown.has(entry.id)) return [];
    if (entry.status === 'failed' && entry.unknown && sentMessage(messages, entry) !== null) {
      return [];
    }
    return [entry];
  });
  if (settled.length !== entries.length) write(chatId, settled);
}
