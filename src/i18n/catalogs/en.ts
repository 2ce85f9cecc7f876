import type { views as enViews } from './views/en.ts';

/** The source of message keys; every other catalog is typed against this one. */
export const en = {
  // Accessible names fixed by contract §3.
  'action.openChat': 'Open chat',
  'action.tryAgain': 'Try again',
  'action.openInNewTab': 'Open in a new tab',

  'app.name': 'Linked Chat',
  'app.loading': 'Loading…',

  'card.label': 'Linked chat',
  'card.loading': 'Loading the record’s chat…',

  'ready.members.one': '{count} member',
  'ready.members.other': '{count} members',
  'ready.linkedTo': 'Linked to {record}',
  'ready.created': 'Created {time}',
  'ready.membersLabel': 'Members',
  'ready.stale': 'Couldn’t refresh. Last updated {time}.',
  'ready.untitled': 'Chat #{id}',

  // The conversation on a ready card (contract §5); the log's and the button's names are §3's.
  'conversation.label': 'Messages',
  'conversation.earlier': 'Show earlier messages',
  'conversation.earlierFailed': 'Couldn’t load earlier messages.',
  'conversation.empty': 'No messages yet.',
  'conversation.deleted': 'Message deleted',
  'conversation.edited': 'edited',
  'conversation.files': 'Attached files',
  'conversation.unread.one': '{count} unread',
  'conversation.unread.other': '{count} unread',

  'record.label': '{type} #{id}',
  'record.withTitle': '{label} · {title}',
  'record.type.LEAD': 'Lead',
  'record.type.DEAL': 'Deal',
  'record.type.CONTACT': 'Contact',
  'record.type.COMPANY': 'Company',
  'record.type.QUOTE': 'Quote',
  'record.type.SMART_INVOICE': 'Invoice',
  'record.type.DYNAMIC': 'Item',

  'noChat.title': 'No chat yet',
  'noChat.body':
    '{record} has no discussion chat yet. Bitrix24 creates it when someone starts the chat from the record’s card.',
  'noChat.contactCompany':
    'Bitrix24 keeps no discussion chat for contacts and companies, so there is nothing to show here.',

  'error.title': 'Couldn’t load the chat',
  'error.render': 'Something went wrong while showing this page.',

  // Looks native: theme toggle (src/theme/theme-toggle.tsx).
  'theme.dark': 'Dark theme',
} as const;

/** Keys of the core catalog: the CRM tab and the app shell, loaded with the first view. */
export type CoreKey = keyof typeof en;
/** Keys of the views catalog (catalogs/views/), loaded with the lookup, install or settings view. */
export type ViewKey = keyof typeof enViews;
export type MessageKey = CoreKey | ViewKey;

/** `ready.members` for `ready.members.one` / `.other`: keys counted with Intl.PluralRules. */
export type PluralKey<K extends MessageKey = MessageKey> = K extends `${infer B}.other` ? B : never;

/** English needs only `one`/`other`; other languages add the forms their plural rules use. */
type ExtraPluralForm = `${PluralKey}.${'zero' | 'two' | 'few' | 'many'}`;

type PluralForms<K extends string> = Partial<
  Record<Extract<ExtraPluralForm, `${K extends `${infer B}.other` ? B : never}.${string}`>, string>
>;

export type CoreCatalog = Readonly<Record<CoreKey, string> & PluralForms<CoreKey>>;
export type ViewsCatalog = Readonly<Record<ViewKey, string> & PluralForms<ViewKey>>;
/** Everything a language says: its core catalog merged with its views catalog. */
export type Catalog = CoreCatalog & Partial<ViewsCatalog>;
