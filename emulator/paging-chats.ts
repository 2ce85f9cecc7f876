import type { SeedRecord } from './seed.ts';
import type { PortalState } from './state.ts';
import type { AddedRecordChat } from './types.ts';

// The Portal API's `addRecordChats`: more deals with a chat each than the seed holds, so the
// lookup page's chats run past one im.recent.list page (docs/emulator-api.md).

/** Above every seeded record id, of any type. */
const FIRST_DEAL_ID = 1001;
const DEAL = 2;
/** The responsible person, owner of each chat (bitrix24-facts.md §1), as for the seeded deals. */
const RESPONSIBLE = 4;
const MINUTE = 60_000;
/** Older than every seeded record (February and January 2026): the lookup page's 20 recent
 * records stay the seeded ones. */
const RECORD_DATE = '2025-06-01T09:00:00+03:00';

export const MAX_ADDED_RECORD_CHATS = 500;

/**
 * `count` more deals, "Paging deal 1"… on, each with its CRM chat (the responsible person and
 * the scenario's user) holding one message the user has read. Each chat's last activity is a
 * minute older than every chat's so far, so the recent list shows them last, in their order.
 */
export function addRecordChats(state: PortalState, count: number): AddedRecordChat[] {
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_ADDED_RECORD_CHATS) {
    throw new Error(`count must be an integer from 1 to ${MAX_ADDED_RECORD_CHATS}`);
  }
  const { messenger } = state;
  const userId = state.scenario.userId;
  const members = userId === RESPONSIBLE ? [RESPONSIBLE] : [RESPONSIBLE, userId];
  const lastActivities = messenger.rooms().flatMap((room) => room.messages.at(-1)?.date ?? []);
  const oldest = Math.min(Date.now(), ...lastActivities);
  const added = state.addedRecords.length;
  return Array.from({ length: count }, (_, index) => {
    const number = added + index + 1;
    const record: SeedRecord = {
      entityTypeId: DEAL,
      id: FIRST_DEAL_ID + number - 1,
      title: `Paging deal ${number}`,
      assignedById: RESPONSIBLE,
      createdTime: RECORD_DATE,
      updatedTime: RECORD_DATE,
      client: { companyId: 0, contactIds: [] },
    };
    state.addedRecords.push(record);
    const date = oldest - (index + 1) * MINUTE;
    const room = messenger.create(
      {
        entityType: 'CRM',
        entityId: `DEAL|${record.id}`,
        title: `Deal: ${record.title}`,
        ownerId: RESPONSIBLE,
        members,
      },
      date,
    );
    messenger.post(
      { chatId: room.info.id, authorId: RESPONSIBLE, text: `Kick-off for ${record.title}.` },
      date,
    );
    messenger.read(room.info.id, userId, undefined, date);
    return { dealId: record.id, chatId: room.info.id, title: record.title };
  });
}
