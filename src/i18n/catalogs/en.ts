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

  // Lookup page (src/lookup/)
  'lookup.title': 'Find a record’s chat',
  'lookup.searchPlaceholder': 'Title or ID',
  'lookup.recentHeading': 'Recently updated',
  'lookup.resultsHeading': 'Search results',
  'lookup.loading': 'Loading records…',
  'lookup.empty': 'No recent deals or leads',
  'lookup.noMatches': 'No records match “{query}”',
  'lookup.found.one': '{count} record found',
  'lookup.found.other': '{count} records found',
  'lookup.meta': '{record} · updated {time}',
  'lookup.status.noChat': 'No chat yet',
  'lookup.status.open': 'You’re a member of its chat',
  'lookup.status.notMember': 'Has a chat you’re not a member of',
  'lookup.status.unknown': 'Couldn’t check its chat',
  'lookup.errorTitle': 'Couldn’t load the records',

  'card.label': 'Linked chat',
  'card.loading': 'Loading the record’s chat…',

  'ready.members.one': '{count} member',
  'ready.members.other': '{count} members',
  'ready.linkedTo': 'Linked to {record}',
  'ready.created': 'Created {time}',
  'ready.membersLabel': 'Members',
  'ready.stale': 'Couldn’t refresh. Last updated {time}.',

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

  // Resilience: request access (the access-denied card's way in).
  'denied.askNamedOnly': 'Ask {name}, the responsible person, to add you.',
  'denied.askUnnamedOnly': 'Ask the record’s responsible person to add you.',
  'denied.askMember': 'A member of the chat can add you.',
  'request.sent': 'Request sent. {name} will get a Bitrix24 notification.',
  'request.failed': 'Couldn’t send the request. {reason}',
  'request.message': '{requester} asks to be added to the chat of {record}.',

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

  // Installation and settings (src/install/, src/settings/, src/ui/place-text.ts)
  'action.back': 'Back',
  'place.LEAD': 'Lead cards',
  'place.DEAL': 'Deal cards',
  'place.CONTACT': 'Contact cards',
  'place.COMPANY': 'Company cards',
  'place.QUOTE': 'Quote cards',
  'place.SMART_INVOICE': 'Invoice cards',
  'place.DYNAMIC': '{title} cards',
  'place.LEFT_MENU': 'Left menu link',
  'placeError.admin': 'Only a Bitrix24 administrator can change this.',
  'placeError.notFound':
    'This Bitrix24 doesn’t offer this place, or the app lacks the CRM permission.',
  'placeError.handler': 'Bitrix24 refused the app’s address as the handler.',
  'placeError.maxCount': 'Too many apps already use this place.',
  'install.title': 'Installing Linked Chat',
  'install.intro': 'Linked Chat adds its tab to CRM cards and a link to the left menu.',
  'install.listLabel': 'Places',
  'install.checking': 'Checking what is already set up…',
  'install.progress': '{done} of {total} places ready',
  'install.finishing': 'All places are ready. Finishing the installation…',
  'install.failed': 'Some places could not be added. Try again to add only those.',
  'install.checkFailed': 'Couldn’t check what is already set up.',
  'install.finishFailed': 'Bitrix24 didn’t finish the installation.',
  'install.status.boundBefore': 'Already added',
  'install.status.waiting': 'Waiting',
  'install.status.pending': 'Adding…',
  'install.status.bound': 'Added',
  'install.status.failed': 'Not added',
  'install.notAdminTitle': 'An administrator must install Linked Chat',
  'install.notAdmin':
    'Only a Bitrix24 administrator can install this app. Ask your administrator to open it once; the installation then finishes for everyone.',
  'settings.title': 'Linked Chat settings',
  'settings.adminsOnly': 'Only Bitrix24 administrators can change these settings.',
  'settings.tabs.title': 'Where the tab appears',
  'settings.tabs.hint': 'Tick the CRM cards that show the Linked Chat tab. Changes apply at once.',
  'settings.tabs.loading': 'Loading where the tab appears…',
  'settings.tabs.loadFailed': 'Couldn’t load where the tab appears.',
  'settings.tabs.saving': 'Saving…',
  'settings.tabs.newType': 'New since installation, not yet bound.',
  'settings.tabs.bindFailed': 'Couldn’t add the tab. {reason}',
  'settings.tabs.unbindFailed': 'Couldn’t remove the tab. {reason}',
  'settings.key.title': 'Chat key',
  'settings.key.hint':
    'The tab finds a record’s chat by ENTITY_TYPE and ENTITY_ID. {TYPE} stands for the record type (DEAL, LEAD, DYNAMIC_183…) and {ID} for its ID. The default, CRM and {TYPE}|{ID}, is the key of the record’s own Bitrix24 chat.',
  'settings.key.entityType': 'ENTITY_TYPE',
  'settings.key.entityId': 'ENTITY_ID',
  'settings.key.empty': 'Enter a value.',
  'settings.key.missingId': 'ENTITY_ID must contain {ID}, or every record would share one chat.',
  'settings.key.unknownToken': 'Only {TYPE} and {ID} may stand in braces.',
  'settings.key.example': '{record} → ENTITY_TYPE “{entityType}”, ENTITY_ID “{entityId}”',
  'settings.key.save': 'Save',
  'settings.key.useDefault': 'Use the default',
  'settings.key.saving': 'Saving…',
  'settings.key.saved': 'Saved. CRM tabs use this key the next time they open.',
  'settings.key.saveFailed': 'Couldn’t save the key; what you typed is still here. {reason}',
  'settings.diag.title': 'Diagnostics',
  'settings.diag.placement': 'Placement',
  'settings.diag.handler': 'Handler',
  'settings.diag.key': 'Key for {record}',
  'settings.diag.calls': 'Methods called in this session',
  'settings.diag.lastError': 'Last error code',
  'settings.diag.none': 'None',

  // Looks native: theme toggle (src/ui/theme-toggle.tsx).
  'theme.dark': 'Dark theme',
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
