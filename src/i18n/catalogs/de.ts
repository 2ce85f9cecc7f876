import type { CoreCatalog } from './en.ts';

export const catalog: CoreCatalog = {
  'action.openChat': 'Chat öffnen',
  'action.tryAgain': 'Erneut versuchen',
  'action.openInNewTab': 'In neuem Tab öffnen',

  'app.name': 'Linked Chat',
  'app.loading': 'Wird geladen…',

  'card.label': 'Verknüpfter Chat',
  'card.loading': 'Chat des Eintrags wird geladen…',

  'ready.members.one': '{count} Mitglied',
  'ready.members.other': '{count} Mitglieder',
  'ready.linkedTo': 'Verknüpft mit {record}',
  'ready.created': 'Erstellt {time}',
  'ready.membersLabel': 'Mitglieder',
  'ready.stale': 'Aktualisierung fehlgeschlagen. Zuletzt aktualisiert {time}.',
  'ready.untitled': 'Chat #{id}',

  'conversation.label': 'Nachrichten',
  'conversation.earlier': 'Frühere Nachrichten anzeigen',
  'conversation.earlierFailed': 'Frühere Nachrichten konnten nicht geladen werden.',
  'conversation.empty': 'Noch keine Nachrichten.',
  'conversation.deleted': 'Nachricht gelöscht',
  'conversation.edited': 'bearbeitet',
  'conversation.files': 'Angehängte Dateien',
  'conversation.unread.one': '{count} ungelesen',
  'conversation.unread.other': '{count} ungelesen',

  'record.label': '{type} #{id}',
  'record.withTitle': '{label} · {title}',
  'record.type.LEAD': 'Lead',
  'record.type.DEAL': 'Auftrag',
  'record.type.CONTACT': 'Kontakt',
  'record.type.COMPANY': 'Unternehmen',
  'record.type.QUOTE': 'Angebot',
  'record.type.SMART_INVOICE': 'Rechnung',
  'record.type.DYNAMIC': 'Element',

  'noChat.title': 'Noch kein Chat',
  'noChat.body':
    '{record} hat noch keinen Diskussions-Chat. Bitrix24 erstellt ihn, sobald jemand den Chat aus dem Formular des Eintrags startet.',
  'noChat.contactCompany':
    'Für Kontakte und Unternehmen führt Bitrix24 keinen Diskussions-Chat, daher gibt es hier nichts anzuzeigen.',

  'error.title': 'Der Chat konnte nicht geladen werden',
  'error.render': 'Beim Anzeigen dieser Seite ist etwas schiefgelaufen.',

  'theme.dark': 'Dunkles Design',
};
