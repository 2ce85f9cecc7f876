// Seeded portal data. The ids are part of the contract (docs/emulator-api.md): specs use them.

import { DEAL_42_CONVERSATION, type ConversationDay } from './seed-conversation.ts';

export interface SeedUser {
  id: number;
  name: string;
  lastName: string;
  admin: boolean;
  workPosition: string;
  /** Portal-relative URL or '' (Bitrix24 sends '' when there is no photo). */
  photo: string;
  color: string;
}

export interface SeedRecord {
  entityTypeId: number;
  id: number;
  title: string;
  assignedById: number;
  createdTime: string;
  updatedTime: string;
}

export interface SeedFile {
  id: number;
  name: string;
  size: number;
  /** Pixel size of an image; absent for other files. */
  image?: { width: number; height: number };
}

export interface SeedMessage {
  id: number;
  /** 0 for a system message. */
  authorId: number;
  /** As im.dialog.messages.get carries it, but for short user tags (`[USER=4][/USER]`). */
  text: string;
  /** How long before the portal's clock (at start or reset) it was posted. */
  minutesAgo: number;
  /** CIMMessageParam values: FILE_ID, IS_EDITED, IS_DELETED, CODE, NOTIFY… */
  params: Record<string, unknown>;
  files: SeedFile[];
  /** Posted with SKIP_COUNTER_INCREMENTS (joins, leaves): unread for nobody. */
  silent: boolean;
}

/** A member's role in a chat, lowest first (Permission::compareRole's order, without guest). */
export type ChatRole = 'member' | 'manager' | 'owner';

export interface SeedChat {
  id: number;
  entityType: string;
  entityId: string;
  title: string;
  description: string;
  ownerId: number;
  members: number[];
  avatar: string;
  color: string;
  dateCreate: string;
  /** Who may post (the chat's MANAGE_MESSAGES, im.dialog.get `permissions.can_post`): members,
   * managers (the owner is one) or the owner only; a lower role may read but not post. */
  canPost: ChatRole;
  /** Unread messages per member (im.dialog.get `counter`): the member has read up to the
   * message before their last n unread ones; members not listed have read everything. */
  unread: Record<number, number>;
  messages: SeedMessage[];
}

export const USERS: readonly SeedUser[] = [
  {
    id: 1,
    name: 'Anna',
    lastName: 'Admin',
    admin: true,
    workPosition: 'Portal administrator',
    photo: '/upload/main/avatar/user-1.svg',
    color: '#29619b',
  },
  {
    id: 2,
    name: 'Mark',
    lastName: 'Member',
    admin: false,
    workPosition: 'Account manager',
    photo: '',
    color: '#4ba984',
  },
  {
    id: 3,
    name: 'Olga',
    lastName: 'Outsider',
    admin: false,
    workPosition: 'Accountant',
    photo: '',
    color: '#ab7761',
  },
  {
    id: 4,
    name: 'Ivan',
    lastName: 'Petrov',
    admin: false,
    workPosition: 'Sales director',
    photo: '/upload/main/avatar/user-4.svg',
    color: '#e8a441',
  },
  {
    id: 5,
    name: 'Sofia',
    lastName: 'Lang',
    admin: false,
    workPosition: 'Designer',
    // A photo on a host nobody answers (the discard port): the app's initials must take over.
    photo: 'http://127.0.0.1:9/upload/main/avatar/user-5.png',
    color: '#58cc47',
  },
];

/** entityTypeId of each CRM type code (Bitrix24's fixed ids; dynamic types carry theirs). */
export const ENTITY_TYPE_IDS: Readonly<Record<string, number>> = {
  LEAD: 1,
  DEAL: 2,
  CONTACT: 3,
  COMPANY: 4,
  QUOTE: 7,
  SMART_INVOICE: 31,
};

export interface SeedType {
  id: number;
  entityTypeId: number;
  title: string;
}

/** Smart processes (crm.type.list). */
export const CRM_TYPES: readonly SeedType[] = [
  { id: 1, entityTypeId: 183, title: 'Projects' },
  { id: 2, entityTypeId: 187, title: 'Tenders' },
];

/** Smart processes get entityTypeIds 128..191 (CCrmOwnerType::DynamicTypeStart/End), so a
 * portal has room for 64; the seeded two leave 62 for scenario `smartProcesses`. */
const DYNAMIC_TYPE_IDS = Array.from({ length: 64 }, (_, index) => 128 + index).filter(
  (id) => !CRM_TYPES.some((type) => type.entityTypeId === id),
);
export const MAX_EXTRA_SMART_PROCESSES = DYNAMIC_TYPE_IDS.length;

/** Scenario `smartProcesses`: that many more types, "Process 1".."Process N" on the free
 * entityTypeIds from 128 up, each with one item, id 1, titled "Process N item". */
function extraTypes(count: number): SeedType[] {
  const wanted = Math.max(0, Math.min(MAX_EXTRA_SMART_PROCESSES, Math.floor(count)));
  return DYNAMIC_TYPE_IDS.slice(0, wanted).map((entityTypeId, index) => ({
    id: CRM_TYPES.length + index + 1,
    entityTypeId,
    title: `Process ${index + 1}`,
  }));
}

/** Human names for the card header and breadcrumbs. */
export const ENTITY_TYPE_NAMES: Readonly<Record<number, string>> = {
  1: 'Leads',
  2: 'Deals',
  3: 'Contacts',
  4: 'Companies',
  7: 'Quotes',
  31: 'Invoices',
  183: 'Projects',
  187: 'Tenders',
};

const day = (n: number, hour = 10): string =>
  `2026-02-${String(n).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+03:00`;

function record(
  entityTypeId: number,
  id: number,
  title: string,
  assignedById: number,
  dayOfMonth: number,
): SeedRecord {
  return {
    entityTypeId,
    id,
    title,
    assignedById,
    createdTime: day(dayOfMonth, 9),
    updatedTime: day(Math.min(dayOfMonth + 3, 28), 17),
  };
}

export const RECORDS: readonly SeedRecord[] = [
  record(2, 42, 'Website redesign for Acme', 4, 2),
  record(2, 43, 'Annual support renewal', 2, 3),
  record(2, 44, 'Warehouse automation', 4, 4),
  record(2, 45, 'Pilot for Globex', 2, 5),
  record(1, 7, 'Inbound: Initech', 4, 6),
  record(3, 3, 'Jane Roe', 4, 1),
  record(4, 9, 'Acme Ltd', 4, 1),
  record(7, 11, 'Quote for Acme', 4, 7),
  record(31, 12, 'Invoice 12', 4, 8),
  record(183, 5, 'Rollout phase 2', 4, 9),
  record(187, 1, 'Tender 1', 4, 10),
  // More deals and leads, so the lookup list has ~20 items with mixed chat status.
  record(2, 46, 'Mobile app for Initech', 4, 11),
  record(2, 47, 'CRM rollout for Hooli', 2, 12),
  record(2, 48, 'Data migration for Umbrella', 4, 13),
  record(2, 49, 'Security audit for Stark', 4, 14),
  record(2, 50, 'Office move for Wayne', 2, 15),
  record(2, 51, 'Training for Soylent', 4, 16),
  record(2, 52, 'Hardware refresh for Tyrell', 4, 17),
  record(2, 53, 'Cloud backup for Cyberdyne', 2, 18),
  record(1, 54, 'Inbound: Massive Dynamic', 4, 19),
  record(1, 55, 'Inbound: Vandelay Industries', 2, 20),
  record(1, 56, 'Referral: Dunder Mifflin', 4, 21),
  record(1, 57, 'Webinar: Oscorp', 4, 22),
  record(1, 58, 'Cold call: Gringotts', 2, 23),
  record(1, 59, 'Trade show: Aperture', 4, 24),
  record(1, 60, 'Website form: Wonka', 4, 25),
];

/** The smart processes of a portal with `extra` more than the seeded two. */
export function crmTypes(extra = 0): SeedType[] {
  return [...CRM_TYPES, ...extraTypes(extra)];
}

/** The CRM records of a portal with `extra` more smart processes, one item in each. */
export function crmRecords(extra = 0): SeedRecord[] {
  return [
    ...RECORDS,
    ...extraTypes(extra).map((type) => record(type.entityTypeId, 1, `${type.title} item`, 4, 26)),
  ];
}

let nextMessageId = 84470;
let nextFileId = 9100;

/** Minutes before the portal's clock for each line: a day's lines 17 minutes apart from that
 * time of day `daysAgo` days back; today's lines in the last minutes. */
function conversation(days: readonly ConversationDay[]): SeedMessage[] {
  return days.flatMap(({ daysAgo, lines }) =>
    lines.map((line, index) => {
      const files = (line.files ?? []).map((file) => ({ ...file, id: nextFileId++ }));
      return {
        id: nextMessageId++,
        authorId: line.authorId,
        text: line.text,
        minutesAgo: daysAgo > 0 ? daysAgo * 1440 - index * 17 : (lines.length - index) * 7,
        params: {
          ...line.params,
          ...(files.length > 0 ? { FILE_ID: files.map((file) => file.id) } : {}),
        },
        files,
        silent: line.silent ?? false,
      };
    }),
  );
}

interface ChatSeed {
  id: number;
  key: [entityType: string, entityId: string];
  title: string;
  members: number[];
  dayOfMonth: number;
  color: string;
  avatar?: string;
  description?: string;
  unread?: Record<number, number>;
  conversation?: readonly ConversationDay[];
  canPost?: ChatRole;
}

function chat(seed: ChatSeed): SeedChat {
  const [entityType, entityId] = seed.key;
  const days = seed.conversation ?? [
    {
      daysAgo: 2,
      lines: [
        { authorId: 4, text: 'Created the chat for this record.' },
        { authorId: seed.members[0] ?? 4, text: 'Thanks, following up here.' },
      ],
    },
  ];
  return {
    id: seed.id,
    entityType,
    entityId,
    title: seed.title,
    description: seed.description ?? '',
    // Bitrix24 makes the responsible person the author and owner of a record's chat
    // (bitrix24-facts.md §1); every seeded record has user 4 or a member as responsible.
    ownerId: seed.members.includes(4) ? 4 : (seed.members[0] ?? 4),
    members: seed.members,
    avatar: seed.avatar ?? '',
    color: seed.color,
    dateCreate: day(seed.dayOfMonth, 11),
    canPost: seed.canPost ?? 'member',
    unread: seed.unread ?? {},
    messages: conversation(days),
  };
}

export const CHATS: readonly SeedChat[] = [
  chat({
    id: 2725,
    key: ['CRM', 'DEAL|42'],
    title: 'Deal: Website redesign for Acme',
    description: 'Discussion about the deal',
    members: [1, 2, 4],
    dayOfMonth: 2,
    color: '#f76187',
    unread: { 2: 4 },
    conversation: DEAL_42_CONVERSATION,
  }),
  chat({
    id: 2726,
    key: ['CRM', 'DEAL|44'],
    title: 'Deal: Warehouse automation',
    members: [1, 4],
    dayOfMonth: 4,
    color: '#2fc6f6',
  }),
  chat({
    id: 2728,
    key: ['PROJECT', 'deal-45'],
    title: 'Globex pilot (bot)',
    description: 'Created by the pilot bot',
    members: [2, 4],
    dayOfMonth: 5,
    color: '#728f7a',
  }),
  chat({
    id: 2730,
    key: ['CRM', 'LEAD|7'],
    title: 'Lead: Inbound: Initech',
    members: [2, 4],
    dayOfMonth: 6,
    color: '#58cc47',
  }),
  chat({
    id: 2731,
    key: ['CRM', 'QUOTE|11'],
    title: 'Quote: Quote for Acme',
    members: [2, 4],
    dayOfMonth: 7,
    color: '#ab7761',
    // Read-only for the default user 2: only managers (the owner, 4) may post.
    canPost: 'manager',
  }),
  chat({
    id: 2740,
    key: ['CRM', 'DYNAMIC_183|5'],
    title: 'Projects: Rollout phase 2',
    members: [2, 4],
    dayOfMonth: 9,
    color: '#29619b',
    avatar: '/upload/im/avatar/chat-2740.svg',
  }),
  chat({
    id: 2750,
    key: ['CRM', 'DEAL|46'],
    title: 'Deal: Mobile app for Initech',
    members: [2, 4],
    dayOfMonth: 11,
    color: '#e8a441',
  }),
  chat({
    id: 2751,
    key: ['CRM', 'DEAL|48'],
    title: 'Deal: Data migration for Umbrella',
    members: [1, 4],
    dayOfMonth: 13,
    color: '#f76187',
  }),
  chat({
    id: 2752,
    key: ['CRM', 'DEAL|50'],
    title: 'Deal: Office move for Wayne',
    members: [2, 4],
    dayOfMonth: 15,
    color: '#4ba984',
  }),
  chat({
    id: 2753,
    key: ['CRM', 'DEAL|52'],
    title: 'Deal: Hardware refresh for Tyrell',
    members: [4],
    dayOfMonth: 17,
    color: '#2fc6f6',
  }),
  chat({
    id: 2754,
    key: ['CRM', 'LEAD|54'],
    title: 'Lead: Inbound: Massive Dynamic',
    members: [2, 4],
    dayOfMonth: 19,
    color: '#58cc47',
  }),
  chat({
    id: 2755,
    key: ['CRM', 'LEAD|57'],
    title: 'Lead: Webinar: Oscorp',
    members: [1, 4],
    dayOfMonth: 22,
    color: '#728f7a',
  }),
  chat({
    id: 2756,
    key: ['CRM', 'LEAD|59'],
    title: 'Lead: Trade show: Aperture',
    members: [2, 4],
    dayOfMonth: 24,
    color: '#ab7761',
  }),
];

export function findUser(id: number): SeedUser | undefined {
  return USERS.find((user) => user.id === id);
}

export function findChat(id: number): SeedChat | undefined {
  return CHATS.find((c) => c.id === id);
}

export function findRecord(entityTypeId: number, id: number, extra = 0): SeedRecord | undefined {
  return crmRecords(extra).find((r) => r.entityTypeId === entityTypeId && r.id === id);
}

/** The name a CRM type shows in card headers: its fixed name, or the smart process's title. */
export function entityTypeName(entityTypeId: number, extra = 0): string | undefined {
  return (
    ENTITY_TYPE_NAMES[entityTypeId] ??
    crmTypes(extra).find((type) => type.entityTypeId === entityTypeId)?.title
  );
}

export function userFullName(user: SeedUser): string {
  return `${user.name} ${user.lastName}`;
}

/** Bitrix24's member_id: a per-portal hash the app sees in the init data. */
export const MEMBER_ID = '9f2e6c1d4b8a7e3f5a0c2d4e6f8a1b3c';
