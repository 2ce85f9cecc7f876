import type { CoreCatalog } from './en.ts';

export const catalog: CoreCatalog = {
  'action.openChat': 'Otwórz czat',
  'action.tryAgain': 'Spróbuj ponownie',
  'action.requestAccess': 'Poproś o dostęp',
  'action.findRecord': 'Znajdź rekord',
  'action.settings': 'Ustawienia',
  'action.reload': 'Odśwież',
  'action.openInNewTab': 'Otwórz w nowej karcie',

  'app.name': 'Linked Chat',
  'app.loading': 'Ładowanie…',

  'outside.title': 'Otwórz Linked Chat w Bitrix24',
  'outside.notFramed':
    'Ta strona to aplikacja Linked Chat dla Bitrix24. Działa wewnątrz portalu Bitrix24, w zakładce Linked Chat rekordu CRM.',
  'outside.install':
    'Aby ją zainstalować, administrator dodaje aplikację do portalu (Aplikacje → Zasoby dla programistów → Inne → Aplikacja lokalna) z adresem tej strony jako modułem obsługi, a następnie raz ją otwiera.',
  'outside.noAnswerTitle': 'Bitrix24 nie odpowiedział',
  'outside.noAnswer':
    'Aplikacja czekała na stronę Bitrix24, ale nie otrzymała odpowiedzi. Odśwież, aby spróbować ponownie.',

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
  'error.busy': 'Bitrix24 jest teraz zajęty. Spróbuj ponownie za chwilę.',
  'error.busyUntil': 'Bitrix24 jest zajęty. Znów przyjmie żądania {time}.',
  'error.server': 'Podczas odpowiedzi w Bitrix24 wystąpił błąd.',
  'error.network': 'Nie można połączyć się z Bitrix24. Sprawdź połączenie.',
  'error.portal': 'Ten portal Bitrix24 jest niedostępny.',
  'error.malformed': 'Bitrix24 odpowiedział w sposób, którego aplikacja nie rozumie.',
  'error.generic': 'Coś poszło nie tak.',
  'error.code': 'Kod błędu: {code}',
  'error.render': 'Coś poszło nie tak podczas wyświetlania tej strony.',

  'action.back': 'Wstecz',

  'theme.dark': 'Ciemny motyw',
};
