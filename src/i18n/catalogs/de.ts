import type { CoreCatalog } from './en.ts';

export const catalog: CoreCatalog = {
  'action.openChat': 'Chat öffnen',
  'action.tryAgain': 'Erneut versuchen',
  'action.requestAccess': 'Zugriff anfordern',
  'action.findRecord': 'Eintrag suchen',
  'action.settings': 'Einstellungen',
  'action.reload': 'Neu laden',
  'action.openInNewTab': 'In neuem Tab öffnen',

  'app.name': 'Linked Chat',
  'app.loading': 'Wird geladen…',

  'outside.title': 'Öffnen Sie Linked Chat in Bitrix24',
  'outside.notFramed':
    'Diese Seite ist die App Linked Chat für Bitrix24. Sie funktioniert innerhalb eines Bitrix24-Portals, im Tab Linked Chat eines CRM-Elements.',
  'outside.install':
    'Zur Installation fügt ein Administrator die App dem Portal hinzu (Anwendungen → Entwicklerressourcen → Sonstiges → Lokale Anwendung), mit der Adresse dieser Seite als Handler, und öffnet sie einmal.',
  'outside.noAnswerTitle': 'Bitrix24 hat nicht geantwortet',
  'outside.noAnswer':
    'Die App hat auf die Bitrix24-Seite gewartet, aber keine Antwort erhalten. Laden Sie neu, um es noch einmal zu versuchen.',

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
  'error.busy': 'Bitrix24 ist gerade ausgelastet. Versuchen Sie es gleich noch einmal.',
  'error.busyUntil': 'Bitrix24 ist ausgelastet. Anfragen sind {time} wieder möglich.',
  'error.server': 'Bei der Antwort von Bitrix24 ist ein Fehler aufgetreten.',
  'error.network': 'Bitrix24 ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
  'error.portal': 'Dieses Bitrix24-Portal ist nicht verfügbar.',
  'error.malformed': 'Bitrix24 hat auf eine Weise geantwortet, die die App nicht versteht.',
  'error.generic': 'Etwas ist schiefgelaufen.',
  'error.code': 'Fehlercode: {code}',
  'error.render': 'Beim Anzeigen dieser Seite ist etwas schiefgelaufen.',

  'action.back': 'Zurück',

  'theme.dark': 'Dunkles Design',
};
