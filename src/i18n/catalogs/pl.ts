import type { CoreCatalog } from './en.ts';

export const catalog: CoreCatalog = {
  'action.openChat': 'Otwórz czat',
  'action.tryAgain': 'Spróbuj ponownie',
  'action.openInNewTab': 'Otwórz w nowej karcie',

  'app.name': 'Linked Chat',
  'app.loading': 'Ładowanie…',

  'card.label': 'Powiązany czat',
  'card.loading': 'Ładowanie czatu rekordu…',

  'ready.members.one': '{count} osoba',
  'ready.members.few': '{count} osoby',
  'ready.members.many': '{count} osób',
  'ready.members.other': '{count} osoby',
  'ready.linkedTo': 'Powiązany z: {record}',
  'ready.created': 'Utworzono {time}',
  'ready.membersLabel': 'Członkowie',
  'ready.stale': 'Nie udało się odświeżyć. Ostatnia aktualizacja {time}.',
  'ready.untitled': 'Czat #{id}',

  'conversation.label': 'Wiadomości',
  'conversation.earlier': 'Pokaż wcześniejsze wiadomości',
  'conversation.earlierFailed': 'Nie udało się wczytać wcześniejszych wiadomości.',
  'conversation.empty': 'Brak wiadomości.',
  'conversation.deleted': 'Wiadomość usunięta',
  'conversation.edited': 'edytowano',
  'conversation.files': 'Załączone pliki',
  'conversation.unread.one': '{count} nieprzeczytana',
  'conversation.unread.few': '{count} nieprzeczytane',
  'conversation.unread.many': '{count} nieprzeczytanych',
  'conversation.unread.other': '{count} nieprzeczytanej',

  'record.label': '{type} #{id}',
  'record.withTitle': '{label} · {title}',
  'record.type.LEAD': 'Lead',
  'record.type.DEAL': 'Deal',
  'record.type.CONTACT': 'Kontakt',
  'record.type.COMPANY': 'Firma',
  'record.type.QUOTE': 'Oferta',
  'record.type.SMART_INVOICE': 'Faktura',
  'record.type.DYNAMIC': 'Element',

  'noChat.title': 'Nie ma jeszcze czatu',
  'noChat.body':
    '{record} nie ma jeszcze czatu dyskusji. Bitrix24 tworzy go, gdy ktoś rozpocznie czat z karty rekordu.',
  'noChat.contactCompany':
    'Bitrix24 nie prowadzi czatów dyskusji dla kontaktów i firm, więc nie ma tu nic do pokazania.',

  'error.title': 'Nie udało się załadować czatu',
  'error.render': 'Coś poszło nie tak podczas wyświetlania tej strony.',

  'theme.dark': 'Ciemny motyw',
};
