import type { Catalog } from './en.ts';

export const it: Catalog = {
  'action.openChat': 'Apri chat',
  'action.tryAgain': 'Riprova',
  'action.requestAccess': 'Richiedi accesso',
  'action.findRecord': 'Trova un elemento',
  'action.settings': 'Impostazioni',
  'action.reload': 'Ricarica',
  'action.openInNewTab': 'Apri in una nuova scheda',

  'app.name': 'Linked Chat',
  'app.loading': 'Caricamento…',

  'outside.title': 'Apri Linked Chat all’interno di Bitrix24',
  'outside.notFramed':
    'Questa pagina è l’app Linked Chat per Bitrix24. Funziona all’interno di un portale Bitrix24, nella scheda Linked Chat di un elemento del CRM.',
  'outside.install':
    'Per installarla, un amministratore aggiunge l’app al portale (Applicazioni → Risorse per sviluppatori → Altro → Applicazione locale) con l’indirizzo di questa pagina come gestore, poi la apre una volta.',
  'outside.noAnswerTitle': 'Bitrix24 non ha risposto',
  'outside.noAnswer':
    'L’app ha atteso la pagina di Bitrix24, ma non ha ricevuto risposta. Ricarica per riprovare.',

  'lookup.title': 'Trova la chat di un elemento',
  'lookup.searchPlaceholder': 'Titolo o ID',
  'lookup.recentHeading': 'Aggiornati di recente',
  'lookup.resultsHeading': 'Risultati della ricerca',
  'lookup.loading': 'Caricamento degli elementi…',
  'lookup.empty': 'Nessun deal o lead recente',
  'lookup.noMatches': 'Nessun elemento corrisponde a “{query}”',
  'lookup.found.one': '{count} elemento trovato',
  'lookup.found.other': '{count} elementi trovati',
  'lookup.meta': '{record} · aggiornato {time}',
  'lookup.status.noChat': 'Ancora nessuna chat',
  'lookup.status.open': 'Sei membro della sua chat',
  'lookup.status.notMember': 'Ha una chat di cui non sei membro',
  'lookup.status.unknown': 'Impossibile verificare la sua chat',
  'lookup.errorTitle': 'Impossibile caricare gli elementi',

  'card.label': 'Chat collegata',
  'card.loading': 'Caricamento della chat dell’elemento…',

  'ready.members.one': '{count} membro',
  'ready.members.other': '{count} membri',
  'ready.linkedTo': 'Collegata a {record}',
  'ready.created': 'Creata {time}',
  'ready.membersLabel': 'Membri',
  'ready.stale': 'Aggiornamento non riuscito. Ultimo aggiornamento {time}.',

  'record.label': '{type} n. {id}',
  'record.withTitle': '{label} · {title}',
  'record.type.LEAD': 'Lead',
  'record.type.DEAL': 'Deal',
  'record.type.CONTACT': 'Contatto',
  'record.type.COMPANY': 'Azienda',
  'record.type.QUOTE': 'Preventivo',
  'record.type.SMART_INVOICE': 'Fattura',
  'record.type.DYNAMIC': 'Elemento',

  'noChat.title': 'Ancora nessuna chat',
  'noChat.body':
    '{record} non ha ancora una chat di discussione. Bitrix24 la crea quando qualcuno avvia la chat dalla scheda dell’elemento.',
  'noChat.contactCompany':
    'Bitrix24 non tiene chat di discussione per contatti e aziende, quindi qui non c’è nulla da mostrare.',

  'denied.title': 'Non sei membro di questa chat',
  'denied.body': 'Solo i membri della chat di questo elemento possono leggerla.',
  'denied.viaCard':
    'La via più rapida: apri la chat con il pulsante Chat di questa scheda. Bitrix24 vi aggiunge chiunque possa leggere l’elemento.',
  'denied.askNamed': 'Anche {name}, la persona responsabile, può aggiungerti.',
  'denied.askUnnamed': 'Anche la persona responsabile dell’elemento può aggiungerti.',

  'denied.askNamedOnly': 'Chiedi a {name}, la persona responsabile, di aggiungerti.',
  'denied.askUnnamedOnly': 'Chiedi alla persona responsabile dell’elemento di aggiungerti.',
  'denied.askMember': 'Un membro della chat può aggiungerti.',
  'request.sent': 'Richiesta inviata. {name} riceverà una notifica di Bitrix24.',
  'request.failed': 'Impossibile inviare la richiesta. {reason}',
  'request.message': '{requester} chiede di essere aggiunto alla chat di {record}.',

  'unauthorized.title': 'Accedi come dipendente',
  'unauthorized.body':
    'Le sessioni ospite ed extranet non vedono le chat degli elementi. Accedi a Bitrix24 con un account da dipendente.',

  'restricted.title': 'L’app non può mostrare questa chat',
  'restricted.scope': 'All’app manca un’autorizzazione necessaria per leggere le chat.',
  'restricted.scope.admin': 'Reinstalla l’app e concedi le autorizzazioni im e imbot.',
  'restricted.app-access': 'Un amministratore ha limitato questa app ad alcuni utenti.',
  'restricted.app-access.admin':
    'Aggiungi questo utente all’elenco di accesso dell’app in Applicazioni.',
  'restricted.plan': 'Non è disponibile nel tuo piano Bitrix24, oppure l’accesso è stato negato.',
  'restricted.plan.admin': 'Controlla il piano e le autorizzazioni dell’app in Applicazioni.',
  'restricted.rights': 'Il tuo account non ha i diritti per farlo.',
  'restricted.rights.admin':
    'Controlla i diritti di questo utente nelle impostazioni di Messenger e CRM.',
  'restricted.method': 'Questo Bitrix24 non ha il metodo di Messenger di cui l’app ha bisogno.',
  'restricted.method.admin': 'Aggiorna Bitrix24 affinché il modulo im offra im.dialog.get.',
  'restricted.askAdmin': 'Chiedi aiuto al tuo amministratore di Bitrix24.',

  'session.title': 'La tua sessione è scaduta',
  'session.body': 'Ricarica la pagina per accedere di nuovo a Bitrix24.',

  'badPlacement.title': 'Questa scheda non sa a quale elemento appartiene',
  'badPlacement.missing-id': 'Bitrix24 ha aperto la scheda senza l’ID dell’elemento.',
  'badPlacement.invalid-id': 'L’ID dell’elemento “{value}” non è un numero intero positivo.',
  'badPlacement.unknown-placement': 'Linked Chat non funziona in questa posizione ({placement}).',
  'badPlacement.hint': 'Riapri la scheda dalla scheda di un elemento del CRM.',

  'error.title': 'Impossibile caricare la chat',
  'error.busy': 'Bitrix24 è occupato in questo momento. Riprova tra poco.',
  'error.busyUntil': 'Bitrix24 è occupato. Accetterà di nuovo le richieste {time}.',
  'error.server': 'Bitrix24 ha riscontrato un errore nel rispondere.',
  'error.network': 'Bitrix24 non è raggiungibile. Controlla la connessione.',
  'error.portal': 'Questo portale Bitrix24 non è disponibile.',
  'error.malformed': 'Bitrix24 ha risposto in un modo che l’app non capisce.',
  'error.generic': 'Qualcosa è andato storto.',
  'error.code': 'Codice di errore: {code}',
  'error.render': 'Qualcosa è andato storto durante la visualizzazione di questa pagina.',

  'action.back': 'Indietro',
  'place.LEAD': 'Schede dei lead',
  'place.DEAL': 'Schede dei deal',
  'place.CONTACT': 'Schede dei contatti',
  'place.COMPANY': 'Schede delle aziende',
  'place.QUOTE': 'Schede dei preventivi',
  'place.SMART_INVOICE': 'Schede delle fatture',
  'place.DYNAMIC': 'Schede “{title}”',
  'place.LEFT_MENU': 'Link nel menu a sinistra',
  'placeError.admin': 'Solo un amministratore di Bitrix24 può modificarlo.',
  'placeError.notFound':
    'Questo Bitrix24 non offre questa posizione, oppure all’app manca l’autorizzazione CRM.',
  'placeError.handler': 'Bitrix24 ha rifiutato l’indirizzo dell’app come gestore.',
  'placeError.maxCount': 'Troppe app usano già questa posizione.',
  'install.title': 'Installazione di Linked Chat',
  'install.intro':
    'Linked Chat aggiunge la sua scheda alle schede del CRM e un link al menu a sinistra.',
  'install.listLabel': 'Posizioni',
  'install.checking': 'Verifica di ciò che è già configurato…',
  'install.progress': '{done} posizioni pronte su {total}',
  'install.finishing': 'Tutte le posizioni sono pronte. Completamento dell’installazione…',
  'install.failed':
    'Non è stato possibile aggiungere alcune posizioni. Riprova per aggiungere solo quelle.',
  'install.checkFailed': 'Impossibile verificare ciò che è già configurato.',
  'install.finishFailed': 'Bitrix24 non ha completato l’installazione.',
  'install.status.boundBefore': 'Già aggiunta',
  'install.status.waiting': 'In attesa',
  'install.status.pending': 'Aggiunta in corso…',
  'install.status.bound': 'Aggiunta',
  'install.status.failed': 'Non aggiunta',
  'install.notAdminTitle': 'Linked Chat deve essere installata da un amministratore',
  'install.notAdmin':
    'Solo un amministratore di Bitrix24 può installare questa app. Chiedi al tuo amministratore di aprirla una volta; l’installazione sarà così completata per tutti.',
  'settings.title': 'Impostazioni di Linked Chat',
  'settings.adminsOnly':
    'Solo gli amministratori di Bitrix24 possono modificare queste impostazioni.',
  'settings.tabs.title': 'Dove compare la scheda',
  'settings.tabs.hint':
    'Seleziona le schede del CRM che mostrano la scheda Linked Chat. Le modifiche si applicano subito.',
  'settings.tabs.loading': 'Caricamento delle posizioni della scheda…',
  'settings.tabs.loadFailed': 'Impossibile caricare le posizioni della scheda.',
  'settings.tabs.saving': 'Salvataggio…',
  'settings.tabs.newType': 'Nuovo dall’installazione, non ancora collegato.',
  'settings.tabs.bindFailed': 'Impossibile aggiungere la scheda. {reason}',
  'settings.tabs.unbindFailed': 'Impossibile rimuovere la scheda. {reason}',
  'settings.key.title': 'Chiave della chat',
  'settings.key.hint':
    'La scheda trova la chat di un elemento tramite ENTITY_TYPE ed ENTITY_ID. {TYPE} indica il tipo di elemento (DEAL, LEAD, DYNAMIC_183…) e {ID} il suo ID. Il valore predefinito, CRM e {TYPE}|{ID}, è la chiave della chat propria dell’elemento in Bitrix24.',
  'settings.key.entityType': 'ENTITY_TYPE',
  'settings.key.entityId': 'ENTITY_ID',
  'settings.key.empty': 'Inserisci un valore.',
  'settings.key.missingId':
    'ENTITY_ID deve contenere {ID}, altrimenti tutti gli elementi condividerebbero una sola chat.',
  'settings.key.unknownToken': 'Tra parentesi graffe possono stare solo {TYPE} e {ID}.',
  'settings.key.example': '{record} → ENTITY_TYPE “{entityType}”, ENTITY_ID “{entityId}”',
  'settings.key.save': 'Salva',
  'settings.key.useDefault': 'Usa il predefinito',
  'settings.key.saving': 'Salvataggio…',
  'settings.key.saved': 'Salvato. Le schede del CRM useranno questa chiave alla prossima apertura.',
  'settings.key.saveFailed':
    'Impossibile salvare la chiave; ciò che hai scritto è ancora qui. {reason}',
  'settings.diag.title': 'Diagnostica',
  'settings.diag.placement': 'Posizione',
  'settings.diag.handler': 'Gestore',
  'settings.diag.key': 'Chiave per {record}',
  'settings.diag.calls': 'Metodi chiamati in questa sessione',
  'settings.diag.lastError': 'Ultimo codice di errore',
  'settings.diag.none': 'Nessuno',

  'theme.dark': 'Tema scuro',
};
