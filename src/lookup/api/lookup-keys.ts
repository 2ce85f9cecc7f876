import type { KeyTemplate } from '../../b24/chat-key.ts';
import type { RecordSearch } from './record-search.ts';

/**
 * Generic → specific: `['lookup']` invalidates every list of the page at once. Each list is
 * keyed by the key template too: every record's chat key, and so its status, follows it, so a
 * list found under an earlier template is never shown under a newer one.
 */
export const lookupKeys = {
  all: ['lookup'] as const,
  recent: (template: KeyTemplate) => [...lookupKeys.all, 'recent', template] as const,
  /** The record chats' pages past the first view's (all of them for `Unread only`). */
  chats: (template: KeyTemplate, unreadOnly: boolean) =>
    [...lookupKeys.all, 'chats', template, { unreadOnly }] as const,
  /** One page `Show more` asks for, before it joins the others. */
  chatPage: (template: KeyTemplate, unreadOnly: boolean, offset: number) =>
    [...lookupKeys.chats(template, unreadOnly), 'page', offset] as const,
  search: (
    template: KeyTemplate,
    search: RecordSearch | null,
    smartProcessTypes: readonly number[] | null,
  ) => [...lookupKeys.all, 'search', template, search, smartProcessTypes] as const,
};
