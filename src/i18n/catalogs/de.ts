import type { Catalog } from './en.ts';

export const de: Catalog = {
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

  'lookup.title': 'Chat eines Eintrags finden',
  'lookup.searchPlaceholder': 'Titel oder ID',
  'lookup.recentHeading': 'Kürzlich geändert',
  'lookup.resultsHeading': 'Suchergebnisse',
  'lookup.loading': 'Einträge werden geladen…',
  'lookup.empty': 'Keine kürzlich geänderten Aufträge oder Leads',
  'lookup.noMatches': 'Keine Einträge zu „{query}“',
  'lookup.found.one': '{count} Eintrag gefunden',
  'lookup.found.other': '{count} Einträge gefunden',
  'lookup.meta': '{record} · geändert {time}',
  'lookup.status.noChat': 'Noch kein Chat',
  'lookup.status.open': 'Sie sind Mitglied des Chats',
  'lookup.status.notMember': 'Hat einen Chat, in dem Sie kein Mitglied sind',
  'lookup.status.unknown': 'Chat konnte nicht geprüft werden',
  'lookup.errorTitle': 'Die Einträge konnten nicht geladen werden',

  'card.label': 'Verknüpfter Chat',
  'card.loading': 'Chat des Eintrags wird geladen…',

  'ready.members.one': '{count} Mitglied',
  'ready.members.other': '{count} Mitglieder',
  'ready.linkedTo': 'Verknüpft mit {record}',
  'ready.created': 'Erstellt {time}',
  'ready.membersLabel': 'Mitglieder',
  'ready.stale': 'Aktualisierung fehlgeschlagen. Zuletzt aktualisiert {time}.',

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

  'denied.title': 'Sie sind kein Mitglied dieses Chats',
  'denied.body': 'Nur Mitglieder des Chats dieses Eintrags können ihn lesen.',
  'denied.viaCard':
    'Der schnellste Weg: Öffnen Sie den Chat mit der Schaltfläche „Chat“ in diesem Formular. Bitrix24 fügt dort jeden hinzu, der den Eintrag lesen darf.',
  'denied.askNamed': '{name}, die verantwortliche Person, kann Sie ebenfalls hinzufügen.',
  'denied.askUnnamed': 'Die verantwortliche Person des Eintrags kann Sie ebenfalls hinzufügen.',

  'denied.askNamedOnly': 'Bitten Sie {name}, die verantwortliche Person, Sie hinzuzufügen.',
  'denied.askUnnamedOnly': 'Bitten Sie die verantwortliche Person des Eintrags, Sie hinzuzufügen.',
  'denied.askMember': 'Ein Mitglied des Chats kann Sie hinzufügen.',
  'request.sent': 'Anfrage gesendet. {name} erhält eine Bitrix24-Benachrichtigung.',
  'request.failed': 'Die Anfrage konnte nicht gesendet werden. {reason}',
  'request.message': '{requester} bittet darum, zum Chat von {record} hinzugefügt zu werden.',

  'unauthorized.title': 'Melden Sie sich als Mitarbeiter an',
  'unauthorized.body':
    'Gast- und Extranet-Sitzungen sehen keine Chats von Einträgen. Melden Sie sich mit einem Mitarbeiterkonto bei Bitrix24 an.',

  'restricted.title': 'Die App kann diesen Chat nicht anzeigen',
  'restricted.scope': 'Der App fehlt eine Berechtigung zum Lesen von Chats.',
  'restricted.scope.admin':
    'Installieren Sie die App neu und erlauben Sie die Berechtigungen im und imbot.',
  'restricted.app-access': 'Ein Administrator hat diese App auf bestimmte Nutzer beschränkt.',
  'restricted.app-access.admin':
    'Fügen Sie diesen Nutzer unter Anwendungen der Zugriffsliste der App hinzu.',
  'restricted.plan':
    'Das ist in Ihrem Bitrix24-Tarif nicht verfügbar, oder der Zugriff wurde verweigert.',
  'restricted.plan.admin': 'Prüfen Sie den Tarif und die Berechtigungen der App unter Anwendungen.',
  'restricted.rights': 'Ihrem Konto fehlen die Rechte dafür.',
  'restricted.rights.admin':
    'Prüfen Sie die Rechte dieses Nutzers in den Einstellungen von Messenger und CRM.',
  'restricted.method': 'Diesem Bitrix24 fehlt die Messenger-Methode, die die App braucht.',
  'restricted.method.admin':
    'Aktualisieren Sie Bitrix24, damit das Modul im die Methode im.dialog.get anbietet.',
  'restricted.askAdmin': 'Wenden Sie sich an Ihren Bitrix24-Administrator.',

  'session.title': 'Ihre Sitzung ist abgelaufen',
  'session.body': 'Laden Sie die Seite neu, um sich wieder bei Bitrix24 anzumelden.',

  'badPlacement.title': 'Dieser Tab weiß nicht, zu welchem Eintrag er gehört',
  'badPlacement.missing-id': 'Bitrix24 hat den Tab ohne ID des Eintrags geöffnet.',
  'badPlacement.invalid-id': 'Die ID „{value}“ ist keine positive ganze Zahl.',
  'badPlacement.unknown-placement':
    'Linked Chat funktioniert an dieser Stelle nicht ({placement}).',
  'badPlacement.hint': 'Öffnen Sie den Tab erneut aus dem Formular eines CRM-Eintrags.',

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
  'place.LEAD': 'Lead-Formulare',
  'place.DEAL': 'Auftragsformulare',
  'place.CONTACT': 'Kontaktformulare',
  'place.COMPANY': 'Unternehmensformulare',
  'place.QUOTE': 'Angebotsformulare',
  'place.SMART_INVOICE': 'Rechnungsformulare',
  'place.DYNAMIC': 'Formulare „{title}“',
  'place.LEFT_MENU': 'Link im linken Menü',
  'placeError.admin': 'Nur ein Bitrix24-Administrator kann das ändern.',
  'placeError.notFound':
    'Dieses Bitrix24 bietet diese Stelle nicht an, oder der App fehlt die CRM-Berechtigung.',
  'placeError.handler': 'Bitrix24 hat die Adresse der App als Handler abgelehnt.',
  'placeError.maxCount': 'Zu viele Apps nutzen diese Stelle bereits.',
  'install.title': 'Linked Chat wird installiert',
  'install.intro':
    'Linked Chat fügt CRM-Formularen einen Tab und dem linken Menü einen Link hinzu.',
  'install.listLabel': 'Stellen',
  'install.checking': 'Es wird geprüft, was bereits eingerichtet ist…',
  'install.progress': '{done} von {total} Stellen bereit',
  'install.finishing': 'Alle Stellen sind bereit. Die Installation wird abgeschlossen…',
  'install.failed':
    'Einige Stellen konnten nicht hinzugefügt werden. Versuchen Sie es erneut, um nur diese hinzuzufügen.',
  'install.checkFailed': 'Es konnte nicht geprüft werden, was bereits eingerichtet ist.',
  'install.finishFailed': 'Bitrix24 hat die Installation nicht abgeschlossen.',
  'install.status.boundBefore': 'Bereits hinzugefügt',
  'install.status.waiting': 'Wartet',
  'install.status.pending': 'Wird hinzugefügt…',
  'install.status.bound': 'Hinzugefügt',
  'install.status.failed': 'Nicht hinzugefügt',
  'install.notAdminTitle': 'Linked Chat muss von einem Administrator installiert werden',
  'install.notAdmin':
    'Nur ein Bitrix24-Administrator kann diese App installieren. Bitten Sie Ihren Administrator, sie einmal zu öffnen; danach ist die Installation für alle abgeschlossen.',
  'settings.title': 'Einstellungen von Linked Chat',
  'settings.adminsOnly': 'Nur Bitrix24-Administratoren können diese Einstellungen ändern.',
  'settings.tabs.title': 'Wo der Tab erscheint',
  'settings.tabs.hint':
    'Markieren Sie die CRM-Formulare, die den Tab Linked Chat zeigen. Änderungen gelten sofort.',
  'settings.tabs.loading': 'Wird geladen, wo der Tab erscheint…',
  'settings.tabs.loadFailed': 'Es konnte nicht geladen werden, wo der Tab erscheint.',
  'settings.tabs.saving': 'Wird gespeichert…',
  'settings.tabs.newType': 'Neu seit der Installation, noch nicht verknüpft.',
  'settings.tabs.bindFailed': 'Der Tab konnte nicht hinzugefügt werden. {reason}',
  'settings.tabs.unbindFailed': 'Der Tab konnte nicht entfernt werden. {reason}',
  'settings.key.title': 'Chat-Schlüssel',
  'settings.key.hint':
    'Der Tab findet den Chat eines Eintrags über ENTITY_TYPE und ENTITY_ID. {TYPE} steht für den Typ des Eintrags (DEAL, LEAD, DYNAMIC_183…) und {ID} für seine ID. Die Vorgabe, CRM und {TYPE}|{ID}, ist der Schlüssel des eigenen Bitrix24-Chats des Eintrags.',
  'settings.key.entityType': 'ENTITY_TYPE',
  'settings.key.entityId': 'ENTITY_ID',
  'settings.key.empty': 'Geben Sie einen Wert ein.',
  'settings.key.missingId':
    'ENTITY_ID muss {ID} enthalten, sonst teilen sich alle Einträge einen Chat.',
  'settings.key.unknownToken': 'In geschweiften Klammern sind nur {TYPE} und {ID} erlaubt.',
  'settings.key.example': '{record} → ENTITY_TYPE „{entityType}“, ENTITY_ID „{entityId}“',
  'settings.key.save': 'Speichern',
  'settings.key.useDefault': 'Vorgabe verwenden',
  'settings.key.saving': 'Wird gespeichert…',
  'settings.key.saved': 'Gespeichert. CRM-Tabs verwenden diesen Schlüssel beim nächsten Öffnen.',
  'settings.key.saveFailed':
    'Der Schlüssel konnte nicht gespeichert werden; Ihre Eingabe ist noch da. {reason}',
  'settings.diag.title': 'Diagnose',
  'settings.diag.placement': 'Platzierung',
  'settings.diag.handler': 'Handler',
  'settings.diag.key': 'Schlüssel für {record}',
  'settings.diag.calls': 'In dieser Sitzung aufgerufene Methoden',
  'settings.diag.lastError': 'Letzter Fehlercode',
  'settings.diag.none': 'Keine',

  'theme.dark': 'Dunkles Design',
};
