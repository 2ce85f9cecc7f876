import type { PlacementParse } from '../b24/chat-key.ts';
import { BadPlacementCard } from '../chat/bad-placement-card.tsx';
import { ClientTab } from '../client/client-tab.tsx';
import { useViewsI18n } from '../i18n/on-demand-messages.ts';

/**
 * The tabs the CRM tab's first view does not carry, in one chunk: a contact's or company's (the
 * chats of the client's deals and leads, contract §6), and a tab without a usable record.
 */
export function OtherTab({ placement }: { placement: PlacementParse }) {
  const i18n = useViewsI18n();
  return placement.ok ? (
    <ClientTab chatKey={placement.key} />
  ) : (
    <BadPlacementCard refusal={placement.refusal} i18n={i18n} />
  );
}
