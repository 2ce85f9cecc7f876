import { useCallback, useSyncExternalStore } from 'react';

/**
 * What the person has typed in each chat's reply box, by chat id. In memory only (contract §5:
 * never storage): it outlives the card, so a revalidation, a failed one, or leaving the record
 * for another on the lookup page and coming back finds it again.
 */
const drafts = new Map<number, string>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function draftOf(chatId: number): string {
  return drafts.get(chatId) ?? '';
}

export function setDraft(chatId: number, text: string): void {
  if (text === '') drafts.delete(chatId);
  else drafts.set(chatId, text);
  for (const listener of listeners) listener();
}

/** The chat's draft and its setter, re-rendering whenever it changes. */
export function useDraft(chatId: number): [string, (text: string) => void] {
  const draft = useSyncExternalStore(subscribe, () => draftOf(chatId));
  const set = useCallback((text: string) => setDraft(chatId, text), [chatId]);
  return [draft, set];
}
