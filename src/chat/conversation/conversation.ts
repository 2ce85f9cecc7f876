import type { ComponentType } from 'react';
import type { AppError } from '../../b24/app-error.ts';
import type { JsonObject } from '../../b24/payload-guards.ts';
import type { ViewMessages } from '../../i18n/view-messages.ts';
import type { MessageText } from '../message-markup/message-text.tsx';
import type { messageTimeFormat } from './message-time.ts';

/**
 * The conversation of a `ready` card (contract §5), as typed values: built only from the
 * portal's answers by the conversation's payload parser, trusted everywhere else.
 */
export interface MessageAuthor {
  id: number;
  name: string;
  /** Absolute http(s) URL, or null to draw colour + initials. */
  avatarUrl: string | null;
  color: string | null;
}

export interface MessageFile {
  id: number;
  name: string;
}

export interface ChatMessage {
  id: number;
  /** Null for a system message (`author_id` 0). */
  author: MessageAuthor | null;
  /** Epoch ms. */
  sentAt: number;
  /** Bitrix24 BBCode as the portal sent it; rendered by the message markup, never as HTML. */
  text: string;
  /** In the order of `params.FILE_ID`, named from the answer's `files`. */
  files: MessageFile[];
  deleted: boolean;
  edited: boolean;
}

/** One answer of `im.dialog.messages.get`, parsed: its messages oldest first. */
export interface MessagePage {
  messages: ChatMessage[];
  /** The page came back as long as asked: older messages may exist. */
  full: boolean;
}

/** What a `ready` card's first batch brings besides the chat: the latest page and the unread. */
export interface ConversationStart {
  latest: MessagePage;
  /** The person's unread messages in the chat (the dialog's `counter`). */
  unread: number;
  /** Who is looking at the card (user.current), when known: the author of what they send. */
  viewer: number | null;
}

/** The conversation as the card shows it (useConversation). */
export interface Conversation {
  /** Oldest first, no id twice. */
  messages: ChatMessage[];
  unread: number;
  earlier: {
    /** `Show earlier messages` is offered. */
    available: boolean;
    loading: boolean;
    /** The last attempt failed; the shown messages stay. */
    error: AppError | null;
    load: () => void;
  };
  /** The last ask for newer messages failed (not for a rate limit): the card is `data-stale`. */
  stale: boolean;
  /** The newest message id the person has seen on screen: marked read (≤ once per 2 s). */
  markSeen: (messageId: number) => void;
  /** A click, key or scroll in the card: the card is "in use" for 2 minutes (polling 15 s). */
  noteActivity: () => void;
  /** Who is looking at the card, when known (ConversationStart). */
  viewer: number | null;
  /** Access or the session is gone: the chat leaves the screen, as after a refused poll. */
  lose: () => void;
  /** The reply, once the conversation's live part has loaded (null before, and once lost). */
  reply: Reply | null;
}

/** A request's answer or its AppError, as a value: the reply keeps both. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * What the reply asks the portal (ConversationLive). Handed to the reply at runtime: the reply
 * is a chunk of its own, and a static import of the request and error modules from there would
 * move them out of the entry into a chunk the tab's first view loads (its JavaScript budget).
 */
export interface ReplyRequests {
  /** `im.message.add`, once; `uuid` is its TEMPLATE_ID, the same for every try of a message. */
  post(text: string, uuid: string): Promise<Settled<number>>;
  /** The id of the message posted after `after` with TEMPLATE_ID `uuid`, or null. */
  findPosted(after: number, uuid: string): Promise<Settled<number | null>>;
}

/**
 * What the reply takes from the card's own chunk, handed over as a value for the same reason
 * as ReplyRequests: a static import from the reply's chunk makes Rolldown split them out into
 * chunks of their own, which the first view then loads one by one.
 */
export interface ReplyKit {
  ViewMessages: typeof ViewMessages;
  MessageText: typeof MessageText;
  messageTimeFormat: typeof messageTimeFormat;
}

export interface ReplyProps {
  chatId: number;
  conversation: Conversation;
  kit: ReplyKit;
}

export interface ReplyBoxProps extends ReplyProps {
  /** The chat's details (LinkedChat.dialog): the box is offered only where it may post. */
  dialog: JsonObject;
}

/** The reply's requests and views (reply.tsx), which load with ConversationLive. */
export interface Reply extends ReplyRequests {
  /** The `Message` box and `Send`, under the log, where the chat lets the person post. */
  Box: ComponentType<ReplyBoxProps>;
  /** What was sent from the box that the log does not hold yet, inside the log. */
  Outbox: ComponentType<ReplyProps>;
}
