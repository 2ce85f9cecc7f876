import type { CoreCatalog } from './en.ts';

/** Ukrainian: Bitrix24's code `ua`. */
export const catalog: CoreCatalog = {
  'action.openChat': 'Відкрити чат',
  'action.tryAgain': 'Повторити',
  'action.openInNewTab': 'Відкрити в новій вкладці',

  'app.name': 'Linked Chat',
  'app.loading': 'Завантаження…',

  'card.label': 'Пов’язаний чат',
  'card.loading': 'Завантажуємо чат запису…',

  'ready.members.one': '{count} учасник',
  'ready.members.few': '{count} учасники',
  'ready.members.many': '{count} учасників',
  'ready.members.other': '{count} учасника',
  'ready.linkedTo': 'Прив’язаний до: {record}',
  'ready.created': 'Створено {time}',
  'ready.membersLabel': 'Учасники',
  'ready.stale': 'Не вдалося оновити. Дані оновлено {time}.',
  'ready.untitled': 'Чат #{id}',

  'conversation.label': 'Повідомлення',
  'conversation.earlier': 'Показати ранні повідомлення',
  'conversation.earlierFailed': 'Не вдалося завантажити ранні повідомлення.',
  'conversation.empty': 'Повідомлень поки немає.',
  'conversation.deleted': 'Повідомлення видалено',
  'conversation.edited': 'змінено',
  'conversation.files': 'Прикріплені файли',
  'conversation.unread.one': '{count} непрочитане',
  'conversation.unread.few': '{count} непрочитані',
  'conversation.unread.many': '{count} непрочитаних',
  'conversation.unread.other': '{count} непрочитаних',

  'record.label': '{type} №{id}',
  'record.withTitle': '{label} · {title}',
  'record.type.LEAD': 'Лід',
  'record.type.DEAL': 'Угода',
  'record.type.CONTACT': 'Контакт',
  'record.type.COMPANY': 'Компанія',
  'record.type.QUOTE': 'Пропозиція',
  'record.type.SMART_INVOICE': 'Рахунок',
  'record.type.DYNAMIC': 'Елемент',

  'noChat.title': 'Чату ще немає',
  'noChat.body':
    'У запису «{record}» ще немає чату обговорення. Бітрікс24 створює його, коли хтось починає чат із картки запису.',
  'noChat.contactCompany':
    'Для контактів і компаній Бітрікс24 не веде чатів обговорення, тому тут нічого показати.',

  'error.title': 'Не вдалося завантажити чат',
  'error.render': 'Щось пішло не так під час показу цієї сторінки.',

  'theme.dark': 'Темна тема',
};
