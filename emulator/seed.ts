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
  /** The client of a type with clients (Factory::isClientEnabled: leads, deals, quotes, smart
   * invoices): the company (COMPANY_ID, 0 for none) and the bound contacts, primary first
   * (CONTACT_BINDINGS; the first is CONTACT_ID). */
  client?: { companyId: number; contactIds: number[] };
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

/** b_im_chat TYPE (im/include.php): a group chat, an open chat, an open line, a private dialog. */
export type MessageType = 'C' | 'O' | 'L' | 'P';

/** A member's role in a chat, lowest first (Permission::compareRole's order, without guest). */
export type ChatRole = 'member' | 'manager' | 'owner';

export interface SeedChat {
  id: number;
  /** Record chats, bot chats and plain group chats are `C`. */
  messageType: MessageType;
  entityType: string;
  entityId: string;
  /** An open line keeps its CRM binding here (`Y|LEAD|7|…`, imopenlines Chat), not in entityId. */
  entityData1: string;
  /** The members who pinned it in their recent list (b_im_recent PINNED). */
  pinnedBy: number[];
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

const day = (n: number, hour = 10, month = 2): string =>
  `2026-${String(month).padStart(2, '0')}-${String(n).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+03:00`;

/** The types with a client (Factory::isClientEnabled): leads, deals, quotes, smart invoices. */
const CLIENT_TYPES: ReadonlySet<number> = new Set([1, 2, 7, 31]);

export function hasClient(entityTypeId: number): boolean {
  return CLIENT_TYPES.has(entityTypeId);
}

interface Client {
  companyId?: number;
  /** Primary first. */
  contactIds?: number[];
}

function record(
  entityTypeId: number,
  id: number,
  title: string,
  assignedById: number,
  dayOfMonth: number,
  client: Client = {},
  month = 2,
): SeedRecord {
  return {
    entityTypeId,
    id,
    title,
    assignedById,
    createdTime: day(dayOfMonth, 9, month),
    updatedTime: day(Math.min(dayOfMonth + 3, 28), 17, month),
    ...(hasClient(entityTypeId)
      ? { client: { companyId: client.companyId ?? 0, contactIds: client.contactIds ?? [] } }
      : {}),
  };
}

/** Records of January: older than every February one, so they stay out of the lookup page's
 * recent records (the 20 newest) that the specs count. */
const january = (
  entityTypeId: number,
  id: number,
  title: string,
  dayOfMonth: number,
  client: Client,
) => record(entityTypeId, id, title, 4, dayOfMonth, client, 1);

/** Jane Roe (contact 3), Acme Ltd (company 9), Peter Novak (contact 8), Hooli Inc (company 10). */
const JANE = 3;
const PETER = 8;
const ACME = 9;
const HOOLI = 10;

export const RECORDS: readonly SeedRecord[] = [
  record(2, 42, 'Website redesign for Acme', 4, 2, { companyId: ACME, contactIds: [JANE] }),
  record(2, 43, 'Annual support renewal', 2, 3, { companyId: ACME, contactIds: [JANE] }),
  // Jane is the second contact: only `contactIds` finds it, `contactId` (the primary) does not.
  record(2, 44, 'Warehouse automation', 4, 4, { companyId: ACME, contactIds: [PETER, JANE] }),
  record(2, 45, 'Pilot for Globex', 2, 5),
  record(1, 7, 'Inbound: Initech', 4, 6, { contactIds: [PETER, JANE] }),
  record(3, 3, 'Jane Roe', 4, 1),
  record(4, 9, 'Acme Ltd', 4, 1),
  record(7, 11, 'Quote for Acme', 4, 7, { companyId: ACME, contactIds: [JANE] }),
  record(31, 12, 'Invoice 12', 4, 8),
  record(183, 5, 'Rollout phase 2', 4, 9),
  record(187, 1, 'Tender 1', 4, 10),
  // More deals and leads, so the lookup list has ~20 items with mixed chat status.
  record(2, 46, 'Mobile app for Initech', 4, 11),
  record(2, 47, 'CRM rollout for Hooli', 2, 12, { companyId: HOOLI, contactIds: [PETER] }),
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
  // Jane Roe's other deals and leads (14 in all with 42, 43, 44 and lead 7: more than a screen).
  january(2, 61, 'Legal review of the master agreement', 5, {
    companyId: ACME,
    contactIds: [JANE],
  }),
  january(2, 62, 'Trademark filing', 6, { companyId: ACME, contactIds: [PETER, JANE] }),
  january(2, 63, 'Privacy policy update', 8, { contactIds: [JANE] }),
  january(2, 64, 'Contract renewal next year', 9, { companyId: ACME, contactIds: [JANE] }),
  january(2, 65, 'Compliance training', 11, { contactIds: [PETER, JANE] }),
  january(2, 66, 'GDPR data audit', 12, { companyId: ACME, contactIds: [JANE] }),
  january(1, 67, 'Referral from Jane Roe', 13, { contactIds: [JANE] }),
  january(1, 68, 'Partner programme enquiry', 14, { companyId: ACME, contactIds: [JANE] }),
  january(1, 69, 'Newsletter sign-up: Roe Legal', 15, { contactIds: [PETER, JANE] }),
  january(1, 70, 'Event follow-up: LegalTech', 16, { contactIds: [JANE] }),
  record(3, PETER, 'Peter Novak', 4, 1, {}, 1),
  record(4, HOOLI, 'Hooli Inc', 4, 1, {}, 1),
  // A quote and a smart invoice to find by title ("solar", "roof", "deposit").
  january(7, 13, 'Solar roof for Hooli', 18, { companyId: HOOLI, contactIds: [PETER] }),
  january(31, 14, 'Solar roof for Hooli: deposit', 19, { companyId: HOOLI, contactIds: [PETER] }),
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

/** Where a chat's message and file ids come from: the seed's running ids, or a block of its own. */
interface IdSource {
  message: number;
  file: number;
}

/** The running ids: 84470–84571 for the first thirteen chats, so posted messages go on from 84572. */
const SEED_IDS: IdSource = { message: 84470, file: 9100 };

/** The chats added for im.recent.list take ids below those (b_im_message ids are the portal's,
 * not the chat's): posted messages and files still continue after the seed's last. */
const RECENT_IDS: IdSource = { message: 84400, file: 9000 };

/** Minutes before the portal's clock for each line: a day's lines 17 minutes apart from that
 * time of day `daysAgo` days back; today's lines in the last minutes; with `lastMinutesAgo`,
 * 17 minutes apart up to that. */
function conversation(days: readonly ConversationDay[], ids: IdSource): SeedMessage[] {
  return days.flatMap(({ daysAgo, lines, lastMinutesAgo }) =>
    lines.map((line, index) => {
      const files = (line.files ?? []).map((file) => ({ ...file, id: ids.file++ }));
      const minutesAgo =
        lastMinutesAgo !== undefined
          ? lastMinutesAgo + (lines.length - 1 - index) * 17
          : daysAgo > 0
            ? daysAgo * 1440 - index * 17
            : (lines.length - index) * 7;
      return {
        id: ids.message++,
        authorId: line.authorId,
        text: line.text,
        minutesAgo,
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
  messageType?: MessageType;
  entityData1?: string;
  pinnedBy?: number[];
  avatar?: string;
  description?: string;
  unread?: Record<number, number>;
  /** The default two lines, the last one this many minutes ago (default two days). */
  lastMinutesAgo?: number;
  lines?: ConversationDay['lines'];
  conversation?: readonly ConversationDay[];
  canPost?: ChatRole;
  ids?: IdSource;
}

const TWO_DAYS = 2 * 1440 - 17;

function chat(seed: ChatSeed): SeedChat {
  const [entityType, entityId] = seed.key;
  const days = seed.conversation ?? [
    {
      daysAgo: 2,
      lastMinutesAgo: seed.lastMinutesAgo ?? TWO_DAYS,
      lines: seed.lines ?? [
        { authorId: 4, text: 'Created the chat for this record.' },
        { authorId: seed.members[0] ?? 4, text: 'Thanks, following up here.' },
      ],
    },
  ];
  return {
    id: seed.id,
    messageType: seed.messageType ?? 'C',
    entityType,
    entityId,
    entityData1: seed.entityData1 ?? '',
    pinnedBy: seed.pinnedBy ?? [],
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
    messages: conversation(days, seed.ids ?? SEED_IDS),
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
    lastMinutesAgo: 1440,
  }),
  chat({
    id: 2730,
    key: ['CRM', 'LEAD|7'],
    title: 'Lead: Inbound: Initech',
    members: [2, 4],
    dayOfMonth: 6,
    color: '#58cc47',
    lastMinutesAgo: 300,
    lines: [
      { authorId: 4, text: 'Created the chat for this record.' },
      {
        authorId: 4,
        text: 'Call notes:\nbudget approved,\nnext step a demo with [USER=2][/USER].',
      },
    ],
    unread: { 2: 2 },
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
    lastMinutesAgo: 180,
  }),
  chat({
    id: 2740,
    key: ['CRM', 'DYNAMIC_183|5'],
    title: 'Projects: Rollout phase 2',
    members: [2, 4],
    dayOfMonth: 9,
    color: '#29619b',
    avatar: '/upload/im/avatar/chat-2740.svg',
    lastMinutesAgo: 90,
    lines: [
      { authorId: 2, text: 'Kick-off notes are on the drive.' },
      {
        authorId: 4,
        text: '[b]Phase 2[/b] starts on [i]Monday[/i], [url=/crm/type/183/details/5/]see the plan[/url].',
      },
    ],
    unread: { 2: 1 },
  }),
  chat({
    id: 2750,
    key: ['CRM', 'DEAL|46'],
    title: 'Deal: Mobile app for Initech',
    members: [2, 4],
    dayOfMonth: 11,
    color: '#e8a441',
    lastMinutesAgo: 2160,
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
    lastMinutesAgo: 3600,
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
    lastMinutesAgo: 4320,
  }),
  // For im.recent.list: more record chats, and chats of other kinds the app must leave out. Ids
  // below 2757, the next chat crm.timeline.chat.get creates.
  chat({
    id: 2741,
    key: ['CRM', 'DEAL|61'],
    title: 'Deal: Legal review of the master agreement',
    members: [2, 4],
    dayOfMonth: 20,
    color: '#2fc6f6',
    lastMinutesAgo: 480,
    ids: RECENT_IDS,
  }),
  chat({
    id: 2742,
    key: ['CRM', 'SMART_INVOICE|14'],
    title: 'Invoice: Solar roof for Hooli: deposit',
    members: [2, 4],
    dayOfMonth: 21,
    color: '#e8a441',
    lastMinutesAgo: 45,
    lines: [
      {
        authorId: 4,
        text: 'Deposit receipt:',
        files: [{ name: 'deposit-receipt.pdf', size: 52_480 }],
      },
      { authorId: 4, text: '[quote]Is the deposit paid?[/quote]Yes, paid today.' },
    ],
    unread: { 2: 2 },
    ids: RECENT_IDS,
  }),
  chat({
    id: 2743,
    key: ['CRM', 'DEAL|62'],
    title: 'Deal: Trademark filing',
    members: [1, 4],
    dayOfMonth: 22,
    color: '#728f7a',
    ids: RECENT_IDS,
  }),
  chat({
    id: 2745,
    key: ['', ''],
    title: 'Sales team',
    members: [1, 2, 4],
    dayOfMonth: 1,
    color: '#29619b',
    // Pinned by Mark: first in his recent list, whatever its date (PINNED DESC).
    pinnedBy: [2],
    lastMinutesAgo: 5040,
    lines: [
      { authorId: 1, text: 'Weekly numbers are in.' },
      { authorId: 4, text: 'Thanks, great week.' },
    ],
    ids: RECENT_IDS,
  }),
  chat({
    id: 2746,
    key: ['', ''],
    // A private dialog has no title of its own: the recent list names it after the other user.
    title: '',
    messageType: 'P',
    members: [2, 4],
    dayOfMonth: 1,
    color: '#e8a441',
    lastMinutesAgo: 20,
    lines: [
      { authorId: 2, text: 'Can you look at the Acme quote?' },
      { authorId: 4, text: 'Sure, after lunch.' },
    ],
    unread: { 2: 1 },
    ids: RECENT_IDS,
  }),
  chat({
    id: 2747,
    key: ['LINES', 'telegrambot|1|700100|15'],
    title: 'Kate Client - Telegram',
    messageType: 'L',
    // An open line bound to lead 7: the binding is in ENTITY_DATA_1, the chat is no record chat.
    entityData1: 'Y|LEAD|7|N|N|0|1771900000|0|0|0',
    members: [2, 4],
    dayOfMonth: 23,
    color: '#58cc47',
    lastMinutesAgo: 120,
    lines: [
      { authorId: 4, text: 'Transferred the conversation to you.' },
      { authorId: 4, text: 'The client asks about delivery dates.' },
    ],
    unread: { 2: 1 },
    ids: RECENT_IDS,
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
