import type { StoredMessage } from './messenger.ts';
import { atomDate } from './rest/time-block.ts';
import type { PortalState } from './state.ts';
import type { PostedMessage, PostMessageInput, ReadState } from './types.ts';

// The Portal API's and the HTTP control API's hold on the chats: post as someone else, take a
// member out, look at a read position (docs/emulator-api.md).

function posted(message: StoredMessage): PostedMessage {
  return {
    id: message.id,
    chatId: message.chatId,
    authorId: message.authorId,
    date: atomDate(message.date),
    text: message.text,
    params: structuredClone(message.params),
  };
}

export function postMessage(state: PortalState, input: PostMessageInput): PostedMessage {
  const files = [...(input.files ?? []), ...(input.fileName ? [{ name: input.fileName }] : [])];
  return posted(
    state.messenger.post({
      chatId: input.chatId,
      authorId: input.authorId,
      text: input.text,
      ...(input.params ? { params: input.params } : {}),
      files,
    }),
  );
}

export function removeMember(state: PortalState, chatId: number, userId: number): void {
  state.messenger.removeMember(chatId, userId);
}

export function readState(
  state: PortalState,
  chatId: number,
  userId: number,
): ReadState | undefined {
  const relation = state.messenger.room(chatId)?.relations.get(userId);
  return relation && { lastId: relation.lastId, counter: relation.unread.size };
}
