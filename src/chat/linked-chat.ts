import type { CrmType } from '../b24/chat-key.ts';
import type { JsonObject } from '../b24/payload-guards.ts';
import type { ConversationStart } from './conversation/conversation.ts';

/** Typed values the card renders; the chat's are built only by linked-chat-payloads.ts. */
export interface ChatMember {
  id: number;
  name: string;
  /** Absolute http(s) URL, or null to draw colour + initials. */
  avatarUrl: string | null;
  color: string | null;
}

export interface LinkedChat {
  id: number;
  /** Null when the chat's own title is empty or blank: the card calls it `Chat #<id>`. */
  title: string | null;
  avatarUrl: string | null;
  color: string | null;
  memberCount: number | null;
  /** Epoch ms. */
  createdAt: number | null;
  /** Up to three, for avatars. */
  members: ChatMember[];
  /**
   * The details as the portal answered them, for what only the reply reads, after `ready`:
   * whether the person may post (post-right.ts, parsed in the reply's chunk, which keeps the
   * first view's code unchanged).
   */
  dialog: JsonObject;
}

export interface LinkedRecord {
  crmType: CrmType;
  id: number;
  title: string | null;
}

export interface Person {
  id: number;
  name: string;
}

/** No chat data at all here: a non-member must learn nothing about the chat. */
export interface AccessDenied {
  record: LinkedRecord;
  responsible: Person | null;
  /** Whoever is looking at the card: who asks the responsible person for access. */
  requester: Person | null;
}

/** What the linked-chat query resolves to; everything else is a thrown AppError. */
export type LinkedChatResult =
  | { kind: 'ready'; chat: LinkedChat; record: LinkedRecord; conversation: ConversationStart }
  | { kind: 'no-chat'; record: LinkedRecord }
  /** The record is deleted or never existed: whatever the lookup said is beside the point. */
  | { kind: 'no-record'; record: LinkedRecord }
  | ({ kind: 'access-denied' } & AccessDenied);
