import type { PlacementParse } from '../b24/placement.ts';
import { BadPlacementCard } from '../chat/bad-placement-card.tsx';
import { LinkedChatCard } from '../chat/linked-chat-card.tsx';

export function CrmTabView({ placement }: { placement: PlacementParse }) {
  return placement.ok ? (
    <LinkedChatCard chatKey={placement.key} />
  ) : (
    <BadPlacementCard refusal={placement.refusal} />
  );
}
