import type { ChatKey } from '../b24/chat-key.ts';
import { LinkedChatCard } from '../chat/linked-chat-card.tsx';
import { useLinkedChat } from '../chat/use-linked-chat.ts';
import { clientOf, type Client } from './api/client-records.ts';
import { ClientChats } from './client-chats.tsx';

/**
 * A contact's or company's tab (contract §6). Bitrix24 keeps no chat for them under its own key,
 * so the tab lists the chats of the client's deals and leads; under an admin's key template a
 * bot or another app may keep one, so that chat is looked for first, and the list shows only
 * when there is none.
 */
export function ClientTab({ chatKey }: { chatKey: ChatKey }) {
  const client = clientOf(chatKey);
  if (client === undefined) return <LinkedChatCard chatKey={chatKey} />;
  return underBitrixKey(chatKey) ? (
    <ClientChats client={client} />
  ) : (
    <OwnChatFirst chatKey={chatKey} client={client} />
  );
}

/** The key Bitrix24 itself would use, under which it keeps no chat for a client (facts §13). */
function underBitrixKey(key: ChatKey): boolean {
  return key.entityType === 'CRM' && key.entityId === `${key.crmType}|${key.recordId}`;
}

function OwnChatFirst({ chatKey, client }: { chatKey: ChatKey; client: Client }) {
  const { card } = useLinkedChat(chatKey);
  return card.state === 'no-chat' ? (
    <ClientChats client={client} />
  ) : (
    <LinkedChatCard chatKey={chatKey} />
  );
}
