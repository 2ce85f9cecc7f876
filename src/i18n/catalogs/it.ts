import type { CoreCatalog } from './en.ts';

export const catalog: CoreCatalog = {
  'action.openChat': 'Apri chat',
  'action.tryAgain': 'Riprova',
  'action.openInNewTab': 'Apri in una nuova scheda',

  'app.name': 'Linked Chat',
  'app.loading': 'Caricamento…',

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
  'error.render': 'Qualcosa è andato storto durante la visualizzazione di questa pagina.',

  'theme.dark': 'Tema scuro',
};
