/** The source of message keys; every other catalog is typed against this one. */
export const en = {
  // Accessible names fixed by contract §3.
  'action.openChat': 'Open chat',
  'action.tryAgain': 'Try again',
  'action.requestAccess': 'Request access',
  'action.findRecord': 'Find a record',
  'action.settings': 'Settings',
  'action.reload': 'Reload',
  'action.openInNewTab': 'Open in a new tab',

  'app.name': 'Linked Chat',
  'app.loading': 'Loading…',

  'outside.title': 'Open Linked Chat inside Bitrix24',
  'outside.notFramed':
    'This page is the Linked Chat app for Bitrix24. It works inside a Bitrix24 portal, on the Linked Chat tab of a CRM record.',
  'outside.install':
    'To install it, an administrator adds the app to the portal (Applications → Developer resources → Other → Local application) with this page’s address as the handler, then opens it once.',
  'outside.noAnswerTitle': 'Bitrix24 did not answer',
  'outside.noAnswer':
    'The app waited for the Bitrix24 page, but it did not answer. Reload to try again.',

  'lookup.placeholder': 'Open a CRM record’s Linked Chat tab to see its chat.',
  'install.placeholder': 'Linked Chat is being installed.',

  'card.label': 'Linked chat',
  'card.loading': 'Loading the record’s chat…',

  'ready.members.one': '{count} member',
  'ready.members.other': '{count} members',
  'ready.linkedTo': 'Linked to {record}',
  'ready.created': 'Created {time}',
  'ready.membersLabel': 'Members',
  'ready.stale': 'Couldn’t refresh. Showing what was loaded {time}.',

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

  'denied.title': 'You are not a member of this chat',
  'denied.body': 'Only members of this record’s chat can read it.',
  'denied.viaCard':
    'The quickest way in: open the chat with this card’s Chat button. Bitrix24 adds anyone who can read the record when they open it there.',
  'denied.askNamed': '{name}, the responsible person, can also add you.',
  'denied.askUnnamed': 'The record’s responsible person can also add you.',

  'unauthorized.title': 'Sign in as an employee',
  'unauthorized.body':
    'Guest and extranet sessions can’t see record chats. Sign in to Bitrix24 with an employee account.',

  'restricted.title': 'The app can’t show this chat',
  'restricted.scope': 'The app lacks a permission it needs to read chats.',
  'restricted.scope.admin': 'Reinstall the app and allow the im and imbot permissions.',
  'restricted.app-access': 'An administrator has limited this app to certain users.',
  'restricted.app-access.admin': 'Add this user to the app’s access list in Applications.',
  'restricted.plan': 'This is not available on your Bitrix24 plan, or access to it was denied.',
  'restricted.plan.admin': 'Check the plan and the app’s permissions in Applications.',
  'restricted.rights': 'Your account lacks the rights for this.',
  'restricted.rights.admin': 'Check this user’s rights in the Messenger and CRM settings.',
  'restricted.method': 'This Bitrix24 lacks the messenger method the app needs.',
  'restricted.method.admin': 'Update Bitrix24 so that the im module offers im.dialog.get.',
  'restricted.askAdmin': 'Ask your Bitrix24 administrator for help.',

  'session.title': 'Your session has expired',
  'session.body': 'Reload the page to sign in to Bitrix24 again.',

  'badPlacement.title': 'This tab can’t tell which record it belongs to',
  'badPlacement.missing-id': 'Bitrix24 opened the tab without a record ID.',
  'badPlacement.invalid-id': 'The record ID “{value}” is not a positive whole number.',
  'badPlacement.unknown-placement': 'Linked Chat doesn’t work in this place ({placement}).',
  'badPlacement.hint': 'Open the tab again from a CRM record’s card.',

  'error.title': 'Couldn’t load the chat',
  'error.busy': 'Bitrix24 is busy right now. Try again shortly.',
  'error.busyUntil': 'Bitrix24 is busy. It accepts requests again {time}.',
  'error.server': 'Bitrix24 had an error while answering.',
  'error.network': 'Bitrix24 can’t be reached. Check your connection.',
  'error.portal': 'This Bitrix24 portal is unavailable.',
  'error.malformed': 'Bitrix24 answered in a way the app doesn’t understand.',
  'error.generic': 'Something went wrong.',
  'error.code': 'Error code: {code}',
  'error.render': 'Something went wrong while showing this page.',
} as const;

export type MessageKey = keyof typeof en;

/** `ready.members` for `ready.members.one` / `.other`: keys counted with Intl.PluralRules. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer B}.other`
    ? B
    : never
  : never;

/** English needs only `one`/`other`; other languages add the forms their plural rules use. */
type ExtraPluralForm = `${PluralKey}.${'zero' | 'two' | 'few' | 'many'}`;

export type Catalog = Readonly<
  Record<MessageKey, string> & Partial<Record<ExtraPluralForm, string>>
>;
