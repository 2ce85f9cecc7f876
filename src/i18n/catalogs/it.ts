import type { CoreCatalog } from './en.ts';

export const catalog: CoreCatalog = {
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

  'card.label': 'Chat collegata',
  'card.loading': 'Caricamento della chat dell’elemento…',

  'ready.members.one': '{count} membro',
  'ready.members.other': '{count} membri',
  'ready.linkedTo': 'Collegata a {record}',
  'ready.created': 'Creata {time}',
  'ready.membersLabel': 'Membri',
  'ready.stale': 'Aggiornamento non riuscito. Ultimo aggiornamento {time}.',
  'ready.untitled': 'Chat #{id}',

  'conversation.label': 'Messaggi',
  'conversation.earlier': 'Mostra i messaggi precedenti',
  'conversation.earlierFailed': 'Impossibile caricare i messaggi precedenti.',
  'conversation.empty': 'Ancora nessun messaggio.',
  'conversation.deleted': 'Messaggio eliminato',
  'conversation.edited': 'modificato',
  'conversation.files': 'File allegati',
  'conversation.unread.one': '{count} non letto',
  'conversation.unread.other': '{count} non letti',

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

  'theme.dark': 'Tema scuro',
};
